import { SitesDiff } from '../../../spec/diff/site-diff';

/** The version of the JSON shape (docs/diff-json.md); raised when a field changes meaning or goes. */
export const DIFF_JSON_SCHEMA = 'aisite.dev/diff/v1';

/** What the two sides were: paths, or a git revision and the working tree. */
export interface DiffJsonSides {
  readonly before: string;
  readonly after: string;
}

/** The diff as JSON: `schema`, `aisite` (version), `before`, `after`, then the diff's own fields. */
export function diffJson(diff: SitesDiff, sides: DiffJsonSides, version: string): string {
  return JSON.stringify({ schema: DIFF_JSON_SCHEMA, aisite: version, before: sides.before, after: sides.after, ...diff }, null, 2) + '\n';
}
