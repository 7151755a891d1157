/**
 * destroySite against fake Docker engines (test/helpers/fake-docker.ts) and a fake
 * Terraform, both logging into one call log: which objects go, in which order, on which
 * engines, and that nothing of another site is touched. The real engine is exercised by
 * the integration tests (deploy.integration.test.ts, remote-engine.integration.test.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { OperationIo } from '../../deploy/deploy';
import { destroySite } from '../../deploy/destroy';
import { LABELS } from '../../spec/model/docker-names';
import { fakeBin, tempDir } from '../helpers/fake-bin';
import { FakeEngineObjects, fakeDockerEngine, readLog } from '../helpers/fake-docker';

const SITE = 'clinic';
const OTHER = 'hospital';

let tmp: string;
let log: string;
beforeEach(() => {
  tmp = tempDir('aisite-destroy-');
  log = path.join(tmp, 'calls');
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The state that owns the site here, and its objects' labels (each site owned by its state). */
const MINE = { owner: { id: 'state-here', location: 'host:/here/terraform.tfstate' } };
const labels = (site: string, owner = 'state-here') => ({
  [LABELS.managedBy]: 'aisite',
  [LABELS.site]: site,
  [LABELS.owner]: owner,
  [LABELS.ownerState]: `host:/${owner}/terraform.tfstate`,
});

/** Two containers of `site` on its compute network, a volume, and the same of the other site. */
function objectsOf(site: string, prefix: string, withOther = true): FakeEngineObjects {
  const mine = {
    containers: [
      { id: `${prefix}c1`, name: `${site}-${prefix}node-0`, labels: labels(site), networks: [`${site}-compute`] },
      { id: `${prefix}c2`, name: `${site}-${prefix}node-1`, labels: labels(site), networks: [`${site}-compute`] },
    ],
    networks: [{ id: `${prefix}n1`, name: `${site}-compute`, labels: labels(site) }],
    volumes: [{ id: `${prefix}v1`, name: `${site}-${prefix}data`, labels: labels(site) }],
  };
  if (!withOther) return mine;
  return {
    containers: [...mine.containers, { id: `${prefix}x1`, name: `${OTHER}-node-0`, labels: labels(OTHER), networks: [`${OTHER}-compute`] }],
    networks: [...mine.networks, { id: `${prefix}xn`, name: `${OTHER}-compute`, labels: labels(OTHER) }],
    volumes: [...mine.volumes, { id: `${prefix}xv`, name: `${OTHER}-data`, labels: labels(OTHER) }],
  };
}

const io = (env: Record<string, string>): OperationIo => ({ out: () => undefined, err: () => undefined, isTTY: false, env, confirm: async () => false });

/** The calls that change something, without the engine prefix filter. */
const removals = (lines: readonly string[]) => lines.filter((l) => / (rm|network rm|volume rm) /.test(` ${l.split(': ')[1]} `) || l.startsWith('terraform: '));

/** Terraform destroy as destroySite runs it first: wide, without refreshing. */
const FAST_DESTROY = 'terraform: destroy -json -input=false -auto-approve -parallelism=256 -refresh=false';
/** The second run after a failed first: refreshing first. */
const REFRESHING_DESTROY = 'terraform: destroy -json -input=false -auto-approve -parallelism=256';

/**
 * A stack folder with a cdk.tf.json and a fake terraform in `bin` that logs its arguments
 * and exits with `destroyCode` from a destroy (only from one without refresh when
 * `onlyWithoutRefresh`).
 */
function stack(bin: string, destroyCode = 0, onlyWithoutRefresh = false): string {
  const dir = path.join(tmp, 'stack');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), '{}');
  const diagnostic = JSON.stringify({ type: 'diagnostic', diagnostic: { severity: 'error', summary: 'Error removing network', detail: 'network in use' } });
  const fails = onlyWithoutRefresh ? `[ "$1" = destroy ] && [ "\${*%-refresh=false}" != "$*" ]` : `[ "$1" = destroy ]`;
  fakeBin(bin, {
    terraform: `echo "terraform: $*" >> "$FAKE_DOCKER_LOG"\nif ${fails} && [ ${destroyCode} -ne 0 ]; then echo '${diagnostic}'; exit ${destroyCode}; fi\nexit 0`,
  });
  return dir;
}

