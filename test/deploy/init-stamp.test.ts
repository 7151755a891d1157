/**
 * terraformInit skips `terraform init` when the stack folder's init results were made for
 * the same configuration (deploy/init-stamp.ts), against a fake terraform that logs each
 * init and leaves what a real one leaves (.terraform/providers and the lock file).
 */
import * as fs from 'fs';
import * as path from 'path';
import { terraformInit } from '../../deploy/terraform';
import { INIT_STAMP_FILE } from '../../deploy/init-stamp';
import { DOCKER_PROVIDER_VERSION } from '../../constructs/provider-version';
import { fakeBin, tempDir } from '../helpers/fake-bin';

let tmp: string;
let log: string;
let env: Record<string, string>;
let stack: string;
let mirrorBinary: string;
beforeEach(() => {
  tmp = tempDir('aisite-init-stamp-');
  log = path.join(tmp, 'calls');
  const bin = fakeBin(path.join(tmp, 'bin'), {
    terraform: [
      'echo "init $*" >> "$INIT_LOG"',
      'if [ -n "$FAIL_INIT" ]; then echo "Error: init failed" >&2; exit 1; fi',
      'mkdir -p .terraform/providers',
      'echo lock > .terraform.lock.hcl',
    ].join('\n'),
  });
  const mirror = path.join(tmp, 'mirror');
  const arch = process.arch === 'x64' ? 'amd64' : process.arch;
  const binDir = path.join(mirror, 'registry.terraform.io', 'kreuzwerker', 'docker', DOCKER_PROVIDER_VERSION, `${process.platform}_${arch}`);
  fs.mkdirSync(binDir, { recursive: true });
  mirrorBinary = path.join(binDir, `terraform-provider-docker_v${DOCKER_PROVIDER_VERSION}`);
  fs.writeFileSync(mirrorBinary, 'provider');
  fs.writeFileSync(path.join(mirror, 'terraformrc'), 'provider_installation {}\n');
  env = { PATH: `${bin}:/usr/bin:/bin`, HOME: tmp, AISITE_PROVIDER_MIRROR: mirror, INIT_LOG: log };
  stack = path.join(tmp, 'stack');
  fs.mkdirSync(stack);
  writeStack({});
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Writes the stack's cdk.tf.json: a local backend and the docker provider, with changes. */
function writeStack(over: { version?: string; backend?: Record<string, unknown>; resources?: number }): void {
  const config = {
    terraform: {
      backend: over.backend ?? { local: { path: '../state/terraform.tfstate' } },
      required_providers: { docker: { source: 'kreuzwerker/docker', version: over.version ?? DOCKER_PROVIDER_VERSION } },
    },
    resource: { docker_network: Object.fromEntries(Array.from({ length: over.resources ?? 1 }, (_, i) => [`n${i}`, { name: `n${i}` }])) },
  };
  fs.writeFileSync(path.join(stack, 'cdk.tf.json'), JSON.stringify(config));
}

const inits = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : []);

describe('terraformInit', () => {
  test('runs init in a new folder, with -reconfigure (a carried-over backend is set up anew, never migrated)', async () => {
    await terraformInit(stack, env);
    expect(inits()).toEqual(['init init -input=false -no-color -reconfigure']);
  });

  test('skips init when the folder was initialized for the same configuration', async () => {
    await terraformInit(stack, env);
    await terraformInit(stack, env);
    expect(inits()).toHaveLength(1);
  });

  test('a change to the resources alone needs no new init', async () => {
    await terraformInit(stack, env);
    writeStack({ resources: 3 });
    await terraformInit(stack, env);
    expect(inits()).toHaveLength(1);
  });

  test('another provider version runs init again, without the old lock file (init chooses afresh)', async () => {
    await terraformInit(stack, env);
    writeStack({ version: '9.9.9' });
    // This fake records whether a lock file was there when init ran.
    fakeBin(path.join(tmp, 'bin'), {
      terraform: 'echo "init lock:$(cat .terraform.lock.hcl 2>/dev/null)" >> "$INIT_LOG"; mkdir -p .terraform/providers; echo lock > .terraform.lock.hcl',
    });
    await terraformInit(stack, env);
    expect(inits()).toEqual(['init init -input=false -no-color -reconfigure', 'init lock:']);
  });

  test('another backend (a new --state-dir) runs init again', async () => {
    await terraformInit(stack, env);
    writeStack({ backend: { local: { path: '../other-state/terraform.tfstate' } } });
    await terraformInit(stack, env);
    expect(inits()).toHaveLength(2);
  });

  test('a rebuilt provider in the mirror runs init again', async () => {
    await terraformInit(stack, env);
    fs.writeFileSync(mirrorBinary, 'provider, rebuilt');
    await terraformInit(stack, env);
    expect(inits()).toHaveLength(2);
  });

  test('another mirror runs init again', async () => {
    await terraformInit(stack, env);
    const other = path.join(tmp, 'mirror2');
    fs.cpSync(path.join(tmp, 'mirror'), other, { recursive: true });
    await terraformInit(stack, { ...env, AISITE_PROVIDER_MIRROR: other });
    expect(inits()).toHaveLength(2);
  });

  test('a lock file or providers folder gone runs init again', async () => {
    await terraformInit(stack, env);
    fs.rmSync(path.join(stack, '.terraform.lock.hcl'));
    await terraformInit(stack, env);
    fs.rmSync(path.join(stack, '.terraform', 'providers'), { recursive: true });
    await terraformInit(stack, env);
    expect(inits()).toHaveLength(3);
  });

  test('a PostgreSQL backend runs init every time (init checks that the state answers)', async () => {
    writeStack({ backend: { pg: { schema_name: 's' } } });
    await terraformInit(stack, env);
    await terraformInit(stack, env);
    expect(inits()).toHaveLength(2);
  });

  test('a failed init leaves no stamp: the next run inits again and the error is said', async () => {
    await terraformInit(stack, env);
    writeStack({ version: '9.9.9' });
    await expect(terraformInit(stack, { ...env, FAIL_INIT: '1' })).rejects.toThrow(/terraform init failed in .*: Error: init failed/);
    expect(fs.existsSync(path.join(stack, INIT_STAMP_FILE))).toBe(false);
    await terraformInit(stack, env);
    expect(inits()).toHaveLength(3);
  });
});
