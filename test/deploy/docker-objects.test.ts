/**
 * Listing, orphan detection and the label sweep, against a fake `docker` on PATH that
 * answers like docker 20.10 (the real engine is exercised by deploy.integration.test.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  containerNames,
  countSiteObjects,
  dockerSpawnError,
  findOrphans,
  listServices,
  listSite,
  listSitesOn,
  orphansIn,
  splitBySite,
  sweepSite,
} from '../../deploy/docker-objects';
import { EngineHangError } from '../../deploy/engine-watchdog';
import { ExternalError } from '../../spec/errors';
import { LABELS } from '../../spec/model/docker-names';
import { fakeBin, tempDir } from '../helpers/fake-bin';

let tmp: string;
beforeEach(() => {
  tmp = tempDir('aisite-docker-objects-');
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const container = (id: string, name: string, state = 'running') => ({
  Id: id,
  Name: `/${name}`,
  State: { Status: state, Health: { Status: 'healthy' } },
  Config: { Labels: { 'aisite.site': 's', 'aisite.role': 'node' } },
  NetworkSettings: { Networks: { 's-compute': {} } },
});

/** A swarm service sv1 of site s (4 replicas, NPU=8 per task, on RNGD nodes). */
const service = {
  ID: 'sv1',
  Spec: {
    Name: 's-cab-a-rngd',
    Labels: { 'aisite.site': 's', 'aisite.role': 'node', 'aisite.cabinet': 'cab-a', 'aisite.node-group': 'rngd' },
    Mode: { Replicated: { Replicas: 4 } },
    TaskTemplate: {
      Placement: { Constraints: ['node.labels.aisite.accelerator==furiosa-rngd'] },
      Resources: { Reservations: { GenericResources: [{ DiscreteResourceSpec: { Kind: 'NPU', Value: 8 } }] } },
    },
  },
};
const task = (id: string, slot: number, state: string, desired = 'running', err?: string) => ({
  ID: id,
  ServiceID: 'sv1',
  Slot: slot,
  DesiredState: desired,
  Status: { State: state, ...(err ? { Err: err } : {}) },
});

/**
 * A docker CLI with containers c1, c2 and network n1 (s-compute) labelled for site s.
 * `rm` removes the containers; `network rm` fails as `networkRm` says (or succeeds).
 * Not a swarm manager, unless `tasks` are given: then service sv1 has them, `service rm`
 * removes it, and its task container t-c1 goes a moment later.
 */
function fakeDocker(networkRm: string | undefined, tasks?: readonly object[]): Record<string, string> {
  fs.writeFileSync(path.join(tmp, 'containers.json'), JSON.stringify([container('c1', 's-cab-a-npu-0'), container('c2', 's-cab-a-npu-1', 'exited')]));
  fs.writeFileSync(path.join(tmp, 'networks.ls'), lsLine('n1', 's-compute', { 'aisite.site': 's' }));
  fs.writeFileSync(path.join(tmp, 'services.json'), JSON.stringify([service]));
  fs.writeFileSync(path.join(tmp, 'tasks.json'), JSON.stringify(tasks ?? []));
  const notManager = `echo 'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.' >&2; exit 1`;
  const script = `
log=${tmp}/calls
echo "$*" >> $log
case "$*" in
  "service ls -q --filter label=aisite.site=s"|"service ls -q --filter label=aisite.site=s --filter label=aisite.owner="*) ${tasks ? `[ -e ${tmp}/svcrm ] || echo sv1` : notManager} ;;
  "service inspect sv1") cat ${tmp}/services.json ;;
  "service ps -q --no-trunc sv1") ${tasks ? `printf '${tasks.map((t) => (t as { ID: string }).ID).join('\\n')}\\n'` : 'exit 1'} ;;
  "inspect --type task "*) cat ${tmp}/tasks.json ;;
  "service rm sv1") touch ${tmp}/svcrm ;;
  "ps -aq --no-trunc --filter label=aisite.site=s "*"--filter label=com.docker.swarm.task.id") if [ -e ${tmp}/svcrm ] && [ ! -e ${tmp}/tgone ]; then touch ${tmp}/tgone; echo t-c1; fi ;;
  "ps -aq --no-trunc --filter label=aisite.site=s") [ -e ${tmp}/rm ] || printf 'c1\\nc2\\n' ;;
  "inspect c1 c2") cat ${tmp}/containers.json ;;
  "network ls --no-trunc --filter label=aisite.site=s --format "*) [ -e ${tmp}/netrm ] || cat ${tmp}/networks.ls ;;
  "volume ls --filter label=aisite.site=s --format "*) ;;
  "rm -f -v c1"|"rm -f -v c2") touch ${tmp}/rm ;;
  "network rm s-compute"|"network rm n1") ${networkRm === undefined ? `touch ${tmp}/netrm` : `echo '${networkRm}' >&2; exit 1`} ;;
  *) echo "unexpected: $*" >&2; exit 1 ;;
esac`;
  const bin = fakeBin(path.join(tmp, 'bin'), { docker: script });
  return { PATH: `${bin}:${process.env.PATH}` };
}

