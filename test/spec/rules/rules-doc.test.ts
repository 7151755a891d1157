import * as fs from 'fs';
import { ALL_RULE_INFOS } from '../../../spec/rules';
import { RULE_DOCS } from '../../../spec/rules/rule-docs';
import {
  DEFAULT_RULES_DOC_URL,
  ruleAnchor,
  ruleHelpMarkdown,
  ruleHelpText,
  ruleHelpUri,
  RULES_DOC_FILE,
  RULES_DOC_URL_VARIABLE,
  rulesDocument,
  rulesDocUrl,
} from '../../../spec/rules/rules-doc';
import { UsageError } from '../../../spec/errors';
import { parseSource } from '../../../spec/load/load-files';

const AIS201 = ALL_RULE_INFOS.find((r) => r.code === 'AIS201')!;

describe('the rules documentation', () => {
  test('every code aisite reports is documented, and nothing else is', () => {
    expect(Object.keys(RULE_DOCS).sort()).toEqual(ALL_RULE_INFOS.map((r) => r.code));
  });

  test('every entry says why, how to fix, and gives an example', () => {
    const empty = Object.entries(RULE_DOCS)
      .filter(([, d]) => !d.why.trim() || !d.fix.trim() || !d.example.trim())
      .map(([code]) => code);
    expect(empty).toEqual([]);
  });

  test(`${RULES_DOC_FILE} is what \`npm run gen:rules-doc\` writes (run it after changing a rule)`, () => {
    expect(fs.readFileSync(RULES_DOC_FILE, 'utf8')).toBe(rulesDocument(ALL_RULE_INFOS));
  });

  test('each rule has a section whose heading is its code, so #ais201 finds it', () => {
    const doc = rulesDocument(ALL_RULE_INFOS);
    const headings = [...doc.matchAll(/^## (\S+)$/gm)].map((m) => m[1].toLowerCase());
    expect(headings).toEqual(ALL_RULE_INFOS.map((r) => ruleAnchor(r.code)));
  });

  test('a YAML example is fenced as YAML, a prose example is a paragraph', () => {
    const doc = rulesDocument(ALL_RULE_INFOS);
    expect(doc).toContain('```yaml\n- name: cab-a\n  powerBudgetKw: 5\n');
    expect(doc).toContain(`**Example** that it reports:\n\n${RULE_DOCS.AIS002.example}\n`);
  });

  test('the help text names the code, rule and severity and carries the why and the fix', () => {
    const text = ruleHelpText(AIS201);
    expect(text.startsWith('AIS201 cabinet-power-budget (error)')).toBe(true);
    expect(text).toContain(`Why: ${RULE_DOCS.AIS201.why}`);
    expect(text).toContain(`How to fix: ${RULE_DOCS.AIS201.fix}`);
  });

  test("the help markdown ends with a link to the rule's section", () => {
    expect(ruleHelpMarkdown(AIS201, 'https://example.org/rules.md').endsWith('[AIS201 in the aisite rules](https://example.org/rules.md#ais201)')).toBe(true);
  });
});

describe('rulesDocUrl', () => {
  test('is the published docs/rules.md by default', () => {
    expect(rulesDocUrl({})).toBe(DEFAULT_RULES_DOC_URL);
    expect(ruleHelpUri('AIS201', rulesDocUrl({}))).toBe(`${DEFAULT_RULES_DOC_URL}#ais201`);
  });

  test(`${RULES_DOC_URL_VARIABLE} points it at another copy`, () => {
    const url = 'https://github.com/example/aisite/blob/v0.1.0/docs/rules.md';
    expect(rulesDocUrl({ [RULES_DOC_URL_VARIABLE]: url })).toBe(url);
  });

  test('a relative URL is a usage error saying what to set', () => {
    expect(() => rulesDocUrl({ [RULES_DOC_URL_VARIABLE]: 'docs/rules.md' })).toThrow(UsageError);
    expect(() => rulesDocUrl({ [RULES_DOC_URL_VARIABLE]: 'docs/rules.md' })).toThrow(/must be an absolute URL .* but 'docs\/rules.md' was given/);
  });

  test('a URL with a fragment is a usage error', () => {
    expect(() => rulesDocUrl({ [RULES_DOC_URL_VARIABLE]: 'https://example.org/rules.md#top' })).toThrow(/without a #fragment/);
  });
});

describe('the YAML examples', () => {
  const yamlExamples = Object.entries(RULE_DOCS).filter(([, d]) => (d.exampleLanguage ?? 'yaml') === 'yaml');
  const loadCodes = (code: string) => parseSource(`${code}.yaml`, RULE_DOCS[code].example).findings.map((f) => f.code);

  test.each(['AIS004', 'AIS005', 'AIS007'])('the example of file rule %s is reported by it when loaded', (code) => {
    expect(loadCodes(code)).toEqual([code]);
  });

  test('every other YAML example is well-formed YAML (aisite loads it without a file finding)', () => {
    const broken = yamlExamples
      .filter(([code]) => !['AIS004', 'AIS005', 'AIS007'].includes(code))
      .filter(([code]) => loadCodes(code).length > 0)
      .map(([code]) => code);
    expect(broken).toEqual([]);
  });
});
