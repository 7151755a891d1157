import * as fs from 'fs';
import * as path from 'path';
import { deploySite, SiteResult } from '../../deploy/deploy';
import { runInOrder, siteIo } from '../../deploy/deploy-all';
import { bufferedContext } from '../../cli/context';
import { runCli } from '../../cli/main';
import { fakeBin, tempDir } from '../helpers/fake-bin';
import { fakeDockerEngine } from '../helpers/fake-docker';

// `aisite deploy --all` for real (arguments, prerequisites, synth, scheduling, output),
// with only the per-site Terraform run replaced (each site's deploy is timed instead) and
// the provider mirror taken as built.
jest.mock('../../deploy/deploy', () => ({ ...jest.requireActual('../../deploy/deploy'), deploySite: jest.fn() }));
jest.mock('../../deploy/provider-setup', () => ({ ensureProviderMirror: () => undefined }));

const deps = (o: Record<string, string[]>) => new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]));
const ok = (site: string): SiteResult => ({ site, outcome: 'deployed', seconds: 0 });
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('runInOrder', () => {
  test('starts a site only after the sites it depends on have deployed', async () => {
    const log: string[] = [];
    await runInOrder(
      ['mdc-a', 'center'],
      deps({ 'mdc-a': ['center'] }),
      async (s) => {
        log.push(`start ${s}`);
        await tick();
        log.push(`end ${s}`);
        return ok(s);
      },
      { parallel: 4 },
    );
    expect(log).toEqual(['start center', 'end center', 'start mdc-a', 'end mdc-a']);
  });

  test('runs independent sites side by side, never more than `parallel` at once', async () => {
    let now = 0;
    let most = 0;
    await runInOrder(
      ['a', 'b', 'c', 'd', 'e'],
      new Map(),
      async (s) => {
        most = Math.max(most, ++now);
        await tick();
        now -= 1;
        return ok(s);
      },
      { parallel: 2 },
    );
    expect(most).toBe(2);
  });

  test('a failed site stops its dependents, saying which, and the others go on', async () => {
    const results = await runInOrder(['center', 'mdc-a', 'mdc-b', 'lone'], deps({ 'mdc-a': ['center'], 'mdc-b': ['mdc-a'] }), async (s) =>
      s === 'center' ? { site: s, outcome: 'failed', message: 'boom', seconds: 0 } : ok(s),
    );
    expect(results.map((r) => [r.site, r.outcome])).toEqual([
      ['center', 'failed'],
      ['mdc-a', 'skipped'],
      ['mdc-b', 'skipped'],
      ['lone', 'deployed'],
    ]);
    expect(results[1].message).toBe('not deployed: it attaches to the backbone of center, which failed');
    expect(results[2].message).toBe('not deployed: it attaches to the backbone of mdc-a, which was skipped');
  });

  test('gives results in the order the sites were given, whatever order they ended in', async () => {
    const results = await runInOrder(
      ['slow', 'fast'],
      new Map(),
      async (s) => {
        if (s === 'slow') await tick();
        return ok(s);
      },
      { parallel: 2 },
    );
    expect(results.map((r) => r.site)).toEqual(['slow', 'fast']);
  });

  test('after an interrupt no further site starts', async () => {
    const ac = new AbortController();
    const started: string[] = [];
    const results = await runInOrder(
      ['a', 'b'],
      new Map(),
      async (s) => {
        started.push(s);
        ac.abort();
        return { site: s, outcome: 'interrupted', seconds: 0 };
      },
      { parallel: 1, signal: ac.signal },
    );
    expect(started).toEqual(['a']);
    expect(results[1]).toMatchObject({ outcome: 'skipped', message: 'not deployed: interrupted before it started' });
  });

  test('reports each site as it ends, with the count', async () => {
    const seen: string[] = [];
    await runInOrder(['a', 'b'], deps({ b: ['a'] }), async (s) => ok(s), { onDone: (r, done, total) => seen.push(`${done}/${total} ${r.site}`) });
    expect(seen).toEqual(['1/2 a', '2/2 b']);
  });
});

describe('siteIo', () => {
  test('prefixes each line with the site unless it already names it, and draws no terminal bar', () => {
    const lines: string[] = [];
    const io = siteIo({ out: (t) => lines.push(t), err: () => undefined, isTTY: true, env: {}, confirm: async () => true }, 's1');
    io.out('  created docker_network.x (1/3, 0.2s)\ns1: plan: 3 to add');
    io.out('\n');
    expect(lines).toEqual(['s1: created docker_network.x (1/3, 0.2s)\n', 's1: plan: 3 to add\n']);
    expect(io.isTTY).toBe(false);
  });
});

describe('aisite deploy --all', () => {
  const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
  /** How long each site's (stand-in) deploy takes. */
  const SITE_MS = 400;
  let tmp: string;
  let env: Record<string, string>;
  let spans: Map<string, { start: number; end: number }>;

  beforeEach(() => {
    tmp = tempDir('aisite-deploy-all-');
    // What deploy checks before it starts: an engine that answers (a fake one), terraform
    // on PATH and a static busybox (stand-ins).
    const engine = fakeDockerEngine(tmp, 'local', path.join(tmp, 'docker-calls'), {});
    fakeBin(engine.bin, { terraform: 'exit 0' });
    const busybox = path.join(tmp, 'busybox');
    fs.writeFileSync(busybox, '');
    env = { ...engine.env, AISITE_BUSYBOX: busybox };
    spans = new Map();
    jest.mocked(deploySite).mockImplementation(async (site) => {
      const start = Date.now();
      await new Promise((r) => setTimeout(r, SITE_MS));
      spans.set(site.name, { start, end: Date.now() });
      return { site: site.name, outcome: 'deployed', seconds: 0 };
    });
  });

  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    jest.mocked(deploySite).mockReset();
  });

  /** `aisite deploy examples --all --auto-approve --parallel N`, output and state in the temp folder. */
  async function deployAll(parallel: number) {
    const ctx = bufferedContext(env);
    const code = await runCli(
      ['deploy', EXAMPLES, '--all', '--auto-approve', '--parallel', String(parallel), '--out', path.join(tmp, 'out'), '--state-dir', path.join(tmp, 'state')],
      ctx,
    );
    return { code, out: ctx.out, err: ctx.err };
  }

  const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

  test('--parallel 2 runs independent sites side by side: their deploys overlap in time', async () => {
    const r = await deployAll(2);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    const center = spans.get('haenam-national-ai-center')!;
    const hospital = spans.get('daejeon-hospital-01')!;
    const factory = spans.get('gwangju-factory-01')!;
    // The hospital has no uplink; the center and the factory share a backbone the center owns.
    expect(overlap(center, hospital)).toBe(true);
    expect(factory.start).toBeGreaterThanOrEqual(center.end);
    expect(r.out).toMatch(/^\[3\/3 sites, [\d.]+s\] gwangju-factory-01: deployed$/m);
  }, 60_000); // synth of three sites and a fake docker process per call

  test('--parallel 1 runs them one after another: no two deploys overlap', async () => {
    const r = await deployAll(1);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    const all = [...spans.values()];
    expect(all).toHaveLength(3);
    expect(all.flatMap((a, i) => all.slice(i + 1).filter((b) => overlap(a, b)))).toEqual([]);
  }, 60_000);
});