describe('destroySite without a stack (the sweep by label)', () => {
  test('removes every container, network and volume of the site and reports how many', async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, objectsOf(SITE, ''));
    const r = await destroySite({ name: SITE, ...MINE }, io(engine.env));
    expect(r).toEqual({
      site: SITE,
      terraform: false,
      terraformError: undefined,
      swept: { containers: 2, networks: 1, volumes: 1, services: 0 },
      interrupted: false,
      foreign: [],
      containersFirst: 0,
      terraformResources: 0,
    });
    expect(engine.objects()).toEqual({
      containers: [expect.objectContaining({ name: `${OTHER}-node-0` })],
      networks: [expect.objectContaining({ name: `${OTHER}-compute` })],
      volumes: [expect.objectContaining({ name: `${OTHER}-data` })],
    });
  });

  test('containers one at a time first, then networks, then volumes', async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, objectsOf(SITE, ''));
    await destroySite({ name: SITE, ...MINE }, io(engine.env));
    expect(removals(readLog(log))).toEqual([
      'local: rm -f -v c1',
      'local: rm -f -v c2',
      `local: network rm ${SITE}-compute`,
      `local: volume rm -f ${SITE}-data`,
    ]);
  });

  test("every listing asks for this site's label only, and nothing of another site is named", async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, objectsOf(SITE, ''));
    await destroySite({ name: SITE, ...MINE }, io(engine.env));
    const calls = readLog(log);
    const listings = calls.filter((l) => / (ps|ls) /.test(` ${l.split(': ')[1]} `));
    expect(listings.length).toBeGreaterThan(0);
    expect(listings.filter((l) => !l.includes(`--filter label=${LABELS.site}=${SITE}`))).toEqual([]);
    expect(calls.filter((l) => l.includes(OTHER) || / x[1nv]\b/.test(l))).toEqual([]);
  });

  test('a site with nothing left removes nothing', async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, objectsOf('someone-else', ''));
    const r = await destroySite({ name: SITE, ...MINE }, io(engine.env));
    expect(r.swept).toEqual({ containers: 0, networks: 0, volumes: 0, services: 0 });
    expect(removals(readLog(log))).toEqual([]);
  });
});

describe('destroySite on several engines', () => {
  test('sweeps every engine the site uses, each in its own order, and adds up what went', async () => {
    const a = fakeDockerEngine(tmp, 'engine-a', log, objectsOf(SITE, 'a'));
    const b = fakeDockerEngine(tmp, 'engine-b', log, objectsOf(SITE, 'b'));
    const engines = [
      { host: 'unix:///a.sock', env: a.env },
      { host: 'tcp://b:2376', env: b.env },
    ];
    const r = await destroySite({ name: SITE, engines, ...MINE }, io(a.env));
    expect(r.swept).toEqual({ containers: 4, networks: 2, volumes: 2, services: 0 });
    expect(removals(readLog(log))).toEqual([
      'engine-a: rm -f -v ac1',
      'engine-a: rm -f -v ac2',
      `engine-a: network rm ${SITE}-compute`,
      `engine-a: volume rm -f ${SITE}-adata`,
      'engine-b: rm -f -v bc1',
      'engine-b: rm -f -v bc2',
      `engine-b: network rm ${SITE}-compute`,
      `engine-b: volume rm -f ${SITE}-bdata`,
    ]);
    for (const e of [a, b]) expect(e.objects().containers.map((c) => c.name)).toEqual([`${OTHER}-node-0`]);
  });

  test("without engines from a spec, only the environment's engine is swept", async () => {
    const a = fakeDockerEngine(tmp, 'engine-a', log, objectsOf(SITE, 'a'));
    const b = fakeDockerEngine(tmp, 'engine-b', log, objectsOf(SITE, 'b'));
    await destroySite({ name: SITE, ...MINE }, io(a.env));
    expect(readLog(log).filter((l) => l.startsWith('engine-b:'))).toEqual([]);
    expect(b.objects().containers).toHaveLength(3);
  });
});

