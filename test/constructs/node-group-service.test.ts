import { Network } from '@cdktf/provider-docker/lib/network';
import { Service } from '@cdktf/provider-docker/lib/service';
import { Testing } from 'cdktf';
import { CONTAINER_MEMORY_MB } from '../../constructs/hardening';
import { MicroDataCenter } from '../../constructs/micro-data-center';
import { NodeGroupService, NodeGroupServiceProps, ROLLBACK, ROLLING_UPDATE } from '../../constructs/node-group-service';
import { NodeGroupPlan } from '../../spec/model/twin-plan';
import { hospitalProps, labelsOf, resources, synthJson, testStack } from '../helpers/construct-fixture';

function plan(over: Partial<NodeGroupPlan> = {}): NodeGroupPlan {
  return { ref: 'cab-a/rngd', cabinet: 'cab-a', nodeGroup: 'rngd', servers: 4, containers: 4, represents: 1, lastRepresents: 1, serversPerCabinet: 4, ...over };
}

function props(over: Partial<NodeGroupServiceProps> = {}): NodeGroupServiceProps {
  return {
    siteName: 'site-a',
    cabinet: 'cab-a',
    nodeGroup: { name: 'rngd', count: 4, accelerator: 'furiosa-rngd', acceleratorsPerNode: 8 },
    plan: plan(),
    imageId: 'image-id',
    networkIds: ['net-compute-id', 'net-tenant-id'],
    accelerator: { kind: 'npu' },
    pool: 'inference',
    tenants: ['radiology', 'pathology'],
    ...over,
  };
}

function synthService(over: Partial<NodeGroupServiceProps> = {}): { synth: string; service: Record<string, any> } {
  const stack = testStack();
  new NodeGroupService(stack, 'svc', props(over));
  const synth = Testing.synth(stack);
  return { synth, service: resources(JSON.parse(synth), 'docker_service')[0] as Record<string, any> };
}

