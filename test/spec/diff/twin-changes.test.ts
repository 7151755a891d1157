import { objectCount, twinChanges, twinObjects } from '../../../spec/diff/twin-changes';
import { controllerName, nodeContainerPrefix, tenantContainerName, tenantNetworkName, tenantVolumeName } from '../../../spec/model/docker-names';
import { planTwin } from '../../../spec/model/twin-plan';
import { mdcSite } from '../../helpers/site-fixture';
import { side } from './diff-fixture';

const resolved = (site = mdcSite()) => side({ file: 'a.yaml', site }).sites[0];

describe('twinObjects', () => {
  test('a node group has as many numbered containers as the twin plan gives it', () => {
    const site = mdcSite();
    site.spec.cabinets[0].count = 30; // 120 servers: more than the 64-container budget
    const r = resolved(site);
    const group = twinObjects(r).find((o) => o.name === nodeContainerPrefix('test-site-01', 'cab-a', 'npu'));
    // 120 servers in a 64 budget: 2 servers per container, 60 containers
    expect(planTwin(r).groups[0].containers).toBe(60);
    expect(group?.range).toEqual({ from: 0, to: 59 });
  });

  test('full fidelity gives one container per server', () => {
    const site = mdcSite();
    site.spec.cabinets[0].count = 30;
    const group = twinObjects(resolved(site), { fidelity: 'full' }).find((o) => o.range);
    expect(group && objectCount(group)).toBe(120);
  });
});

describe('twinObjects at programme fidelity', () => {
  test('fabrics alike are one network, named for all of them', () => {
    const networks = twinObjects(resolved(), { fidelity: 'programme' }).filter((o) => o.kind === 'network' && !o.name.includes('tenant'));
    expect(networks.map((o) => [o.name, o.what])).toEqual([['test-site-01-compute_mgmt', "fabrics 'compute', 'mgmt'"]]);
  });

  test('a new fabric alike replaces the shared network', () => {
    const after = mdcSite();
    after.spec.fabrics!.push({ name: 'storage', purpose: 'storage', linkGbps: 25, subnet: '10.40.2.0/24', topology: 'flat' });
    const c = twinChanges(resolved(), resolved(after), { fidelity: 'programme' });
    expect([c.added.map((o) => o.name), c.removed.map((o) => o.name)]).toEqual([['test-site-01-compute_mgmt_storage'], ['test-site-01-compute_mgmt']]);
  });
});

describe('twinChanges', () => {
  test('more servers add the next numbered containers', () => {
    const after = mdcSite();
    after.spec.cabinets[0].nodeGroups[0].count = 6;
    const c = twinChanges(resolved(), resolved(after));
    expect(c.added).toEqual([
      { kind: 'container', name: nodeContainerPrefix('test-site-01', 'cab-a', 'npu'), what: "node group 'cab-a/npu'", range: { from: 4, to: 5 } },
    ]);
    expect(c.removed).toEqual([]);
  });

  test('fewer servers remove the last numbered containers', () => {
    const after = mdcSite();
    after.spec.cabinets[0].nodeGroups[0].count = 1;
    const c = twinChanges(resolved(), resolved(after));
    expect(c.removed.map((o) => o.range)).toEqual([{ from: 1, to: 3 }]);
  });

  test('a new tenant adds its network, container and volume by the names docker-names gives', () => {
    const after = mdcSite();
    after.spec.tenants!.push({ name: 'pathology', pool: 'inference', guaranteed: 4 });
    const c = twinChanges(resolved(), resolved(after));
    expect(c.added.map((o) => `${o.kind} ${o.name}`).sort()).toEqual(
      [
        `container ${tenantContainerName('test-site-01', 'pathology')}`,
        `network ${tenantNetworkName('test-site-01', 'pathology')}`,
        `volume ${tenantVolumeName('test-site-01', 'pathology')}`,
      ].sort(),
    );
  });

  test('an added site adds its whole twin, the controller included', () => {
    const c = twinChanges(undefined, resolved());
    expect(c.added.map((o) => o.name)).toContain(controllerName('test-site-01'));
    expect(c.removed).toEqual([]);
  });

  test('a budget smaller than the node groups is reported as unplannable, not thrown', () => {
    const c = twinChanges(resolved(), resolved(), { maxContainers: 0 });
    expect(c.unplannable).toMatch(/container budget must be at least/);
  });
});
