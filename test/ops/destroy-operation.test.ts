/**
 * destroyOperation against a fake Docker engine (test/helpers/fake-docker.ts): the events
 * it reports and its typed result. The real engine: deploy.integration.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { OperationEvent, OperationHooks } from '../../ops/events';
import { destroyOperation } from '../../ops/destroy-operation';
import { stateOwner } from '../../deploy/ownership';
import { LABELS } from '../../spec/model/docker-names';
import { tempDir } from '../helpers/fake-bin';
import { fakeDockerEngine, readLog } from '../helpers/fake-docker';

const SITE = 'clinic';
let tmp: string;
beforeEach(() => {
  tmp = tempDir('aisite-destroy-op-');
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** An engine holding one container and one network of SITE, owned by the local state in `stateDir`. */
function engine(stateDir: string) {
  const owner = stateOwner(SITE, { kind: 'local' }, stateDir, {});
  const labels = { [LABELS.managedBy]: 'aisite', [LABELS.site]: SITE, [LABELS.owner]: owner.id, [LABELS.ownerState]: owner.location };
  const log = path.join(tmp, 'calls');
  return {
    log,
    ...fakeDockerEngine(tmp, 'local', log, {
      containers: [{ id: 'c1', name: `${SITE}-node-0`, labels, networks: [`${SITE}-compute`] }],
      networks: [{ id: 'n1', name: `${SITE}-compute`, labels }],
      volumes: [],
    }),
  };
}

function hooks(env: Record<string, string>, answer = true): OperationHooks & { events: OperationEvent[]; asked: string[] } {
  const events: OperationEvent[] = [];
  const asked: string[] = [];
  return { env, isTTY: false, events, asked, onUpdate: (e) => events.push(e), confirm: async (q) => (asked.push(q), answer) };
}

test('by name alone: asks once, reports one `site destroyed` event with what the sweep removed', async () => {
  const stateDir = path.join(tmp, 'state');
  const e = engine(stateDir);
  const h = hooks(e.env);
  const r = await destroyOperation({ paths: [], site: SITE, outdir: path.join(tmp, 'out'), stateDir }, h);
  expect(h.asked).toEqual([`Destroy ${SITE} (every container, network and volume labelled with the site)?`]);
  expect(r.declined).toBe(false);
  expect(r.sites.map((s) => [s.target.name, s.result.swept])).toEqual([[SITE, { containers: 1, networks: 1, volumes: 0, services: 0 }]]);
  const done = h.events.filter((x) => x.type === 'site destroyed');
  expect(done).toHaveLength(1);
  expect(done[0]).toMatchObject({ type: 'site destroyed', withSpec: false, target: { name: SITE } });
});

test('answered no: declined, and the engine is not touched', async () => {
  const stateDir = path.join(tmp, 'state');
  const e = engine(stateDir);
  const r = await destroyOperation({ paths: [], site: SITE, outdir: path.join(tmp, 'out'), stateDir }, hooks(e.env, false));
  expect(r).toEqual({ declined: true, sites: [] });
  expect(readLog(e.log).filter((l) => / rm /.test(` ${l} `))).toEqual([]);
});

test('another checkout (another state folder) sweeps nothing of this one and names the owner in the result', async () => {
  const e = engine(path.join(tmp, 'state'));
  const r = await destroyOperation(
    { paths: [], site: SITE, outdir: path.join(tmp, 'out'), stateDir: path.join(tmp, 'elsewhere'), autoApprove: true },
    hooks(e.env),
  );
  expect(r.sites[0].result.swept).toEqual({ containers: 0, networks: 0, volumes: 0, services: 0 });
  expect(r.sites[0].result.foreign?.map((f) => f.location)).toEqual([stateOwner(SITE, { kind: 'local' }, path.join(tmp, 'state'), {}).location]);
});

test('neither paths nor a site: a usage error before anything is asked', async () => {
  const e = engine(path.join(tmp, 'state'));
  const h = hooks(e.env);
  await expect(destroyOperation({ paths: [] }, h)).rejects.toThrow('name site files, or --site NAME to destroy a site whose spec is gone');
  expect(h.asked).toEqual([]);
});
