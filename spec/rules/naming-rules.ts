import { pointer } from '../load/source-document';
import { backbonesOf } from '../model/backbone';
import { ResolvedSite } from '../model/resolved-site';
import { DockerName, SITE_ITSELF, siteDockerNames } from '../model/site-docker-names';
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
          if (j === undefined) {
            first.set(name, i);
            return;
          }
          report(
            `${list.path}/${i}/name`,
            mustBe(`each ${list.what} name`, 'unique', `${q(name)} (already used by entry ${j})`, 'was given again'),
            `rename one of the two; names become Docker object names and labels`,
          );
        });
      }
    },
  },
  {
    code: 'AIS308',
    rule: 'unique-docker-names',
    severity: 'error',
    scope: 'site',
    summary: 'The Docker names a site gives (containers, networks, volumes, services) are unique within it.',
    check(site, report) {
      const owned = siteDockerNames(site.spec).map((name) => ({ site, name }));
      for (const c of dockerNameCollisions(owned)) {
        const at = site.doc.locate(c.first.name.path);
        report(c.later.name.path, collisionMessage(c, `${at.file}:${at.line}:${at.column}`), collisionFix(c));
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
        if (!prev) {
          first.set(site.name, site);
          continue;
        }
        const at = prev.doc.locate('/metadata/name');
        report(
          site,
          '/metadata/name',
          mustBe('metadata.name', 'unique across sites', `${q(site.name)} (also at ${at.file}:${at.line}:${at.column})`, 'was given again'),
          'rename one of the sites; site names key Terraform stacks and Docker labels',
        );
      }
    },
  },
  {
    code: 'AIS309',
    rule: 'unique-docker-names-across-sites',
    severity: 'error',
    scope: 'set',
    summary: 'The Docker names of different sites (containers, networks, volumes, services, backbones) do not collide.',
    check(sites, report) {
      // One site per name: files that repeat a site name are AIS305's, not this rule's.
      const first = new Map<string, ResolvedSite>();
      for (const s of sites) if (!first.has(s.name)) first.set(s.name, s);
      const owned: OwnedName[] = [];
      for (const site of first.values()) for (const name of siteDockerNames(site.spec)) owned.push({ site, name });
      for (const b of backbonesOf([...first.values()])) {
        const site = first.get(b.owner)!;
        const peer = b.sites[0] === b.owner ? b.sites[1] : b.sites[0];
        const i = (site.spec.spec.uplinks ?? []).findIndex((u) => u.peer === peer);
        owned.push({
          site,
          name: { kind: 'network', name: b.name, what: `the backbone of ${q(b.owner)} and ${q(peer)}`, path: pointer('spec', 'uplinks', i, 'peer') },
        });
      }
      for (const c of dockerNameCollisions(owned)) {
        if (c.first.site === c.later.site) continue; // within one site: AIS308
        const at = c.first.site.doc.locate(c.first.name.path);
        report(c.later.site, c.later.name.path, collisionMessage(c, `${at.file}:${at.line}:${at.column}`, c.first.site.name), collisionFix(c));
      }
    },
  },
];

/** A Docker name and the site that gives it. */
interface OwnedName {
  readonly site: ResolvedSite;
  readonly name: DockerName;
}

/** Two parts of the specs that give one Docker object name; `later` is reported. */
interface Collision {
  readonly first: OwnedName;
  readonly later: OwnedName;
  /** The colliding name itself (for numbered containers, the first one that collides). */
  readonly name: string;
}

/** A numbered container name, `<prefix>-<index>` as node groups name theirs (no leading zeros). */
const NUMBERED = /^(.+)-(0|[1-9][0-9]*)$/;

/**
 * Names given twice, each later one paired with the first owner: one pass over a map from
 * name to first owner, then one over the single containers whose names look numbered
 * (`<prefix>-<i>`), against the node groups' prefixes. Linear in the names. Entries with
 * the same description (two fabrics both named 'compute') are AIS304's, and skipped.
 */
function dockerNameCollisions(owned: readonly OwnedName[]): Collision[] {
  const out: Collision[] = [];
  const first = new Map<string, { owner: OwnedName; order: number }>();
  const key = (n: DockerName) => `${n.kind}${n.numbered === undefined ? '' : '#'}\u0000${n.name}`;
  owned.forEach((o, order) => {
    const k = key(o.name);
    const prev = first.get(k);
    if (!prev) {
      first.set(k, { owner: o, order });
      return;
    }
    if (prev.owner.site === o.site && prev.owner.name.what === o.name.what) return;
    out.push({ first: prev.owner, later: o, name: o.name.numbered === undefined ? o.name.name : `${o.name.name}-0` });
  });
  owned.forEach((o, order) => {
    if (o.name.kind !== 'container' || o.name.numbered !== undefined) return;
    const m = NUMBERED.exec(o.name.name);
    if (!m) return;
    const group = first.get(`container#\u0000${m[1]}`);
    if (!group || Number(m[2]) >= group.owner.name.numbered!) return;
    const [a, b] = group.order < order ? [group.owner, o] : [o, group.owner];
    out.push({ first: a, later: b, name: o.name.name });
  });
  return out;
}

/** "the Docker network name of tenant 'ta' must be unique, but 's-tenant-ta' (also given by fabric 'tenant-ta' at f:l:c) was given". */
function collisionMessage(c: Collision, firstAt: string, firstSite?: string): string {
  const n = c.later.name;
  const subject = `the Docker ${n.kind} name${n.numbered === undefined ? '' : 's'} of ${n.what}`;
  const what = c.first.name.what;
  const by = firstSite === undefined ? what : what === SITE_ITSELF ? `site ${q(firstSite)}` : `${what} of site ${q(firstSite)}`;
  return mustBe(subject, 'unique', `${q(c.name)} (also given by ${by} at ${firstAt})`, 'was given');
}

function collisionFix(c: Collision): string {
  return `rename one of the two: Docker names join the site, cabinet, node group, fabric and tenant names with '-', so different names can give the same ${c.later.name.kind} name`;
}
