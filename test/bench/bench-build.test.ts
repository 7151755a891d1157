import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const COMPILED = path.join(ROOT, 'dist', 'bench', 'bench-build.js');

/** The benched build's paths as the compiled bench sees them, with `env` added. */
function paths(env: Record<string, string>): { build: string; bin: string; main: string } {
  const r = spawnSync(
    process.execPath,
    [
      '-e',
      `const b = require(${JSON.stringify(COMPILED)}); console.log(JSON.stringify({ build: b.BENCH_BUILD, bin: b.BENCH_BIN, main: b.benchCliModule('main') }))`,
    ],
    { encoding: 'utf8', env: { ...process.env, AISITE_BENCH_BUILD: '', ...env } },
  );
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { build: string; bin: string; main: string };
}

describe('the benched build', () => {
  test('is this checkout by default, whose installed CLI exists', () => {
    const p = paths({});
    expect(p.build).toBe(path.resolve(ROOT));
    expect(fs.existsSync(p.bin)).toBe(true);
    expect(fs.existsSync(p.main)).toBe(true);
  });

  test('is the checkout AISITE_BENCH_BUILD names', () => {
    const p = paths({ AISITE_BENCH_BUILD: '/tmp/aisite-before' });
    expect(p).toEqual({ build: '/tmp/aisite-before', bin: '/tmp/aisite-before/bin/aisite.js', main: '/tmp/aisite-before/dist/cli/main.js' });
  });
});
