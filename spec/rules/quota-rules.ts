import { suggestion } from '../did-you-mean';
import { pointer } from '../load/source-document';
import { poolAccelerators } from '../model/pool-size';
import { ResolvedSite } from '../model/resolved-site';
import { Pool } from '../site-types.generated';
import { mustBe, q, SiteRule } from './rule';

function poolsByName(site: ResolvedSite): Map<string, { pool: Pool; index: number }> {
  const m = new Map<string, { pool: Pool; index: number }>();
  (site.spec.spec.pools ?? []).forEach((pool, index) => {
    if (!m.has(pool.name)) m.set(pool.name, { pool, index });
  });
  return m;
}

export const QUOTA_RULES: readonly SiteRule[] = [
  {
    code: 'AIS601',
    rule: 'pool-node-group-reference',
    severity: 'error',
    scope: 'site',
    summary: 'A pool is made of node groups that exist.',
    check(site, report) {
      (site.spec.spec.pools ?? []).forEach((pool, pi) => {
        pool.nodeGroups.forEach((ref, i) => {
          if (site.nodeGroups.has(ref)) return;
          report(
            pointer('spec', 'pools', pi, 'nodeGroups', i),
            mustBe(`node groups of pool ${q(pool.name)}`, 'cabinet/nodeGroup references to this site', q(ref)) + '.' + suggestion(ref, site.nodeGroups.keys()),
            `use one of ${[...site.nodeGroups.keys()].join(', ')}`,
          );
        });
      });
    },
  },
  {
    code: 'AIS602',
    rule: 'node-group-in-one-pool',
    severity: 'error',
    scope: 'site',
    summary: 'A node group belongs to at most one pool (accelerators are not allocated twice).',
    check(site, report) {
      const owner = new Map<string, string>();
      (site.spec.spec.pools ?? []).forEach((pool, pi) => {
        pool.nodeGroups.forEach((ref, i) => {
          const prev = owner.get(ref);
          if (prev === undefined) {
            owner.set(ref, pool.name);
            return;
          }
          report(
            pointer('spec', 'pools', pi, 'nodeGroups', i),
            mustBe(`node group ${q(ref)}`, 'in one pool only', `pool ${q(pool.name)} (it is already in ${q(prev)})`, 'was given'),
            'remove it from one of the pools, or split the node group',
          );
        });
      });
    },
  },
  {
    code: 'AIS603',
    rule: 'tenant-pool-reference',
    severity: 'error',
    scope: 'site',
    summary: 'A tenant draws from a pool that exists.',
    check(site, report) {
      const pools = poolsByName(site);
      (site.spec.spec.tenants ?? []).forEach((t, i) => {
        if (pools.has(t.pool)) return;
        report(
          pointer('spec', 'tenants', i, 'pool'),
          mustBe(`the pool of tenant ${q(t.name)}`, 'a pool of this site', q(t.pool)) + '.' + suggestion(t.pool, pools.keys()),
          pools.size ? `use one of ${[...pools.keys()].join(', ')}` : 'declare the pool under spec.pools',
        );
      });
    },
  },
  {
    code: 'AIS604',
    rule: 'guaranteed-fits-pool',
    severity: 'error',
    scope: 'site',
    summary: "The guaranteed quotas of a pool's tenants add up to no more than its accelerators.",
    check(site, report) {
      for (const [name, { pool, index }] of poolsByName(site)) {
        const tenants = (site.spec.spec.tenants ?? []).filter((t) => t.pool === name);
        const total = tenants.reduce((s, t) => s + t.guaranteed, 0);
        const capacity = poolAccelerators(site, pool);
        if (total <= capacity) continue;
        report(
          pointer('spec', 'pools', index, 'name'),
          mustBe(
            `the guaranteed quotas of pool ${q(name)}`,
            `at most its ${capacity} accelerators`,
            `${total} (${tenants.map((t) => `${t.name} ${t.guaranteed}`).join(', ')})`,
            'are guaranteed',
          ),
          'lower guaranteed quotas, or add node groups to the pool',
        );
      }
    },
  },
  {
    code: 'AIS605',
    rule: 'limit-at-least-guaranteed',
    severity: 'error',
    scope: 'site',
    summary: "A tenant's limit is at least its guaranteed quota.",
    check(site, report) {
      (site.spec.spec.tenants ?? []).forEach((t, i) => {
        if (t.limit === undefined || t.limit >= t.guaranteed) return;
        report(
          pointer('spec', 'tenants', i, 'limit'),
          mustBe(`the limit of tenant ${q(t.name)}`, `at least its guaranteed ${t.guaranteed}`, String(t.limit)),
          `raise limit to ${t.guaranteed} or more, or lower guaranteed`,
        );
      });
    },
  },
  {
    code: 'AIS606',
    rule: 'limit-within-pool',
    severity: 'warning',
    scope: 'site',
    summary: "A tenant's limit is no more than its pool's accelerators.",
    check(site, report) {
      const pools = poolsByName(site);
      (site.spec.spec.tenants ?? []).forEach((t, i) => {
        const p = pools.get(t.pool);
        if (!p || t.limit === undefined) return;
        const capacity = poolAccelerators(site, p.pool);
        if (t.limit <= capacity) return;
        report(
          pointer('spec', 'tenants', i, 'limit'),
          mustBe(`the limit of tenant ${q(t.name)}`, `at most pool ${q(t.pool)}'s ${capacity} accelerators`, String(t.limit)),
          `lower limit to ${capacity}`,
        );
      });
    },
  },
  {
    code: 'AIS607',
    rule: 'pool-has-tenants',
    severity: 'info',
    scope: 'site',
    summary: 'Every pool has at least one tenant.',
    check(site, report) {
      const used = new Set((site.spec.spec.tenants ?? []).map((t) => t.pool));
      for (const [name, { index }] of poolsByName(site)) {
        if (used.has(name)) continue;
        report(
          pointer('spec', 'pools', index, 'name'),
          mustBe(`pool ${q(name)}`, 'used by a tenant', 'no tenant', 'draws from it'),
          'add a tenant with this pool, or remove the pool',
        );
      }
    },
  },
];
