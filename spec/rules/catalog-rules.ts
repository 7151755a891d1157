import { suggestion } from '../did-you-mean';
import { mustBe, q, SiteRule } from './rule';

export const CATALOG_RULES: readonly SiteRule[] = [
  {
    code: 'AIS301',
    rule: 'unknown-accelerator',
    severity: 'error',
    scope: 'site',
    summary: 'Node groups name an accelerator in the catalog.',
    check(site, report) {
      for (const cab of site.cabinets) {
        for (const g of cab.nodeGroups) {
          if (g.accelerator) continue;
          const ids = site.catalog.acceleratorIds();
          report(`${g.path}/accelerator`,
            mustBe(`the accelerator of node group ${q(g.ref)}`, 'an id from the catalog', q(g.spec.accelerator)) + '.' + suggestion(g.spec.accelerator, ids),
            `use one of ${ids.join(', ')}, or add your own in an AcceleratorCatalog document`);
        }
      }
    },
  },
  {
    code: 'AIS302',
    rule: 'unknown-server-profile',
    severity: 'error',
    scope: 'site',
    summary: 'Node groups name a server profile in the catalog.',
    check(site, report) {
      for (const cab of site.cabinets) {
        for (const g of cab.nodeGroups) {
          if (g.profile) continue;
          const given = g.spec.serverProfile ?? g.accelerator?.defaultServerProfile;
          if (!given) {
            if (!g.accelerator) continue; // AIS301 says it
            report(g.path, mustBe(`node group ${q(g.ref)}`, 'given a serverProfile', 'none', 'was given (its accelerator has no default)'),
              `add serverProfile: one of ${site.catalog.profileIds().join(', ')}`, { key: true });
            continue;
          }
          const ids = site.catalog.profileIds();
          report(g.spec.serverProfile ? `${g.path}/serverProfile` : `${g.path}/accelerator`,
            mustBe(`the server profile of node group ${q(g.ref)}`, 'an id from the catalog', q(given)) + '.' + suggestion(given, ids),
            `use one of ${ids.join(', ')}, or add your own in an AcceleratorCatalog document`);
        }
      }
    },
  },
  {
    code: 'AIS303',
    rule: 'server-fits-accelerators',
    severity: 'error',
    scope: 'site',
    summary: 'A server profile takes the node group\'s accelerators (count and form factor).',
    check(site, report) {
      for (const cab of site.cabinets) {
        for (const g of cab.nodeGroups) {
          const p = g.profile;
          const a = g.accelerator;
          if (!p || !a) continue;
          if (g.spec.acceleratorsPerNode > p.maxAccelerators) {
            report(`${g.path}/acceleratorsPerNode`,
              mustBe(`acceleratorsPerNode of ${q(g.ref)}`, `at most ${p.maxAccelerators} (what server profile ${q(p.id)} holds)`, String(g.spec.acceleratorsPerNode)),
              `lower acceleratorsPerNode to ${p.maxAccelerators}, or choose a larger serverProfile`);
          }
          if (p.formFactors && !p.formFactors.includes(a.formFactor)) {
            report(`${g.path}/${g.spec.serverProfile ? 'serverProfile' : 'accelerator'}`,
              mustBe(`the accelerator form factor of ${q(g.ref)}`, `one server profile ${q(p.id)} takes (${p.formFactors.join(', ')})`, `${a.formFactor} (${a.id})`, 'was given'),
              `choose a serverProfile for ${a.formFactor} accelerators`);
          }
        }
      }
    },
  },
];
