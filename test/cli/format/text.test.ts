import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formatText } from '../../../cli/format/text';
import { validatePaths } from '../../../spec/validate';

const opts = { strict: false, color: false, version: '0' };

describe('formatText', () => {
  test('prints a fix line under each finding', () => {
    const out = formatText(validatePaths(['test/fixtures/sites/two-problems.yaml']), opts);
    expect(out).toMatch(/AIS201 .*must be at most its powerBudgetKw of 5 kW, but 9\.6 kW is drawn by its servers\n\s+fix: raise powerBudgetKw/);
  });

  test('ends with a failure summary when errors exist', () => {
    const out = formatText(validatePaths(['test/fixtures/sites/two-problems.yaml']), opts);
    expect(out.trimEnd().split('\n').pop()).toMatch(/^✖ 1 site in 1 file: \d+ errors?, \d+ warnings?/);
  });

  test('says --strict made warnings fail', () => {
    const out = formatText(validatePaths(['examples/haenam-national-ai-center.yaml']), { ...opts, strict: true });
    expect(out).toMatch(/--strict: warnings fail/);
  });

  test('a terminal escape sequence in a user-given value is printed escaped, with or without color', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-text-'));
    try {
      const file = path.join(dir, 'evil.yaml');
      fs.writeFileSync(file, 'apiVersion: aisite.dev/v1alpha1\nkind: MicroDataCenter\nmetadata:\n  name: "evil\\e[31mRED\\e[0m"\nspec:\n  cabinets: []\n');
      for (const color of [false, true]) {
        const out = formatText(validatePaths([file]), { ...opts, color });
        expect(out).toContain("but 'evil\\x1b[31mRED\\x1b[0m' was given");
        expect(out.replace(/\u001b\[(\d+)m/g, '')).not.toContain('\u001b');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('formatText with suppressions', () => {
  const ACCEPTED = 'test/fixtures/sites/accepted.yaml';
  const result = () => validatePaths([ACCEPTED], { today: '2027-01-01' });

  test('counts the suppressed findings in one line and says how to list them', () => {
    const out = formatText(result(), { ...opts, strict: true });
    expect(out).toContain('2 findings suppressed; validate --show-suppressed lists them\n');
    expect(out).not.toContain('AIS201');
  });

  test('a site whose only findings are suppressed is valid, even with strict', () => {
    expect(
      formatText(result(), { ...opts, strict: true })
        .trimEnd()
        .split('\n')
        .pop(),
    ).toBe('✔ 1 site in 1 file valid (0 errors, 0 warnings, 0 notes)');
  });

  test('--show-suppressed lists each with its place, reason and expiry', () => {
    const out = formatText(result(), { ...opts, showSuppressed: true });
    expect(out).toContain(`  ${ACCEPTED}:19:22  AIS201  the draw of cabinet 'cab-a' must be at most its powerBudgetKw of 5 kW`);
    expect(out).toContain(`reason: the clinic's 5 kW feed is replaced by a 10 kW one in June 2027 (until 2027-06-30), at ${ACCEPTED}:8:7`);
    expect(out).toContain('reason: inference only, no collective traffic, at');
    expect(out).not.toContain('--show-suppressed lists them');
  });

  test('says nothing about suppressions when there are none', () => {
    expect(formatText(validatePaths(['test/fixtures/sites/two-problems.yaml']), { ...opts, showSuppressed: true })).not.toContain('suppressed');
  });
});
