import {
  genericResourceKind,
  genericResourceSpec,
  needsSwarm,
  nodeGroupTargets,
  overlayGateway,
  overlayNetworks,
  placementConstraint,
  siteTarget,
  swarmNodeGroups,
} from '../../../spec/model/swarm-target';
import { Site } from '../../../spec/site-types.generated';
import { mdcSite } from '../../helpers/site-fixture';

/** Two node groups (npu, gpu), a fabric for each and a shared one, a pool and a tenant each. */
function site(target?: 'docker' | 'swarm', poolTargets: Array<'docker' | 'swarm' | undefined> = []): Site['spec'] {
  const s = mdcSite().spec;
  s.cabinets[0].nodeGroups.push({ name: 'gpu', count: 1, accelerator: 'nvidia-h100-pcie', acceleratorsPerNode: 8 });
  s.fabrics = [
    { name: 'npu-net', purpose: 'compute', linkGbps: 100, subnet: '10.1.0.0/24', topology: 'flat', nodeGroups: ['cab-a/npu'] },
    { name: 'gpu-net', purpose: 'compute', linkGbps: 100, subnet: '10.1.1.0/24', topology: 'flat', nodeGroups: ['cab-a/gpu'] },
    { name: 'mgmt', purpose: 'management', linkGbps: 10, subnet: '10.1.2.0/24', topology: 'flat' },
  ];
  s.pools = [
    { name: 'inference', nodeGroups: ['cab-a/npu'], ...(poolTargets[0] ? { target: poolTargets[0] } : {}) },
    { name: 'training', nodeGroups: ['cab-a/gpu'], ...(poolTargets[1] ? { target: poolTargets[1] } : {}) },
  ];
  s.tenants = [
    { name: 'a', pool: 'inference', guaranteed: 1 },
    { name: 'b', pool: 'training', guaranteed: 1 },
  ];
  if (target) s.target = target;
  return s;
}

describe('targets', () => {
  test('docker by default, for the site and every pooled node group', () => {
    expect(siteTarget(site())).toBe('docker');
    expect([...nodeGroupTargets(site())]).toEqual([
      ['cab-a/npu', 'docker'],
      ['cab-a/gpu', 'docker'],
    ]);
    expect(needsSwarm(site())).toBe(false);
  });

  test("a pool takes the site's target unless it has its own", () => {
    expect([...nodeGroupTargets(site('swarm', [undefined, 'docker']))]).toEqual([
      ['cab-a/npu', 'swarm'],
      ['cab-a/gpu', 'docker'],
    ]);
    expect([...swarmNodeGroups(site('docker', [undefined, 'swarm']))]).toEqual(['cab-a/gpu']);
  });

  test('node groups in no pool have no target: they stay containers', () => {
    const s = site('swarm');
    s.pools = [s.pools![0]];
    expect([...swarmNodeGroups(s)]).toEqual(['cab-a/npu']);
  });

  test('swarm is needed by a swarm site, or a docker site with a swarm pool', () => {
    expect(needsSwarm(site('swarm'))).toBe(true);
    expect(needsSwarm(site(undefined, ['swarm']))).toBe(true);
    expect(needsSwarm(site('swarm', ['docker', 'docker']))).toBe(true);
  });
});

describe('overlayNetworks', () => {
  test('a swarm site: every fabric and tenant network', () => {
    const o = overlayNetworks(site('swarm'));
    expect([...o.fabrics]).toEqual(['npu-net', 'gpu-net', 'mgmt']);
    expect([...o.tenants]).toEqual(['a', 'b']);
  });

  test("one swarm pool: the fabrics its node groups join and its tenants' networks", () => {
    const o = overlayNetworks(site(undefined, [undefined, 'swarm']));
    expect([...o.fabrics]).toEqual(['gpu-net', 'mgmt']);
    expect([...o.tenants]).toEqual(['b']);
  });

  test('a docker site: none', () => {
    const o = overlayNetworks(site());
    expect([o.fabrics.size, o.tenants.size]).toEqual([0, 0]);
  });
});

describe('placement and resources', () => {
  test('the generic resource kind is the catalog kind in capitals (NPU when the catalog says nothing)', () => {
    expect(genericResourceKind({ kind: 'gpu' })).toBe('GPU');
    expect(genericResourceKind({ kind: 'pim' })).toBe('PIM');
    expect(genericResourceKind(undefined)).toBe('NPU');
    expect(genericResourceSpec({ kind: 'npu' }, 8)).toBe('NPU=8');
  });

  test('the constraint is on the aisite.accelerator node label', () => {
    expect(placementConstraint('furiosa-rngd')).toBe('node.labels.aisite.accelerator==furiosa-rngd');
  });

  test("an overlay's gateway is the first address of its subnet", () => {
    expect(overlayGateway('10.40.0.0/24')).toBe('10.40.0.1');
    expect(overlayGateway('10.40.8.0/21')).toBe('10.40.8.1');
    expect(overlayGateway('10.40.0.0/32')).toBeUndefined();
    expect(overlayGateway('bad')).toBeUndefined();
  });
});
