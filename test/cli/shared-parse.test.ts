import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';
import { loadOrReuse, parseOrReuse, reusableFiles } from '../../cli/shared-parse';
import { loadFiles, parseSource } from '../../spec/load/load-files';
import { validateDocuments } from '../../spec/validate';
import { mdcSite } from '../helpers/site-fixture';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-shared-parse-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

function reusableOf(file: string) {
  const loaded = loadFiles([file]);
  return reusableFiles(loaded.files, loaded).get(file);
}

describe('parseOrReuse', () => {
  test("the same bytes reuse the other side's data under this side's file name", () => {
    const text = stringify(mdcSite());
    const reuse = reusableOf(write('a.yaml', text));
    const r = parseOrReuse('HEAD:a.yaml', Buffer.from(text), reuse);
    expect(r.documents[0].file).toBe('HEAD:a.yaml');
    expect(r.documents[0].data).toBe(reuse!.documents[0].data);
  });

  test('other bytes are parsed anew', () => {
    const reuse = reusableOf(write('a.yaml', stringify(mdcSite())));
    const r = parseOrReuse('HEAD:a.yaml', Buffer.from(stringify(mdcSite('other'))), reuse);
    expect((r.documents[0].data as { metadata: { name: string } }).metadata.name).toBe('other');
  });

  test("a finding in a reused document is located in this side's file, at the same line and column", () => {
    const site = mdcSite();
    site.spec.cabinets[0].powerBudgetKw = 5;
    const text = stringify(site);
    const reuse = reusableOf(write('a.yaml', text));
    const reused = validateDocuments(parseOrReuse('HEAD:a.yaml', Buffer.from(text), reuse).documents).findings[0];
    const fresh = validateDocuments(parseSource('HEAD:a.yaml', text).documents).findings[0];
    expect(reused.location).toEqual(fresh.location);
  });
});

describe('reusableFiles', () => {
  test('a file with loading findings (invalid YAML) is not offered for reuse', () => {
    expect(reusableOf(write('bad.yaml', 'metadata: [unclosed\n'))).toBeUndefined();
  });
});

describe('loadOrReuse', () => {
  test('a named pipe is never read for comparison: loadFile reports it', () => {
    const text = stringify(mdcSite());
    const reuse = reusableOf(write('a.yaml', text));
    const fifo = path.join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const r = loadOrReuse(fifo, reuse);
    expect(r.documents).toEqual([]);
    expect(r.findings[0].message).toContain('named pipe');
  });

  test('a regular file with the same bytes is reused', () => {
    const text = stringify(mdcSite());
    const reuse = reusableOf(write('a.yaml', text));
    const copy = write('b.yaml', text);
    expect(loadOrReuse(copy, reuse).documents[0].data).toBe(reuse!.documents[0].data);
  });
});
