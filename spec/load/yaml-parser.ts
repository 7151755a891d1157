/**
 * The full YAML parser (`yaml`: source positions, syntax trees, a finding for every
 * problem), loaded on first use. Ordinary site files are read by js-yaml alone
 * (load-files.ts, the fast path), so a command that meets no finding and no anchor never
 * loads this one: that is about a quarter of `aisite validate`'s start-up
 * (docs/performance.md).
 */
let loaded: typeof import('yaml') | undefined;

export function yamlParser(): typeof import('yaml') {
  loaded ??= require('yaml') as typeof import('yaml');
  return loaded;
}
