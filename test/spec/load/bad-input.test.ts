/**
 * Bad input: every file of test/fixtures/bad gives the finding its README names, at a real
 * position in that file, and nothing throws. Plus cases made at test time: a huge file,
 * paths that do not exist, and paths that cannot be read even by root.
 */
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import fsModule = require('fs');
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { writeOverlappingSet } from '../../../bench/overlapping-set';
import { bufferedContext } from '../../../cli/context';
import { runCli } from '../../../cli/main';
import { UsageError } from '../../../spec/errors';
import { Finding } from '../../../spec/findings';
import { collectFiles, loadFile, loadFiles, MAX_FILE_BYTES, MAX_NESTING_DEPTH, parseSource } from '../../../spec/load/load-files';
import { validateDocuments, validatePaths } from '../../../spec/validate';

const BAD_DIR = path.join(__dirname, '../../fixtures/bad');
const EXAMPLE = path.join(__dirname, '../../../examples/daejeon-hospital-01.yaml');

interface Case {
  /** The code that must be among the findings. */
  readonly code: string;
  /** Where a finding with that code must be, when the position is known exactly. */
  readonly at?: readonly [line: number, column: number];
  /** Text the message with that code must contain. */
  readonly says?: string | RegExp;
}

/** The corpus: one entry per file of test/fixtures/bad (README.md lists the same). */
const CORPUS: Record<string, Case> = {
  'absurd-numbers.yaml': { code: 'AIS105', at: [8, 14], says: 'at most 100000' },
  'alias-bomb.yaml': { code: 'AIS007', says: 'alias' },
  'bad-indentation.yaml': { code: 'AIS004', at: [5, 1] },
  'binary-garbage.yaml': { code: 'AIS003', at: [2, 9], says: 'NUL byte at offset 40' },
  'broken.json': { code: 'AIS004', at: [5, 3] },
  'deep-flow-nesting.yaml': { code: 'AIS004', at: [1, MAX_NESTING_DEPTH + 1], says: `at most ${MAX_NESTING_DEPTH} levels deep` },
  'duplicate-keys.yaml': { code: 'AIS005', at: [6, 3] },
  'empty.yaml': { code: 'AIS006', at: [1, 1] },
  'euc-kr.yaml': { code: 'AIS003', at: [6, 13], says: 'valid UTF-8' },
  'list-document.yaml': { code: 'AIS101', at: [1, 1], says: 'a list of 1' },
  'missing-required.yaml': { code: 'AIS102', says: "'name'" },
  'multi-doc-one-bad.yaml': { code: 'AIS104', at: [29, 16], says: "'water'" },
  'negative-numbers.yaml': { code: 'AIS105', at: [10, 22], says: 'greater than 0, but -20' },
  'only-separators.yaml': { code: 'AIS006', says: 'only empty documents' },
  'scalar-document.yaml': { code: 'AIS101', at: [1, 1] },
  'tab-indentation.yaml': { code: 'AIS004', at: [4, 1], says: 'tab' },
  'unclosed-bracket.yaml': { code: 'AIS004' },
  'unclosed-quote.yaml': { code: 'AIS004', says: 'quote' },
  'unknown-field-typo.yaml': { code: 'AIS103', at: [10, 7], says: "Did you mean 'cooling'?" },
  'unknown-kind.yaml': { code: 'AIS100', at: [2, 7], says: "Did you mean 'MicroDataCenter'?" },
  'unresolved-alias.yaml': { code: 'AIS004', says: 'Unresolved alias' },
  'whitespace-only.yaml': { code: 'AIS006' },
  'wrong-api-version.yaml': { code: 'AIS100', at: [1, 13], says: "'aisite.dev/v1'" },
  'wrong-types.yaml': { code: 'AIS101', at: [9, 18], says: "'forty-two'" },
};

/** Checks what every finding must satisfy: a code, a message, and a 1-based place in `file`. */
function expectLocatedIn(findings: readonly Finding[], file: string): void {
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) {
    expect(f.code).toMatch(/^AIS\d{3}$/);
    expect(f.message.trim()).not.toBe('');
    expect(f.location.file).toBe(file);
    expect(f.location.line).toBeGreaterThanOrEqual(1);
    expect(f.location.column).toBeGreaterThanOrEqual(1);
  }
}

