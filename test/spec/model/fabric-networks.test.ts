import { fabricNetworks, joinsFabricNetwork } from '../../../spec/model/fabric-networks';
import { Fabric, Site } from '../../../spec/site-types.generated';
import { mdcSite } from '../../helpers/site-fixture';

/** The fixture MDC (one cabinet, node group cab-a/npu) with the given fabrics. */
function site(fabrics: Fabric[], more: Partial<Site['spec']> = {}): Site {
  const s = mdcSite('s');
  s.spec.fabrics = fabrics;
  Object.assign(s.spec, more);
  return s;
}

const compute: Fabric = { name: 'compute', purpose: 'compute', linkGbps: 400, subnet: '10.40.0.0/24', topology: 'leaf-spine' };
const storage: Fabric = { name: 'storage', purpose: 'storage', linkGbps: 25, subnet: '10.40.1.0/24', topology: 'flat' };
const mgmt: Fabric = { name: 'mgmt', purpose: 'management', linkGbps: 10, subnet: '10.40.2.0/24', topology: 'flat', egress: true };

/** name → [fabrics, internal, controller] */
const summary = (s: Site, fidelity: 'twin' | 'full' | 'programme') =>
  fabricNetworks(s, fidelity).map((n) => [n.name, n.fabrics.map((f) => f.name), n.internal, n.controller]);

describe('fabricNetworks', () => {
  test('at twin and full fidelity every fabric is its own network, named <site>-<fabric>', () => {
    const s = site([compute, storage, mgmt]);
    const expected = [
      ['s-compute', ['compute'], true, false],
      ['s-storage', ['storage'], true, false],
      ['s-mgmt', ['mgmt'], false, true],
    ];
    expect(summary(s, 'twin')).toEqual(expected);
    expect(summary(s, 'full')).toEqual(expected);
    expect(summary(s, undefined as never)).toEqual(expected);
  });

  test("at programme fidelity an MDC's three fabrics share one network, with the management fabric's subnet and its way out", () => {
    const [n] = fabricNetworks(site([compute, storage, mgmt]), 'programme');
    expect(fabricNetworks(site([compute, storage, mgmt]), 'programme')).toHaveLength(1);
    expect([n.name, n.subnet, n.internal, n.controller, n.nodeGroups]).toEqual(['s-compute_storage_mgmt', mgmt.subnet, false, true, undefined]);
  });

  test('fabrics joined by different node groups keep their own networks', () => {
    const s = site([{ ...compute, nodeGroups: ['cab-a/npu'] }, storage, mgmt]);
    expect(summary(s, 'programme')).toEqual([
      ['s-compute', ['compute'], true, false],
      ['s-storage_mgmt', ['storage', 'mgmt'], false, true],
    ]);
  });

  test('the same node groups in another order are alike', () => {
    const s = mdcSite('s');
    s.spec.cabinets[0].nodeGroups.push({ ...s.spec.cabinets[0].nodeGroups[0], name: 'atom' });
    s.spec.fabrics = [
      { ...compute, nodeGroups: ['cab-a/npu', 'cab-a/atom'] },
      { ...storage, nodeGroups: ['cab-a/atom', 'cab-a/npu'] },
    ];
    expect(fabricNetworks(s, 'programme').map((n) => n.name)).toEqual(['s-compute_storage']);
  });

  test('an internal management fabric stays apart from a data fabric with egress: the controller keeps no way out', () => {
    const s = site([
      { ...compute, egress: true },
      { ...mgmt, egress: false },
    ]);
    expect(summary(s, 'programme')).toEqual([
      ['s-compute', ['compute'], false, false],
      ['s-mgmt', ['mgmt'], true, true],
    ]);
  });

  test('an air-gapped site shares one internal network for all its fabrics', () => {
    expect(summary(site([compute, storage, mgmt], { airGapped: true }), 'programme')).toEqual([
      ['s-compute_storage_mgmt', ['compute', 'storage', 'mgmt'], true, true],
    ]);
  });

  test('without a management fabric the controller joins every fabric, and they share one network', () => {
    expect(summary(site([compute, storage]), 'programme')).toEqual([['s-compute_storage', ['compute', 'storage'], true, true]]);
  });

  test('fabrics a swarm pool joins keep an overlay network each (Swarm limits network names to 63 characters)', () => {
    const s = site([{ ...compute, nodeGroups: ['cab-a/npu'] }, { ...storage, nodeGroups: ['cab-a/npu'] }, mgmt]);
    s.spec.pools = [{ name: 'inference', nodeGroups: ['cab-a/npu'], target: 'swarm' }];
    expect(fabricNetworks(s, 'programme').map((n) => [n.name, n.overlay])).toEqual([
      ['s-compute', true],
      ['s-storage', true],
      ['s-mgmt', true],
    ]);
  });

  test('joinsFabricNetwork: a network of some node groups is joined by those only, one of all node groups by every one', () => {
    const [own, shared] = fabricNetworks(site([{ ...compute, nodeGroups: ['cab-a/npu'] }, storage, mgmt]), 'programme');
    expect([joinsFabricNetwork(own, 'cab-a/npu'), joinsFabricNetwork(own, 'cab-b/gpu'), joinsFabricNetwork(shared, 'cab-b/gpu')]).toEqual([true, false, true]);
  });
});
