import { LiveContainer, LiveNamed, LiveSite } from '../../deploy/docker-objects';
import { ExpectedSite } from '../../deploy/expected-site';
import { compareSite, formatStatus } from '../../deploy/status';

const SITE = 'clinic';

function node(name: string, cabinet: string, nodeGroup: string, state = 'running', health = 'healthy'): LiveContainer {
  return { id: `id-${name}`, name, state, health, networks: [], labels: { 'aisite.site': SITE, 'aisite.role': 'node', 'aisite.cabinet': cabinet, 'aisite.node-group': nodeGroup } };
}
function other(name: string, role: string, state = 'running', health = 'healthy'): LiveContainer {
  return { id: `id-${name}`, name, state, health, networks: [], labels: { 'aisite.site': SITE, 'aisite.role': role } };
}
const named = (name: string): LiveNamed => ({ name, labels: { 'aisite.site': SITE } });

const expected: ExpectedSite = {
  site: SITE,
  containers: [
    { name: 'clinic-cab-a-npu-0', role: 'node', cabinet: 'cab-a', nodeGroup: 'npu' },
    { name: 'clinic-cab-a-npu-1', role: 'node', cabinet: 'cab-a', nodeGroup: 'npu' },
    { name: 'clinic-cab-a-gpu-0', role: 'node', cabinet: 'cab-a', nodeGroup: 'gpu' },
    { name: 'clinic-controller', role: 'controller' },
    { name: 'clinic-tenant-lab', role: 'tenant' },
  ],
  networks: ['clinic-mgmt', 'clinic-tenant-lab'],
  volumes: ['clinic-data', 'clinic-tenant-lab-data'],
};

/** The live site exactly as expected, all healthy. */
function liveAsExpected(): LiveSite {
  return {
    containers: [
      node('clinic-cab-a-gpu-0', 'cab-a', 'gpu'),
      node('clinic-cab-a-npu-0', 'cab-a', 'npu'),
      node('clinic-cab-a-npu-1', 'cab-a', 'npu'),
      other('clinic-controller', 'controller'),
      other('clinic-tenant-lab', 'tenant'),
    ],
    networks: [named('clinic-mgmt'), named('clinic-tenant-lab')],
    volumes: [named('clinic-data'), named('clinic-tenant-lab-data')],
  };
}

