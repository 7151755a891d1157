/**
 * main.ts is the app cdktf-cli runs (cdktf.json: `node dist/main.js`). It is run here as
 * cdktf-cli runs it: the built file in a child process, with CDKTF_OUTDIR set.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validatePaths } from '../spec/validate';
import { synthesize } from '../stacks/synth';

const ROOT = path.resolve(__dirname, '..');
const MAIN_JS = path.join(ROOT, 'dist', 'main.js');
const SOURCES = ['index.ts', 'main.ts', 'spec', 'cli', 'constructs', 'stacks', 'deploy', 'ops'];
const EXAMPLES = ['daejeon-hospital-01', 'gwangju-factory-01', 'haenam-national-ai-center'];

/** Newest modification time of the TypeScript sources (and JSON they import). */
function newestSource(p = ''): number {
  if (p === '') return Math.max(...SOURCES.map((s) => newestSource(path.join(ROOT, s))));
  const st = fs.statSync(p);
  if (st.isDirectory()) return fs.readdirSync(p).reduce((m, e) => Math.max(m, newestSource(path.join(p, e))), 0);
  return /\.(ts|json)$/.test(p) ? st.mtimeMs : 0;
}

/** Builds dist/ with the project's own tsc when it is missing or older than a source. */
function ensureBuilt(): void {
  if (fs.existsSync(MAIN_JS) && fs.statSync(MAIN_JS).mtimeMs >= newestSource()) return;
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.json failed:\n${tsc.stdout}${tsc.stderr}`);
}

function runMain(env: Record<string, string>) {
  return spawnSync(process.execPath, [MAIN_JS], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
}

let tmp: string;
beforeAll(() => {
  ensureBuilt();
}, 120_000);
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-main-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('main.ts (the cdktf-cli app)', () => {
  test('cdktf.json runs the built main', () => {
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'cdktf.json'), 'utf8')).app).toBe('node dist/main.js');
  });

  test('synthesizes the examples into CDKTF_OUTDIR with exit 0', () => {
    const r = runMain({ CDKTF_OUTDIR: path.join(tmp, 'out'), AISITE_SITES: 'examples' });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  });

  test('writes the manifest and one stack per example', () => {
    const out = path.join(tmp, 'out');
    runMain({ CDKTF_OUTDIR: out, AISITE_SITES: 'examples' });
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')).stacks)).toEqual(EXAMPLES);
    for (const s of EXAMPLES) expect(fs.existsSync(path.join(out, 'stacks', s, 'cdk.tf.json'))).toBe(true);
  });

  test('writes the node image context beside the stacks', () => {
    const out = path.join(tmp, 'out');
    runMain({ CDKTF_OUTDIR: out, AISITE_SITES: 'examples' });
    expect(['Dockerfile', 'entrypoint.sh'].every((f) => fs.existsSync(path.join(out, 'node-image', f)))).toBe(true);
  });

  test('gives the same stacks as aisite synth', () => {
    const a = path.join(tmp, 'a');
    const b = path.join(tmp, 'b');
    fs.mkdirSync(a);
    fs.mkdirSync(b);
    runMain({ CDKTF_OUTDIR: path.join(a, 'out'), AISITE_SITES: 'examples' });
    synthesize(validatePaths(['examples']).sites, { outdir: path.join(b, 'out'), stateDir: path.join(ROOT, '.aisite', 'state') });
    for (const s of EXAMPLES) {
      const file = path.join('stacks', s, 'cdk.tf.json');
      expect({ s, same: fs.readFileSync(path.join(a, 'out', file)).equals(fs.readFileSync(path.join(b, 'out', file))) }).toEqual({ s, same: true });
    }
  });

  test('AISITE_SITES takes comma-separated files', () => {
    const out = path.join(tmp, 'out');
    runMain({ CDKTF_OUTDIR: out, AISITE_SITES: 'examples/daejeon-hospital-01.yaml,examples/gwangju-factory-01.yaml' });
    expect(fs.readdirSync(path.join(out, 'stacks')).sort()).toEqual(['daejeon-hospital-01', 'gwangju-factory-01']);
  });

  test('a site with error findings exits 1 listing them, and writes nothing', () => {
    const out = path.join(tmp, 'out');
    const r = runMain({ CDKTF_OUTDIR: out, AISITE_SITES: 'test/fixtures/sites/two-problems.yaml' });
    expect([r.status, r.stderr]).toEqual([1, expect.stringMatching(/^test\/fixtures\/sites\/two-problems\.yaml:9:\d+ AIS201 /)]);
    expect(fs.existsSync(out)).toBe(false);
  });
});
