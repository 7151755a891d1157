import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { thrownBy } from '../helpers/thrown-by';
import { UsageError } from '../../spec/errors';
import { writeFileAtomic } from '../../cli/write-atomic';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-write-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('writes a new file', () => {
  writeFileAtomic(path.join(tmp, 'r.txt'), 'report');
  expect(fs.readFileSync(path.join(tmp, 'r.txt'), 'utf8')).toBe('report');
});

test('an existing file is refused without --force and kept as it was', () => {
  const f = path.join(tmp, 'r.txt');
  fs.writeFileSync(f, 'mine');
  const e = thrownBy(() => writeFileAtomic(f, 'report'));
  expect(e).toBeInstanceOf(UsageError);
  expect(e.message).toBe(`${f} exists; pass --force to overwrite it, or choose another output file`);
  expect(fs.readFileSync(f, 'utf8')).toBe('mine');
});

test('an existing file is replaced with --force', () => {
  const f = path.join(tmp, 'r.txt');
  fs.writeFileSync(f, 'mine');
  writeFileAtomic(f, 'report', { force: true });
  expect(fs.readFileSync(f, 'utf8')).toBe('report');
});

test('the input site file is never written, even with --force', () => {
  const spec = path.join(tmp, 'site.yaml');
  fs.writeFileSync(spec, 'apiVersion: aisite.dev/v1alpha1\n');
  const e = thrownBy(() => writeFileAtomic(spec, 'report', { force: true, inputs: [spec] }));
  expect(e).toBeInstanceOf(UsageError);
  expect(e.message).toMatch(/is the input/);
  expect(fs.readFileSync(spec, 'utf8')).toBe('apiVersion: aisite.dev/v1alpha1\n');
});

test('a site-like file inside an input folder is refused: the next run would read it', () => {
  expect(thrownBy(() => writeFileAtomic(path.join(tmp, 'report.json'), '{}', { inputs: [tmp] })).message).toMatch(/inside the input folder/);
});

test('a folder is refused', () => {
  expect(thrownBy(() => writeFileAtomic(tmp, 'x', { force: true }))).toBeInstanceOf(UsageError);
});

test('leaves no temporary file behind', () => {
  writeFileAtomic(path.join(tmp, 'r.txt'), 'report');
  expect(fs.readdirSync(tmp)).toEqual(['r.txt']);
});
