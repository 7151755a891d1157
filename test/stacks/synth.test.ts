import { OUTPUT_MARKER } from '../../stacks/output-folder';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ExternalError } from '../../spec/errors';
import { validatePaths } from '../../spec/validate';
import { synthesize, SynthError } from '../../stacks/synth';

const sites = validatePaths(['examples']).sites;
const national = sites.filter((s) => s.name === 'haenam-national-ai-center');
const EXAMPLES = sites.map((s) => s.name);

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-synth-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Options that put the output and the state in `root`, laid out as in a project folder. */
function inRoot(root: string) {
  return { outdir: path.join(root, 'out'), stateDir: path.join(root, '.aisite', 'state') };
}

/** Every file under `dir`, as sorted relative paths. */
function filesUnder(dir: string, rel = ''): string[] {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]))
    .sort();
}

/** Every file's bytes under `dir`, by relative path. */
function snapshotOf(dir: string): Map<string, Buffer> {
  return new Map(filesUnder(dir).map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

function cdkTf(outdir: string, site: string): string {
  return fs.readFileSync(path.join(outdir, 'stacks', site, 'cdk.tf.json'), 'utf8');
}

/**
 * The stack JSON with the node image's content hash and tag replaced by placeholders:
 * they depend on this machine's busybox, not on the site.
 */
function normalized(json: string): string {
  const hash = (JSON.parse(json) as { resource: { docker_image: Record<string, { triggers: { context_sha256: string } }> } }).resource.docker_image;
  const sha = Object.values(hash)[0].triggers.context_sha256;
  expect(sha).toMatch(/^[0-9a-f]{64}$/);
  return json
    .split(sha)
    .join('<context-sha256>')
    .split(`aisite-node:${sha.slice(0, 12)}`)
    .join('aisite-node:<context-sha256-12>');
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('synthesize', () => {
  test('is deterministic: two synths into different folders give the same bytes', () => {
    const a = path.join(tmp, 'a');
    const b = path.join(tmp, 'b');
    fs.mkdirSync(a);
    fs.mkdirSync(b);
    synthesize(sites, inRoot(a));
    synthesize(sites, inRoot(b));
    const sa = snapshotOf(path.join(a, 'out'));
    const sb = snapshotOf(path.join(b, 'out'));
    expect([...sb.keys()]).toEqual([...sa.keys()]);
    for (const [f, bytes] of sa) expect({ f, same: bytes.equals(sb.get(f)!) }).toEqual({ f, same: true });
  });

  test('writes no absolute path of this machine into the output', () => {
    synthesize(sites, inRoot(tmp));
    for (const f of filesUnder(path.join(tmp, 'out')).filter((x) => x.endsWith('.json'))) {
      expect(fs.readFileSync(path.join(tmp, 'out', f), 'utf8')).not.toContain(tmp);
    }
  });

  test('lays out manifest.json, one stack folder per site and the node image context', () => {
    synthesize(sites, inRoot(tmp));
    expect(filesUnder(path.join(tmp, 'out')).filter((f) => f !== path.join('node-image', 'busybox'))).toEqual([
      OUTPUT_MARKER,
      path.join('manifest.json'),
      path.join('node-image', 'Dockerfile'),
      path.join('node-image', 'entrypoint.sh'),
      ...EXAMPLES.sort().map((s) => path.join('stacks', s, 'cdk.tf.json')),
    ]);
  });

  test('the manifest lists every stack with its relative working directory', () => {
    synthesize(sites, inRoot(tmp));
    const manifest = JSON.parse(fs.readFileSync(path.join(tmp, 'out', 'manifest.json'), 'utf8')) as { stacks: Record<string, { workingDirectory: string }> };
    expect(Object.entries(manifest.stacks).map(([k, v]) => [k, v.workingDirectory])).toEqual(EXAMPLES.sort().map((s) => [s, `stacks/${s}`]));
  });

  test('returns one stack per site with its folder and plan', () => {
    const r = synthesize(sites, inRoot(tmp));
    expect(r.stacks.map((s) => [s.name, s.dir, s.plan.containers])).toEqual([
      ['daejeon-hospital-01', path.join(tmp, 'out', 'stacks', 'daejeon-hospital-01'), 6],
      ['gwangju-factory-01', path.join(tmp, 'out', 'stacks', 'gwangju-factory-01'), 5],
      ['haenam-national-ai-center', path.join(tmp, 'out', 'stacks', 'haenam-national-ai-center'), 64],
    ]);
  });

  test('the state path, from the stack folder, leads to <stateDir>/<site>/terraform.tfstate', () => {
    const r = synthesize(national, inRoot(tmp));
    const p = (JSON.parse(cdkTf(r.outdir, 'haenam-national-ai-center')) as { terraform: { backend: { local: { path: string } } } }).terraform.backend.local
      .path;
    expect(p).toBe('../../../.aisite/state/haenam-national-ai-center/terraform.tfstate');
    expect(path.resolve(r.stacks[0].dir, p)).toBe(path.join(tmp, '.aisite', 'state', 'haenam-national-ai-center', 'terraform.tfstate'));
  });

  test('fidelity and budget reach the plan', () => {
    const r = synthesize(national, { ...inRoot(tmp), maxContainers: 8 });
    expect(r.stacks[0].plan.containers).toBe(8);
  });

  test('the image is buildable when a busybox is given', () => {
    const bb = path.join(tmp, 'fake-busybox');
    fs.writeFileSync(bb, 'fake');
    expect(synthesize(national, { ...inRoot(tmp), busybox: bb }).imageBuildable).toBe(true);
  });

  test('the image is not buildable when no busybox is found, and the output is still written', () => {
    const saved = process.env.AISITE_BUSYBOX;
    process.env.AISITE_BUSYBOX = path.join(tmp, 'no-busybox-here');
    try {
      const r = synthesize(national, inRoot(tmp));
      expect([r.imageBuildable, fs.existsSync(path.join(r.stacks[0].dir, 'cdk.tf.json'))]).toEqual([false, true]);
    } finally {
      if (saved === undefined) delete process.env.AISITE_BUSYBOX;
      else process.env.AISITE_BUSYBOX = saved;
    }
  });

  test('a failing synth throws SynthError naming the cause', () => {
    const e = thrown(() => synthesize(national, { ...inRoot(tmp), maxContainers: 1 }));
    expect(e).toBeInstanceOf(SynthError);
    expect((e as Error).message).toMatch(/the container budget must be at least the number of node groups \(2\), but 1 was given/);
  });

  test('a failing synth leaves the previous output byte-identical', () => {
    const opts = inRoot(tmp);
    synthesize(sites, opts);
    const before = snapshotOf(opts.outdir);
    expect(() => synthesize(national, { ...opts, maxContainers: 1 })).toThrow(SynthError);
    const after = snapshotOf(opts.outdir);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [f, bytes] of before) expect({ f, same: bytes.equals(after.get(f)!) }).toEqual({ f, same: true });
  });

  test('a failing synth leaves no temporary or old folders behind', () => {
    const opts = inRoot(tmp);
    synthesize(sites, opts);
    expect(() => synthesize(national, { ...opts, maxContainers: 1 })).toThrow(SynthError);
    expect(fs.readdirSync(tmp)).toEqual(['out']);
  });

  test('a successful synth replaces the previous output and leaves nothing beside it', () => {
    const opts = inRoot(tmp);
    synthesize(sites, opts);
    synthesize(national, opts);
    expect(fs.readdirSync(path.join(opts.outdir, 'stacks'))).toEqual(['haenam-national-ai-center']);
    expect(fs.readdirSync(tmp).filter((f) => /\.(tmp|old)-/.test(f))).toEqual([]);
  });

  test("a new synth keeps each stack's terraform init results (.terraform and its lock file), nothing else of the old output", () => {
    const opts = inRoot(tmp);
    const first = synthesize(sites, opts).stacks[0].dir;
    fs.mkdirSync(path.join(first, '.terraform', 'providers'), { recursive: true });
    fs.writeFileSync(path.join(first, '.terraform.lock.hcl'), 'lock');
    fs.writeFileSync(path.join(first, 'aisite.tfplan'), 'plan');
    const again = synthesize(sites, opts).stacks[0].dir;
    expect(fs.readdirSync(again).sort()).toEqual(['.terraform', '.terraform.lock.hcl', 'cdk.tf.json']);
    expect(fs.readFileSync(path.join(again, '.terraform.lock.hcl'), 'utf8')).toBe('lock');
    expect(fs.readdirSync(tmp).filter((f) => /\.(tmp|old)-/.test(f))).toEqual([]);
  });

  test('an output folder in a missing parent is an ExternalError', () => {
    expect(() => synthesize(sites, { outdir: path.join(tmp, 'missing', 'out'), stateDir: path.join(tmp, 'state') })).toThrow(ExternalError);
  });

  test('an output folder in a missing parent writes nothing', () => {
    expect(() => synthesize(sites, { outdir: path.join(tmp, 'missing', 'out'), stateDir: path.join(tmp, 'state') })).toThrow(/folder .*missing does not exist/);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  test.each(EXAMPLES)('snapshot of %s/cdk.tf.json', (site) => {
    const r = synthesize(sites, inRoot(tmp));
    expect(normalized(cdkTf(r.outdir, site))).toMatchSnapshot();
  });
});
