/**
 * Property tests: whatever goes in, validation never throws, and every finding it makes
 * is well-formed (a stable code, a message, and a 1-based location in the given file).
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { Finding } from '../../spec/findings';
import { parseSource } from '../../spec/load/load-files';
import { SourceDocument } from '../../spec/load/source-document';
import { validateDocuments } from '../../spec/validate';

const EXAMPLES_DIR = path.join(__dirname, '../../examples');
const EXAMPLES = fs
  .readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ file: `examples/${f}`, text: fs.readFileSync(path.join(EXAMPLES_DIR, f), 'utf8') }));

/** Fixed seed: a failure is reproducible from the run's output; numRuns stay modest for speed. */
const RUN = { seed: 20260101 } as const;

/** Parses and validates sources as one set, as `aisite validate` does with several files. */
function validate(...sources: Array<{ file: string; content: string | Buffer }>): Finding[] {
  const docs: SourceDocument[] = [];
  const earlier: Finding[] = [];
  for (const s of sources) {
    const r = parseSource(s.file, s.content);
    for (const d of r.documents) docs.push(d);
    for (const f of r.findings) earlier.push(f);
  }
  return [...validateDocuments(docs, earlier).findings];
}

/** Every finding is well-formed and located in one of the given files. */
function expectWellFormed(findings: readonly Finding[], files: readonly string[]): void {
  for (const f of findings) {
    const problems: string[] = [];
    if (!/^AIS\d{3}$/.test(f.code)) problems.push(`code ${f.code}`);
    if (typeof f.message !== 'string' || f.message.trim() === '') problems.push('empty message');
    if (!['error', 'warning', 'info'].includes(f.severity)) problems.push(`severity ${f.severity}`);
    if (!files.includes(f.location.file)) problems.push(`file ${f.location.file}`);
    if (!Number.isInteger(f.location.line) || f.location.line < 1) problems.push(`line ${f.location.line}`);
    if (!Number.isInteger(f.location.column) || f.location.column < 1) problems.push(`column ${f.location.column}`);
    if (f.location.endLine !== undefined && !(f.location.endLine >= f.location.line)) problems.push(`endLine ${f.location.endLine}`);
    if (problems.length > 0) throw new Error(`malformed finding (${problems.join(', ')}): ${JSON.stringify(f)}`);
  }
}

/** Parsing alone reports at least one finding whenever no document came out. */
function expectSomethingFrom(file: string, content: string | Buffer): Finding[] {
  const r = parseSource(file, content);
  if (r.documents.length === 0 && r.findings.length === 0) throw new Error(`no documents and no findings for ${JSON.stringify(String(content).slice(0, 200))}`);
  const findings = [...validateDocuments(r.documents, r.findings).findings];
  expectWellFormed(findings, [file]);
  return findings;
}

// ---------------------------------------------------------------------------------------
// (a) arbitrary values and strings

/** Fragments that YAML gives meaning to, so random text reaches deep into the parser. */
const YAML_TOKENS = [
  '[',
  ']',
  '{',
  '}',
  ':',
  ': ',
  '- ',
  ',',
  ' ',
  '  ',
  '\n',
  '\n  ',
  '\t',
  '"',
  "'",
  '&a ',
  '*a',
  '&b ',
  '*b',
  '---\n',
  '...\n',
  '# c',
  '? ',
  '!!str ',
  '!!int ',
  '!!map ',
  '!!binary ',
  '!tag ',
  '|\n',
  '>-\n',
  '%YAML 1.2\n',
  '<<: ',
  'key',
  'name',
  'apiVersion: aisite.dev/v1alpha1\n',
  'kind: MicroDataCenter\n',
  'spec:',
  'cabinets:',
  '0',
  '-1',
  '1e400',
  '.inf',
  '.nan',
  '0x1F',
  'null',
  '~',
  'true',
  'yes',
  '\\',
  '\u00e9',
  '\u{1F600}',
  '\ufeff',
  '\r',
  '\u2028',
  '\0',
];
const yamlish = fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 60 }).map((parts) => parts.join(''));

const jsonValue = fc.jsonValue({ maxDepth: 4 });

