import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { earlyReleases, releaseBackbone } from '../../deploy/backbone-release';
import { DestroyTarget } from '../../deploy/destroy';
import { Backbone } from '../../spec/model/backbone';
import { LABELS } from '../../spec/model/docker-names';
import { FakeContainer, fakeDockerEngine, FakeObject, readLog } from '../helpers/fake-docker';

let tmp: string;
let log: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-backbone-release-'));
  log = path.join(tmp, 'calls.log');
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const CENTER = { site: 'center', owner: 'state-a' };
const BACKBONE = 'aisite-bb-center--mdc-1';
const labels = (site: string, owner: string) => ({ [LABELS.site]: site, [LABELS.owner]: owner });
const network = (name: string, site = CENTER.site, owner = CENTER.owner): FakeObject => ({ id: `id-${name}`, name, labels: labels(site, owner) });
const controller = (networks: string[], owner = CENTER.owner): FakeContainer => ({
  id: 'c1',
  name: 'center-controller',
  labels: labels('center', owner),
  networks,
});

describe('releaseBackbone', () => {
  test('the owner’s containers leave the network, then the network goes', async () => {
    const engine = fakeDockerEngine(tmp, 'engine', log, {
      containers: [controller([BACKBONE, 'aisite-bb-center--mdc-2'])],
      networks: [network(BACKBONE), network('aisite-bb-center--mdc-2')],
    });
    expect(await releaseBackbone(BACKBONE, CENTER, engine.env)).toEqual({ released: true, network: BACKBONE, disconnected: 1 });
    expect(engine.objects().networks.map((n) => n.name)).toEqual(['aisite-bb-center--mdc-2']);
    expect(engine.objects().containers[0].networks).toEqual(['aisite-bb-center--mdc-2']);
  });

  test('a network whose name only contains the backbone’s is not taken for it', async () => {
    const engine = fakeDockerEngine(tmp, 'engine', log, { networks: [network(`${BACKBONE}0`)] });
    expect(await releaseBackbone(BACKBONE, CENTER, engine.env)).toEqual({ released: false, network: BACKBONE, reason: 'already gone' });
    expect(engine.objects().networks).toHaveLength(1);
  });

  test('a network another state owns is left alone', async () => {
    const engine = fakeDockerEngine(tmp, 'engine', log, { networks: [network(BACKBONE, 'center', 'state-b')] });
    const r = await releaseBackbone(BACKBONE, CENTER, engine.env);
    expect(r).toMatchObject({ released: false, reason: 'labelled for center of another state' });
    expect(engine.objects().networks).toHaveLength(1);
  });

  test('a network still used by a container of another site is left alone, and nothing is disconnected', async () => {
    const stranger: FakeContainer = { id: 'm1', name: 'mdc-1-controller', labels: labels('mdc-1', CENTER.owner), networks: [BACKBONE] };
    const engine = fakeDockerEngine(tmp, 'engine', log, { containers: [controller([BACKBONE]), stranger], networks: [network(BACKBONE)] });
    expect(await releaseBackbone(BACKBONE, CENTER, engine.env)).toMatchObject({ released: false, reason: 'still used by mdc-1-controller' });
    expect(engine.objects().networks).toHaveLength(1);
    expect(readLog(log).filter((l) => l.includes('disconnect'))).toEqual([]);
  });

  test('a docker failure is reported, not thrown', async () => {
    const engine = fakeDockerEngine(tmp, 'engine', log, { networks: [network(BACKBONE)] });
    const r = await releaseBackbone(BACKBONE, CENTER, { ...engine.env, FAKE_DOCKER_STATE: path.join(tmp, 'missing.json') });
    expect(r.released).toBe(false);
  });
});

describe('earlyReleases', () => {
  const backbone = (mdc: string): Backbone => ({ name: `aisite-bb-center--${mdc}`, sites: ['center', mdc], owner: 'center', gbps: 100 });
  const target = (name: string, owner?: string, engines = 1): DestroyTarget => ({
    name,
    ...(owner ? { owner: { id: owner, location: `here:/${name}` } } : {}),
    engines: Array.from({ length: engines }, (_, i) => ({ host: `h${i}`, env: { DOCKER_HOST: `tcp://h${i}:2375` } })),
  });
  const targets = (...t: DestroyTarget[]) => new Map(t.map((x) => [x.name, x] as const));

  test('each attached site releases its backbone on the owner’s engine, when both are destroyed here', () => {
    const plan = earlyReleases([backbone('mdc-1'), backbone('mdc-2')], targets(target('center', 'state-a'), target('mdc-1'), target('mdc-2')), {});
    expect(plan.get('mdc-1')).toEqual([{ network: 'aisite-bb-center--mdc-1', owner: CENTER, env: { DOCKER_HOST: 'tcp://h0:2375' } }]);
    expect(plan.get('mdc-2')?.map((r) => r.network)).toEqual(['aisite-bb-center--mdc-2']);
    expect(plan.has('center')).toBe(false);
  });

  test('nothing is released when the owner is not destroyed in the same run', () => {
    expect(earlyReleases([backbone('mdc-1')], targets(target('mdc-1')), {}).size).toBe(0);
  });

  test('nothing is released when the owner’s state is unknown or it spans several engines', () => {
    expect(earlyReleases([backbone('mdc-1')], targets(target('center'), target('mdc-1')), {}).size).toBe(0);
    expect(earlyReleases([backbone('mdc-1')], targets(target('center', 'state-a', 2), target('mdc-1')), {}).size).toBe(0);
  });
});
