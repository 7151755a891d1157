import * as fs from 'fs';
import { parse } from 'yaml';
import { UsageError } from '../../spec/errors';
import { failsValidation } from '../../spec/findings';
import { parseSource } from '../../spec/load/load-files';
import { Site, Suppression } from '../../spec/site-types.generated';
import { currentDate, isCalendarDate } from '../../spec/suppressions';
import { validateDocuments, ValidateOptions, validatePaths, ValidationResult } from '../../spec/validate';
import { codes, mdcSite, only, toYaml } from '../helpers/site-fixture';

const FIXTURE = 'test/fixtures/sites/suppressed.yaml';
const TODAY = { today: '2027-01-01' };

/** The small valid MDC with two findings: AIS201 (error, cabinet cab-a) and AIS505 (warning, fabric compute). */
function twoFindings(suppressions?: Suppression[]): Site {
  const site = mdcSite();
  site.spec.cabinets[0].powerBudgetKw = 5;
  site.spec.fabrics![0].oversubscription = 2;
  if (suppressions) site.metadata.suppressions = suppressions;
  return site;
}

function validate(doc: object, opts: ValidateOptions = TODAY, ...more: object[]): ValidationResult {
  const documents = [doc, ...more].flatMap((d, i) => parseSource(`doc-${i + 1}.yaml`, toYaml(d).text).documents);
  return validateDocuments(documents, [], opts);
}

describe('a suppression with a reason', () => {
  test('moves the finding of its code from the findings to the suppressed list, with the reason', () => {
    const r = validate(twoFindings([{ code: 'AIS505', reason: 'storage traffic only' }]));
    expect(codes(r.findings)).toEqual(['AIS201']);
    expect(r.suppressed.map((f) => [f.code, f.suppression.reason])).toEqual([['AIS505', 'storage traffic only']]);
  });

  test('points at where it is written', () => {
    const r = validatePaths([FIXTURE], TODAY);
    const share = r.suppressed.find((f) => f.code === 'AIS802')!;
    expect(share.suppression.path).toBe('/metadata/suppressions/0');
    expect(share.suppression.location).toMatchObject({ file: FIXTURE, line: 9, column: 7 });
  });

  test('accepts an error too: the site no longer fails, even with strict', () => {
    const r = validate(
      twoFindings([
        { code: 'AIS201', reason: 'a 5 kW feed until the new PDU' },
        { code: 'AIS505', reason: 'storage traffic only' },
      ]),
    );
    expect(r.findings).toEqual([]);
    expect(failsValidation(r.findings, true)).toBe(false);
  });

  test('leaves the findings of other codes alone', () => {
    const r = validate(twoFindings([{ code: 'AIS201', reason: 'a 5 kW feed until the new PDU' }]));
    expect(codes(r.findings)).toEqual(['AIS505']);
  });

  test('is applied only when enabled (--no-suppressions audits as if there were none)', () => {
    const r = validate(twoFindings([{ code: 'AIS505', reason: 'storage traffic only' }, { code: 'AIS999' }]), { ...TODAY, enabled: false });
    expect(codes(r.findings).sort()).toEqual(['AIS201', 'AIS505']);
    expect(r.suppressed).toEqual([]);
  });

  test('applies to its own site only', () => {
    const other = twoFindings();
    other.metadata.name = 'other-site';
    other.spec.fabrics![0].subnet = '10.41.0.0/24';
    other.spec.fabrics![1].subnet = '10.41.1.0/24';
    const r = validate(twoFindings([{ code: 'AIS505', reason: 'storage traffic only' }]), TODAY, other);
    expect(r.findings.filter((f) => f.code === 'AIS505').map((f) => f.site)).toEqual(['other-site']);
    expect(r.suppressed.map((f) => f.site)).toEqual(['test-site-01']);
  });
});

