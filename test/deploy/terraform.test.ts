import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  BULK_PARALLELISM,
  explainErrors,
  findTerraform,
  localStateIds,
  lockTimeoutEnv,
  parallelismFor,
  SERIAL_REMOVALS,
  summarize,
  terraformEnv,
  TERRAFORM_GOGC,
} from '../../deploy/terraform';
import { ExternalError } from '../../spec/errors';
import { DOCKER_PROVIDER_VERSION } from '../../constructs/provider-version';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-terraform-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A provider mirror with the provider binary for this platform and its CLI config. */
function fakeMirror(dir: string): string {
  const arch = process.arch === 'x64' ? 'amd64' : process.arch;
  const binDir = path.join(dir, 'registry.terraform.io', 'kreuzwerker', 'docker', DOCKER_PROVIDER_VERSION, `${process.platform}_${arch}`);
  fs.mkdirSync(binDir, { recursive: true });
  fs.writeFileSync(path.join(binDir, `terraform-provider-docker_v${DOCKER_PROVIDER_VERSION}`), '');
  fs.writeFileSync(path.join(dir, 'terraformrc'), 'provider_installation {}\n');
  return dir;
}

describe('terraformEnv', () => {
  test('no prompts, automation output, and the given variables kept (undefined ones dropped)', () => {
    const env = terraformEnv({ PATH: '/usr/bin', HOME: tmp, AISITE_PROVIDER_MIRROR: path.join(tmp, 'none'), UNSET: undefined });
    expect(env).toMatchObject({ PATH: '/usr/bin', HOME: tmp, TF_IN_AUTOMATION: '1', TF_INPUT: '0' });
    expect('UNSET' in env).toBe(false);
  });

  test('Terraform and its provider collect garbage less often (TERRAFORM_GOGC), unless GOGC is set', () => {
    const noMirror = path.join(tmp, 'none');
    expect(terraformEnv({ AISITE_PROVIDER_MIRROR: noMirror }).GOGC).toBe(TERRAFORM_GOGC);
    expect(terraformEnv({ AISITE_PROVIDER_MIRROR: noMirror, GOGC: '100' }).GOGC).toBe('100');
  });

  test('a built mirror is picked up as the CLI config, over any TF_CLI_CONFIG_FILE', () => {
    const mirror = fakeMirror(path.join(tmp, 'mirror'));
    const own = path.join(tmp, 'own.tfrc');
    fs.writeFileSync(own, '');
    expect(terraformEnv({ AISITE_PROVIDER_MIRROR: mirror }).TF_CLI_CONFIG_FILE).toBe(path.join(mirror, 'terraformrc'));
    expect(terraformEnv({ AISITE_PROVIDER_MIRROR: mirror, TF_CLI_CONFIG_FILE: own }).TF_CLI_CONFIG_FILE).toBe(path.join(mirror, 'terraformrc'));
  });

  test('a mirror without the provider binary is not used', () => {
    const mirror = path.join(tmp, 'half');
    fs.mkdirSync(mirror);
    fs.writeFileSync(path.join(mirror, 'terraformrc'), '');
    expect(terraformEnv({ AISITE_PROVIDER_MIRROR: mirror }).TF_CLI_CONFIG_FILE).toBeUndefined();
  });

  test('without a mirror, a TF_CLI_CONFIG_FILE that does not exist is dropped; one that exists is kept', () => {
    const noMirror = path.join(tmp, 'none');
    expect('TF_CLI_CONFIG_FILE' in terraformEnv({ AISITE_PROVIDER_MIRROR: noMirror, TF_CLI_CONFIG_FILE: path.join(tmp, 'missing.tfrc') })).toBe(false);
    const own = path.join(tmp, 'own.tfrc');
    fs.writeFileSync(own, '');
    expect(terraformEnv({ AISITE_PROVIDER_MIRROR: noMirror, TF_CLI_CONFIG_FILE: own }).TF_CLI_CONFIG_FILE).toBe(own);
  });
});

describe('summarize', () => {
  test("takes Terraform's Error: line and the line after it, without the box drawing", () => {
    const text = [
      'Initializing the backend...',
      '╷',
      '│ Error: Failed to query available provider packages',
      '│ ',
      '│ Could not retrieve the list of available versions for provider kreuzwerker/docker: could not connect to registry.terraform.io',
      '╵',
    ].join('\n');
    expect(summarize(text)).toBe(
      'Error: Failed to query available provider packages Could not retrieve the list of available versions for provider kreuzwerker/docker: could not connect to registry.terraform.io',
    );
  });

  test('the first error when there are several', () => {
    expect(summarize('Error: first\ndetail one\nError: second\ndetail two')).toBe('Error: first detail one');
  });

  test('without an Error: line, the last non-empty line; empty output says so', () => {
    expect(summarize('one\ntwo\n\n  \n')).toBe('two');
    expect(summarize('')).toBe('no output');
    expect(summarize('│\n╵\n')).toBe('no output');
  });

  test('at most 400 characters', () => {
    expect(summarize(`Error: ${'x'.repeat(1000)}`)).toHaveLength(400);
  });
});