/** A `network ls`/`volume ls` line for the template listSite asks for: id, name, then aisite's labels in LABELS order. */
const lsLine = (id: string, name: string, labels: Record<string, string>) => `${[id, name, ...Object.values(LABELS).map((k) => labels[k] ?? '')].join('\t')}\n`;

const calls = () => fs.readFileSync(path.join(tmp, 'calls'), 'utf8').trim().split('\n');

describe('listSite', () => {
  test('containers (state, health, networks), networks with their ids, by name', () => {
    const live = listSite('s', fakeDocker(undefined));
    expect(live.containers.map((c) => [c.id, c.name, c.state, c.health, c.networks])).toEqual([
      ['c1', 's-cab-a-npu-0', 'running', 'healthy', ['s-compute']],
      ['c2', 's-cab-a-npu-1', 'exited', 'healthy', ['s-compute']],
    ]);
    expect(live.networks).toEqual([{ id: 'n1', name: 's-compute', labels: { 'aisite.site': 's' } }]);
    expect(live.volumes).toEqual([]);
    expect(live.services).toEqual([]); // not a swarm manager: no services, no error
  });

  test('leaves out the containers of swarm tasks: their service stands for them', () => {
    const env = fakeDocker(undefined);
    const containers = JSON.parse(fs.readFileSync(path.join(tmp, 'containers.json'), 'utf8')) as Array<ReturnType<typeof container>>;
    containers[1].Config.Labels = { ...containers[1].Config.Labels, 'com.docker.swarm.task.id': 'x1' } as (typeof containers)[1]['Config']['Labels'];
    fs.writeFileSync(path.join(tmp, 'containers.json'), JSON.stringify(containers));
    expect(listSite('s', env).containers.map((c) => c.id)).toEqual(['c1']);
  });
});

describe('listSitesOn', () => {
  /** A docker CLI holding containers and networks of sites a and b, found only through the managed-by label. */
  function twoSites(): Record<string, string> {
    const labels = (site: string) => ({ 'aisite.managed-by': 'aisite', 'aisite.site': site });
    const c = (id: string, site: string) => ({ ...container(id, `${site}-controller`), Config: { Labels: labels(site) } });
    fs.writeFileSync(path.join(tmp, 'containers.json'), JSON.stringify([c('c1', 'a'), c('c2', 'b')]));
    fs.writeFileSync(path.join(tmp, 'networks.ls'), lsLine('n1', 'b-mgmt', labels('b')));
    const script = `
echo "$*" >> ${tmp}/calls
case "$*" in
  "ps -aq --no-trunc --filter label=aisite.managed-by=aisite") printf 'c1\\nc2\\n' ;;
  "inspect c1 c2") cat ${tmp}/containers.json ;;
  "network ls --no-trunc --filter label=aisite.managed-by=aisite --format "*) cat ${tmp}/networks.ls ;;
  "volume ls --filter label=aisite.managed-by=aisite --format "*) ;;
  "service ls -q --filter label=aisite.managed-by=aisite") echo 'Error response from daemon: This node is not a swarm manager.' >&2; exit 1 ;;
  *) echo "unexpected: $*" >&2; exit 1 ;;
esac`;
    return { PATH: `${fakeBin(path.join(tmp, 'bin'), { docker: script })}:${process.env.PATH}` };
  }

  test('one listing of the engine serves every site on it, each getting only its own objects', () => {
    const engine = { host: '', env: twoSites() };
    const live = listSitesOn(['a', 'b', 'gone'].map((name) => ({ name, engines: [engine] })));
    expect([...live].map(([site, l]) => [site, l.containers.map((x) => x.name), l.networks.map((x) => x.name)])).toEqual([
      ['a', ['a-controller'], []],
      ['b', ['b-controller'], ['b-mgmt']],
      ['gone', [], []],
    ]);
    expect(calls().filter((l) => / ls /.test(` ${l} `) || l.startsWith('ps '))).toHaveLength(4);
  });
});