describe('the bad-input corpus', () => {
  test.each(Object.entries(CORPUS))('%s', (name, c) => {
    const file = path.join(BAD_DIR, name);
    let findings: readonly Finding[] = [];
    expect(() => {
      findings = validatePaths([file]).findings;
    }).not.toThrow();
    expectLocatedIn(findings, file);
    const withCode = findings.filter((f) => f.code === c.code);
    expect(withCode.map((f) => f.code)).toContain(c.code);
    if (c.at) expect(withCode.map((f) => [f.location.line, f.location.column])).toContainEqual([...c.at]);
    if (c.says) expect(withCode.some((f) => (typeof c.says === 'string' ? f.message.includes(c.says) : c.says!.test(f.message)))).toBe(true);
    // Every finding on a bad file is an error: none of these files may pass validation.
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
  });

  test('the table above and the README list exactly the files in the folder', () => {
    const files = fs
      .readdirSync(BAD_DIR)
      .filter((f) => !f.startsWith('.') && f !== 'README.md')
      .sort();
    expect(Object.keys(CORPUS).sort()).toEqual(files);
    const readme = fs.readFileSync(path.join(BAD_DIR, 'README.md'), 'utf8');
    const listed = Object.fromEntries([...readme.matchAll(/^\| `([^`]+)` \| (AIS\d{3}) \|/gm)].map((m) => [m[1], m[2]]));
    expect(listed).toEqual(Object.fromEntries(Object.entries(CORPUS).map(([f, c]) => [f, c.code])));
  });

  test('the whole folder at once: every site file is read, each gets its finding, nothing throws', () => {
    const r = validatePaths([BAD_DIR]);
    const siteFiles = Object.keys(CORPUS)
      .sort()
      .map((f) => path.join(BAD_DIR, f));
    expect(r.files).toEqual(siteFiles);
    for (const file of siteFiles) {
      const codes = r.findings.filter((f) => f.location.file === file).map((f) => f.code);
      expect(codes).toContain(CORPUS[path.basename(file)].code);
    }
  });

  test('in the multi-document file, the good document gives no finding and is resolved', () => {
    const file = path.join(BAD_DIR, 'multi-doc-one-bad.yaml');
    const r = validatePaths([file]);
    const firstDocEnd = fs.readFileSync(file, 'utf8').split('\n').indexOf('---') + 1;
    expect(r.findings.filter((f) => f.location.line <= firstDocEnd)).toEqual([]);
    expect(r.sites.map((s) => s.name)).toEqual(['multi-doc-good']);
  });

  test('the binary files are still binary (not re-saved as text by an editor or git)', () => {
    const bin = fs.readFileSync(path.join(BAD_DIR, 'binary-garbage.yaml'));
    expect(bin.length).toBeGreaterThanOrEqual(4096);
    expect(bin.includes(0)).toBe(true);
    const euc = fs.readFileSync(path.join(BAD_DIR, 'euc-kr.yaml'));
    expect(euc.includes(Buffer.from([0xb4, 0xeb, 0xc0, 0xfc]))).toBe(true); // 대전 in EUC-KR
  });
});

describe('nesting depth', () => {
  const depthCases: Array<[string, string]> = [
    ['unclosed flow sequences', '['.repeat(10_000)],
    ['balanced flow sequences', '['.repeat(20_000) + ']'.repeat(20_000)],
    ['nested JSON objects', '{"a":'.repeat(5000) + '1' + '}'.repeat(5000)],
    ['nested block mappings', Array.from({ length: 600 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n'],
    ['nested block sequences', '- '.repeat(5000) + 'x\n'],
    ['deep nesting inside a valid site', fs.readFileSync(EXAMPLE, 'utf8').replace('tier: edge', 'tier: ' + '['.repeat(5000) + ']'.repeat(5000))],
  ];

  test.each(depthCases)('%s: one AIS004 finding, no stack overflow', (_, text) => {
    const r = parseSource('deep.yaml', text);
    expect(r.documents).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'AIS004', location: { file: 'deep.yaml' } });
    expect(r.findings[0].message).toContain(`at most ${MAX_NESTING_DEPTH} levels deep`);
  });

  test('deep input parsed repeatedly in one process does not crash it', () => {
    // Composing such input used to recurse until the stack overflowed; a second parse
    // after a first one could then abort the whole process inside V8.
    for (let i = 0; i < 3; i++) {
      expect(parseSource('a.yaml', 'a: 1\nb: ' + '['.repeat(5000) + ']'.repeat(5000)).findings[0].code).toBe('AIS004');
      expect(parseSource('b.yaml', '['.repeat(10_000)).findings[0].code).toBe('AIS004');
    }
  });

  test(`nesting of exactly ${MAX_NESTING_DEPTH} levels is allowed, one more is not`, () => {
    const nest = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const ok = parseSource('ok.yaml', nest(MAX_NESTING_DEPTH));
    expect(ok.findings).toEqual([]);
    expect(ok.documents).toHaveLength(1);
    expect(parseSource('deep.yaml', nest(MAX_NESTING_DEPTH + 1)).findings.map((f) => f.code)).toEqual(['AIS004']);
  });
});

describe('empty documents', () => {
  const site = fs.readFileSync(EXAMPLE, 'utf8');

  test.each([
    ['a trailing ---', site + '---\n'],
    ['a leading ---', '---\n' + site],
    ['an empty document between two markers', '---\n---\n' + site],
    ['a trailing document of only a comment', site + '---\n# nothing here yet\n'],
  ])('a valid site with %s gives no findings', (_, text) => {
    const r = parseSource('site.yaml', text);
    expect(r.findings).toEqual([]);
    expect(r.documents).toHaveLength(1);
  });

  test.each([
    ['only ---', '---\n'],
    ['only comments', '# a comment\n# another\n'],
    ['--- and ...', '---\n...\n---\n...\n'],
    ['a byte order mark only', '\ufeff'],
  ])('%s: AIS006', (_, text) => {
    expect(parseSource('empty.yaml', text).findings.map((f) => f.code)).toEqual(['AIS006']);
  });

  test('an explicit null document is not empty: it must be a mapping (AIS101)', () => {
    const r = parseSource('null.yaml', '--- null\n');
    expect(validateDocuments(r.documents, r.findings).findings.map((f) => f.code)).toEqual(['AIS101']);
  });
});

describe('files that are made at test time', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-bad-'));
  });
  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  test('a 50 MB file gives AIS002 quickly, from its size alone, without reading it', () => {
    const file = path.join(tmp, 'huge.yaml');
    const chunk = Buffer.alloc(1024 * 1024, 'spec:\n  cabinets: []\n');
    const fd = fs.openSync(file, 'w');
    try {
      for (let i = 0; i < 50; i++) fs.writeSync(fd, chunk);
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.statSync(file).size).toBe(50 * 1024 * 1024);
    expect(fs.statSync(file).size).toBeGreaterThan(MAX_FILE_BYTES);

    // Spy on the module object itself (the `import * as` namespace cannot be redefined).
    const readFileSync = jest.spyOn(fsModule, 'readFileSync');
    const readSync = jest.spyOn(fsModule, 'readSync');
    const r = validatePaths([file]);
    expect(readFileSync).not.toHaveBeenCalled();
    expect(readSync).not.toHaveBeenCalled();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'AIS002', severity: 'error', location: { file, line: 1, column: 1 } });
    expect(r.findings[0].message).toContain('50.0 MiB');
  });

  test('a file of exactly the limit is read (the limit is inclusive)', () => {
    // Blank content, so the test measures reading, not parsing MiBs of YAML (which is slow).
    const file = path.join(tmp, 'at-limit.yaml');
    fs.writeFileSync(file, Buffer.alloc(MAX_FILE_BYTES, ' \n'));
    const readFileSync = jest.spyOn(fsModule, 'readFileSync');
    expect(loadFile(file).findings.map((f) => f.code)).toEqual(['AIS006']);
    expect(readFileSync).toHaveBeenCalledTimes(1);
  });

  test('a path that does not exist is a UsageError naming the path', () => {
    const missing = path.join(tmp, 'no-such-site.yaml');
    expect(() => validatePaths([missing])).toThrow(UsageError);
    expect(() => loadFiles([missing])).toThrow(missing);
    expect(() => collectFiles([EXAMPLE, missing])).toThrow(UsageError);
  });

  test('no paths at all is a UsageError', () => {
    expect(() => validatePaths([])).toThrow(UsageError);
  });

  test('a dangling symlink named explicitly is a UsageError (the path does not resolve)', () => {
    const link = path.join(tmp, 'dangling-explicit.yaml');
    fs.symlinkSync(path.join(tmp, 'gone.yaml'), link);
    expect(() => validatePaths([link])).toThrow(UsageError);
  });

  test('a dangling symlink inside a folder is AIS001, not silently skipped', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'dangling-'));
    const link = path.join(dir, 'site.yaml');
    fs.symlinkSync(path.join(dir, 'gone.yaml'), link);
    const r = validatePaths([dir]);
    expect(r.files).toEqual([link]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'AIS001', location: { file: link, line: 1, column: 1 } });
    expect(r.findings[0].message).toContain('ENOENT');
  });

  test('a symlink to a site file inside a folder is validated like the file', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'linked-'));
    const link = path.join(dir, 'site.yaml');
    fs.symlinkSync(EXAMPLE, link);
    const r = validatePaths([dir]);
    expect(r.files).toEqual([link]);
    expect(r.findings).toEqual([]);
    expect(r.sites.map((s) => s.name)).toEqual(['daejeon-hospital-01']);
  });

  test('a symlink to a folder, named like a site file, is AIS001 and is not followed', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'dirlink-'));
    const link = path.join(dir, 'loop.yaml');
    fs.symlinkSync(dir, link); // a cycle, if it were followed
    const r = validatePaths([dir]);
    expect(r.findings.map((f) => [f.code, f.location.file])).toEqual([['AIS001', link]]);
    expect(r.findings[0].message).toContain('a directory');
  });

  test('a named pipe (FIFO) is AIS001 and is never opened for a blocking read', () => {
    const fifo = path.join(tmp, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    // Safety net: if the loader ever blocks on the pipe again, this writer unblocks it
    // (its open waits for a reader, then it closes: EOF) so the test fails instead of hanging.
    const writer = spawn('sh', ['-c', ': > "$1"', 'sh', fifo], { stdio: 'ignore' });
    let r: ReturnType<typeof validatePaths>;
    try {
      r = validatePaths([fifo]);
    } finally {
      writer.kill();
    }
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'AIS001', location: { file: fifo, line: 1, column: 1 } });
    expect(r.findings[0].message).toContain('named pipe');
  });

  test('a Unix socket is AIS001', async () => {
    const sock = path.join(tmp, 'sock.yaml');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      const r = validatePaths([sock]);
      expect(r.findings.map((f) => [f.code, f.location.file])).toEqual([['AIS001', sock]]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('a device (/dev/null) is AIS001, not an empty site file', () => {
    const r = validatePaths(['/dev/null']);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'AIS001', location: { file: '/dev/null', line: 1, column: 1 } });
    expect(r.findings[0].message).toContain('a device');
  });

  test('loadFile on a folder is AIS001 (it never throws)', () => {
    const r = loadFile(tmp);
    expect(r.findings.map((f) => f.code)).toEqual(['AIS001']);
    expect(r.documents).toEqual([]);
  });

  test('a folder with no site files is a UsageError naming the folder (not "0 sites valid")', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'empty-'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a site\n');
    expect(() => validatePaths([dir])).toThrow(UsageError);
    expect(() => validatePaths([EXAMPLE, dir])).toThrow(`${dir}: no site files`);
  });

  test('cdktf.out, .aisite, node_modules and hidden folders are not searched', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'skipped-'));
    for (const sub of ['cdktf.out/stacks/a', '.aisite/state/a', 'node_modules/pkg', '.git', '.github/workflows']) {
      fs.mkdirSync(path.join(dir, sub), { recursive: true });
      fs.writeFileSync(path.join(dir, sub, 'x.json'), '{"not": "a site"}\n');
    }
    expect(() => validatePaths([dir])).toThrow(/no site files .*cdktf\.out, \.aisite, node_modules and hidden folders are not searched/);
    fs.copyFileSync(EXAMPLE, path.join(dir, 'site.yaml'));
    const r = validatePaths([dir]);
    expect(r.files).toEqual([path.join(dir, 'site.yaml')]);
    expect(r.findings).toEqual([]);
  });

  test('a folder named like a skipped one is still read when it is given directly', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'direct-'));
    const out = path.join(dir, 'node_modules');
    fs.mkdirSync(out);
    fs.copyFileSync(EXAMPLE, path.join(out, 'site.yaml'));
    expect(validatePaths([out]).sites.map((s) => s.name)).toEqual(['daejeon-hospital-01']);
  });

  test('a FIFO and a socket named like site files inside a folder are AIS001, as when given directly', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'special-'));
    const fifo = path.join(dir, 'a-pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const sock = path.join(dir, 'b-sock.yaml');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    const writer = spawn('sh', ['-c', ': > "$1"', 'sh', fifo], { stdio: 'ignore' });
    try {
      const r = validatePaths([dir]);
      expect(r.files).toEqual([fifo, sock]);
      expect(r.findings.map((f) => [f.code, f.location.file])).toEqual([
        ['AIS001', fifo],
        ['AIS001', sock],
      ]);
      expect(r.findings[0].message).toContain('named pipe');
    } finally {
      writer.kill();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('an unreadable file among good ones: the good ones are still validated', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'mixed-'));
    fs.copyFileSync(EXAMPLE, path.join(dir, 'a-good.yaml'));
    fs.symlinkSync(path.join(dir, 'gone.yaml'), path.join(dir, 'b-dangling.yaml'));
    fs.copyFileSync(path.join(BAD_DIR, 'duplicate-keys.yaml'), path.join(dir, 'c-dup.yaml'));
    const r = validatePaths([dir]);
    expect(r.sites.map((s) => s.name)).toEqual(['daejeon-hospital-01']);
    expect(r.findings.map((f) => [f.code, path.basename(f.location.file)])).toEqual([
      ['AIS001', 'b-dangling.yaml'],
      ['AIS005', 'c-dup.yaml'],
    ]);
  });
});

describe('many sites that share one subnet', () => {
  // Each of the hospital's three subnets is shared by every site. Before: 1,000 sites
  // crashed (RangeError from a spread of the N² pair findings, exit 70), 5,000 ran out of
  // heap. Now: one AIS402 per subnet per site, naming 5 others and counting the rest, so
  // the report grows linearly: 3 findings and under 6 KB of JSON (capacity included) per site.
  test.each([1000, 5000])(
    '%i sites: exit 1, one AIS402 per subnet and site (and AIS406 once the twin pool is full), a report linear in the sites',
    async (sites) => {
      const dir = writeOverlappingSet(sites);
      try {
        const ctx = bufferedContext();
        expect(await runCli(['validate', dir, '--format', 'json'], ctx)).toBe(1);
        expect(ctx.err).toBe('');
        const report = JSON.parse(ctx.out) as { summary: { sites: number }; findings: Array<{ code: string; message: string }> };
        expect(report.summary.sites).toBe(sites);
        const count = (code: string) => report.findings.filter((f) => f.code === code).length;
        // 5,000 hospitals also need more tenant networks (3 each) than the default twin pool
        // (10.240.0.0/12, 4,096 blocks) holds: AIS406, at most one per tenant network.
        expect(report.findings.map((f) => f.code).filter((c) => c !== 'AIS402' && c !== 'AIS406')).toEqual([]);
        expect(count('AIS402')).toBe(3 * sites);
        if (sites * 3 <= 4096) expect(count('AIS406')).toBe(0);
        else expect(count('AIS406')).toBeGreaterThan(0);
        expect(count('AIS406')).toBeLessThanOrEqual(3 * sites);
        expect(report.findings[0].message).toContain(` and ${sites - 1 - 5} more subnets of other sites, but `);
        expect(Buffer.byteLength(ctx.out) / sites).toBeLessThan(6 * 1024);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
