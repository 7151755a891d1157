import { Container } from '@cdktf/provider-docker/lib/container';
import { Testing } from 'cdktf';
import { NationalAiCenter, NationalAiCenterProps } from '../../constructs/national-ai-center';
import { validatePaths } from '../../spec/validate';
import { labelsOf, resources, synthJson, TEST_IMAGE_SHA, testStack } from '../helpers/construct-fixture';

const example = validatePaths(['examples/haenam-national-ai-center.yaml']).sites[0].spec;

/** The national example as construct props, written the way a TypeScript user would pass them. */
function nationalProps(over: Partial<NationalAiCenterProps> = {}): NationalAiCenterProps {
  const s = structuredClone(example);
  return {
    name: s.metadata.name,
    region: s.metadata.region,
    operator: s.metadata.operator,
    labels: s.metadata.labels as Record<string, string>,
    cabinets: s.spec.cabinets,
    fabrics: s.spec.fabrics,
    pools: s.spec.pools,
    tenants: s.spec.tenants,
    uplinks: s.spec.uplinks,
    targets: s.spec.targets,
    ownership: s.spec.ownership,
    imageContextSha256: TEST_IMAGE_SHA,
    ...over,
  };
}

function nodes(props: NationalAiCenterProps): Array<Record<string, unknown>> {
  const stack = testStack();
  new NationalAiCenter(stack, 'site', props);
  return resources(synthJson(stack), 'docker_container').filter((c) => labelsOf(c)['aisite.role'] === 'node');
}

describe('NationalAiCenter', () => {
  test('is importable from the package entry point', () => {
    expect(require('../../index').NationalAiCenter).toBe(NationalAiCenter);
  });

  test('its kind is NationalAiCenter', () => {
    expect(new NationalAiCenter(testStack(), 'site', nationalProps()).spec.kind).toBe('NationalAiCenter');
  });

  test('a twin has a bounded count per node group', () => {
    expect(nodes(nationalProps()).map((c) => [labelsOf(c)['aisite.node-group'], c.count])).toEqual([
      ['dgx', 32],
      ['rebel', 32],
    ]);
  });

  test('twin containers are labelled with the servers they stand for', () => {
    expect(nodes(nationalProps()).map((c) => labelsOf(c)['aisite.represents'])).toEqual(['64', '64']);
  });

  test('twin containers carry the servers they stand for in their environment', () => {
    const dgx = nodes(nationalProps())[0];
    expect(dgx.env).toContain('AISITE_REPRESENTS=64');
  });

  test('a smaller budget is shared between the node groups', () => {
    expect(nodes(nationalProps({ twin: { maxContainers: 8 } })).map((c) => [c.count, labelsOf(c)['aisite.represents']])).toEqual([
      [4, '512'],
      [4, '512'],
    ]);
  });

  test('full fidelity is one container per server', () => {
    expect(nodes(nationalProps({ twin: { fidelity: 'full' } })).map((c) => [c.count, labelsOf(c)['aisite.represents']])).toEqual([
      [2048, '1'],
      [2048, '1'],
    ]);
  });

  test('programme fidelity is one container per node group, labelled with all the servers it stands for', () => {
    expect(
      nodes(nationalProps({ twin: { fidelity: 'programme' } })).map((c) => [labelsOf(c)['aisite.node-group'], c.count, labelsOf(c)['aisite.represents']]),
    ).toEqual([
      ['dgx', 1, '2048'],
      ['rebel', 1, '2048'],
    ]);
  });

  test('programme fidelity synthesizes a single representative container resource (Testing matcher)', () => {
    const stack = testStack();
    new NationalAiCenter(stack, 'site', nationalProps({ twin: { fidelity: 'programme' } }));
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Container, {
      count: 1,
      env: expect.arrayContaining(['AISITE_NODE_GROUP=dgx', 'AISITE_REPRESENTS=2048']),
    });
  });

  test('programme fidelity keeps a gateway container per tenant', () => {
    const stack = testStack();
    new NationalAiCenter(stack, 'site', nationalProps({ twin: { fidelity: 'programme' } }));
    const gateways = resources(synthJson(stack), 'docker_container').filter((c) => labelsOf(c)['aisite.role'] !== 'node' && labelsOf(c)['aisite.tenant']);
    expect(gateways.map((c) => labelsOf(c)['aisite.tenant']).sort()).toEqual(example.spec.tenants!.map((t) => t.name).sort());
  });

  test('programme fidelity turns the healthcheck off in every container: controller, gateways and nodes', () => {
    const stack = testStack();
    new NationalAiCenter(stack, 'site', nationalProps({ twin: { fidelity: 'programme' } }));
    const containers = resources(synthJson(stack), 'docker_container');
    expect(containers.map((c) => (c.healthcheck as { test: string[] } | undefined)?.test)).toEqual(containers.map(() => ['NONE']));
  });

  test('a twin keeps the node image healthcheck: no container overrides it', () => {
    const stack = testStack();
    new NationalAiCenter(stack, 'site', nationalProps());
    expect(resources(synthJson(stack), 'docker_container').filter((c) => c.healthcheck !== undefined)).toEqual([]);
  });

  test('the plan is exposed as a typed attribute', () => {
    const site = new NationalAiCenter(testStack(), 'site', nationalProps());
    expect([site.plan?.fidelity, site.plan?.containers, site.plan?.servers]).toEqual(['twin', 64, 4096]);
  });

  test('targets and ownership go into the spec it validates', () => {
    const site = new NationalAiCenter(testStack(), 'site', nationalProps());
    expect([site.spec.spec.targets, site.spec.spec.ownership]).toEqual([example.spec.targets, example.spec.ownership]);
  });

  test('targets and ownership are typed attributes', () => {
    const site = new NationalAiCenter(testStack(), 'site', nationalProps());
    expect([site.targets, site.ownership]).toEqual([
      { exaflops: 1, precision: 'fp64', domesticAcceleratorShare: 0.5, year: 2030 },
      { public: 0.51, private: 0.49 },
    ]);
  });

  test('without targets and ownership the spec has neither key', () => {
    const site = new NationalAiCenter(testStack(), 'site', nationalProps({ targets: undefined, ownership: undefined }));
    expect(Object.keys(site.spec.spec).filter((k) => k === 'targets' || k === 'ownership')).toEqual([]);
  });

  test('ownership shares that do not sum to 1 fail synthesis with AIS803', () => {
    const stack = testStack();
    new NationalAiCenter(stack, 'site', nationalProps({ ownership: { public: 0.5, private: 0.4 } }));
    expect(() => Testing.synth(stack, true)).toThrow(/AIS803 ownership-shares at spec\.ownership: .*0\.5 \+ 0\.4 = 0\.9/);
  });

  test('a site with error findings builds no resources, and refuses to synthesize even without validations', () => {
    const stack = testStack();
    const site = new NationalAiCenter(stack, 'site', nationalProps({ ownership: { public: 0.5, private: 0.4 } }));
    expect(site.plan).toBeUndefined();
    expect(stack.node.findAll().filter((c) => c instanceof Container)).toEqual([]);
    expect(() => Testing.synth(stack)).toThrow(/is not synthesized: .*\n {2}AIS803 ownership-shares/);
  });

  test('a budget smaller than the node groups fails synthesis, naming the way out', () => {
    const stack = testStack();
    new NationalAiCenter(stack, 'site', nationalProps({ twin: { maxContainers: 1 } }));
    expect(() => Testing.synth(stack, true)).toThrow(
      /twin: the container budget must be at least the number of node groups \(2\), but 1 was given; raise maxContainers or use fidelity 'full'/,
    );
  });
});