describe('compareSite', () => {
  test('a site as the spec says is in sync, counted per cabinet and node group', () => {
    const s = compareSite(liveAsExpected(), expected, SITE);
    expect(s.inSync).toBe(true);
    expect(s.withSpec).toBe(true);
    expect(s.containers).toEqual({ expected: 5, live: 5, healthy: 5 });
    expect(s.groups).toEqual([
      { cabinet: 'cab-a', nodeGroup: 'npu', expected: 2, running: 2, healthy: 2 },
      { cabinet: 'cab-a', nodeGroup: 'gpu', expected: 1, running: 1, healthy: 1 },
    ]);
    expect(s.networks).toEqual(['clinic-mgmt', 'clinic-tenant-lab']);
    expect(s.drift).toEqual({ missing: [], extra: [], unhealthy: [] });
  });

  test('missing containers, networks and volumes are drift', () => {
    const live = liveAsExpected();
    live.containers.splice(1, 1); // clinic-cab-a-npu-0
    live.networks.splice(0, 1);
    live.volumes.splice(1, 1);
    const s = compareSite(live, expected, SITE);
    expect(s.inSync).toBe(false);
    expect(s.drift.missing).toEqual(['clinic-cab-a-npu-0', 'clinic-mgmt', 'clinic-tenant-lab-data']);
    expect(s.groups.find((g) => g.nodeGroup === 'npu')).toEqual({ cabinet: 'cab-a', nodeGroup: 'npu', expected: 2, running: 1, healthy: 1 });
  });

  test('objects with the site label that the spec does not name are extra', () => {
    const live = liveAsExpected();
    live.containers.push(node('clinic-cab-a-npu-2', 'cab-a', 'npu'), node('clinic-cab-b-old-0', 'cab-b', 'old'));
    live.volumes.push(named('clinic-tenant-gone-data'));
    const s = compareSite(live, expected, SITE);
    expect(s.inSync).toBe(false);
    expect(s.drift.extra).toEqual(['clinic-cab-a-npu-2', 'clinic-cab-b-old-0', 'clinic-tenant-gone-data']);
    expect(s.groups).toContainEqual({ cabinet: 'cab-b', nodeGroup: 'old', expected: 0, running: 1, healthy: 1 });
  });

  test('stopped or unhealthy containers are drift; running without a healthcheck is healthy', () => {
    const live = liveAsExpected();
    live.containers[0] = node('clinic-cab-a-gpu-0', 'cab-a', 'gpu', 'exited', 'unhealthy');
    live.containers[1] = node('clinic-cab-a-npu-0', 'cab-a', 'npu', 'running', 'starting');
    live.containers[2] = node('clinic-cab-a-npu-1', 'cab-a', 'npu', 'running', 'none');
    const s = compareSite(live, expected, SITE);
    expect(s.inSync).toBe(false);
    expect(s.drift.unhealthy).toEqual([
      { name: 'clinic-cab-a-gpu-0', state: 'exited', health: 'unhealthy' },
      { name: 'clinic-cab-a-npu-0', state: 'running', health: 'starting' },
    ]);
    expect(s.containers).toEqual({ expected: 5, live: 5, healthy: 3 });
    expect(s.groups.find((g) => g.nodeGroup === 'gpu')).toEqual({ cabinet: 'cab-a', nodeGroup: 'gpu', expected: 1, running: 0, healthy: 0 });
  });

  test('without a spec: only live objects, no missing or extra; nothing live is not in sync', () => {
    const s = compareSite(liveAsExpected(), undefined, SITE);
    expect(s).toMatchObject({ withSpec: false, inSync: true, containers: { expected: 0, live: 5, healthy: 5 }, drift: { missing: [], extra: [] } });
    const empty = compareSite({ containers: [], networks: [], volumes: [] }, undefined, SITE);
    expect(empty.inSync).toBe(false);
  });
});

describe('formatStatus', () => {
  test('in sync: a check mark, counts, one line per node group', () => {
    expect(formatStatus(compareSite(liveAsExpected(), expected, SITE))).toBe(
      ['✔ clinic: 5/5 containers healthy, 2 networks', `  ${'cab-a/npu'.padEnd(28)} 2/2 healthy`, `  ${'cab-a/gpu'.padEnd(28)} 1/1 healthy`, ''].join('\n'),
    );
  });

  test('drift: missing, extra and unhealthy listed, and how to heal it', () => {
    const live = liveAsExpected();
    live.containers.splice(2, 1); // clinic-cab-a-npu-1
    live.containers[0] = node('clinic-cab-a-gpu-0', 'cab-a', 'gpu', 'exited', 'none');
    live.networks.push(named('clinic-stray'));
    expect(formatStatus(compareSite(live, expected, SITE))).toBe(
      [
        '✖ clinic: 3/5 containers healthy, 3 networks',
        `  ${'cab-a/npu'.padEnd(28)} 1/2 healthy, 1 not running`,
        `  ${'cab-a/gpu'.padEnd(28)} 0/1 healthy, 1 not running`,
        '  missing    clinic-cab-a-npu-1',
        '  extra      clinic-stray',
        '  unhealthy  clinic-cab-a-gpu-0 (exited)',
        '  drift: run `aisite deploy` to heal it',
        '',
      ].join('\n'),
    );
  });

  test('without a spec it says so and counts live containers', () => {
    expect(formatStatus(compareSite(liveAsExpected(), undefined, SITE)).split('\n')[0]).toBe('✔ clinic: 5/5 containers healthy, 2 networks (no spec given: live objects only)');
  });
});
