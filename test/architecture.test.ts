/**
 * The layering, enforced: arrows point down, cli → ops → deploy → stacks → constructs →
 * spec. Every import and require of every source file is read; a file that reaches up a
 * layer fails here, naming the file and what it imports. CLI commands reach the deploy
 * half only through operations (ops/): they may import deploy/ for types alone.
 */
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..');

/** Per layer: the folders and packages its files may not import. */
const FORBIDDEN: Record<string, readonly string[]> = {
  spec: ['cdktf', '@cdktf', 'constructs', 'constructs/', 'stacks/', 'deploy/', 'ops/', 'cli/'],
  constructs: ['stacks/', 'deploy/', 'ops/', 'cli/'],
  stacks: ['deploy/', 'ops/', 'cli/'],
  deploy: ['ops/', 'cli/'],
  ops: ['cli/'],
};

/** The site operations' command modules: they call one operation each, never deploy/ itself. */
const THIN_COMMANDS = ['plan', 'deploy', 'destroy', 'status', 'unlock', 'verify', 'synth'].map((c) => path.join(REPO, 'cli', 'commands', `${c}.ts`));

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** What a module specifier points at: `<top folder>/` inside the repo, else the package name. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier.startsWith('@') ? specifier.split('/')[0] : specifier.split('/')[0];
  const rel = path.relative(REPO, path.resolve(path.dirname(file), specifier));
  return `${rel.split(path.sep)[0]}/`;
}

const IMPORT = /(?:\bfrom\s+|\brequire\(\s*|\bimport\(\s*)'([^']+)'/g;
/** Imports that bring values, not only types (`import type` is erased). */
const VALUE_IMPORT = /^import\s+(?!type\b)[^;]*?\bfrom\s+'([^']+)'|\brequire\(\s*'([^']+)'/gm;

/** Every `layer file → specifier` that breaks the rules. */
function violations(): string[] {
  const found: string[] = [];
  for (const [layer, forbidden] of Object.entries(FORBIDDEN)) {
    for (const file of sources(path.join(REPO, layer))) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
        if (forbidden.includes(target(file, m[1]))) found.push(`${path.relative(REPO, file)} imports ${m[1]}`);
      }
    }
  }
  return found.sort();
}

/** Every thin command that imports values from deploy/ or stacks/ (only ops/ may). */
function thickCommands(): string[] {
  const found: string[] = [];
  for (const file of THIN_COMMANDS) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      const spec = m[1] ?? m[2];
      const t = target(file, spec);
      if (t === 'deploy/' || (t === 'stacks/' && !spec.endsWith('/defaults'))) found.push(`${path.relative(REPO, file)} imports ${spec}`);
    }
  }
  return found.sort();
}

test('the site commands call operations: no value import of deploy/ (or of stacks/ beyond its defaults)', () => {
  expect(thickCommands()).toEqual([]);
});

test('the thin-command rule sees a value import and lets a type import pass', () => {
  const sample = "import type { SiteStatus } from '../../deploy/status';\nimport { planSite } from '../../deploy/deploy';\n";
  expect([...sample.matchAll(VALUE_IMPORT)].map((m) => m[1] ?? m[2])).toEqual(['../../deploy/deploy']);
});

test('no layer imports a layer above it (spec: no cdktf; constructs: no stacks; stacks: no deploy; deploy: no cli)', () => {
  expect(violations()).toEqual([]);
});

test('the rule sees a violation: a relative import is resolved to its top folder', () => {
  expect(target(path.join(REPO, 'spec', 'model', 'x.ts'), '../../stacks/synth')).toBe('stacks/');
  expect(target(path.join(REPO, 'constructs', 'private', 'x.ts'), '../../spec/errors')).toBe('spec/');
  expect(target(path.join(REPO, 'spec', 'x.ts'), '@cdktf/provider-docker/lib/image')).toBe('@cdktf');
  expect(FORBIDDEN.spec).toContain(target(path.join(REPO, 'spec', 'x.ts'), 'cdktf'));
});
