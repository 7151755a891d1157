import '@microsoft/jest-sarif';
import type { ReportingDescriptor } from 'sarif';
import { formatSarif } from '../../../cli/format/sarif';
import { DEFAULT_RULES_DOC_URL, RULES_DOC_URL_VARIABLE } from '../../../spec/rules/rules-doc';
import { validatePaths } from '../../../spec/validate';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toBeValidSarifLog(): R;
    }
  }
}

const opts = { strict: false, color: false, version: '1.2.3' };

describe('formatSarif', () => {
  test('a report with findings is a valid SARIF 2.1.0 log', () => {
    const log = JSON.parse(formatSarif(validatePaths(['test/fixtures/sites/two-problems.yaml']), opts));
    expect(log).toBeValidSarifLog();
  });

  test('a clean report is a valid SARIF 2.1.0 log with no results', () => {
    const log = JSON.parse(formatSarif(validatePaths(['examples']), opts));
    expect(log).toBeValidSarifLog();
    expect(log.runs[0].results).toEqual([]);
  });

  test('the SARIF check itself rejects a log without a tool', () => {
    expect({ version: '2.1.0', runs: [{ results: [] }] }).not.toBeValidSarifLog();
  });

  test('results point at the rule by id and index, with a region', () => {
    const log = JSON.parse(formatSarif(validatePaths(['test/fixtures/sites/two-problems.yaml']), opts));
    const run = log.runs[0];
    const r = run.results.find((x: { ruleId: string }) => x.ruleId === 'AIS201');
    expect(run.tool.driver.rules[r.ruleIndex].id).toBe('AIS201');
    expect(r.level).toBe('error');
    expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('test/fixtures/sites/two-problems.yaml');
    expect(r.locations[0].physicalLocation.region.startLine).toBe(9);
  });

  test('warnings map to level warning', () => {
    const log = JSON.parse(formatSarif(validatePaths(['test/fixtures/sites/two-problems.yaml']), opts));
    const r = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'AIS505');
    expect(r.level).toBe('warning');
  });
});

describe('formatSarif with suppressions', () => {
  const log = () => JSON.parse(formatSarif(validatePaths(['test/fixtures/sites/accepted.yaml'], { today: '2027-01-01' }), opts));

  test('a suppressed finding is a result with an inSource suppression whose justification is the reason', () => {
    const r = log().runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'AIS201');
    expect(r.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: "the clinic's 5 kW feed is replaced by a 10 kW one in June 2027",
        location: {
          physicalLocation: expect.objectContaining({
            artifactLocation: { uri: 'test/fixtures/sites/accepted.yaml', uriBaseId: 'SRCROOT' },
            region: expect.objectContaining({ startLine: 8, startColumn: 7 }),
          }),
        },
      },
    ]);
    expect(r.locations[0].physicalLocation.region.startLine).toBe(19);
  });

  test('the log with suppressions is valid SARIF 2.1.0', () => {
    expect(log()).toBeValidSarifLog();
  });

  test('findings that count carry no suppressions', () => {
    const results = JSON.parse(formatSarif(validatePaths(['test/fixtures/sites/two-problems.yaml']), opts)).runs[0].results;
    expect(results.filter((r: { suppressions?: unknown }) => r.suppressions !== undefined)).toEqual([]);
  });
});

describe('formatSarif rule metadata (what GitHub code scanning requires)', () => {
  const log = JSON.parse(formatSarif(validatePaths(['examples']), opts));
  const rules: ReportingDescriptor[] = log.runs[0].tool.driver.rules;

  test('every rule has a short and a full description, help as text and markdown, and a helpUri', () => {
    const incomplete = rules
      .filter((r) => !r.shortDescription?.text || !r.fullDescription?.text || !r.help?.text || !r.help?.markdown || !r.helpUri)
      .map((r) => r.id);
    expect(incomplete).toEqual([]);
  });

  test("helpUri is the rule's section of docs/rules.md", () => {
    expect(rules.find((r) => r.id === 'AIS505')!.helpUri).toBe(`${DEFAULT_RULES_DOC_URL}#ais505`);
  });

  test(`${RULES_DOC_URL_VARIABLE} changes every helpUri`, () => {
    const before = process.env[RULES_DOC_URL_VARIABLE];
    process.env[RULES_DOC_URL_VARIABLE] = 'https://git.example.org/aisite/docs/rules.md';
    try {
      const changed: ReportingDescriptor[] = JSON.parse(formatSarif(validatePaths(['examples']), opts)).runs[0].tool.driver.rules;
      expect(changed.every((r) => r.helpUri === `https://git.example.org/aisite/docs/rules.md#${r.id.toLowerCase()}`)).toBe(true);
    } finally {
      if (before === undefined) delete process.env[RULES_DOC_URL_VARIABLE];
      else process.env[RULES_DOC_URL_VARIABLE] = before;
    }
  });
});
