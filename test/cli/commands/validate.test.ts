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
