import { Fabric } from '../site-types.generated';
import { ResolvedNodeGroup, ResolvedSite } from './resolved-site';

/** Node groups attached to a fabric: the listed ones, or all of the site's. */
export function attachedGroups(site: ResolvedSite, fabric: Fabric): ResolvedNodeGroup[] {
  if (!fabric.nodeGroups) return [...site.nodeGroups.values()];
  return fabric.nodeGroups.map((r) => site.nodeGroups.get(r)).filter((g): g is ResolvedNodeGroup => g !== undefined);
}
