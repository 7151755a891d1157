import { Site } from '../site-types.generated';

/** The environment variable the pg backend reads its connection string from (Terraform's own). */
export const PG_CONN_ENV = 'PG_CONN_STR';

/** Where a site's Terraform state lives. */
export type StateBackendPlan = { readonly kind: 'local' } | { readonly kind: 'pg'; readonly schema: string };

/** The site's state backend with defaults applied: pg schemas default to aisite_<site>. */
export function stateBackendOf(site: Pick<Site, 'metadata' | 'spec'>): StateBackendPlan {
  const s = site.spec.state;
  if (s?.backend !== 'pg') return { kind: 'local' };
  return { kind: 'pg', schema: s.schema ?? defaultPgSchema(site.metadata.name) };
}

/** The PostgreSQL schema of a site's state when the spec names none. */
export function defaultPgSchema(site: string): string {
  return `aisite_${site.replace(/-/g, '_')}`.slice(0, 63);
}
