/**
 * The swarm preflight of `deploy` against a fake `docker` on PATH (the real swarm is
 * exercised by swarm.integration.test.ts), and the swarm parts of expectedSite.
 */
import * as fs from 'fs';
import * as path from 'path';
import { expectedSite } from '../../deploy/expected-site';
import { ensureSwarmTargets, placementWarnings, swarmDemands, swarmInfo, swarmModeProblem, SwarmNode, swarmNodes } from '../../deploy/swarm';
import { ExternalError } from '../../spec/errors';
import { ResolvedSite } from '../../spec/model/resolved-site';
import { validatePaths } from '../../spec/validate';
import { failing, fakeBin, tempDir } from '../helpers/fake-bin';

const EXAMPLES = path.resolve(__dirname, '../../examples');

let tmp: string;
beforeEach(() => {
  tmp = tempDir('aisite-swarm-');
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The hospital example, its spec edited (e.g. a target set), loaded and validated. */
function hospital(edit: (text: string) => string = (t) => t): ResolvedSite {
  const file = path.join(tmp, 'hospital.yaml');
  fs.writeFileSync(file, edit(fs.readFileSync(path.join(EXAMPLES, 'daejeon-hospital-01.yaml'), 'utf8')));
  const v = validatePaths([file]);
  expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return v.sites[0];
}

const swarmSite = (t: string) => t.replace('  airGapped: true\n', '  airGapped: true\n  target: swarm\n');
const swarmVisionPool = (t: string) => t.replace('      nodeGroups: [cab-a/atom]\n', '      nodeGroups: [cab-a/atom]\n      target: swarm\n');

/** A docker CLI whose `info` reports `swarm` and whose nodes are `nodes` (docker node inspect JSON). */
function fakeDocker(swarm: object, nodes: object[] = []): Record<string, string> {
  fs.writeFileSync(path.join(tmp, 'nodes.json'), JSON.stringify(nodes));
  const bin = fakeBin(path.join(tmp, 'bin'), {
    docker: `
echo "$*" >> ${tmp}/calls
case "$*" in
  "info --format {{json .Swarm}}") echo '${JSON.stringify(swarm)}' ;;
  "node ls -q") ${nodes.length ? `printf '${nodes.map((_, i) => `n${i}`).join('\\n')}\\n'` : ''} ;;
  "node inspect"*) cat ${tmp}/nodes.json ;;
  *) echo "unexpected: $*" >&2; exit 1 ;;
esac`,
  });
  return { PATH: `${bin}:${process.env.PATH}` };
}

const node = (labels: Record<string, string>, resources: Record<string, number>, state = 'ready') => ({
  ID: 'n',
  Spec: { Labels: labels, Availability: 'active' },
  Description: {
    Hostname: 'host-1',
    Resources: { GenericResources: Object.entries(resources).map(([Kind, Value]) => ({ DiscreteResourceSpec: { Kind, Value } })) },
  },
  Status: { State: state },
});

describe('swarmModeProblem', () => {
  test('an active manager can take services', () => {
    expect(swarmModeProblem({ state: 'active', manager: true }, ['a'])).toBeUndefined();
  });

  test('not in swarm mode: says so, names the sites and how to enable it, in one line', () => {
    const msg = swarmModeProblem({ state: 'inactive', manager: false }, ['a']);
    expect(msg).toBe(
      'docker engine is not in swarm mode, but site a has pools with target: swarm — enable it with `docker swarm init` (add --advertise-addr <ip> when the host has several addresses), or set target: docker',
    );
    expect(swarmModeProblem({ state: 'inactive', manager: false }, ['a', 'b'])).toContain('but sites a, b have pools with target: swarm');
  });

  test.each([
    [{ state: 'active', manager: false }, 'is a swarm worker', 'point DOCKER_HOST at a manager node'],
    [{ state: 'locked', manager: false }, 'swarm is locked', '`docker swarm unlock`'],
    [{ state: 'pending', manager: false }, 'still joining a swarm', '`docker swarm init`'],
    [{ state: 'error', manager: false, error: 'raft: boom' }, 'swarm is in error (raft: boom)', '`docker swarm init`'],
  ])('%j: what and how to fix it, one line', (info, what, fix) => {
    const msg = swarmModeProblem(info, ['a'])!;
    expect(msg).toContain(what);
    expect(msg).toContain(fix);
    expect(msg).not.toContain('\n');
  });
});

describe('swarmInfo', () => {
  test('reads state and manager role from docker info', () => {
    expect(swarmInfo(fakeDocker({ LocalNodeState: 'active', ControlAvailable: true, Error: '' }))).toEqual({
      state: 'active',
      manager: true,
      error: undefined,
    });
    expect(swarmInfo(fakeDocker({ LocalNodeState: 'inactive', ControlAvailable: false }))).toEqual({ state: 'inactive', manager: false, error: undefined });
  });
});

describe('ensureSwarmTargets', () => {
  test('sites without a swarm target ask the engine nothing', () => {
    const bin = fakeBin(path.join(tmp, 'bin'), { docker: failing('should not be called') });
    expect(() => ensureSwarmTargets([hospital()], { PATH: `${bin}:${process.env.PATH}` }, () => undefined)).not.toThrow();
  });

  test('a swarm site on an engine not in swarm mode: an ExternalError (exit 3) saying how to enable it', () => {
    const env = fakeDocker({ LocalNodeState: 'inactive', ControlAvailable: false });
    const run = () => ensureSwarmTargets([hospital(swarmSite)], env, () => undefined);
    expect(run).toThrow(ExternalError);
    expect(run).toThrow('docker engine is not in swarm mode, but site daejeon-hospital-01 has pools with target: swarm — enable it with `docker swarm init`');
  });

  test('a swarm pool on a docker site needs swarm mode too', () => {
    expect(() => ensureSwarmTargets([hospital(swarmVisionPool)], fakeDocker({ LocalNodeState: 'inactive' }), () => undefined)).toThrow(ExternalError);
  });

  test('on a manager: no error; placement problems are warned about, one line each', () => {
    const warnings: string[] = [];
    const env = fakeDocker({ LocalNodeState: 'active', ControlAvailable: true }, [node({ 'aisite.accelerator': 'furiosa-rngd' }, { NPU: 16 })]);
    ensureSwarmTargets([hospital(swarmSite)], env, (l) => warnings.push(l));
    expect(warnings).toEqual([
      'aisite: warning: daejeon-hospital-01-cab-a-rngd: the nodes labelled aisite.accelerator=furiosa-rngd advertise room for 2 of its 4 tasks (NPU=8 each), so 2 will stay pending — start their dockerd with --node-generic-resource NPU=<count> (or "node-generic-resources" in daemon.json)\n',
      'aisite: warning: daejeon-hospital-01-cab-a-atom: no ready swarm node is labelled aisite.accelerator=rebellions-atom, so its 2 tasks will stay pending — docker node update --label-add aisite.accelerator=rebellions-atom <node>\n',
    ]);
  });
});

describe('swarmDemands and placementWarnings', () => {
  test("one demand per swarm node group: the service, the label, the generic resource per task, the twin's replicas", () => {
    expect(swarmDemands([hospital(swarmVisionPool)])).toEqual([
      { site: 'daejeon-hospital-01', service: 'daejeon-hospital-01-cab-a-atom', accelerator: 'rebellions-atom', kind: 'NPU', perTask: 4, replicas: 2 },
    ]);
    expect(swarmDemands([hospital()])).toEqual([]);
  });

  const demand = { site: 's', service: 's-cab-a-gpu', accelerator: 'nvidia-h100-sxm', kind: 'GPU', perTask: 8, replicas: 3 };
  const n = (labels: Record<string, string>, resources: Record<string, number>, usable = true): SwarmNode => ({
    id: 'n',
    hostname: 'h',
    labels,
    resources,
    usable,
  });

  test('enough labelled nodes with enough resources: no warning', () => {
    expect(
      placementWarnings([demand], [n({ 'aisite.accelerator': 'nvidia-h100-sxm' }, { GPU: 8 }), n({ 'aisite.accelerator': 'nvidia-h100-sxm' }, { GPU: 16 })]),
    ).toEqual([]);
  });

  test('nodes that are down or drained do not count', () => {
    expect(placementWarnings([demand], [n({ 'aisite.accelerator': 'nvidia-h100-sxm' }, { GPU: 64 }, false)])[0]).toContain(
      'no ready swarm node is labelled aisite.accelerator=nvidia-h100-sxm',
    );
  });

  test('resources of the wrong kind or too few per node leave tasks pending', () => {
    expect(placementWarnings([demand], [n({ 'aisite.accelerator': 'nvidia-h100-sxm' }, { NPU: 64, GPU: 7 })])[0]).toContain(
      'advertise room for 0 of its 3 tasks (GPU=8 each)',
    );
  });

  test('swarmNodes reads labels, discrete generic resources and whether a node can take tasks', () => {
    const env = fakeDocker({ LocalNodeState: 'active', ControlAvailable: true }, [node({ a: 'b' }, { NPU: 8, GPU: 2 }), node({}, {}, 'down')]);
    expect(swarmNodes(env)).toEqual([
      { id: 'n', hostname: 'host-1', labels: { a: 'b' }, resources: { NPU: 8, GPU: 2 }, usable: true },
      { id: 'n', hostname: 'host-1', labels: {}, resources: {}, usable: false },
    ]);
  });
});

describe('expectedSite of a swarm site', () => {
  test("node groups of swarm pools are services with the twin's replicas, the others containers", () => {
    const e = expectedSite(hospital(swarmVisionPool));
    expect(e.services).toEqual([{ name: 'daejeon-hospital-01-cab-a-atom', cabinet: 'cab-a', nodeGroup: 'atom', replicas: 2 }]);
    expect(e.containers.filter((c) => c.role === 'node').map((c) => c.name)).toEqual([0, 1, 2, 3].map((i) => `daejeon-hospital-01-cab-a-rngd-${i}`));
  });

  test('a site without swarm targets has no services field', () => {
    expect(expectedSite(hospital()).services).toBeUndefined();
  });
});
