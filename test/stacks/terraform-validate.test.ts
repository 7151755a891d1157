/**
 * The synthesized stacks are valid Terraform for kreuzwerker/docker: real `terraform init`
 * and `terraform validate` in every stack folder, with the provider from the local mirror
 * (scripts/provider-mirror.sh), never from the registry. Gated on Terraform and the mirror
 * (test/helpers/gates.ts; AISITE_REQUIRE_MIRROR=1 makes their absence a failure).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validatePaths } from '../../spec/validate';
import { providerMirror } from '../../stacks/provider-mirror';
import { DOCKER_PROVIDER_VERSION } from '../../constructs/provider-version';
import { synthesize, SynthResult } from '../../stacks/synth';
import { describeGated, providerMirror as providerMirrorDep, terraform as terraformDep } from '../helpers/gates';

const TIMEOUT_MS = 180_000;
const mirror = providerMirror();
const sites = validatePaths(['examples']).sites;

function terraform(args: string[], cwd: string) {
  return spawnSync('terraform', args, {
    cwd,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    env: {
      ...process.env,
      TF_CLI_CONFIG_FILE: mirror.cliConfig,
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      TF_DATA_DIR: path.join(cwd, '.terraform'),
    },
  });
}

describeGated('terraform validate', [terraformDep, providerMirrorDep], () => {
  let tmp: string;
  let result: SynthResult;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-tf-'));
    result = synthesize(sites, { outdir: path.join(tmp, 'out'), stateDir: path.join(tmp, 'state') });
  }, TIMEOUT_MS);

  afterAll(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  test.each(sites.map((s) => s.name))(
    '%s: terraform init and validate accept the stack',
    (name) => {
      const dir = result.stacks.find((s) => s.name === name)!.dir;
      const init = terraform(['init', '-backend=false', '-input=false', '-no-color'], dir);
      expect(init.status === 0 ? 'init ok' : `terraform init failed (${init.error?.message ?? `exit ${init.status}`}):\n${init.stderr}${init.stdout}`).toBe(
        'init ok',
      );
      const validate = terraform(['validate', '-json', '-no-color'], dir);
      const report = JSON.parse(validate.stdout) as { valid: boolean; error_count: number; diagnostics: unknown[] };
      expect({ valid: report.valid, errors: report.error_count, diagnostics: report.diagnostics }).toEqual({ valid: true, errors: 0, diagnostics: [] });
    },
    TIMEOUT_MS,
  );

  test('init installs kreuzwerker/docker at DOCKER_PROVIDER_VERSION', () => {
    const dir = result.stacks[0].dir;
    expect(terraform(['init', '-backend=false', '-input=false', '-no-color'], dir).status).toBe(0);
    const lock = fs.readFileSync(path.join(dir, '.terraform.lock.hcl'), 'utf8');
    const entry = /provider "registry\.terraform\.io\/kreuzwerker\/docker" \{\s+version\s+= "([^"]+)"/.exec(lock);
    expect(entry?.[1]).toBe(DOCKER_PROVIDER_VERSION);
  });

  test(
    'a swarm-target copy of the hospital (services, overlay networks) validates too',
    () => {
      const file = path.join(tmp, 'swarm-hospital.yaml');
      const text = fs
        .readFileSync(path.join('examples', 'daejeon-hospital-01.yaml'), 'utf8')
        .replace('name: daejeon-hospital-01', 'name: swarm-hospital')
        .replace('  airGapped: true\n', '  airGapped: true\n  target: swarm\n');
      fs.writeFileSync(file, text);
      const swarm = synthesize(validatePaths([file]).sites, { outdir: path.join(tmp, 'swarm-out'), stateDir: path.join(tmp, 'state') });
      const dir = swarm.stacks[0].dir;
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')).resource.docker_service).toBeDefined();
      expect(terraform(['init', '-backend=false', '-input=false', '-no-color'], dir).status).toBe(0);
      const validate = terraform(['validate', '-json', '-no-color'], dir);
      const report = JSON.parse(validate.stdout) as { valid: boolean; error_count: number; diagnostics: unknown[] };
      expect({ valid: report.valid, errors: report.error_count, diagnostics: report.diagnostics }).toEqual({ valid: true, errors: 0, diagnostics: [] });
    },
    TIMEOUT_MS,
  );
});
