import { nodeGroupTargets, siteTarget } from '../model/swarm-target';
import { mustBe, q, SiteRule } from './rule';

/** Rules of `target: swarm` (pools as Docker Swarm services); 6xx, with the pools. */
export const SWARM_RULES: readonly SiteRule[] = [
  {
    code: 'AIS608',
    rule: 'swarm-node-group-in-pool',
    severity: 'warning',
    scope: 'site',
    summary: 'On a site with target swarm, every node group is in a pool (node groups in no pool stay containers).',
    check(site, report) {
      if (siteTarget(site.spec.spec) !== 'swarm') return;
      const pooled = nodeGroupTargets(site.spec.spec);
      for (const g of site.nodeGroups.values()) {
        if (pooled.has(g.ref)) continue;
        report(
          `${g.path}/name`,
          mustBe(`node group ${q(g.ref)}`, "in a pool to run as a swarm service (the site's target is swarm)", 'no pool', 'holds it') +
            '; it stays a container on the engine',
          `add ${g.ref} to a pool's nodeGroups, or set target: docker on the site`,
        );
      }
    },
  },
];