describe('splitBySite', () => {
  test('objects without a site label belong to no site', () => {
    const split = splitBySite({ containers: [], networks: [{ name: 'x', labels: {} }], volumes: [{ name: 'v', labels: { 'aisite.site': 'a' } }] });
    expect([...split].map(([site, l]) => [site, l.volumes.map((v) => v.name), l.networks])).toEqual([['a', ['v'], []]]);
  });
});

describe('listServices', () => {
  test("a service with its desired replicas, running tasks, constraints, reservations and the tasks' errors", () => {
    const env = fakeDocker(undefined, [
      task('t1', 1, 'running'),
      task('t2', 2, 'running'),
      task('t3', 3, 'pending', 'running', 'no suitable node (insufficient resources on 1 node)'),
      task('t0', 1, 'failed', 'shutdown', 'task: non-zero exit (1)'),
    ]);
    const [s] = listServices('s', env);
    expect(s).toMatchObject({
      id: 'sv1',
      name: 's-cab-a-rngd',
      replicas: 4,
      running: 2,
      constraints: ['node.labels.aisite.accelerator==furiosa-rngd'],
      genericResources: ['NPU=8'],
    });
    expect(s.tasks.map((t) => [t.id, t.slot, t.state, t.error])).toEqual([
      ['t1', 1, 'running', undefined],
      ['t0', 1, 'failed', 'task: non-zero exit (1)'],
      ['t2', 2, 'running', undefined],
      ['t3', 3, 'pending', 'no suitable node (insufficient resources on 1 node)'],
    ]);
  });

  test('an engine that is not a swarm manager has none', () => {
    expect(listServices('s', fakeDocker(undefined))).toEqual([]);
  });

  test('any other failure is an ExternalError', () => {
    const bin = fakeBin(path.join(tmp, 'bin2'), {
      docker: `echo 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?' >&2; exit 1`,
    });
    expect(() => listServices('s', { PATH: `${bin}:${process.env.PATH}` })).toThrow(ExternalError);
  });
});

describe('findOrphans', () => {
  test('containers and networks whose ids Terraform does not hold', () => {
    const o = findOrphans('s', new Set(['c1']), fakeDocker(undefined));
    expect(o.containers.map((c) => c.name)).toEqual(['s-cab-a-npu-1']);
    expect(o.networks.map((n) => n.name)).toEqual(['s-compute']);
  });

  test('nothing when the state holds every id', () => {
    const o = findOrphans('s', new Set(['c1', 'c2', 'n1']), fakeDocker(undefined));
    expect(o).toEqual({ containers: [], networks: [], services: [] });
  });

  test('a swarm service Terraform does not hold is an orphan too', () => {
    const o = findOrphans('s', new Set(['c1', 'c2', 'n1']), fakeDocker(undefined, [task('t1', 1, 'running')]));
    expect(o.services.map((s) => s.name)).toEqual(['s-cab-a-rngd']);
  });
});

