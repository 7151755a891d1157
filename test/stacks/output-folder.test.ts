import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { thrownBy } from '../helpers/thrown-by';
import { UsageError } from '../../spec/errors';
import { validatePaths } from '../../spec/validate';
import { checkOutputFolder, isAisiteOutput, OUTPUT_MARKER, removeStaleTemps, tempOutputPath } from '../../stacks/output-folder';
import { synthesize } from '../../stacks/synth';

const hospital = validatePaths(['examples/daejeon-hospital-01.yaml']).sites;

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-outdir-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A user's project folder: a site, a README and a .git folder. */
function userProject(): string {
  const proj = path.join(tmp, 'proj');
  fs.mkdirSync(path.join(proj, '.git'), { recursive: true });
  fs.writeFileSync(path.join(proj, 'site.yaml'), 'apiVersion: aisite.dev/v1alpha1\n');
  fs.writeFileSync(path.join(proj, 'README'), 'mine\n');
  return proj;
}

function synthInto(outdir: string, inputs: string[] = []) {
  return synthesize(hospital, { outdir, stateDir: path.join(tmp, 'state'), busybox: null, inputs });
}

describe('checkOutputFolder', () => {
  test('an absent folder may be written', () => {
    expect(() => checkOutputFolder(path.join(tmp, 'new'))).not.toThrow();
  });

  test('an empty folder may be written', () => {
    fs.mkdirSync(path.join(tmp, 'empty'));
    expect(() => checkOutputFolder(path.join(tmp, 'empty'))).not.toThrow();
  });

  test("a folder holding the user's files is refused with exit 2, naming what it holds", () => {
    const e = thrownBy(() => checkOutputFolder(userProject()));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toMatch(/is a folder aisite did not create \(it holds \.git, README, site\.yaml\).*choose another --out/);
  });

  test('a file is refused', () => {
    const f = path.join(tmp, 'file.txt');
    fs.writeFileSync(f, 'x');
    expect(thrownBy(() => checkOutputFolder(f)).message).toMatch(/is a file, not a folder/);
  });

  test('a folder that holds an input is refused even when it is aisite output', () => {
    const out = path.join(tmp, 'out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, OUTPUT_MARKER), '');
    const e = thrownBy(() => checkOutputFolder(out, [path.join(out, 'site.yaml')]));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toMatch(/holds the input .*site\.yaml/);
  });

  test('the spec itself as --out is refused', () => {
    const spec = path.join(tmp, 'site.yaml');
    fs.writeFileSync(spec, 'x');
    expect(thrownBy(() => checkOutputFolder(spec, [spec])).message).toMatch(/holds the input/);
  });

  test('an output folder of the layout aisite wrote before the marker is still its own', () => {
    const out = path.join(tmp, 'legacy');
    fs.mkdirSync(path.join(out, 'node-image'), { recursive: true });
    fs.mkdirSync(path.join(out, 'stacks'));
    fs.writeFileSync(path.join(out, 'manifest.json'), '{}');
    fs.writeFileSync(path.join(out, 'node-image', 'Dockerfile'), 'FROM scratch\n');
    expect(isAisiteOutput(out)).toBe(true);
  });

  test("a cdktf-cli project's output (manifest and stacks, no node image) is not aisite's", () => {
    const out = path.join(tmp, 'cdktf.out');
    fs.mkdirSync(path.join(out, 'stacks'), { recursive: true });
    fs.writeFileSync(path.join(out, 'manifest.json'), '{}');
    expect(isAisiteOutput(out)).toBe(false);
  });
});

describe('synthesize into --out', () => {
  test("refuses a user's project folder and leaves every file in it", () => {
    const proj = userProject();
    expect(() => synthInto(proj)).toThrow(UsageError);
    expect(fs.readdirSync(proj).sort()).toEqual(['.git', 'README', 'site.yaml']);
    expect(fs.readFileSync(path.join(proj, 'README'), 'utf8')).toBe('mine\n');
  });

  test('marks its output, and replaces it on the next synth', () => {
    const out = path.join(tmp, 'out');
    synthInto(out);
    expect(fs.existsSync(path.join(out, OUTPUT_MARKER))).toBe(true);
    fs.writeFileSync(path.join(out, 'stale.txt'), 'from an older synth');
    synthInto(out);
    expect(fs.existsSync(path.join(out, 'stale.txt'))).toBe(false);
  });

  test('leaves no temporary folder and no lock file beside the output', () => {
    synthInto(path.join(tmp, 'out'));
    expect(fs.readdirSync(tmp).sort()).toEqual(['out']);
  });
});

describe('removeStaleTemps', () => {
  test('removes the folders of a run that was killed, not those of a live one', () => {
    const out = path.join(tmp, 'out');
    const dead = tempOutputPath(out, 'tmp', 2 ** 22 + 17); // above Linux's default pid_max
    const live = tempOutputPath(out, 'old', process.pid);
    fs.mkdirSync(dead);
    fs.mkdirSync(live);
    expect(removeStaleTemps(out)).toEqual([path.basename(dead)]);
    expect(fs.existsSync(live)).toBe(true);
  });

  test("leaves other outputs' temporary folders alone", () => {
    const other = tempOutputPath(path.join(tmp, 'other'), 'tmp', 2 ** 22 + 17);
    fs.mkdirSync(other);
    expect(removeStaleTemps(path.join(tmp, 'out'))).toEqual([]);
    expect(fs.existsSync(other)).toBe(true);
  });
});
