/**
 * Listing, orphan detection and the label sweep, against a fake `docker` on PATH that
 * answers like docker 20.10 (the real engine is exercised by deploy.integration.test.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { dockerSpawnError, findOrphans, listSite, sweepSite } from '../../deploy/docker-objects';
import { EngineHangError } from '../../deploy/engine-watchdog';
import { ExternalError } from '../../spec/errors';
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

/**
 * A docker CLI with containers c1, c2 and network n1 (s-compute) labelled for site s.
 * `rm` removes the containers; `network rm` fails as `networkRm` says (or succeeds).
 */
function fakeDocker(networkRm: string | undefined): Record<string, string> {
  fs.writeFileSync(path.join(tmp, 'containers.json'), JSON.stringify([container('c1', 's-cab-a-npu-0'), container('c2', 's-cab-a-npu-1', 'exited')]));
  fs.writeFileSync(path.join(tmp, 'networks.json'), JSON.stringify([{ Id: 'n1', Name: 's-compute', Labels: { 'aisite.site': 's' } }]));
  const script = `
log=${tmp}/calls
echo "$*" >> $log
case "$*" in
  "ps -aq --no-trunc --filter label=aisite.site=s") [ -e ${tmp}/rm ] || printf 'c1\\nc2\\n' ;;
  "inspect c1 c2") cat ${tmp}/containers.json ;;
  "network ls -q --no-trunc --filter label=aisite.site=s") [ -e ${tmp}/netrm ] || echo n1 ;;
  "network inspect n1") cat ${tmp}/networks.json ;;
  "volume ls -q --filter label=aisite.site=s") ;;
  "rm -f -v c1"|"rm -f -v c2") touch ${tmp}/rm ;;
  "network rm s-compute"|"network rm n1") ${networkRm === undefined ? `touch ${tmp}/netrm` : `echo '${networkRm}' >&2; exit 1`} ;;
  *) echo "unexpected: $*" >&2; exit 1 ;;
esac`;
  const bin = fakeBin(path.join(tmp, 'bin'), { docker: script });
  return { PATH: `${bin}:${process.env.PATH}` };
}

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
    expect(o).toEqual({ containers: [], networks: [] });
  });
});

describe('sweepSite', () => {
  test('removes containers first, then networks, and counts them', () => {
    expect(sweepSite('s', fakeDocker(undefined))).toEqual({ containers: 2, networks: 1, volumes: 0 });
    const c = calls();
    expect(c.indexOf('rm -f -v c2')).toBeLessThan(c.indexOf('network rm s-compute'));
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
