import { formatJson } from '../../../cli/format/json';
import { validatePaths } from '../../../spec/validate';

const opts = { strict: false, color: false, version: '0' };

describe('formatJson', () => {
  test('summarizes counts and ok', () => {
    const report = JSON.parse(formatJson(validatePaths(['test/fixtures/sites/two-problems.yaml']), opts));
    expect(report.ok).toBe(false);
    expect(report.summary.errors).toBeGreaterThanOrEqual(1);
    expect(report.summary.warnings).toBeGreaterThanOrEqual(1);
  });

  test('carries each site capacity', () => {
    const report = JSON.parse(formatJson(validatePaths(['examples']), opts));
    const hospital = report.sites.find((s: { name: string }) => s.name === 'daejeon-hospital-01');
    expect(hospital.capacity.accelerators).toBe(40);
  });

  test('findings carry file, line and column', () => {
    const report = JSON.parse(formatJson(validatePaths(['test/fixtures/sites/two-problems.yaml']), opts));
    expect(report.findings[0].location).toEqual(expect.objectContaining({ file: 'test/fixtures/sites/two-problems.yaml', line: 9 }));
  });
});