describe('sweepSite', () => {
  test('removes containers first, then networks, and counts them', () => {
    expect(sweepSite('s', fakeDocker(undefined))).toMatchObject({ containers: 2, networks: 1, volumes: 0, services: 0 });
    const c = calls();
    expect(c.indexOf('rm -f -v c2')).toBeLessThan(c.indexOf('network rm s-compute'));
  });

  test('removes swarm services first and waits until their task containers are gone, then the rest', () => {
    expect(sweepSite('s', fakeDocker(undefined, [task('t1', 1, 'running')]))).toMatchObject({ containers: 2, networks: 1, volumes: 0, services: 1 });
    const c = calls();
    const taskList = 'ps -aq --no-trunc --filter label=aisite.site=s --filter label=com.docker.swarm.task.id';
    expect(c.indexOf('service rm sv1')).toBeGreaterThanOrEqual(0);
    expect(c.indexOf('service rm sv1')).toBeLessThan(c.indexOf(taskList));
    expect(c.filter((l) => l === taskList)).toHaveLength(2); // t-c1 still there, then gone
    expect(c.lastIndexOf(taskList)).toBeLessThan(c.indexOf('rm -f -v c1'));
    expect(c).not.toContain('rm -f -v t-c1');
  });

  test("of one owner: leaves another state's objects, and returns them from the same listing", () => {
    const env = fakeDocker(undefined);
    const containers = JSON.parse(fs.readFileSync(path.join(tmp, 'containers.json'), 'utf8')) as Array<ReturnType<typeof container>>;
    containers[0].Config.Labels = { ...containers[0].Config.Labels, [LABELS.owner]: 'me' } as (typeof containers)[0]['Config']['Labels'];
    containers[1].Config.Labels = { ...containers[1].Config.Labels, [LABELS.owner]: 'them' } as (typeof containers)[1]['Config']['Labels'];
    fs.writeFileSync(path.join(tmp, 'containers.json'), JSON.stringify(containers));
    fs.writeFileSync(path.join(tmp, 'networks.ls'), lsLine('n1', 's-compute', { 'aisite.site': 's', [LABELS.owner]: 'them' }));
    const r = sweepSite({ site: 's', owner: 'me' }, env);
    expect(r).toMatchObject({ containers: 1, networks: 0, volumes: 0, services: 0 });
    expect(r.others.containers.map((c) => c.id)).toEqual(['c2']);
    expect(r.others.networks.map((n) => n.name)).toEqual(['s-compute']);
    expect(calls().filter((l) => l.startsWith('rm ') || l.startsWith('network rm'))).toEqual(['rm -f -v c1']);
  });

  test('nothing to remove: one listing, no second one to check', () => {
    const env = fakeDocker(undefined);
    fs.writeFileSync(path.join(tmp, 'rm'), '');
    fs.writeFileSync(path.join(tmp, 'netrm'), '');
    expect(sweepSite('s', env)).toEqual({
      containers: 0,
      networks: 0,
      volumes: 0,
      services: 0,
      others: { containers: [], networks: [], volumes: [], services: [] },
    });
    expect(calls().filter((l) => l.startsWith('network ls'))).toHaveLength(1);
  });

  test('removes containers one at a time (concurrent removals can deadlock Docker 20.10, moby/moby#46661)', () => {
    sweepSite('s', fakeDocker(undefined));
    expect(calls().filter((l) => l.startsWith('rm '))).toEqual(['rm -f -v c1', 'rm -f -v c2']);
  });

  test('a network Docker will not remove: an ExternalError naming it', () => {
    const env = fakeDocker('Error response from daemon: network s-compute is in use by a swarm service');
    expect(() => sweepSite('s', env)).toThrow(new ExternalError('could not remove everything of s: s-compute remain; run `aisite destroy --site s` again'));
  });

  test('"has active endpoints" with no container left: says it is the Docker bug and that a dockerd restart clears it', () => {
    const env = fakeDocker('Error response from daemon: error while removing network: network s-compute id n1 has active endpoints');
    expect(() => sweepSite('s', env)).toThrow(
      'could not remove everything of s: Docker says s-compute still has active endpoints, but no container is attached (a Docker Engine bug, moby/moby#43286); restart dockerd, then run `aisite destroy --site s` again',
    );
  });
});