/** An envelope that passes the kind check, so random content reaches the schema and rules. */
const envelope = fc.record({
  apiVersion: fc.constant('aisite.dev/v1alpha1'),
  kind: fc.constantFrom('MicroDataCenter', 'NationalAiCenter', 'AcceleratorCatalog'),
  metadata: fc.oneof(jsonValue, fc.record({ name: fc.oneof(fc.constant('site-a'), fc.string()) }, { requiredKeys: [] })),
  spec: fc.oneof(
    jsonValue,
    fc.record(
      { cabinets: jsonValue, fabrics: jsonValue, pools: jsonValue, tenants: jsonValue, uplinks: jsonValue, airGapped: jsonValue },
      { requiredKeys: [] },
    ),
  ),
});

describe('(a) arbitrary input never throws and gives well-formed findings', () => {
  test('random JSON values, written as YAML and as JSON', () => {
    fc.assert(
      fc.property(jsonValue, (v) => {
        expectSomethingFrom('value.yaml', stringify(v));
        expectSomethingFrom('value.json', JSON.stringify(v, null, 1));
      }),
      { ...RUN, numRuns: 150 },
    );
  });

  test('random values inside a site envelope reach the schema and the rules', () => {
    fc.assert(
      fc.property(envelope, (site) => {
        expectSomethingFrom('site.yaml', stringify(site));
        expectSomethingFrom('site.json', JSON.stringify(site));
      }),
      { ...RUN, numRuns: 100 },
    );
  });

  test('random strings (any code units, including lone surrogates)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expectSomethingFrom('text.yaml', s);
      }),
      { ...RUN, numRuns: 150 },
    );
  });

  test('random YAML-like text built from YAML syntax fragments', () => {
    fc.assert(
      fc.property(yamlish, (s) => {
        expectSomethingFrom('yamlish.yaml', s);
        expectSomethingFrom('yamlish.yaml', Buffer.from(s, 'utf8'));
      }),
      { ...RUN, numRuns: 300 },
    );
  });

  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expectSomethingFrom('bytes.yaml', Buffer.from(bytes));
      }),
      { ...RUN, numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// (b) mutations of the valid examples

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Segment = string | number;

/** Every path into a value (the root excluded), in a stable order. */
function allPaths(v: Json, prefix: Segment[] = [], out: Segment[][] = []): Segment[][] {
  if (Array.isArray(v))
    v.forEach((x, i) => {
      out.push([...prefix, i]);
      allPaths(x, [...prefix, i], out);
    });
  else if (v !== null && typeof v === 'object')
    for (const k of Object.keys(v)) {
      out.push([...prefix, k]);
      allPaths(v[k], [...prefix, k], out);
    }
  return out;
}

function parentOf(root: Json, p: Segment[]): { parent: Json[] | { [k: string]: Json }; last: Segment } {
  let node: Json = root;
  for (const seg of p.slice(0, -1)) node = (node as Record<string, Json>)[seg as string];
  return { parent: node as Json[] | { [k: string]: Json }, last: p[p.length - 1] };
}

function typeOf(v: Json): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** A typo of a key: one character dropped, doubled, swapped or changed. */
function typo(key: string, seed: number): string {
  if (key.length < 2) return key + 'x';
  const i = seed % (key.length - 1);
  switch (seed % 4) {
    case 0:
      return key.slice(0, i) + key.slice(i + 1);
    case 1:
      return key.slice(0, i) + key[i] + key.slice(i);
    case 2:
      return key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
    default:
      return key.slice(0, i) + (key[i] === 'z' ? 'a' : 'z') + key.slice(i + 1);
  }
}

/** Negates every number under a value (or the value itself). */
function negate(v: Json): Json {
  if (typeof v === 'number') return -v || -1;
  if (Array.isArray(v)) return v.map(negate);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, negate(x)]));
  return v;
}

const OPS = ['delete', 'retype', 'duplicate', 'typo', 'negate'] as const;
type Op = (typeof OPS)[number];
const mutation = fc.record({ op: fc.constantFrom(...OPS), at: fc.nat(), seed: fc.nat(), value: jsonValue });

