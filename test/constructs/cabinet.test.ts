import { Cabinet, CabinetProps, NodeGroupWiring } from '../../constructs/cabinet';
import { NodeGroupPlan } from '../../spec/model/twin-plan';
import { labelsOf, resources, synthJson, testStack } from '../helpers/construct-fixture';

function plan(over: Partial<NodeGroupPlan> = {}): NodeGroupPlan {
  return { ref: 'cab-a/rngd', cabinet: 'cab-a', nodeGroup: 'rngd', servers: 4, containers: 4, represents: 1, lastRepresents: 1, serversPerCabinet: 4, ...over };
}

function props(over: Partial<CabinetProps> = {}): CabinetProps {
  return {
    siteName: 'site-a',
    imageId: 'image-id',
    name: 'cab-a',
    rackUnits: 42,
    powerBudgetKw: 20,
    cooling: 'air',
    nodeGroups: [{ name: 'rngd', count: 4, accelerator: 'furiosa-rngd', acceleratorsPerNode: 8 }],
    plans: new Map([['rngd', plan()]]),
    wiring: new Map<string, NodeGroupWiring>([['rngd', { networks: ['net-compute', 'net-tenant'], pool: 'inference', tenants: ['radiology', 'pathology'] }]]),
    ...over,
  };
}

function containers(over: Partial<CabinetProps> = {}): Array<Record<string, unknown>> {
  const stack = testStack();
  new Cabinet(stack, 'cabinet', props(over));
  return resources(synthJson(stack), 'docker_container');
}

describe('Cabinet', () => {
  test('with identical cabinets and one server per container, the cabinet index is a label', () => {
    const [c] = containers({ count: 3, plans: new Map([['rngd', plan({ servers: 12, containers: 12 })]]) });
    expect(labelsOf(c)['aisite.cabinet-index']).toBe('${floor((count.index / 4))}');
  });

  test('a single cabinet has no cabinet index label', () => {
    const [c] = containers();
    expect(labelsOf(c)['aisite.cabinet-index']).toBeUndefined();
  });

  test('twin containers standing for many servers have no cabinet index label', () => {
    const [c] = containers({ count: 3, plans: new Map([['rngd', plan({ servers: 12, containers: 3, represents: 4, lastRepresents: 4 })]]) });
    expect(labelsOf(c)['aisite.cabinet-index']).toBeUndefined();
  });

  test('one container resource per node group, with the planned count', () => {
    expect(containers().map((c) => c.count)).toEqual([4]);
  });

  test('names use the count index', () => {
    expect(containers()[0].name).toBe('site-a-cab-a-rngd-${count.index}');
  });

  test('hostnames use the count index', () => {
    expect(containers()[0].hostname).toBe('cab-a-rngd-${count.index}');
  });

  test('the index is in the environment', () => {
    expect(containers()[0].env).toContain('AISITE_INDEX=${count.index}');
  });

  test('represents is a plain number when every container stands for the same servers', () => {
    const c = containers({ plans: new Map([['rngd', plan({ servers: 2048, containers: 32, represents: 64, lastRepresents: 64 })]]) })[0];
    expect(labelsOf(c)['aisite.represents']).toBe('64');
  });

  test('represents is conditional on the last index when servers do not divide evenly', () => {
    const c = containers({ plans: new Map([['rngd', plan({ servers: 100, containers: 7, represents: 15, lastRepresents: 10 })]]) })[0];
    expect(labelsOf(c)['aisite.represents']).toBe('${(count.index == 6) ? 10 : 15}');
  });

  test('the environment carries the same represents expression as the label', () => {
    const c = containers({ plans: new Map([['rngd', plan({ servers: 100, containers: 7, represents: 15, lastRepresents: 10 })]]) })[0];
    expect(c.env).toContain('AISITE_REPRESENTS=${(count.index == 6) ? 10 : 15}');
  });

  test('containers join the wired networks in order', () => {
    expect(containers()[0].networks_advanced).toEqual([{ name: 'net-compute' }, { name: 'net-tenant' }]);
  });

  test('containers are labelled with pool and tenants', () => {
    expect(labelsOf(containers()[0])).toMatchObject({ 'aisite.pool': 'inference', 'aisite.tenants': 'radiology,pathology' });
  });

  test('a node group without pool or tenants has no pool or tenants label', () => {
    const l = labelsOf(containers({ wiring: new Map() })[0]);
    expect([l['aisite.pool'], l['aisite.tenants']]).toEqual([undefined, undefined]);
  });

  test('a node group without a plan gets no container', () => {
    const p = props();
    expect(
      containers({ nodeGroups: [...p.nodeGroups, { name: 'atom', count: 1, accelerator: 'rebellions-atom', acceleratorsPerNode: 4 }] }).map(
        (c) => labelsOf(c)['aisite.node-group'],
      ),
    ).toEqual(['rngd']);
  });

  test('containers are exposed by node group name', () => {
    const cab = new Cabinet(testStack(), 'cabinet', props());
    expect([...cab.containers.keys()]).toEqual(['rngd']);
  });

  test('the spec keeps only the cabinet fields', () => {
    const cab = new Cabinet(testStack(), 'cabinet', props({ siteLabels: { a: 'b' } }));
    expect(Object.keys(cab.spec).sort()).toEqual(['cooling', 'name', 'nodeGroups', 'powerBudgetKw', 'rackUnits']);
  });
});
