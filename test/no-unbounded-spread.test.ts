/**
 * No spread of an array into a call's arguments (`xs.push(...ys)`, `Math.max(...ys)`):
 * with tens of thousands of elements it overflows the stack (RangeError, exit 70), as
 * `findings.push(...)` did for 1,000 sites sharing a subnet. Loops or `reduce` instead.
 * The few spreads left are over arrays with a fixed, small size, listed with the reason.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const FOLDERS = ['bench', 'cli', 'constructs', 'deploy', 'ops', 'spec', 'stacks', 'test'];
const SPREAD_INTO_CALL = /\b(?:push|unshift|max|min|apply|fromCharCode)\(\s*(?:[^()]*,\s*)?\.\.\./;

/** file → why its spread is bounded. */
const BOUNDED: Record<string, string> = {
  'spec/model/backbone.ts': 'the bandwidths of the two ends of one pair of sites',
  'cli/commands/rules.ts': "aisite's own rule table",
  'test/main.test.ts': 'the fixed list of source folders',
  'test/helpers/deploy-env.ts': 'the objects one test deploy leaves behind',
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(full);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

test('no source spreads an array into push, Math.max/min or apply, except the bounded ones listed', () => {
  const found: string[] = [];
  for (const file of FOLDERS.flatMap((f) => sources(path.join(ROOT, f)))) {
    const rel = path.relative(ROOT, file);
    if (rel === path.relative(ROOT, __filename)) continue;
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (SPREAD_INTO_CALL.test(line) && !(rel in BOUNDED)) found.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(found).toEqual([]);
});

test('the pattern finds the spreads it is meant to', () => {
  for (const bad of ['findings.push(...more);', "out.push('', ...lines);", 'Math.max(...xs.map((x) => x.n))', 'Math.min(0, ...ys)'])
    expect(bad).toMatch(SPREAD_INTO_CALL);
  for (const ok of ['[...a, ...b]', 'f({ ...props })', 'new Set([...xs])', 'for (const x of xs) out.push(x);']) expect(ok).not.toMatch(SPREAD_INTO_CALL);
});