describe('a target', () => {
  test('matches a finding whose JSON path lies inside the named cabinet', () => {
    const r = validate(twoFindings([{ code: 'AIS201', target: 'cab-a', reason: 'a 5 kW feed until the new PDU' }]));
    expect(codes(r.suppressed)).toEqual(['AIS201']);
  });

  test('matches a finding whose message names it (AIS502 speaks of the node group at the fabric)', () => {
    const r = validatePaths([FIXTURE], TODAY);
    expect(r.suppressed.filter((f) => f.code === 'AIS502').map((f) => f.message)).toEqual([expect.stringContaining("'npu-rack/rngd'")]);
    expect(r.findings.filter((f) => f.code === 'AIS502').map((f) => f.message)).toEqual([expect.stringContaining("'npu-rack/rebel'")]);
  });

  test('does not match a finding about another object of the same code', () => {
    const site = twoFindings([{ code: 'AIS505', target: 'mgmt', reason: 'x' }]);
    const r = validate(site);
    expect(codes(r.findings)).toContain('AIS505');
    expect(only(r.findings, 'AIS951').message).toBe(
      "the suppression of AIS505 on 'mgmt' must be matched by a finding of site 'test-site-01', but none was found",
    );
  });

  test('that names no object of the site is a warning with a did-you-mean, and suppresses nothing', () => {
    const r = validate(twoFindings([{ code: 'AIS201', target: 'cab-b', reason: 'x' }]));
    const f = only(r.findings, 'AIS951');
    expect(f.message).toBe(
      "the target of the suppression of AIS201 must be a cabinet, cabinet/node group, fabric, pool or tenant of site 'test-site-01', but 'cab-b' was given. Did you mean 'cab-a'?",
    );
    expect(f.path).toBe('/metadata/suppressions/0/target');
    expect(codes(r.findings)).toContain('AIS201');
  });

  test('may name a pool, a tenant or a cabinet/node group', () => {
    const site = twoFindings();
    site.spec.cabinets[0].nodeGroups.push({ name: 'spare', count: 1, accelerator: 'furiosa-rngd', acceleratorsPerNode: 8 });
    site.spec.pools!.push({ name: 'spare', nodeGroups: ['cab-a/spare'] });
    site.metadata.suppressions = [
      { code: 'AIS607', target: 'spare', reason: 'kept for a tenant that signs next month' },
      { code: 'AIS605', target: 'radiology-ai', reason: 'x' },
      { code: 'AIS201', target: 'cab-a/npu', reason: 'x' },
    ];
    site.spec.tenants![0].limit = 8;
    const r = validate(site);
    expect(codes(r.suppressed).sort()).toEqual(['AIS605', 'AIS607']);
    // The power finding is about the cabinet, not inside its node group, and its message does not name it.
    expect(only(r.findings, 'AIS951').message).toContain("AIS201 on 'cab-a/npu'");
  });
});

describe('a target shared by two objects', () => {
  test('a name given to a fabric and a pool matches findings about either', () => {
    const site = twoFindings([
      { code: 'AIS505', target: 'compute', reason: 'inference only' },
      { code: 'AIS607', target: 'compute', reason: 'a tenant signs next month' },
    ]);
    site.spec.cabinets[0].nodeGroups.push({ name: 'spare', count: 1, accelerator: 'furiosa-rngd', acceleratorsPerNode: 8 });
    site.spec.pools!.push({ name: 'compute', nodeGroups: ['cab-a/spare'] });
    const r = validate(site);
    expect(r.suppressed.map((f) => [f.code, f.path])).toEqual([
      ['AIS505', '/spec/fabrics/0/oversubscription'],
      ['AIS607', '/spec/pools/1/name'],
    ]);
  });
});

describe('findings about suppressions', () => {
  test('a suppression without a reason is an error (AIS950) and suppresses nothing', () => {
    const r = validate(twoFindings([{ code: 'AIS505' }]));
    const f = only(r.findings, 'AIS950');
    expect(f.severity).toBe('error');
    expect(f.message).toBe('the suppression of AIS505 must be given with a reason, but none was given');
    expect(f.path).toBe('/metadata/suppressions/0');
    expect(codes(r.findings)).toContain('AIS505');
  });

  test('a blank reason is an error at the reason', () => {
    const f = only(validate(twoFindings([{ code: 'AIS505', reason: '   ' }])).findings, 'AIS950');
    expect(f.path).toBe('/metadata/suppressions/0/reason');
    expect(f.message).toContain('but an empty one was given');
  });

  test('a suppression that matches nothing is a warning (AIS951) at its line', () => {
    const r = validatePaths([FIXTURE], TODAY);
    const f = only(r.findings, 'AIS951');
    expect(f.severity).toBe('warning');
    expect(f.location).toMatchObject({ file: FIXTURE, line: 15 });
  });

  test('a second suppression of the same finding matches nothing (the first one takes it)', () => {
    const r = validate(
      twoFindings([
        { code: 'AIS505', reason: 'a' },
        { code: 'AIS505', reason: 'b' },
      ]),
    );
    expect(r.suppressed.map((f) => f.suppression.reason)).toEqual(['a']);
    expect(only(r.findings, 'AIS951').path).toBe('/metadata/suppressions/1');
  });

  test.each([
    ['AIS103', 'a schema error'],
    ['AIS004', 'a file error'],
    ['AIS951', 'a suppression finding'],
  ])('%s (%s) cannot be suppressed: AIS952, an error', (code) => {
    const f = only(validate(twoFindings([{ code, reason: 'x' }])).findings, 'AIS952');
    expect(f.severity).toBe('error');
    expect(f.message).toBe(`the code of a suppression must be one that can be suppressed, but ${code}, a file, schema or suppression finding, was given`);
    expect(f.path).toBe('/metadata/suppressions/0/code');
  });

  test('a code aisite never reports is AIS952 with a did-you-mean', () => {
    const f = only(validate(twoFindings([{ code: 'AIS506', reason: 'x' }])).findings, 'AIS952');
    expect(f.message).toMatch(/^the code of a suppression must be a code aisite reports, but 'AIS506' was given\. Did you mean AIS\d{3}\?$/);
  });

  test('a suppression cannot silence the findings about suppressions', () => {
    const r = validate(twoFindings([{ code: 'AIS505' }, { code: 'AIS950', reason: 'no' }]));
    expect(codes(r.findings)).toEqual(expect.arrayContaining(['AIS950', 'AIS952']));
    expect(r.suppressed).toEqual([]);
  });

  test('a suppression written in an AcceleratorCatalog accepts nothing: AIS951', () => {
    const catalog = {
      apiVersion: 'aisite.dev/v1alpha1',
      kind: 'AcceleratorCatalog',
      metadata: { name: 'ours', suppressions: [{ code: 'AIS307', reason: 'x' }] },
      spec: {},
    };
    const f = only(validate(mdcSite(), TODAY, catalog).findings, 'AIS951');
    expect(f.message).toBe('the suppression of AIS307 must be in the metadata of a site, but an AcceleratorCatalog was given');
    expect(f.location.file).toBe('doc-2.yaml');
  });

  test('a suppression without a code is a schema error', () => {
    const site = twoFindings();
    (site.metadata as { suppressions: unknown }).suppressions = [{ reason: 'x' }];
    expect(codes(validate(site).findings)).toContain('AIS102');
  });
});