describe('NodeGroupService', () => {
  test("one docker_service named like the group's containers, with the twin's container count as replicas", () => {
    const { synth } = synthService({ plan: plan({ servers: 512, containers: 16, represents: 32, lastRepresents: 32 }) });
    expect(synth).toHaveResourceWithProperties(Service, { name: 'site-a-cab-a-rngd', mode: { replicated: { replicas: 16 } } });
  });

  test('the node image by id, and placement on nodes labelled with the accelerator model', () => {
    const { service } = synthService();
    expect(service.task_spec.container_spec.image).toBe('image-id');
    expect(service.task_spec.placement).toEqual({ constraints: ['node.labels.aisite.accelerator==furiosa-rngd'] });
  });

  test.each([
    ['npu', 8, 'NPU=8'],
    ['gpu', 8, 'GPU=8'],
    ['pim', 2, 'PIM=2'],
  ] as const)("a %s accelerator reserves one server's accelerators as a generic resource (%s per node: %s)", (kind, perNode, spec) => {
    const { service } = synthService({ accelerator: { kind }, nodeGroup: { name: 'rngd', count: 4, accelerator: 'x', acceleratorsPerNode: perNode } });
    expect(service.task_spec.resources.reservation.generic_resources.discrete_resources_spec).toEqual([spec]);
  });

  test('an accelerator without a kind counts as an NPU (the catalog default)', () => {
    const { service } = synthService({ accelerator: undefined });
    expect(service.task_spec.resources.reservation.generic_resources.discrete_resources_spec).toEqual(['NPU=8']);
  });

  test('hardening as far as a task spec takes it: read-only, no capabilities, user 65534, limits, a tmpfs /tmp, bounded logs', () => {
    const { service } = synthService();
    expect(service.task_spec.container_spec).toMatchObject({
      read_only: true,
      cap_drop: ['ALL'],
      user: '65534:65534',
      mounts: [{ type: 'tmpfs', target: '/tmp', tmpfs_options: { size_bytes: 1048576, mode: 0o777 } }],
      stop_signal: 'SIGKILL',
      stop_grace_period: '10s',
    });
    expect(service.task_spec.resources.limits).toEqual({ memory_bytes: CONTAINER_MEMORY_MB * 1024 * 1024, nano_cpus: 250_000_000 });
    expect(service.task_spec.log_driver).toEqual({ name: 'json-file', options: { 'max-size': '1m', 'max-file': '1' } });
  });

  test('rolling updates one task at a time, start first, rolled back on failure; every field set (no perpetual diff)', () => {
    const { service } = synthService();
    expect(service.update_config).toEqual({
      parallelism: 1,
      delay: '2s',
      failure_action: 'rollback',
      monitor: '5s',
      max_failure_ratio: '0.0',
      order: 'start-first',
    });
    expect(service.rollback_config).toEqual({
      parallelism: 1,
      delay: '0s',
      failure_action: 'pause',
      monitor: '5s',
      max_failure_ratio: '0.0',
      order: 'start-first',
    });
    expect(ROLLING_UPDATE.order).toBe('start-first');
    expect(ROLLBACK.failureAction).toBe('pause');
  });

  test('networks by id (provider 4.x reads them back as ids), no virtual IP', () => {
    const { service } = synthService();
    expect(service.task_spec.networks_advanced).toEqual([{ id: 'net-compute-id' }, { id: 'net-tenant-id' }]);
    expect(service.endpoint_spec).toEqual({ mode: 'dnsrr' });
  });

  test('aisite.* labels on the service and on its task containers, as on containers', () => {
    const { service } = synthService({ siteLabels: { 'aisite.label.tier': 'edge' } });
    expect(labelsOf(service)).toEqual({
      'aisite.accelerator': 'furiosa-rngd',
      'aisite.accelerators-per-node': '8',
      'aisite.cabinet': 'cab-a',
      'aisite.label.tier': 'edge',
      'aisite.managed-by': 'aisite',
      'aisite.owner': '${var.aisite_owner}',
      'aisite.owner-state': '${var.aisite_owner_state}',
      'aisite.node-group': 'rngd',
      'aisite.pool': 'inference',
      'aisite.represents': '1',
      'aisite.role': 'node',
      'aisite.site': 'site-a',
      'aisite.tenants': 'radiology,pathology',
    });
    expect(service.task_spec.container_spec.labels).toEqual(service.labels);
  });

  test('identity from the environment; the task slot as index and in the hostname', () => {
    const { service } = synthService({ plan: plan({ servers: 10, containers: 4, represents: 3, lastRepresents: 1 }) });
    expect(service.task_spec.container_spec.env).toEqual({
      AISITE_ROLE: 'node',
      AISITE_SITE: 'site-a',
      AISITE_CABINET: 'cab-a',
      AISITE_NODE_GROUP: 'rngd',
      AISITE_ACCELERATOR: 'furiosa-rngd',
      AISITE_ACCELERATORS_PER_NODE: '8',
      AISITE_REPRESENTS: '3',
      AISITE_INDEX: '{{.Task.Slot}}',
    });
    expect(service.task_spec.container_spec.hostname).toBe('cab-a-rngd-{{.Task.Slot}}');
  });
});

