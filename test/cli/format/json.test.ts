import { formatJson } from '../../../cli/format/json';
import { parseSource } from '../../../spec/load/load-files';
import { validateDocuments, validatePaths } from '../../../spec/validate';
import { mdcSite, toYaml } from '../../helpers/site-fixture';

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

  test('each site lists its node groups with the server profile chosen for them', () => {
    const site = mdcSite();
    Object.assign(site.spec.cabinets[0].nodeGroups[0], { accelerator: 'rebellions-atom', acceleratorsPerNode: 8, rackUnitsPerNode: 4 });
    const src = toYaml(site);
    const result = validateDocuments(parseSource(src.file, src.text).documents);
    const report = JSON.parse(formatJson(result, opts));
    expect(report.ok).toBe(true);
    const kw = (8 * result.catalog.accelerator('rebellions-atom')!.tdpW) / 1000 + result.catalog.profile('pcie-4u-8')!.hostPowerKw;
    expect(report.sites[0].capacity.byNodeGroup).toEqual([
      {
        ref: 'cab-a/npu',
        accelerator: 'rebellions-atom',
        acceleratorsPerNode: 8,
        servers: 4,
        accelerators: 32,
        serverProfile: 'pcie-4u-8',
        serverProfileChoice: 'chosen',
        rackUnitsPerNode: 4,
        powerKwPerNode: expect.closeTo(kw, 6),
      },
    ]);
  });

  test('findings carry file, line and column', () => {
    const report = JSON.parse(formatJson(validatePaths(['test/fixtures/sites/two-problems.yaml']), opts));
    expect(report.findings[0].location).toEqual(expect.objectContaining({ file: 'test/fixtures/sites/two-problems.yaml', line: 9 }));
  });
});

describe('formatJson with suppressions', () => {
  const result = () => validatePaths(['test/fixtures/sites/accepted.yaml'], { today: '2027-01-01' });

  test('suppressed findings are listed apart, each with its suppression, and counted', () => {
    const report = JSON.parse(formatJson(result(), opts));
    expect(report.findings).toEqual([]);
    expect(report.summary.suppressed).toBe(2);
    expect(
      report.suppressed.map((f: { code: string; suppression: { reason: string; expires?: string; target?: string } }) => [
        f.code,
        f.suppression.target,
        f.suppression.expires,
      ]),
    ).toEqual([
      ['AIS201', 'cab-a', '2027-06-30'],
      ['AIS505', 'compute', undefined],
    ]);
    expect(report.suppressed[0].suppression.location).toEqual(expect.objectContaining({ file: 'test/fixtures/sites/accepted.yaml', line: 8, column: 7 }));
  });

  test('ok is true with strict when every finding is suppressed', () => {
    expect(JSON.parse(formatJson(result(), { ...opts, strict: true })).ok).toBe(true);
  });

  test('a report without suppressions has an empty list', () => {
    const report = JSON.parse(formatJson(validatePaths(['test/fixtures/sites/two-problems.yaml']), opts));
    expect([report.suppressed, report.summary.suppressed]).toEqual([[], 0]);
  });
});
