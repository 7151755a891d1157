import { mostAcceleratorsFor, smallestProfileFor, takesFormFactor } from '../catalog/profile-choice';
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
          report(
            `${g.path}/accelerator`,
            mustBe(`the accelerator of node group ${q(g.ref)}`, 'an id from the catalog', q(g.spec.accelerator)) + '.' + suggestion(g.spec.accelerator, ids),
            `use one of ${ids.join(', ')}, or add your own in an AcceleratorCatalog document`,
          );
        }
      }
    },
  },
  {
    code: 'AIS302',
    rule: 'unknown-server-profile',
    severity: 'error',
    scope: 'site',
    summary: 'Node groups name a server profile in the catalog, or one can be chosen for them.',
    check(site, report) {
      for (const cab of site.cabinets) {
        for (const g of cab.nodeGroups) {
          if (g.profile) continue;
          const a = g.accelerator;
          if (g.profileId === undefined) {
            if (!a) continue; // AIS301 says it
            const most = mostAcceleratorsFor(site.catalog, a.formFactor);
            report(
              g.path,
              mustBe(
                `node group ${q(g.ref)}`,
                'given a serverProfile',
                'none',
                `was given, its accelerator has no default and ${most ? `no catalog profile holds ${g.spec.acceleratorsPerNode} ${a.formFactor} accelerators (at most ${most})` : `no catalog profile takes ${a.formFactor} accelerators`}`,
              ),
              most
                ? `lower acceleratorsPerNode to ${most}, or add a larger server profile in an AcceleratorCatalog document and name it in serverProfile`
                : `add a server profile for ${a.formFactor} accelerators in an AcceleratorCatalog document and name it in serverProfile`,
              { key: true },
            );
            continue;
          }
          const ids = site.catalog.profileIds();
          report(
            g.profileChoice === 'given' ? `${g.path}/serverProfile` : `${g.path}/accelerator`,
            mustBe(
              `the server profile of node group ${q(g.ref)}`,
              'an id from the catalog',
              q(g.profileId),
              g.profileChoice === 'given' ? 'was given' : `is the default of ${q(g.spec.accelerator)}`,
            ) +
              '.' +
              suggestion(g.profileId, ids),
            `use one of ${ids.join(', ')}, or add your own in an AcceleratorCatalog document`,
          );
        }
      }
    },
  },
  {
    code: 'AIS303',
    rule: 'server-fits-accelerators',
    severity: 'error',
    scope: 'site',
    summary: "A server profile takes the node group's accelerators (count and form factor).",
    check(site, report) {
      for (const cab of site.cabinets) {
        for (const g of cab.nodeGroups) {
          const p = g.profile;
          if (!p) continue;
          const a = g.accelerator;
          const n = g.spec.acceleratorsPerNode;
          // With the accelerator unknown (AIS301) its form factor is too, but the count is still checked.
          const fitting = a
            ? smallestProfileFor(site.catalog, { formFactor: a.formFactor, acceleratorsPerNode: n, rackUnitsPerNode: g.spec.rackUnitsPerNode })
            : undefined;
          const useFitting = fitting
            ? `use serverProfile: ${fitting.id} (${fitting.rackUnits}U, holds ${fitting.maxAccelerators} ${a?.formFactor} accelerators)`
            : undefined;
          if (n > p.maxAccelerators) {
            // Not given and nothing holds them: say what the whole catalog holds, not the default alone.
            const most = a && g.profileChoice !== 'given' && !fitting ? mostAcceleratorsFor(site.catalog, a.formFactor) : undefined;
            report(
              `${g.path}/acceleratorsPerNode`,
              mustBe(
                `acceleratorsPerNode of ${q(g.ref)}`,
                most !== undefined
                  ? `at most ${most} (the most any catalog server profile for ${a?.formFactor} accelerators holds)`
                  : `at most ${p.maxAccelerators} (what server profile ${q(p.id)} holds)`,
                String(n),
              ),
              most !== undefined
                ? `lower acceleratorsPerNode to ${most}, or add a larger server profile in an AcceleratorCatalog document`
                : useFitting
                  ? `${useFitting}, or lower acceleratorsPerNode to ${p.maxAccelerators}`
                  : `lower acceleratorsPerNode to ${p.maxAccelerators}, or choose a larger serverProfile`,
            );
          }
          if (a && !takesFormFactor(p, a.formFactor)) {
            report(
              `${g.path}/${g.profileChoice === 'given' ? 'serverProfile' : 'accelerator'}`,
              mustBe(
                `the accelerator form factor of ${q(g.ref)}`,
                `one server profile ${q(p.id)} takes (${(p.formFactors ?? []).join(', ')})`,
                `${a.formFactor} (${a.id})`,
                'was given',
              ),
              useFitting ?? `add a server profile for ${a.formFactor} accelerators in an AcceleratorCatalog document`,
            );
          }
        }
      }
    },
  },
];
