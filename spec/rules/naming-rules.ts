import { pointer } from '../load/source-document';
import { ResolvedSite } from '../model/resolved-site';
import { mustBe, q, SetRule, SiteRule } from './rule';

/** Lists of named things whose names must be unique within a site. */
function* namedLists(site: ResolvedSite): Generator<{ what: string; path: string; names: string[] }> {
  const s = site.spec.spec;
  yield { what: 'cabinet', path: pointer('spec', 'cabinets'), names: s.cabinets.map((c) => c.name) };
  for (const [i, c] of s.cabinets.entries()) {
    yield { what: `node group in cabinet ${q(c.name)}`, path: pointer('spec', 'cabinets', i, 'nodeGroups'), names: c.nodeGroups.map((g) => g.name) };
  }
  yield { what: 'fabric', path: pointer('spec', 'fabrics'), names: (s.fabrics ?? []).map((f) => f.name) };
  yield { what: 'pool', path: pointer('spec', 'pools'), names: (s.pools ?? []).map((p) => p.name) };
  yield { what: 'tenant', path: pointer('spec', 'tenants'), names: (s.tenants ?? []).map((t) => t.name) };
  yield { what: 'uplink', path: pointer('spec', 'uplinks'), names: (s.uplinks ?? []).map((u) => u.name) };
}

export const NAMING_RULES: readonly SiteRule[] = [
  {
    code: 'AIS304',
    rule: 'unique-names',
    severity: 'error',
    scope: 'site',
    summary: 'Cabinets, node groups, fabrics, pools, tenants and uplinks have unique names.',
    check(site, report) {
      for (const list of namedLists(site)) {
        const first = new Map<string, number>();
        list.names.forEach((name, i) => {
          const j = first.get(name);
          if (j === undefined) { first.set(name, i); return; }
          report(`${list.path}/${i}/name`,
            mustBe(`each ${list.what} name`, 'unique', `${q(name)} (already used by entry ${j})`, 'was given again'),
            `rename one of the two; names become Docker object names and labels`);
        });
      }
    },
  },
];

export const SITE_SET_NAMING_RULES: readonly SetRule[] = [
  {
    code: 'AIS305',
    rule: 'unique-site-names',
    severity: 'error',
    scope: 'set',
    summary: 'metadata.name is unique across all given sites.',
    check(sites, report) {
      const first = new Map<string, ResolvedSite>();
      for (const site of sites) {
        const prev = first.get(site.name);
        if (!prev) { first.set(site.name, site); continue; }
        const at = prev.doc.locate('/metadata/name');
        report(site, '/metadata/name',
          mustBe('metadata.name', 'unique across sites', `${q(site.name)} (also at ${at.file}:${at.line}:${at.column})`, 'was given again'),
          'rename one of the sites; site names key Terraform stacks and Docker labels');
      }
    },
  },
];
