import '@microsoft/jest-sarif';
import { formatSarif } from '../../../cli/format/sarif';
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
