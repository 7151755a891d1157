import { parseSource } from '../../../spec/load/load-files';
import { parsePointer, pointer, SourceDocument } from '../../../spec/load/source-document';

/** 1-based line and column of `needle` in `text` (it must occur exactly once), plus `skip` characters. */
function at(text: string, needle: string, skip = 0): { line: number; column: number } {
  const i = text.indexOf(needle);
  if (i < 0 || text.indexOf(needle, i + 1) >= 0) throw new Error(`'${needle}' must occur exactly once in the text`);
  const before = text.slice(0, i + skip);
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

function docs(file: string, text: string): SourceDocument[] {
  const r = parseSource(file, text);
  expect(r.findings).toEqual([]);
  return r.documents;
}

const SITE = `# a comment line first
apiVersion: aisite.dev/v1alpha1
kind: MicroDataCenter
metadata:
  name: locate-me
  labels:
    tier: edge
    "a/b~c": escaped
spec:
  airGapped:
  cabinets:
    - name: cab-a
      rackUnits: 42
      nodeGroups:
        - name: npu
          count: 4
        - name: gpu
          count: 2
    - name: cab-b
      nodeGroups: [ { name: inline, count: 1 } ]
  pools:
    - nodeGroups: [cab-a/npu, cab-a/gpu]
`;

describe('SourceDocument.locate', () => {
  const [doc] = docs('site.yaml', SITE);

  test('a value: its first character, with the end of its span', () => {
    expect(doc.locate('/metadata/name')).toEqual({
      file: 'site.yaml',
      ...at(SITE, 'locate-me'),
      endLine: 5,
      endColumn: at(SITE, 'locate-me').column + 'locate-me'.length,
    });
    expect(doc.locate('/spec/cabinets/0/rackUnits')).toMatchObject(at(SITE, '42'));
    expect(doc.locate('/apiVersion')).toMatchObject(at(SITE, 'aisite.dev/v1alpha1'));
  });

  test('a key, with { key: true }', () => {
    expect(doc.locate('/metadata/name', { key: true })).toMatchObject(at(SITE, 'name: locate-me'));
    expect(doc.locate('/spec/cabinets/0/rackUnits', { key: true })).toMatchObject(at(SITE, 'rackUnits: 42'));
    expect(doc.locate('/metadata/labels/tier', { key: true })).toMatchObject(at(SITE, 'tier: edge'));
  });

  test('an empty value is located where it would be written (just after the colon); its key with { key: true }', () => {
    expect(doc.locate('/spec/airGapped')).toMatchObject(at(SITE, 'airGapped:', 'airGapped:'.length));
    expect(doc.locate('/spec/airGapped', { key: true })).toMatchObject(at(SITE, 'airGapped:'));
  });

  test('sequence indices, in block and flow sequences', () => {
    expect(doc.locate('/spec/cabinets/0/nodeGroups/1/name')).toMatchObject(at(SITE, 'gpu\n'));
    expect(doc.locate('/spec/cabinets/0/nodeGroups/1')).toMatchObject(at(SITE, 'name: gpu'));
    expect(doc.locate('/spec/cabinets/1/nodeGroups/0/count')).toMatchObject(at(SITE, 'count: 1 }', 'count: '.length));
    expect(doc.locate('/spec/pools/0/nodeGroups/1')).toMatchObject(at(SITE, 'cab-a/gpu'));
  });

  test('a sequence entry has no key: { key: true } gives the entry itself', () => {
    expect(doc.locate('/spec/cabinets/1', { key: true })).toMatchObject(at(SITE, 'name: cab-b'));
  });

  test('a missing field falls back to its nearest existing ancestor', () => {
    // The value of metadata (its first entry), or with { key: true } the key 'metadata'.
    expect(doc.locate('/metadata/region')).toMatchObject(at(SITE, 'name: locate-me'));
    expect(doc.locate('/metadata/region', { key: true })).toMatchObject(at(SITE, 'metadata:'));
    expect(doc.locate('/spec/cabinets/1/powerBudgetKw')).toMatchObject(at(SITE, 'name: cab-b'));
    expect(doc.locate('/spec/fabrics/0/subnet')).toMatchObject(at(SITE, 'airGapped:'));
  });

  test('an index past the end, or not a number, falls back to the sequence', () => {
    expect(doc.locate('/spec/cabinets/7/name')).toMatchObject(at(SITE, '- name: cab-a'));
    expect(doc.locate('/spec/cabinets/first')).toMatchObject(at(SITE, '- name: cab-a'));
    expect(doc.locate('/spec/cabinets/-1')).toMatchObject(at(SITE, '- name: cab-a'));
  });

  test('a pointer through a scalar stops at the scalar', () => {
    expect(doc.locate('/metadata/name/deeper/still')).toMatchObject(at(SITE, 'locate-me'));
  });

  test('the root pointer and start() give the start of the document content', () => {
    const start = at(SITE, 'apiVersion:');
    expect(doc.locate('')).toMatchObject(start);
    expect(doc.locate('/')).toMatchObject(start);
    expect(doc.start()).toMatchObject(start);
  });

  test('escaped pointer segments (~1 for /, ~0 for ~) find keys with those characters', () => {
    expect(doc.locate('/metadata/labels/a~1b~0c')).toMatchObject(at(SITE, 'escaped'));
    expect(doc.locate(pointer('metadata', 'labels', 'a/b~c'))).toMatchObject(at(SITE, 'escaped'));
  });

  test('an alias is located where the alias is written', () => {
    const text = 'base: &b\n  count: 1\ncopy: *b\n';
    const [d] = docs('alias.yaml', text);
    expect(d.locate('/copy')).toMatchObject(at(text, '*b'));
    expect(d.locate('/copy/count')).toMatchObject(at(text, '*b'));
  });

  test('numeric and boolean keys are matched by their text', () => {
    const text = 'ports:\n  80: http\n  true: yes\n';
    const [d] = docs('keys.yaml', text);
    expect(d.locate('/ports/80')).toMatchObject(at(text, 'http'));
    expect(d.locate('/ports/true')).toMatchObject(at(text, 'yes'));
  });

  test('without a syntax tree (a document built from data) every pointer is line 1, column 1', () => {
    const d = new SourceDocument('built.yaml', 0, { a: 1 }, undefined, undefined);
    expect(d.locate('/a')).toEqual({ file: 'built.yaml', line: 1, column: 1 });
  });
});

describe('multi-document files', () => {
  const TEXT = `apiVersion: aisite.dev/v1alpha1
kind: MicroDataCenter
metadata:
  name: first
---
# the second document
apiVersion: aisite.dev/v1alpha1
kind: MicroDataCenter
metadata:
  name: second
spec:
  cabinets:
    - name: cab-z
---
apiVersion: aisite.dev/v1alpha1
metadata: { name: third }
`;
  const all = docs('multi.yaml', TEXT);

  test('each document keeps its index in the file', () => {
    expect(all.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(all.map((d) => (d.data as { metadata: { name: string } }).metadata.name)).toEqual(['first', 'second', 'third']);
  });

  test('line numbers of later documents are counted from the top of the file', () => {
    expect(all[0].locate('/metadata/name')).toMatchObject(at(TEXT, 'first'));
    expect(all[1].locate('/metadata/name')).toMatchObject({ line: 10, column: 9 });
    expect(all[1].locate('/spec/cabinets/0/name')).toMatchObject(at(TEXT, 'cab-z'));
    expect(all[2].locate('/metadata/name')).toMatchObject(at(TEXT, 'third'));
  });

  test('a missing field in a later document falls back within that document', () => {
    expect(all[1].locate('/spec/fabrics')).toMatchObject(at(TEXT, 'cabinets:'));
    expect(all[2].start()).toMatchObject({ line: 15, column: 1 });
  });

  test('empty documents between markers are skipped; indices count the non-empty ones', () => {
    const text = 'a: 1\n---\n---\nb: 2\n---\n';
    const ds = docs('gaps.yaml', text);
    expect(ds.map((d) => [d.index, d.data])).toEqual([
      [0, { a: 1 }],
      [1, { b: 2 }],
    ]);
    expect(ds[1].locate('/b')).toMatchObject({ line: 4, column: 4 });
  });
});

describe('JSON files', () => {
  test('pretty-printed JSON: values and keys by line and column', () => {
    const text = JSON.stringify(
      { apiVersion: 'aisite.dev/v1alpha1', metadata: { name: 'json-site' }, spec: { cabinets: [{ name: 'cab-a', rackUnits: 42 }] } },
      null,
      2,
    );
    const [d] = docs('site.json', text);
    expect(d.locate('/metadata/name')).toMatchObject({ file: 'site.json', ...at(text, '"json-site"') });
    expect(d.locate('/metadata/name', { key: true })).toMatchObject(at(text, '"name": "json-site"'));
    expect(d.locate('/spec/cabinets/0/rackUnits')).toMatchObject(at(text, '42'));
    // A missing field falls back to the object that should hold it: its opening brace.
    const brace = text.lastIndexOf('{', text.indexOf('"name": "cab-a"'));
    expect(d.locate('/spec/cabinets/0/cooling')).toMatchObject(at(text, text.slice(brace, brace + 20)));
  });

  test('single-line JSON: everything on line 1, columns tell values apart', () => {
    const text = '{"metadata":{"name":"one-line"},"spec":{"cabinets":[{"name":"c1"},{"name":"c2"}]}}';
    const [d] = docs('min.json', text);
    expect(d.locate('/metadata/name')).toMatchObject({ line: 1, column: text.indexOf('"one-line"') + 1 });
    expect(d.locate('/spec/cabinets/1/name')).toMatchObject({ line: 1, column: text.indexOf('"c2"') + 1 });
    expect(d.locate('/spec/cabinets/1/name', { key: true })).toMatchObject({ line: 1, column: text.lastIndexOf('"name"') + 1 });
    expect(d.locate('/spec/cabinets/1/count')).toMatchObject({ line: 1, column: text.indexOf('{"name":"c2"}') + 1 });
  });

  test('a JSON file with a byte order mark keeps its columns', () => {
    const text = '{\n  "metadata": {"name": "bom"}\n}\n';
    const r = parseSource('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(r.findings).toEqual([]);
    expect(r.documents[0].locate('/metadata/name')).toMatchObject(at(text, '"bom"'));
  });
});

describe('pointers', () => {
  test('parsePointer unescapes and pointer escapes (RFC 6901)', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/')).toEqual([]);
    expect(parsePointer('/spec/cabinets/0')).toEqual(['spec', 'cabinets', '0']);
    expect(parsePointer('/a~1b/c~0d/~01')).toEqual(['a/b', 'c~d', '~1']);
    expect(pointer('spec', 'cabinets', 0, 'a/b~c')).toBe('/spec/cabinets/0/a~1b~0c');
    expect(parsePointer(pointer('x/~y', 3))).toEqual(['x/~y', '3']);
  });
});

describe('the fast path (plain files) and the full parser agree', () => {
  const plain = 'apiVersion: aisite.dev/v1alpha1\nkind: MicroDataCenter\nmetadata:\n  name: plain\n  labels: { tier: edge }\nspec:\n  cabinets: []\n';

  test('a plain file gives the same data as when an anchor forces the full parser', () => {
    const anchored = plain.replace('name: plain', 'name: &n plain');
    expect(docs('a.yaml', plain)[0].data).toEqual(docs('b.yaml', anchored)[0].data);
  });

  test('positions in a plain file are computed on demand', () => {
    expect(docs('a.yaml', plain)[0].locate('/metadata/labels/tier')).toMatchObject(at(plain, 'edge'));
  });

  test('dates stay strings, as in YAML 1.2 core', () => {
    expect(docs('d.yaml', 'a: 2026-01-01\n')[0].data).toEqual({ a: '2026-01-01' });
  });
});
