/**
 * bin/compile-cache.js: V8's code cache of each module kept between runs (aisite's own
 * on Node before 22.1, Node's own after). Each test runs a small program in a child
 * process with the cache in a folder of its own.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const HOOK = path.join(__dirname, '..', '..', 'bin', 'compile-cache.js');

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aisite-compile-cache-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Runs `node -e` with the hook enabled and a module `mod.js` required; returns its stdout. */
function run(env: Record<string, string> = {}): string {
  const code = `require(${JSON.stringify(HOOK)}).enable(); process.stdout.write(String(require(${JSON.stringify(path.join(tmp, 'mod.js'))})()))`;
  const r = spawnSync(process.execPath, ['-e', code], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: tmp, XDG_CACHE_HOME: path.join(tmp, 'cache'), ...env },
  });
  expect(r.stderr).toBe('');
  return r.stdout;
}

const cached = (): string[] => {
  const base = path.join(tmp, 'cache', 'aisite', 'compile-cache');
  return fs.existsSync(base) ? fs.readdirSync(base).flatMap((v) => fs.readdirSync(path.join(base, v))) : [];
};

describe('the compile cache', () => {
  test('a run leaves a cache entry per module, and the next run gives the same result', () => {
    fs.writeFileSync(path.join(tmp, 'mod.js'), 'module.exports = () => 40 + 2;\n');
    expect(run()).toBe('42');
    expect(cached().length).toBeGreaterThan(0);
    expect(run()).toBe('42');
  });

  test('an edited module of the same length runs its new code, never a stale cache', () => {
    fs.writeFileSync(path.join(tmp, 'mod.js'), 'module.exports = () => 40 + 2;\n');
    expect(run()).toBe('42');
    fs.writeFileSync(path.join(tmp, 'mod.js'), 'module.exports = () => 50 + 3;\n');
    expect(run()).toBe('53');
  });

  test('a module with a #! line is read as Node reads it', () => {
    fs.writeFileSync(path.join(tmp, 'mod.js'), '#!/usr/bin/env node\nmodule.exports = () => require.resolve("./mod.js") === __filename;\n');
    expect(run()).toBe('true');
    expect(run()).toBe('true');
  });

  test('NODE_DISABLE_COMPILE_CACHE=1 writes no cache', () => {
    fs.writeFileSync(path.join(tmp, 'mod.js'), 'module.exports = () => 1;\n');
    expect(run({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBe('1');
    expect(cached()).toEqual([]);
  });

  test('a cache folder others can write to is not used', () => {
    fs.writeFileSync(path.join(tmp, 'mod.js'), 'module.exports = () => 1;\n');
    const dir = path.join(tmp, 'cache', 'aisite', 'compile-cache', `${process.version}-${process.arch}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.chmodSync(dir, 0o777);
    expect(run()).toBe('1');
    expect(cached()).toEqual([]);
  });
});