describe('expiry', () => {
  const expiring = (expires: string) => twoFindings([{ code: 'AIS505', reason: 'until the second switch arrives', expires }]);

  test('a suppression applies through its expires day', () => {
    expect(codes(validate(expiring('2027-01-01'), { today: '2027-01-01' }).suppressed)).toEqual(['AIS505']);
  });

  test('after its expires day the finding counts again, and AIS953 says when it expired', () => {
    const r = validate(expiring('2027-01-01'), { today: '2027-01-02' });
    expect(r.suppressed).toEqual([]);
    expect(codes(r.findings)).toContain('AIS505');
    const f = only(r.findings, 'AIS953');
    expect(f.severity).toBe('warning');
    expect(f.message).toBe(
      'the suppression of AIS505 must be unexpired to apply, but it expired on 2027-01-01 (today is 2027-01-02): its findings count again',
    );
  });

  test('an expires that is no calendar day is an error', () => {
    const f = only(validate(expiring('2027-02-30')).findings, 'AIS953');
    expect(f.severity).toBe('error');
    expect(f.message).toBe('expires of the suppression of AIS505 must be a calendar date, but 2027-02-30 was given');
  });

  test('an expires that is not YYYY-MM-DD is a schema error', () => {
    expect(codes(validate(expiring('30.06.2027')).findings)).toContain('AIS106');
  });
});

describe('today', () => {
  test('is AISITE_TODAY when set', () => {
    expect(currentDate({ AISITE_TODAY: '2030-12-31' })).toBe('2030-12-31');
  });

  test('is the UTC date of now otherwise', () => {
    expect(currentDate({}, new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
  });

  test('an AISITE_TODAY that is not a date is a usage error naming the variable', () => {
    expect(() => currentDate({ AISITE_TODAY: 'tomorrow' })).toThrow(UsageError);
    expect(() => currentDate({ AISITE_TODAY: 'tomorrow' })).toThrow("AISITE_TODAY must be a date YYYY-MM-DD, but 'tomorrow' was given");
  });

  test('a given today that is not a date is a usage error', () => {
    expect(() => validate(mdcSite(), { today: '2027-13-01' })).toThrow(UsageError);
  });

  test.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-6-30', false],
    ['2027-06-31', false],
  ])('isCalendarDate(%s) is %s', (s, ok) => {
    expect(isCalendarDate(s)).toBe(ok);
  });
});

describe('the README example', () => {
  test('suppresses AIS802 and the AIS502 of npu-rack/rngd, and no more, in a site that has those findings', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Suppressions (`metadata.suppressions`)'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)![1];
    const suppressions = (parse(block) as Site).metadata.suppressions!;
    const site = parse(fs.readFileSync(FIXTURE, 'utf8')) as Site;
    site.metadata.suppressions = suppressions;
    const r = validate(site);
    expect(r.suppressed.map((f) => [f.code, f.suppression.target])).toEqual([
      ['AIS502', 'npu-rack/rngd'],
      ['AIS802', undefined],
    ]);
    expect(codes(r.findings)).toEqual(['AIS502']);
  });
});
