import { Pool } from '../site-types.generated';
import { ResolvedSite } from './resolved-site';

/** Accelerators in a pool: the sum over its (known) node groups, each counted once. */
export function poolAccelerators(site: Pick<ResolvedSite, 'nodeGroups'>, pool: Pick<Pool, 'nodeGroups'>): number {
  return [...new Set(pool.nodeGroups)].reduce((s, r) => s + (site.nodeGroups.get(r)?.accelerators ?? 0), 0);
}
