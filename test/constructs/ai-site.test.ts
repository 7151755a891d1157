/**
 * What every site construct does whatever stack or App it is in: pin the Docker provider
 * the mirror builds, and refuse to synthesize when it has error findings.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { InvalidSiteError } from '../../constructs/ai-site';
import { MicroDataCenter } from '../../constructs/micro-data-center';
import { DOCKER_PROVIDER_VERSION } from '../../constructs/provider-version';
import { hospitalProps, synthJson } from '../helpers/construct-fixture';

const tooSmall = () => {
  const props = hospitalProps();
  return { ...props, cabinets: [{ ...props.cabinets[0], powerBudgetKw: 1 }] };
};

let tmp: string;
beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-ai-site-')); });
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('provider version', () => {
  test(`a site in a plain TerraformStack requires kreuzwerker/docker ${DOCKER_PROVIDER_VERSION}, not the bindings' 3.6.2`, () => {
    const stack = new TerraformStack(Testing.app(), 'plain');
    new MicroDataCenter(stack, 'site', hospitalProps());
    const tf = synthJson(stack) as unknown as { terraform: { required_providers: { docker: { source: string; version: string } } } };
    expect(tf.terraform.required_providers.docker).toEqual({ source: 'kreuzwerker/docker', version: DOCKER_PROVIDER_VERSION });
  });

  test('the mirror script reads the same constant, and go.mod names it beside the pinned commit', () => {
    const root = path.join(__dirname, '../..');
    const script = path.join(root, 'scripts/provider-mirror.sh');
    expect(fs.readFileSync(script, 'utf8')).not.toMatch(/^PROVIDER_VERSION=\d/m);
    const r = spawnSync('bash', ['-c', 'root="$1"; eval "$(sed -n \'/^provider_version() {/,/^}/p\' "$2")"; provider_version', 'bash', root, script], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(DOCKER_PROVIDER_VERSION);
    const goMod = fs.readFileSync(path.join(root, 'tools/provider-mirror/go.mod'), 'utf8');
    expect(/The commit below is kreuzwerker\/terraform-provider-docker v(\S+),/.exec(goMod)?.[1]).toBe(DOCKER_PROVIDER_VERSION);
  });
});

describe('an invalid site is never synthesized', () => {
  test('new App({ skipValidation: true }).synth() throws an InvalidSiteError listing the findings, and writes no stack', () => {
    const app = new App({ outdir: path.join(tmp, 'skip'), skipValidation: true });
    const stack = new TerraformStack(app, 'clinic');
    new MicroDataCenter(stack, 'site', tooSmall());
    let thrown: unknown;
    try { app.synth(); } catch (e) { thrown = e; }
    expect(thrown).toBeInstanceOf(InvalidSiteError);
    const err = thrown as InvalidSiteError;
    expect(err.site).toBe('test-hospital');
    expect(err.constructPath).toBe('clinic/site');
    expect(err.errors).toEqual([expect.stringMatching(/^AIS201 cabinet-power-budget at spec\.cabinets\[0\]\.powerBudgetKw: .*Fix: /)]);
    expect(err.message).toMatch(/^site 'test-hospital' \(clinic\/site\) is not synthesized: it has 1 error, and a stack without its resources would remove a deployed site/);
    expect(fs.existsSync(path.join(tmp, 'skip', 'stacks', 'clinic', 'cdk.tf.json'))).toBe(false);
  });

  test('Testing.synth without validations refuses too', () => {
    const stack = new TerraformStack(Testing.app(), 'clinic');
    new MicroDataCenter(stack, 'site', tooSmall());
    expect(() => Testing.synth(stack)).toThrow(InvalidSiteError);
  });

  test('a valid site next to an invalid one does not hide it', () => {
    const app = new App({ outdir: path.join(tmp, 'two'), skipValidation: true });
    new MicroDataCenter(new TerraformStack(app, 'good'), 'site', hospitalProps({ name: 'good-site' }));
    new MicroDataCenter(new TerraformStack(app, 'bad'), 'site', tooSmall());
    expect(() => app.synth()).toThrow(/site 'test-hospital' \(bad\/site\) is not synthesized/);
  });

  test('a valid site synthesizes with skipValidation', () => {
    const app = new App({ outdir: path.join(tmp, 'valid'), skipValidation: true });
    new MicroDataCenter(new TerraformStack(app, 'clinic'), 'site', hospitalProps());
    app.synth();
    const tf = JSON.parse(fs.readFileSync(path.join(tmp, 'valid', 'stacks', 'clinic', 'cdk.tf.json'), 'utf8'));
    expect(Object.keys(tf.resource.docker_container).length).toBeGreaterThan(0);
  });
});