describe('findTerraform', () => {
  test('the terraform on PATH', () => {
    fs.writeFileSync(path.join(tmp, 'terraform'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findTerraform({ PATH: `${path.join(tmp, 'nothing')}${path.delimiter}${tmp}` })).toBe(path.join(tmp, 'terraform'));
  });

  test('none on PATH: an ExternalError saying how to install it', () => {
    fs.writeFileSync(path.join(tmp, 'terraform'), ''); // not executable
    expect(() => findTerraform({ PATH: tmp })).toThrow(ExternalError);
    expect(() => findTerraform({ PATH: tmp })).toThrow(
      'terraform not found on PATH — install Terraform 1.5 or later (https://developer.hashicorp.com/terraform/install)',
    );
  });
});

describe('explainErrors', () => {
  test('a PostgreSQL state lock held elsewhere becomes one line saying how to wait or unlock', () => {
    expect(explainErrors('s1', ['Error acquiring the state lock: Error message: Workspace is already locked: default'], 'pg')).toBe(
      'the state of s1 is locked by another run (a plan, deploy or destroy of the same site, maybe on another machine); wait for it, or pass --lock-timeout SECONDS to wait; if that run died: aisite unlock --site s1',
    );
  });

  test('a local state lock never advises aisite unlock (that is for PostgreSQL)', () => {
    const m = explainErrors('s1', ['Error acquiring the state lock: resource temporarily unavailable']);
    expect(m).toContain('the state of s1 is locked by another run');
    expect(m).toContain('ends with the run that holds it');
    expect(m).not.toContain('aisite unlock');
  });

  test('other errors are joined as Terraform said them', () => {
    expect(explainErrors('s1', ['a', 'b'])).toBe('a; b');
  });
});

describe('lockTimeoutEnv', () => {
  test('adds -lock-timeout to every locking Terraform command through TF_CLI_ARGS_*', () => {
    expect(lockTimeoutEnv(30)).toEqual({
      TF_CLI_ARGS_plan: '-lock-timeout=30s',
      TF_CLI_ARGS_apply: '-lock-timeout=30s',
      TF_CLI_ARGS_destroy: '-lock-timeout=30s',
      TF_CLI_ARGS_refresh: '-lock-timeout=30s',
    });
  });

  test('0 adds nothing (fail at once)', () => {
    expect(lockTimeoutEnv(0)).toEqual({});
  });
});

describe('parallelismFor', () => {
  test('a run that removes anything goes one at a time (Docker 20.10 deadlock)', () => {
    expect(parallelismFor(1)).toEqual(SERIAL_REMOVALS);
    expect(SERIAL_REMOVALS).toEqual(['-parallelism=1']);
  });

  test('a run that only creates and changes goes wide (the provider sleeps 2 s per network and volume)', () => {
    expect(parallelismFor(0)).toEqual(BULK_PARALLELISM);
    expect(BULK_PARALLELISM).toEqual(['-parallelism=256']);
  });
});

describe('localStateIds', () => {
  /** A stack folder whose cdk.tf.json names `backend` (as cdktf writes it). */
  function stack(backend: Record<string, unknown>): string {
    fs.writeFileSync(path.join(tmp, 'cdk.tf.json'), JSON.stringify({ terraform: { backend } }));
    return tmp;
  }

  test('reads the ids of every instance from the local state file the backend names', () => {
    const dir = stack({ local: { path: 'state/site.tfstate' } });
    fs.mkdirSync(path.join(dir, 'state'));
    const state = {
      version: 4,
      resources: [
        { type: 'docker_network', instances: [{ attributes: { id: 'net1' } }] },
        { type: 'docker_container', instances: [{ attributes: { id: 'c0' } }, { attributes: { id: 'c1' } }, { attributes: { id: '' } }] },
      ],
    };
    fs.writeFileSync(path.join(dir, 'state', 'site.tfstate'), JSON.stringify(state));
    expect([...localStateIds(dir)!].sort()).toEqual(['c0', 'c1', 'net1']);
  });

  test('no state file yet: no ids', () => {
    expect(localStateIds(stack({ local: { path: path.join(tmp, 'absent.tfstate') } }))?.size).toBe(0);
  });

  test('another backend, a damaged file or another state version: left to terraform show (undefined)', () => {
    expect(localStateIds(stack({ pg: { schema_name: 'x' } }))).toBeUndefined();
    const dir = stack({ local: { path: 'site.tfstate' } });
    fs.writeFileSync(path.join(dir, 'site.tfstate'), '{"version": 4, "resour');
    expect(localStateIds(dir)).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'site.tfstate'), JSON.stringify({ version: 3, modules: [] }));
    expect(localStateIds(dir)).toBeUndefined();
  });
});

describe('runTerraform diagnostics', () => {
  test('keeps the whole detail of an error diagnostic: a damaged state behind a lock error is told as such', async () => {
    const { runTerraform } = await import('../../deploy/terraform');
    const { terraformFault } = await import('../../deploy/terraform-faults');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-tf-diag-'));
    const detail =
      'Error message: 2 problems:\n\n- Unsupported state file format: The state file could not be parsed as JSON: syntax error at byte offset 58891.';
    const line = JSON.stringify({ type: 'diagnostic', diagnostic: { severity: 'error', summary: 'Error acquiring the state lock', detail } });
    fs.writeFileSync(path.join(dir, 'diagnostic.json'), `${line}\n`);
    fs.writeFileSync(path.join(dir, 'terraform'), `#!/bin/sh\ncat '${path.join(dir, 'diagnostic.json')}'\nexit 1\n`, { mode: 0o755 });
    const r = await runTerraform(['plan'], { dir, env: { PATH: `${dir}:/usr/bin:/bin`, HOME: dir } });
    expect(r.errors).toEqual(['Error acquiring the state lock: Error message: 2 problems:']);
    expect(r.details).toContain('Unsupported state file format');
    expect(terraformFault(r.errors, `${r.text}\n${r.details}`, { site: 'clinic', env: {} })?.kind).toBe('state-damaged');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