describe('destroySite with a stack', () => {
  test('containers go one at a time before Terraform destroys the rest; the sweep then finds what Terraform left', async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, objectsOf(SITE, ''));
    const dir = stack(engine.bin);
    const r = await destroySite({ name: SITE, stackDir: dir, ...MINE }, io(engine.env));
    expect(r).toMatchObject({ terraform: true, terraformError: undefined, swept: { containers: 0, networks: 1, volumes: 1, services: 0 } });
    expect(removals(readLog(log))).toEqual([
      'terraform: init -input=false -no-color -reconfigure',
      'local: rm -f -v c1',
      'local: rm -f -v c2',
      FAST_DESTROY,
      `local: network rm ${SITE}-compute`,
      `local: volume rm -f ${SITE}-data`,
    ]);
  });

  test('a damaged state (which fails while taking the lock) is not a lock held: its one-line fault is reported and the sweep removes the site', async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, objectsOf(SITE, '', false));
    const dir = stack(engine.bin);
    const detail = 'Error message: 2 problems:\n\n- Unsupported state file format: The state file could not be parsed as JSON: syntax error at byte offset 40.';
    fs.writeFileSync(
      path.join(tmp, 'diag.json'),
      `${JSON.stringify({ type: 'diagnostic', diagnostic: { severity: 'error', summary: 'Error acquiring the state lock', detail } })}\n`,
    );
    fakeBin(engine.bin, {
      terraform: `echo "terraform: $*" >> "$FAKE_DOCKER_LOG"\nif [ "$1" = destroy ]; then cat '${path.join(tmp, 'diag.json')}'; exit 1; fi\nexit 0`,
    });
    const stateFile = path.join(tmp, 'terraform.tfstate');
    fs.writeFileSync(stateFile, '{"version": 4, "serial":');
    const r = await destroySite({ name: SITE, stackDir: dir, ...MINE, stateFile }, io(engine.env));
    expect(r.terraformError).toMatch(/^the Terraform state of clinic cannot be read \(Unsupported state file format\): \S+terraform\.tfstate is damaged/);
    expect(engine.objects()).toEqual({ containers: [], networks: [], volumes: [] });
  });

  test('a local state never written here: no Terraform run at all, the sweep alone removes what this state owns', async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, objectsOf(SITE, '', false));
    const r = await destroySite({ name: SITE, stackDir: stack(engine.bin), ...MINE, stateFile: path.join(tmp, 'never', 'terraform.tfstate') }, io(engine.env));
    expect(readLog(log).filter((l) => l.startsWith('terraform: '))).toEqual([]);
    expect(r).toMatchObject({ terraform: false, terraformError: undefined, swept: { containers: 2, networks: 1, volumes: 1 } });
  });

  test('a failed Terraform destroy is reported, and the sweep still removes the site', async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, objectsOf(SITE, '', false));
    const r = await destroySite({ name: SITE, stackDir: stack(engine.bin, 1), ...MINE }, io(engine.env));
    expect(r).toMatchObject({ terraform: false, terraformError: 'Error removing network: network in use', swept: { containers: 0, networks: 1, volumes: 1 } });
    expect(engine.objects()).toEqual({ containers: [], networks: [], volumes: [] });
  });

  test('a destroy that fails without refreshing runs once more, refreshing first, and its success counts', async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, objectsOf(SITE, '', false));
    const r = await destroySite({ name: SITE, stackDir: stack(engine.bin, 1, true), ...MINE }, io(engine.env));
    expect(readLog(log).filter((l) => l.startsWith('terraform: destroy'))).toEqual([FAST_DESTROY, REFRESHING_DESTROY]);
    expect(r).toMatchObject({ terraform: true, terraformError: undefined });
  });

  test('a destroy that fails on a held lock is not run again', async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, objectsOf(SITE, '', false));
    const dir = stack(engine.bin);
    const held = JSON.stringify({
      type: 'diagnostic',
      diagnostic: { severity: 'error', summary: 'Error acquiring the state lock', detail: 'resource temporarily unavailable' },
    });
    fakeBin(engine.bin, { terraform: `echo "terraform: $*" >> "$FAKE_DOCKER_LOG"\nif [ "$1" = destroy ]; then echo '${held}'; exit 1; fi\nexit 0` });
    await expect(destroySite({ name: SITE, stackDir: dir, ...MINE }, io(engine.env))).rejects.toThrow(/locked by another run/);
    expect(readLog(log).filter((l) => l.startsWith('terraform: destroy'))).toEqual([FAST_DESTROY]);
    expect(engine.objects().networks).toHaveLength(1);
  });
});

describe('destroySite and ownership', () => {
  /** The site's objects, one container owned by another checkout's state. */
  function sharedSite(): FakeEngineObjects {
    const own = objectsOf(SITE, '', false);
    return { ...own, containers: [...own.containers!, { id: 'f1', name: `${SITE}-theirs`, labels: labels(SITE, 'state-there'), networks: [] }] };
  }

  test('leaves the objects another state owns, and names that state', async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, sharedSite());
    const r = await destroySite({ name: SITE, ...MINE }, io(engine.env));
    expect(r.swept.containers).toBe(2);
    expect(r.foreign).toEqual([{ location: 'host:/state-there/terraform.tfstate', names: [`${SITE}-theirs`] }]);
    expect(engine.objects().containers.map((c) => c.name)).toEqual([`${SITE}-theirs`]);
  });

  test('with no state of its own here, removes nothing and reports every object as owned elsewhere', async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, objectsOf(SITE, '', false));
    const r = await destroySite({ name: SITE }, io(engine.env));
    expect(removals(readLog(log))).toEqual([]);
    expect(r.foreign?.[0].names).toHaveLength(4);
  });

  test('taking over removes the objects of every state', async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, sharedSite());
    const r = await destroySite({ name: SITE, ...MINE }, io(engine.env), { takeOver: true });
    expect(r).toMatchObject({ swept: { containers: 3 }, foreign: [] });
    expect(engine.objects()).toEqual({ containers: [], networks: [], volumes: [] });
  });
});

describe('destroySite progress', () => {
  test('says how many containers go one at a time and names each in a log, then what Terraform did', async () => {
    const engine = fakeDockerEngine(tmp, 'local', log, objectsOf(SITE, '', false));
    const lines: string[] = [];
    const r = await destroySite({ name: SITE, stackDir: stack(engine.bin), ...MINE }, { ...io(engine.env), out: (t) => lines.push(t) });
    expect(r.containersFirst).toBe(2);
    expect(lines.join('')).toMatch(
      new RegExp(
        `^${SITE}: removing 2 containers one at a time\\n  removed ${SITE}-node-0 \\(1\\)\\n  removed ${SITE}-node-1 \\(2\\)\\n${SITE}: terraform destroy: done \\(0/0 resources, `,
      ),
    );
  });
});
