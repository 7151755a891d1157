import { LiveContainer, LiveNamed, LiveService, LiveSite } from '../../deploy/docker-objects';
import { ExpectedSite } from '../../deploy/expected-site';
import { compareSite } from '../../deploy/status';
import { formatStatus } from '../../cli/format/status';

const SITE = 'clinic';

function node(name: string, cabinet: string, nodeGroup: string, state = 'running', health = 'healthy'): LiveContainer {
  return {
    id: `id-${name}`,
    name,
    state,
    health,
    networks: [],
    labels: { 'aisite.site': SITE, 'aisite.role': 'node', 'aisite.cabinet': cabinet, 'aisite.node-group': nodeGroup },
  };
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
    expect(s.drift).toEqual({ missing: [], extra: [], unhealthy: [], replicas: [] });
    expect(s.services).toEqual([]);
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

/** A swarm site: the npu node group is service clinic-cab-a-npu of 4 replicas. */
const swarmExpected: ExpectedSite = {
  ...expected,
  containers: expected.containers.filter((c) => c.nodeGroup !== 'npu'),
  services: [{ name: 'clinic-cab-a-npu', cabinet: 'cab-a', nodeGroup: 'npu', replicas: 4 }],
};

function npuService(running: number, replicas = 4, err?: string): LiveService {
  const tasks = Array.from({ length: replicas }, (_, i) => ({
    id: `t${i}`,
    slot: i + 1,
    state: i < running ? 'running' : 'pending',
    desiredState: 'running',
    ...(i >= running && err ? { error: err } : {}),
  }));
  return {
    id: 'sv1',
    name: 'clinic-cab-a-npu',
    labels: { 'aisite.site': SITE, 'aisite.role': 'node', 'aisite.cabinet': 'cab-a', 'aisite.node-group': 'npu' },
    replicas,
    running,
    constraints: ['node.labels.aisite.accelerator==furiosa-rngd'],
    genericResources: ['NPU=8'],
    tasks,
  };
}

function swarmLive(service: LiveService | undefined): LiveSite {
  const live = liveAsExpected();
  return { ...live, containers: live.containers.filter((c) => c.labels['aisite.node-group'] !== 'npu'), services: service ? [service] : [] };
}

describe('compareSite with swarm services', () => {
  test('a service running all its replicas is in sync; its group counts tasks', () => {
    const s = compareSite(swarmLive(npuService(4)), swarmExpected, SITE);
    expect(s.inSync).toBe(true);
    expect(s.groups).toContainEqual({ cabinet: 'cab-a', nodeGroup: 'npu', expected: 4, running: 4, healthy: 4, service: 'clinic-cab-a-npu' });
    expect(s.services).toEqual([
      {
        name: 'clinic-cab-a-npu',
        cabinet: 'cab-a',
        nodeGroup: 'npu',
        desired: 4,
        running: 4,
        constraints: ['node.labels.aisite.accelerator==furiosa-rngd'],
        genericResources: ['NPU=8'],
      },
    ]);
    expect(s.drift).toEqual({ missing: [], extra: [], unhealthy: [], replicas: [] });
  });

  test('fewer tasks running than the spec wants is drift, with the task error', () => {
    const s = compareSite(swarmLive(npuService(2, 4, 'no suitable node (insufficient resources on 1 node)')), swarmExpected, SITE);
    expect(s.inSync).toBe(false);
    expect(s.drift.replicas).toEqual([{ name: 'clinic-cab-a-npu', desired: 4, running: 2, error: 'no suitable node (insufficient resources on 1 node)' }]);
  });

  test('a service scaled away from the spec is drift even when all its tasks run', () => {
    const s = compareSite(swarmLive(npuService(2, 2)), swarmExpected, SITE);
    expect(s.inSync).toBe(false);
    expect(s.drift.replicas).toEqual([{ name: 'clinic-cab-a-npu', desired: 4, running: 2 }]);
  });

  test('a missing service is missing; a service the spec does not name is extra', () => {
    expect(compareSite(swarmLive(undefined), swarmExpected, SITE).drift.missing).toEqual(['clinic-cab-a-npu']);
    expect(compareSite(swarmLive(npuService(4)), expected, SITE).drift.extra).toEqual(['clinic-cab-a-npu']);
  });

  test("without a spec: the service's own replicas are desired", () => {
    const s = compareSite(swarmLive(npuService(3)), undefined, SITE);
    expect(s.groups).toContainEqual({ cabinet: 'cab-a', nodeGroup: 'npu', expected: 0, running: 3, healthy: 3, service: 'clinic-cab-a-npu' });
    expect(s.drift.replicas).toEqual([{ name: 'clinic-cab-a-npu', desired: 4, running: 3 }]);
    expect(s.inSync).toBe(false);
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

  test('services: counted in the first line, one line per service group, replicas drift listed', () => {
    expect(formatStatus(compareSite(swarmLive(npuService(4)), swarmExpected, SITE))).toBe(
      [
        '✔ clinic: 3/3 containers healthy, 1 service (4/4 tasks running), 2 networks',
        `  ${'cab-a/gpu'.padEnd(28)} 1/1 healthy`,
        `  ${'cab-a/npu'.padEnd(28)} 4/4 tasks running (service clinic-cab-a-npu)`,
        '',
      ].join('\n'),
    );
    const lines = formatStatus(
      compareSite(swarmLive(npuService(1, 4, 'no suitable node (scheduling constraints not satisfied on 1 node)')), swarmExpected, SITE),
    ).split('\n');
    expect(lines[0]).toBe('✖ clinic: 3/3 containers healthy, 1 service (1/4 tasks running), 2 networks');
    expect(lines).toContain(`  ${'cab-a/npu'.padEnd(28)} 1/4 tasks running (service clinic-cab-a-npu)`);
    expect(lines).toContain('  replicas   clinic-cab-a-npu 1/4 running (no suitable node (scheduling constraints not satisfied on 1 node))');
    expect(lines).toContain('  drift: run `aisite deploy` to heal it');
  });

  test('without a spec it says so and counts live containers', () => {
    expect(formatStatus(compareSite(liveAsExpected(), undefined, SITE)).split('\n')[0]).toBe(
      '✔ clinic: 5/5 containers healthy, 2 networks (no spec given: live objects only)',
    );
  });
});

describe('compareSite on several engines', () => {
  test('containers are counted per engine; a network on two engines is one name; one line per engine', () => {
    const live = liveAsExpected();
    const two: LiveSite = {
      ...live,
      containers: live.containers.map((c) =>
        c.name === 'clinic-cab-a-gpu-0' ? { ...c, engine: 'unix:///run/rack-b.sock' } : { ...c, engine: 'unix:///var/run/docker.sock' },
      ),
      networks: [...live.networks, named('clinic-mgmt')],
    };
    const s = compareSite(two, expected, SITE, ['unix:///var/run/docker.sock', 'unix:///run/rack-b.sock']);
    expect(s.inSync).toBe(true);
    expect(s.networks).toEqual(['clinic-mgmt', 'clinic-tenant-lab']);
    expect(s.engines).toEqual([
      { host: 'unix:///var/run/docker.sock', containers: 4, healthy: 4 },
      { host: 'unix:///run/rack-b.sock', containers: 1, healthy: 1 },
    ]);
    expect(formatStatus(s)).toContain('  engine unix:///run/rack-b.sock: 1/1 containers healthy\n');
    expect(compareSite(live, expected, SITE, ['unix:///var/run/docker.sock']).engines).toBeUndefined();
  });
});

describe('compareSite with objects that share a name', () => {
  test('a removed tenant gateway is missing even though its network of the same name is there', () => {
    const gateway = `${SITE}-tenant-radiology-ai`;
    const exp: ExpectedSite = { site: SITE, containers: [{ name: gateway, role: 'tenant' }], networks: [gateway], volumes: [] };
    const live: LiveSite = { containers: [], networks: [{ id: 'n1', name: gateway, labels: {} }], volumes: [], services: [] };
    const s = compareSite(live, exp, SITE);
    expect({ inSync: s.inSync, missing: s.drift.missing, extra: s.drift.extra }).toEqual({ inSync: false, missing: [gateway], extra: [] });
  });
});
