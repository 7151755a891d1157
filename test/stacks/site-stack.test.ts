import * as path from 'path';
import { Testing } from 'cdktf';
import { MicroDataCenter } from '../../constructs/micro-data-center';
import { NationalAiCenter } from '../../constructs/national-ai-center';
import { DOCKER_PROVIDER_VERSION } from '../../constructs/provider-version';
import { SiteStack, SiteStackProps } from '../../stacks/site-stack';
import { validatePaths } from '../../spec/validate';
import { TEST_IMAGE_SHA } from '../helpers/construct-fixture';

const sites = validatePaths(['examples']).sites;
const hospital = sites.find((s) => s.name === 'daejeon-hospital-01')!;
const national = sites.find((s) => s.name === 'haenam-national-ai-center')!;

type Json = { terraform: { backend: { local: { path: string } }; required_providers: { docker: { source: string; version: string } } } };

function stackOf(props: Partial<SiteStackProps> = {}): SiteStack {
  return new SiteStack(Testing.app(), { site: hospital, imageContextSha256: TEST_IMAGE_SHA, ...props });
}

function synth(props: Partial<SiteStackProps> = {}): Json {
  return JSON.parse(Testing.synth(stackOf(props))) as Json;
}

describe('SiteStack', () => {
  test('the stack is named after the site', () => {
    expect(stackOf().node.id).toBe('daejeon-hospital-01');
  });

  test('the local backend defaults to terraform.tfstate in the stack folder', () => {
    expect(synth().terraform.backend.local.path).toBe('terraform.tfstate');
  });

  test('the backend path is the relative one given, never made absolute', () => {
    const p = synth({ statePath: '../../../.aisite/state/daejeon-hospital-01/terraform.tfstate' }).terraform.backend.local.path;
    expect(p).toBe('../../../.aisite/state/daejeon-hospital-01/terraform.tfstate');
    expect(path.isAbsolute(p)).toBe(false);
  });

  test('state.backend pg gives a pg backend with the schema only: no connection string, no local backend', () => {
    const pgSite = { ...hospital, spec: { ...hospital.spec, spec: { ...hospital.spec.spec, state: { backend: 'pg' as const } } } };
    const backend = (synth({ site: pgSite }).terraform as unknown as { backend: Record<string, unknown> }).backend;
    expect(backend).toEqual({ pg: { schema_name: 'aisite_daejeon_hospital_01' } });
  });

  test('state.schema names the pg schema', () => {
    const pgSite = { ...hospital, spec: { ...hospital.spec, spec: { ...hospital.spec.spec, state: { backend: 'pg' as const, schema: 'team_a' } } } };
    expect((synth({ site: pgSite }).terraform as unknown as { backend: { pg: unknown } }).backend.pg).toEqual({ schema_name: 'team_a' });
  });

  test('requires the docker provider at DOCKER_PROVIDER_VERSION', () => {
    expect(synth().terraform.required_providers.docker).toMatchObject({ source: 'kreuzwerker/docker', version: DOCKER_PROVIDER_VERSION });
  });

  test('a MicroDataCenter spec becomes a MicroDataCenter', () => {
    expect(stackOf().site).toBeInstanceOf(MicroDataCenter);
  });

  test('a NationalAiCenter spec becomes a NationalAiCenter with its targets and ownership', () => {
    const site = stackOf({ site: national }).site as NationalAiCenter;
    expect(site).toBeInstanceOf(NationalAiCenter);
    expect([site.targets?.exaflops, site.ownership?.public]).toEqual([1, 0.51]);
  });

  test('twin options reach the site', () => {
    expect(stackOf({ site: national, twin: { maxContainers: 8 } }).site.plan?.containers).toBe(8);
  });

  test('findings point at the source file', () => {
    const bad = structuredClone(national.spec);
    bad.spec.ownership = { public: 0.5, private: 0.4 };
    const stack = new SiteStack(Testing.app(), { site: { ...national, spec: bad }, imageContextSha256: TEST_IMAGE_SHA });
    expect(() => Testing.synth(stack, true)).toThrow(/AIS803 ownership-shares at examples\/haenam-national-ai-center\.yaml:\d+:\d+/);
  });
});
