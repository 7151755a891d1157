import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULE_INFOS, SET_RULES, SITE_RULES } from '../../../spec/rules';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

test('every code is unique', () => {
  const seen = new Map<string, number>();
  for (const r of ALL_RULE_INFOS) seen.set(r.code, (seen.get(r.code) ?? 0) + 1);
  expect([...seen].filter(([, n]) => n > 1).map(([code]) => code)).toEqual([]);
});

test('every rule name is unique and kebab-case', () => {
  const names = ALL_RULE_INFOS.map((r) => r.rule);
  expect(names.filter((n) => !KEBAB.test(n))).toEqual([]);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
});

test('every code has the form AISnnn, a severity and a one-line summary', () => {
  for (const r of ALL_RULE_INFOS) {
    expect({ code: r.code, ok: /^AIS\d{3}$/.test(r.code) }).toEqual({ code: r.code, ok: true });
    expect(['error', 'warning', 'info']).toContain(r.severity);
    expect(r.summary).toMatch(/^\S.*\.$/);
    expect(r.summary).not.toContain('\n');
  }
});

test('ALL_RULE_INFOS is sorted by code and holds every site and set rule', () => {
  const list = ALL_RULE_INFOS.map((r) => r.code);
  expect(list).toEqual([...list].sort());
  for (const r of [...SITE_RULES, ...SET_RULES]) expect(list).toContain(r.code);
});

test('site rules and set rules say their scope', () => {
  expect(SITE_RULES.filter((r) => r.scope !== 'site')).toEqual([]);
  expect(SET_RULES.filter((r) => r.scope !== 'set')).toEqual([]);
});

test('the semantic rules are AIS201-AIS204, AIS301-AIS305, AIS308-AIS309, AIS401-AIS406, AIS501-AIS505, AIS601-AIS608, AIS701-AIS706, AIS801-AIS804, AIS901-AIS902', () => {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `AIS${from + i}`);
  const want = [
    ...range(201, 204),
    ...range(301, 305),
    ...range(308, 309),
    ...range(401, 406),
    ...range(501, 505),
    ...range(601, 608),
    ...range(701, 706),
    ...range(801, 804),
    ...range(901, 902),
  ];
  expect([...SITE_RULES, ...SET_RULES].map((r) => r.code).sort()).toEqual(want);
});

describe('test coverage of codes', () => {
  const root = path.join(__dirname, '..', '..');
  const self = path.resolve(__filename);

  function testFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return testFiles(full);
      return /\.test\.ts$/.test(e.name) && path.resolve(full) !== self ? [full] : [];
    });
  }

  test('every code aisite can report is named in at least one other test file', () => {
    const mentioned = new Set<string>();
    for (const f of testFiles(root)) for (const m of fs.readFileSync(f, 'utf8').matchAll(/\bAIS\d{3}\b/g)) mentioned.add(m[0]);
    const untested = ALL_RULE_INFOS.filter((r) => !mentioned.has(r.code)).map((r) => `${r.code} ${r.rule}`);
    expect(untested).toEqual([]);
  });
});
