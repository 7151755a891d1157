/**
 * Synth does not depend on the order of its input: the same set of sites, given as files
 * in several shuffled orders or as one folder, gives byte-identical output. The set has
 * more uplinks than the examples (a center with several MDCs, MDCs peered with each other,
 * an uplink declared on one side only, sides that disagree on bandwidth), so backbone
 * owners, attachments and controller networks all come into play.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { backboneNetworkName } from '../../spec/model/docker-names';
import { validatePaths } from '../../spec/validate';
import { synthesize } from '../../stacks/synth';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

/** Adds uplinks to a copied site file (the peers declare them back: a rule wants both sides). */
function addUplinks(file: string, uplinks: ReadonlyArray<{ peer: string; gbps: number }>): void {
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  for (const u of uplinks) doc.addIn(['spec', 'uplinks'], { name: `to-${u.peer}`, peer: u.peer, gbps: u.gbps });
  fs.writeFileSync(file, doc.toString());
}

/** An MDC derived from the hospital example: its own name, subnets and uplinks. */
function mdc(name: string, second: number, uplinks: ReadonlyArray<{ peer: string; gbps: number }>): string {
  const doc = parseDocument(fs.readFileSync(path.join(EXAMPLES, 'daejeon-hospital-01.yaml'), 'utf8'));
  doc.setIn(['metadata', 'name'], name);
  doc.setIn(['spec', 'airGapped'], false);
  ['compute', 'storage', 'mgmt'].forEach((_, k) => doc.setIn(['spec', 'fabrics', k, 'subnet'], `10.${second}.${k}.0/24`));
  doc.setIn(
    ['spec', 'uplinks'],
    uplinks.map((u) => ({ name: `to-${u.peer}`, peer: u.peer, gbps: u.gbps })),
  );
  return doc.toString();
}

let tmp: string;
let siteDir: string;
let files: string[];

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-synth-order-'));
  siteDir = path.join(tmp, 'sites');
  fs.mkdirSync(siteDir);
  for (const f of fs.readdirSync(EXAMPLES)) fs.copyFileSync(path.join(EXAMPLES, f), path.join(siteDir, f));
  const center = 'haenam-national-ai-center';
  fs.writeFileSync(
    path.join(siteDir, 'mdc-a.yaml'),
    mdc('mdc-a', 161, [
      { peer: center, gbps: 40 },
      { peer: 'mdc-b', gbps: 10 },
      { peer: 'mdc-c', gbps: 10 },
    ]),
  );
  fs.writeFileSync(
    path.join(siteDir, 'mdc-b.yaml'),
    mdc('mdc-b', 162, [
      { peer: 'mdc-a', gbps: 10 },
      { peer: center, gbps: 40 },
    ]),
  );
  fs.writeFileSync(
    path.join(siteDir, 'mdc-c.yaml'),
    mdc('mdc-c', 163, [
      { peer: 'gwangju-factory-01', gbps: 10 },
      { peer: 'mdc-a', gbps: 10 },
    ]),
  );
  addUplinks(path.join(siteDir, `${center}.yaml`), [
    { peer: 'mdc-b', gbps: 40 },
    { peer: 'mdc-a', gbps: 40 },
  ]);
  addUplinks(path.join(siteDir, 'gwangju-factory-01.yaml'), [{ peer: 'mdc-c', gbps: 10 }]);
  files = fs
    .readdirSync(siteDir)
    .sort()
    .map((f) => path.join(siteDir, f));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Every file under `dir` with its bytes, by relative path (sorted). */
function contents(dir: string): Array<[string, string]> {
  const walk = (rel: string): string[] =>
    fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(rel, e.name)) : [path.join(rel, e.name)]));
  return walk('')
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]);
}

/** Synthesizes `inputs` into run folder `run` (output and state side by side, as in a project). */
function synthOf(inputs: readonly string[], run: string): Array<[string, string]> {
  const result = validatePaths(inputs);
  const errors = result.findings.filter((f) => f.severity === 'error');
  expect(errors).toEqual([]);
  const root = path.join(tmp, run);
  fs.mkdirSync(root);
  synthesize(result.sites, { outdir: path.join(root, 'out'), stateDir: path.join(root, 'state'), busybox: null });
  return contents(path.join(root, 'out'));
}

/** A deterministic shuffle (a fixed seed per run), so a failure can be replayed. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

test('the set is valid and peered: every uplink pair becomes a backbone network', () => {
  const out = new Map(synthOf(files, 'check'));
  const all = [...out]
    .filter(([f]) => f.endsWith('cdk.tf.json'))
    .map(([, b]) => Buffer.from(b, 'base64').toString('utf8'))
    .join('\n');
  const pairs = [
    ['gwangju-factory-01', 'haenam-national-ai-center'],
    ['haenam-national-ai-center', 'mdc-a'],
    ['haenam-national-ai-center', 'mdc-b'],
    ['mdc-a', 'mdc-b'],
    ['mdc-a', 'mdc-c'],
    ['gwangju-factory-01', 'mdc-c'],
  ];
  expect(pairs.filter(([a, b]) => !all.includes(`"${backboneNetworkName(a, b)}"`))).toEqual([]);
});

test('files given in shuffled orders give byte-identical output', () => {
  const reference = synthOf(files, 'sorted');
  for (const seed of [1, 7, 42]) {
    const order = shuffled(files, seed);
    expect(order).not.toEqual(files);
    expect(synthOf(order, `seed-${seed}`)).toEqual(reference);
  }
});

test('the reversed order gives byte-identical output', () => {
  expect(synthOf([...files].reverse(), 'reversed')).toEqual(synthOf(files, 'forward'));
});

test('the folder gives the same output as its files', () => {
  expect(synthOf([siteDir], 'folder')).toEqual(synthOf(shuffled(files, 3), 'files'));
});