describe('a site with target swarm', () => {
  function site(over: Parameters<typeof hospitalProps>[0] = {}) {
    const stack = testStack();
    const s = new MicroDataCenter(stack, 'site', hospitalProps(over));
    return { s, json: synthJson(stack), synth: Testing.synth(stack) };
  }

  test('each pooled node group is a service instead of containers; gateways and the controller stay containers', () => {
    const { json, s } = site({ target: 'swarm' });
    expect(
      resources(json, 'docker_service')
        .map((r) => [r.name, (r.mode as any).replicated.replicas])
        .sort(),
    ).toEqual([
      ['test-hospital-cab-a-atom', 1],
      ['test-hospital-cab-a-rngd', 2],
    ]);
    expect(
      resources(json, 'docker_container')
        .map((c) => labelsOf(c)['aisite.role'])
        .sort(),
    ).toEqual(['controller', 'tenant', 'tenant']);
    expect([...s.cabinets.get('cab-a')!.services.keys()].sort()).toEqual(['atom', 'rngd']);
  });

  test('every network is an attachable overlay; fabrics keep their subnet and get its first address as gateway', () => {
    const { json, synth } = site({ target: 'swarm' });
    for (const n of resources(json, 'docker_network'))
      expect({ name: n.name, driver: n.driver, attachable: n.attachable }).toEqual({ name: n.name, driver: 'overlay', attachable: true });
    expect(synth).toHaveResourceWithProperties(Network, {
      name: 'test-hospital-compute',
      internal: true,
      ipam_config: [{ subnet: '10.90.0.0/24', gateway: '10.90.0.1' }],
    });
  });

  test("a pool's own target wins: a docker pool on a swarm site stays containers; a swarm pool on a docker site is a service", () => {
    const mixed = site({
      target: 'swarm',
      pools: [
        { name: 'inference', nodeGroups: ['cab-a/rngd'] },
        { name: 'vision', nodeGroups: ['cab-a/atom'], target: 'docker' },
      ],
    }).json;
    expect(resources(mixed, 'docker_service').map((r) => r.name)).toEqual(['test-hospital-cab-a-rngd']);
    expect(
      resources(mixed, 'docker_container')
        .filter((c) => labelsOf(c)['aisite.role'] === 'node')
        .map((c) => labelsOf(c)['aisite.node-group']),
    ).toEqual(['atom']);

    const one = site({
      pools: [
        { name: 'inference', nodeGroups: ['cab-a/rngd'], target: 'swarm' },
        { name: 'vision', nodeGroups: ['cab-a/atom'] },
      ],
    }).json;
    expect(resources(one, 'docker_service').map((r) => r.name)).toEqual(['test-hospital-cab-a-rngd']);
    // Overlays only where a service is: its fabrics and its pool's tenant; the other tenant keeps a bridge.
    const drivers = Object.fromEntries(resources(one, 'docker_network').map((n) => [n.name, n.driver ?? 'bridge']));
    expect(drivers).toEqual({
      'test-hospital-compute': 'overlay',
      'test-hospital-mgmt': 'overlay',
      'test-hospital-tenant-radiology': 'overlay',
      'test-hospital-tenant-pathology': 'bridge',
    });
  });

  test("the services join their fabrics and their pool's tenant networks by id", () => {
    const svc = resources(site({ target: 'swarm' }).json, 'docker_service').find((r) => r.name === 'test-hospital-cab-a-rngd') as Record<string, any>;
    const idOf = (resource: string) => expect.stringMatching(new RegExp(`^\\$\\{docker_network\\.site_${resource}_network_[0-9A-F]{8}\\.id\\}$`));
    expect(svc.task_spec.networks_advanced.map((n: { id: string }) => n.id)).toEqual([idOf('fabric-compute'), idOf('fabric-mgmt'), idOf('tenant-radiology')]);
  });

  test('a services output, and the inventory marks the swarm node groups', () => {
    const { json, s } = site({ target: 'swarm' });
    expect((json.output as Record<string, { value: string }>).services.value).toContain('docker_service.site_cabinet-cab-a_rngd-service');
    expect(JSON.parse(s.inventory!).containers).toEqual([
      { cabinet: 'cab-a', nodeGroup: 'rngd', servers: 2, containers: 2, represents: 1, target: 'swarm' },
      { cabinet: 'cab-a', nodeGroup: 'atom', servers: 1, containers: 1, represents: 1, target: 'swarm' },
    ]);
  });

  test('a docker site is unchanged: no service, no overlay, no services output, spec without target', () => {
    const { json, s } = site();
    expect(resources(json, 'docker_service')).toEqual([]);
    expect(resources(json, 'docker_network').every((n) => n.driver === undefined && n.attachable === undefined)).toBe(true);
    expect((json.output as Record<string, unknown>).services).toBeUndefined();
    expect(s.spec.spec.target).toBeUndefined();
  });

  test('the spec of a swarm site says target: swarm (what aisite validate checks)', () => {
    expect(site({ target: 'swarm' }).s.spec.spec.target).toBe('swarm');
  });
});