/** Applies one mutation at the at-th path (mod the number of paths); the document is changed in place. */
function mutate(doc: Json, m: { op: Op; at: number; seed: number; value: Json }): void {
  const paths = allPaths(doc);
  if (paths.length === 0) return;
  const { parent, last } = parentOf(doc, paths[m.at % paths.length]);
  const current = (parent as Record<string, Json>)[last as string];
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last as string];
      return;
    case 'retype': {
      // A value of another type than the one there (a fixed fallback when the random one matches).
      const fallbacks: Json[] = ['text', 7, true, null, [], {}];
      const value = typeOf(m.value) !== typeOf(current) ? m.value : fallbacks.find((f) => typeOf(f) !== typeOf(current))!;
      (parent as Record<string, Json>)[last as string] = value;
      return;
    }
    case 'duplicate': {
      // Duplicate the nearest list entry at or above the path, or the entry itself if it is in a list.
      if (Array.isArray(parent)) parent.splice(last as number, 0, structuredClone(current));
      else if (Array.isArray(current) && current.length > 0) current.push(structuredClone(current[m.seed % current.length]));
      else (parent as Record<string, Json>)[last as string] = [current, structuredClone(current)];
      return;
    }
    case 'typo':
      if (Array.isArray(parent)) {
        if (typeof current === 'string') parent[last as number] = typo(current, m.seed);
        return;
      }
      delete parent[last as string];
      parent[typo(String(last), m.seed)] = current;
      return;
    case 'negate':
      (parent as Record<string, Json>)[last as string] = negate(current);
      return;
  }
}

describe('(b) mutated examples never throw and give well-formed findings', () => {
  test('structural mutations (delete, retype, duplicate, typo, negate) of one example, validated with the others', () => {
    fc.assert(
      fc.property(fc.nat({ max: EXAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, muts) => {
        const target = EXAMPLES[which];
        const doc = parse(target.text) as Json;
        for (const m of muts) mutate(doc, m);
        const others = EXAMPLES.filter((_, i) => i !== which).map((e) => ({ file: e.file, content: e.text }));
        const files = EXAMPLES.map((e) => e.file);
        const findings = validate({ file: target.file, content: stringify(doc) }, ...others);
        expectWellFormed(findings, files);
      }),
      { ...RUN, numRuns: 100 },
    );
  });

  test('text mutations (drop, duplicate or swap lines; insert a character; truncate) of one example', () => {
    const textMutation = fc.record({
      op: fc.constantFrom('drop-line', 'dup-line', 'swap-lines', 'insert', 'truncate'),
      at: fc.nat(),
      other: fc.nat(),
      char: fc.constantFrom(' ', '\t', ':', '-', '[', '{', '"', "'", '#', '&', '*', '\n', 'x', '0', '\u00e9'),
    });
    fc.assert(
      fc.property(fc.nat({ max: EXAMPLES.length - 1 }), fc.array(textMutation, { minLength: 1, maxLength: 3 }), (which, muts) => {
        const target = EXAMPLES[which];
        let text = target.text;
        for (const m of muts) {
          const lines = text.split('\n');
          const i = m.at % lines.length;
          const j = m.other % lines.length;
          if (m.op === 'drop-line') lines.splice(i, 1);
          else if (m.op === 'dup-line') lines.splice(i, 0, lines[i]);
          else if (m.op === 'swap-lines') [lines[i], lines[j]] = [lines[j], lines[i]];
          text = lines.join('\n');
          if (m.op === 'insert') {
            const k = m.at % (text.length + 1);
            text = text.slice(0, k) + m.char + text.slice(k);
          }
          if (m.op === 'truncate') text = text.slice(0, m.at % (text.length + 1));
        }
        const findings = validate({ file: target.file, content: text });
        expectWellFormed(findings, [target.file]);
      }),
      { ...RUN, numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// (c) determinism

describe('(c) validation is deterministic', () => {
  test('the examples give no findings, twice', () => {
    const sources = EXAMPLES.map((e) => ({ file: e.file, content: e.text }));
    expect(validate(...sources)).toEqual([]);
    expect(validate(...sources)).toEqual([]);
  });

  test('validating the same input twice gives identical findings', () => {
    const input = fc.oneof(
      yamlish.map((s) => ({ which: 0, text: s })),
      fc.tuple(fc.nat({ max: EXAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([which, muts]) => {
        const doc = parse(EXAMPLES[which].text) as Json;
        for (const m of muts) mutate(doc, m);
        return { which, text: stringify(doc) };
      }),
    );
    let withFindings = 0;
    fc.assert(
      fc.property(input, ({ which, text }) => {
        const sources = EXAMPLES.map((e, i) => ({ file: e.file, content: i === which ? text : e.text }));
        const first = validate(...sources);
        const second = validate(...sources.map((s) => ({ ...s })));
        expect(second).toEqual(first);
        if (first.length > 0) withFindings++;
      }),
      { ...RUN, numRuns: 60 },
    );
    // The property is not vacuous: most inputs do produce findings.
    expect(withFindings).toBeGreaterThan(30);
  });
});
