import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runValidate, ValidateArgs } from '../../../cli/commands/validate';
import { bufferedContext } from '../../../cli/context';

const args = (over: Partial<ValidateArgs>): ValidateArgs => ({ paths: ['examples'], format: 'text', strict: false, ...over });
const ONE_WARNING = 'examples/haenam-national-ai-center.yaml';

describe('runValidate', () => {
  test('warnings alone pass without --strict', () => {
    expect(runValidate(args({ paths: [ONE_WARNING] }), bufferedContext())).toBe(0);
  });

  test('warnings fail with --strict', () => {
    expect(runValidate(args({ paths: [ONE_WARNING], strict: true }), bufferedContext())).toBe(1);
  });

  test('text output is grouped under the file name', () => {
    const ctx = bufferedContext();
    runValidate(args({ paths: ['test/fixtures/sites/two-problems.yaml'] }), ctx);
    const lines = ctx.out.split('\n');
    expect(lines[0]).toBe('test/fixtures/sites/two-problems.yaml');
    expect(lines[1]).toMatch(/^\s+9:\d+\s+error\s+AIS201/);
  });

  test('colors appear on a TTY', () => {
    const ctx = bufferedContext({}, true);
    runValidate(args({ paths: [ONE_WARNING] }), ctx);
    expect(ctx.out).toContain('\u001b[');
  });

  test('NO_COLOR turns colors off on a TTY', () => {
    const ctx = bufferedContext({ NO_COLOR: '1' }, true);
    runValidate(args({ paths: [ONE_WARNING] }), ctx);
    expect(ctx.out).not.toContain('\u001b[');
  });

  test('GitHub Actions annotations are printed when GITHUB_ACTIONS=true', () => {
    const ctx = bufferedContext({ GITHUB_ACTIONS: 'true' });
    runValidate(args({ paths: ['test/fixtures/sites/two-problems.yaml'] }), ctx);
    expect(ctx.out).toMatch(/^::error file=test\/fixtures\/sites\/two-problems\.yaml,line=9,col=\d+,.*title=AIS201 cabinet-power-budget::/m);
  });

  test('annotations go to stderr when stdout carries a machine format', () => {
    const ctx = bufferedContext({ GITHUB_ACTIONS: 'true' });
    runValidate(args({ paths: ['test/fixtures/sites/two-problems.yaml'], format: 'json' }), ctx);
    expect(() => JSON.parse(ctx.out)).not.toThrow();
    expect(ctx.err).toMatch(/^::error /m);
  });

  test('--output writes the report to a file and nothing to stdout', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-out-'));
    const file = path.join(dir, 'report.json');
    const ctx = bufferedContext();
    runValidate(args({ format: 'json', output: file }), ctx);
    expect(ctx.out).toBe('');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).ok).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('runValidate with suppressions', () => {
  const ACCEPTED = 'test/fixtures/sites/accepted.yaml';
  const BEFORE = { AISITE_TODAY: '2027-01-01' };

  test('suppressed findings pass, even with --strict', () => {
    expect(runValidate(args({ paths: [ACCEPTED], strict: true }), bufferedContext(BEFORE))).toBe(0);
  });

  test('--no-suppressions audits as if there were none: the findings count and fail', () => {
    const ctx = bufferedContext(BEFORE);
    expect(runValidate(args({ paths: [ACCEPTED], suppressions: false }), ctx)).toBe(1);
    expect(ctx.out).toMatch(/error\s+AIS201/);
    expect(ctx.out).not.toContain('suppressed');
  });

  test('after AISITE_TODAY passes expires, the finding fails again and AIS953 says so', () => {
    const ctx = bufferedContext({ AISITE_TODAY: '2027-07-01' });
    expect(runValidate(args({ paths: [ACCEPTED] }), ctx)).toBe(1);
    expect(ctx.out).toMatch(/error\s+AIS201/);
    expect(ctx.out).toContain('AIS953  the suppression of AIS201 must be unexpired to apply, but it expired on 2027-06-30 (today is 2027-07-01)');
    expect(ctx.out).toContain('1 finding suppressed; validate --show-suppressed lists them');
  });

  test('--show-suppressed lists them in the text report', () => {
    const ctx = bufferedContext(BEFORE);
    runValidate(args({ paths: [ACCEPTED], showSuppressed: true }), ctx);
    expect(ctx.out).toContain('reason: inference only, no collective traffic');
  });

  test('--show-suppressed adds them to the GitHub annotations as notices', () => {
    const ctx = bufferedContext({ ...BEFORE, GITHUB_ACTIONS: 'true' });
    runValidate(args({ paths: [ACCEPTED], showSuppressed: true, format: 'json' }), ctx);
    expect(ctx.err.split('\n').filter((l) => l.startsWith('::'))).toEqual([
      expect.stringMatching(
        /^::notice file=test\/fixtures\/sites\/accepted\.yaml,line=19,.*title=AIS201 cabinet-power-budget \(suppressed\)::.*Suppressed: the clinic's 5 kW feed/,
      ),
      expect.stringMatching(/^::notice .*title=AIS505 .*\(suppressed\)::/),
    ]);
  });

  test('an AISITE_TODAY that is not a date is a usage error', () => {
    expect(() => runValidate(args({ paths: [ACCEPTED] }), bufferedContext({ AISITE_TODAY: '2027/01/01' }))).toThrow(
      "AISITE_TODAY must be a date YYYY-MM-DD, but '2027/01/01' was given",
    );
  });
});