describe('countSiteObjects and containerNames (destroy, without blocking)', () => {
  /**
   * A docker CLI whose listings of site s print the given owner labels (one line per
   * object, `-` then the owner) and containers; `service ls` answers as `services` says.
   */
  function counting(o: { containers: string[]; networks: string[]; volumes: string[]; services?: string; ps?: string }): Record<string, string> {
    const lines = (xs: string[]) => (xs.length ? `printf '%s\\n' ${xs.map((x) => `'-${x}'`).join(' ')}` : 'true');
    const script = `
echo "$*" >> ${tmp}/calls
case "$*" in
  "ps -a --filter label=aisite.site=s --format "*) ${lines(o.containers)} ;;
  "network ls --filter label=aisite.site=s --format "*) ${lines(o.networks)} ;;
  "volume ls --filter label=aisite.site=s --format "*) ${lines(o.volumes)} ;;
  "service ls -q --filter label=aisite.site=s") ${o.services ?? `echo 'Error response from daemon: This node is not a swarm manager.' >&2; exit 1`} ;;
  "ps -a --no-trunc --filter label=aisite.site=s --filter label=aisite.owner=me --format "*) printf '${o.ps ?? ''}' ;;
  *) echo "unexpected: $*" >&2; exit 1 ;;
esac`;
    return { PATH: `${fakeBin(path.join(tmp, 'bin'), { docker: script })}:${process.env.PATH}` };
  }

  test("counts this state's objects and other states' apart, from the owner label", async () => {
    const env = counting({ containers: ['me', 'them'], networks: ['me', ''], volumes: ['me'] });
    expect(await countSiteObjects({ site: 's', owner: 'me' }, env)).toEqual({ own: 3, others: 2 });
  });

  test('by the site name alone, every object is its own', async () => {
    const env = counting({ containers: ['me', 'them'], networks: [''], volumes: [] });
    expect(await countSiteObjects('s', env)).toEqual({ own: 3, others: 0 });
  });

  test('nothing left: 0 and 0', async () => {
    expect(await countSiteObjects({ site: 's', owner: 'me' }, counting({ containers: [], networks: [], volumes: [] }))).toEqual({ own: 0, others: 0 });
  });

  test("a swarm manager's services count as the state's own, so the sweep looks at them", async () => {
    const env = counting({ containers: [], networks: [], volumes: [], services: 'echo sv1' });
    expect(await countSiteObjects({ site: 's', owner: 'me' }, env)).toEqual({ own: 1, others: 0 });
  });

  test("containerNames: id and name, by name, without swarm tasks' containers", async () => {
    const env = counting({ containers: [], networks: [], volumes: [], ps: 'c2\\ts-b\\t\\nc1\\ts-a\\t\\nt1\\ts-task.1\\tx1\\n' });
    expect(await containerNames({ site: 's', owner: 'me' }, env)).toEqual([
      { id: 'c1', name: 's-a' },
      { id: 'c2', name: 's-b' },
    ]);
  });
});

describe('dockerSpawnError', () => {
  const err = (code: string) => Object.assign(new Error(code), { code }) as NodeJS.ErrnoException;

  test('a docker command past its time limit is an engine that stopped answering, not a missing CLI', () => {
    const e = dockerSpawnError(['network', 'ls', '-q'], err('ETIMEDOUT'));
    expect(e).toBeInstanceOf(EngineHangError);
    expect(e.message).toMatch(/^docker engine stopped answering \(`docker network ls` gave no answer within 60 s\)/);
  });

  test('no docker on PATH says how to install it', () => {
    expect(dockerSpawnError(['ps'], err('ENOENT')).message).toBe('docker CLI not found — apt-get install docker.io');
  });
});

describe('orphansIn', () => {
  const labels = (owner: string) => ({ 'aisite.site': 's', 'aisite.owner': owner });
  const live = {
    containers: [
      { id: 'c1', name: 's-a', state: 'running', health: 'healthy', labels: labels('me') },
      { id: 'c2', name: 's-b', state: 'running', health: 'healthy', labels: labels('other') },
    ],
    networks: [{ id: 'n1', name: 's-net', labels: labels('me') }],
    volumes: [],
    services: [],
  };

  test("from one listing: only the given owner's objects that the state does not hold", () => {
    const o = orphansIn(live, new Set(['n1']), 'me');
    expect({ containers: o.containers.map((c) => c.name), networks: o.networks.map((n) => n.name) }).toEqual({ containers: ['s-a'], networks: [] });
  });

  test('without an owner: every object the state does not hold', () => {
    expect(orphansIn(live, new Set(), undefined).containers.map((c) => c.name)).toEqual(['s-a', 's-b']);
  });
});
