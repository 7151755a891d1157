/**
 * What every site construct does whatever stack or App it is in: pin the Docker provider
 * the mirror builds, and refuse to synthesize when it has error findings.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnnotationMetadataEntryType, App, TerraformStack, Testing } from 'cdktf';
import { stringify } from 'yaml';
import { InvalidSiteError } from '../../constructs/ai-site';
import { Finding } from '../../spec/findings';
import { parseSource } from '../../spec/load/load-files';
import { validateDocuments } from '../../spec/validate';
import { MicroDataCenter } from '../../constructs/micro-data-center';
import { DOCKER_PROVIDER_VERSION } from '../../constructs/provider-version';
import { hospitalProps, labelsOf, resources, synthJson, testStack } from '../helpers/construct-fixture';

const tooSmall = () => {
  const props = hospitalProps();
  return { ...props, cabinets: [{ ...props.cabinets[0], powerBudgetKw: 1 }] };
};

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-ai-site-'));
});
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
    const r = spawnSync('bash', ['-c', 'root="$1"; eval "$(sed -n \'/^provider_version() {/,/^}/p\' "$2")"; provider_version', 'bash', root, script], {
      encoding: 'utf8',
    });
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
    try {
      app.synth();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InvalidSiteError);
    const err = thrown as InvalidSiteError;
    expect(err.site).toBe('test-hospital');
    expect(err.constructPath).toBe('clinic/site');
    expect(err.errors).toEqual([expect.stringMatching(/^AIS201 cabinet-power-budget at spec\.cabinets\[0\]\.powerBudgetKw: .*Fix: /)]);
    expect(err.message).toMatch(
      /^site 'test-hospital' \(clinic\/site\) is not synthesized: it has 1 error, and a stack without its resources would remove a deployed site/,
    );
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

describe('the controller serves each network what it may know', () => {
  const env = () => {
    const stack = testStack();
    new MicroDataCenter(stack, 'site', hospitalProps());
    const c = resources(synthJson(stack), 'docker_container').find((x) => labelsOf(x)['aisite.role'] === 'controller')!;
    return new Map((c.env as string[]).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  };

  test('a tenant slice holds its own quota and pool, and nothing of the other tenants', () => {
    const lines = env().get('AISITE_TENANT_INVENTORIES')!.split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['controller-for-radiology', 'controller-for-pathology']);
    const radiology = JSON.parse(lines[0].slice(lines[0].indexOf(' ') + 1));
    expect(radiology.tenant.name).toBe('radiology');
    expect(radiology.pool.name).toBe(radiology.tenant.pool);
    expect(radiology.pool.containers.length).toBeGreaterThan(0);
    expect(lines[0]).not.toContain('pathology');
    expect(radiology.tenants).toBeUndefined();
  });

  test('the whole inventory names every tenant; the public facts none', () => {
    const e = env();
    const whole = JSON.parse(e.get('AISITE_INVENTORY')!);
    expect(whole.tenants.map((t: { name: string }) => t.name)).toEqual(['radiology', 'pathology']);
    expect(JSON.parse(e.get('AISITE_PUBLIC_INVENTORY')!)).toEqual({ site: 'test-hospital', kind: 'MicroDataCenter', fidelity: 'twin' });
  });

  test('the whole inventory only on the management fabric subnets', () => {
    expect(env().get('AISITE_FULL_SUBNETS')).toBe('10.90.1.0/24');
  });
});

describe('suppressions from code', () => {
  const accepted = (expires?: string) => ({
    ...tooSmall(),
    suppressions: [{ code: 'AIS201', target: 'cab-a', reason: 'a 1 kW feed until the new PDU', ...(expires ? { expires } : {}) }],
  });
  const saved = process.env.AISITE_TODAY;
  afterEach(() => {
    if (saved === undefined) delete process.env.AISITE_TODAY;
    else process.env.AISITE_TODAY = saved;
  });

  test('a suppressed error leaves the findings for `suppressed`, with the reason, as in a YAML site', () => {
    const site = new MicroDataCenter(testStack(), 'site', accepted());
    expect(site.findings).toEqual([]);
    expect(site.suppressed.map((f) => [f.code, f.path, f.suppression.reason])).toEqual([
      ['AIS201', '/spec/cabinets/0/powerBudgetKw', 'a 1 kW feed until the new PDU'],
    ]);
    expect(site.spec.metadata.suppressions).toEqual(accepted().suppressions);
  });

  test('the same site as YAML gives the same findings and suppressed findings', () => {
    const site = new MicroDataCenter(testStack(), 'site', accepted());
    const yaml = validateDocuments(parseSource('site.yaml', stringify(site.spec)).documents);
    const key = (f: Finding & { suppression?: { reason: string } }) => [f.code, f.path, f.message, f.suppression?.reason];
    expect(yaml.suppressed.map(key)).toEqual(site.suppressed.map(key));
    expect(yaml.findings.map(key)).toEqual(site.findings.map(key));
  });

  test('the site is built and synthesizes, and an info annotation names the suppressed finding', () => {
    const stack = testStack();
    const site = new MicroDataCenter(stack, 'site', accepted());
    expect(site.plan).toBeDefined();
    expect(() => Testing.synth(stack)).not.toThrow();
    const infos = site.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.INFO).map((m) => String(m.data));
    expect(infos).toEqual([
      expect.stringMatching(/^suppressed: AIS201 cabinet-power-budget at spec\.cabinets\[0\]\.powerBudgetKw: .*\(reason: a 1 kW feed until the new PDU\)$/),
    ]);
  });

  test('after its expires date (AISITE_TODAY) the error refuses synthesis again', () => {
    process.env.AISITE_TODAY = '2027-07-01';
    const stack = new TerraformStack(Testing.app(), 'clinic');
    const site = new MicroDataCenter(stack, 'site', accepted('2027-06-30'));
    expect(site.findings.map((f) => f.code).sort()).toEqual(['AIS201', 'AIS953']);
    expect(() => Testing.synth(stack)).toThrow(InvalidSiteError);
  });

  test('a suppression without a reason is an error that refuses synthesis', () => {
    const stack = new TerraformStack(Testing.app(), 'clinic');
    const site = new MicroDataCenter(stack, 'site', { ...hospitalProps(), suppressions: [{ code: 'AIS201' }] });
    expect(site.findings.map((f) => f.code)).toEqual(['AIS950']);
    expect(() => Testing.synth(stack)).toThrow(/AIS950 suppression-reason at metadata\.suppressions\[0\]/);
  });
});
