import { pointer } from '../load/source-document';
import { backbonesOf } from '../model/backbone';
import { attachedGroups } from '../model/fabric-members';
import { addressPoolOf, prefixFor, TwinNetwork, twinAddressesOf } from '../model/twin-addresses';
import { ResolvedSite } from '../model/resolved-site';
import { Cidr, DOCKER_DEFAULT_BRIDGE, formatCidr, overlaps, parseCidr, usableAddresses } from '../net/cidr';
import { CidrOverlaps } from '../net/cidr-overlaps';
import { Fabric } from '../site-types.generated';
import { mustBe, q, SetRule, SiteRule } from './rule';

interface SubnetEntry {
  readonly site: ResolvedSite;
  readonly fabric: Fabric;
  readonly path: string;
  readonly cidr: Cidr;
}

function subnets(site: ResolvedSite): SubnetEntry[] {
  return (site.spec.spec.fabrics ?? []).flatMap((fabric, i) => {
    const cidr = parseCidr(fabric.subnet);
    return cidr ? [{ site, fabric, path: pointer('spec', 'fabrics', i, 'subnet'), cidr }] : [];
  });
}

export const ADDRESSING_RULES: readonly SiteRule[] = [
  {
    code: 'AIS401',
    rule: 'subnet-overlap',
    severity: 'error',
    scope: 'site',
    summary: 'Fabric subnets of a site do not overlap.',
    check(site, report) {
      const list = subnets(site);
      const index = new CidrOverlaps(list);
      list.forEach((e, i) => {
        const total = index.count(i);
        if (total === 0) return;
        const named = index.list(i, OVERLAPS_NAMED).map((o) => `fabric ${q(o.fabric.name)}'s ${o.fabric.subnet}`);
        report(
          e.path,
          mustBe(`the subnet of fabric ${q(e.fabric.name)}`, `disjoint from ${andMore(named, total, ['other fabric', 'other fabrics'])}`, e.fabric.subnet),
          'give each fabric its own address block',
        );
      });
    },
  },
  {
    code: 'AIS403',
    rule: 'subnet-size',
    severity: 'error',
    scope: 'site',
    summary: 'A fabric subnet has addresses for every attached server and the site controller.',
    check(site, report) {
      for (const e of subnets(site)) {
        const servers = attachedGroups(site, e.fabric).reduce((s, g) => s + g.servers, 0);
        const needed = servers + 1; // + the site controller
        const usable = usableAddresses(e.cidr);
        if (needed <= usable) continue;
        const prefix = smallestPrefix(needed);
        report(
          e.path,
          mustBe(
            `the subnet of fabric ${q(e.fabric.name)}`,
            `large enough for ${needed} addresses (${servers} servers + the site controller)`,
            `${e.fabric.subnet} (${usable} usable)`,
          ),
          prefix >= 1 ? `use a /${prefix} or larger` : 'split the site; no IPv4 subnet is that large',
        );
      }
    },
  },
  {
    code: 'AIS404',
    rule: 'subnet-network-address',
    severity: 'error',
    scope: 'site',
    summary: 'A fabric subnet is written with its network address (no host bits set).',
    check(site, report) {
      for (const e of subnets(site)) {
        if (e.cidr.address === e.cidr.network) continue;
        report(
          e.path,
          mustBe(`the subnet of fabric ${q(e.fabric.name)}`, `a network address (${formatCidr(e.cidr)})`, e.fabric.subnet),
          `write ${formatCidr(e.cidr)}`,
        );
      }
    },
  },
  {
    code: 'AIS405',
    rule: 'subnet-docker-bridge',
    severity: 'warning',
    scope: 'site',
    summary: "A fabric subnet does not collide with Docker's default bridge (172.17.0.0/16).",
    check(site, report) {
      for (const e of subnets(site)) {
        if (!overlaps(e.cidr, DOCKER_DEFAULT_BRIDGE)) continue;
        report(
          e.path,
          mustBe(`the subnet of fabric ${q(e.fabric.name)}`, "outside Docker's default bridge 172.17.0.0/16", e.fabric.subnet),
          'pick a block in 10.0.0.0/8 so the local Docker twin can create the network',
        );
      }
    },
  },
];

/** Smallest prefix length whose subnet holds `needed` container addresses. */
function smallestPrefix(needed: number): number {
  for (let p = 30; p >= 0; p--) if (2 ** (32 - p) - 3 >= needed) return p;
  return -1;
}

export const SITE_SET_ADDRESSING_RULES: readonly SetRule[] = [
  {
    code: 'AIS402',
    rule: 'subnet-overlap-across-sites',
    severity: 'error',
    scope: 'set',
    summary: 'Fabric subnets of different sites do not overlap.',
    check(sites, report) {
      const all = sites.flatMap(subnets);
      const index = new CidrOverlaps(all);
      // Overlaps within a site (AIS401) and between files of one name (AIS305) are not
      // this rule's: count them per site name with an index of their own, and subtract.
      const byName = new Map<string, number[]>();
      all.forEach((e, i) => {
        const list = byName.get(e.site.name);
        if (list) list.push(i);
        else byName.set(e.site.name, [i]);
      });
      const sameName = new Array<number>(all.length).fill(0);
      for (const members of byName.values()) {
        if (members.length < 2) continue;
        const own = new CidrOverlaps(members.map((i) => all[i]));
        members.forEach((i, k) => {
          sameName[i] = own.count(k);
        });
      }
      all.forEach((e, i) => {
        const total = index.count(i) - sameName[i];
        if (total === 0) return;
        const others = index.list(i, OVERLAPS_NAMED, (o) => o.site.name !== e.site.name, OVERLAP_SCAN_BUDGET);
        const named = others.map((o) => {
          const at = o.site.doc.locate(o.path);
          return `${q(o.site.name)}/${o.fabric.name} ${o.fabric.subnet} (${at.file}:${at.line}:${at.column})`;
        });
        report(
          e.site,
          e.path,
          mustBe(
            `the subnet of fabric ${q(e.fabric.name)}`,
            `disjoint from ${andMore(named, total, ['subnet of other sites', 'subnets of other sites'])}`,
            e.fabric.subnet,
          ),
          'give every site its own address block; plan blocks per region',
        );
      });
    },
  },
  {
    code: 'AIS406',
    rule: 'twin-address-pool',
    severity: 'error',
    scope: 'set',
    summary: 'The twin address pool holds a subnet for every tenant and backbone network of the sites validated together.',
    check(sites, report) {
      const { unplaced } = twinAddressesOf(sites, backbonesOf(sites));
      const bySite = new Map<string, TwinNetwork[]>();
      for (const n of unplaced) {
        const list = bySite.get(n.site);
        if (list) list.push(n);
        else bySite.set(n.site, [n]);
      }
      for (const site of sites) {
        const list = bySite.get(site.name);
        if (!list) continue;
        bySite.delete(site.name);
        const p = addressPoolProblem(site, list);
        report(site, p.path, p.message, p.fix);
      }
    },
  },
];

/**
 * Networks of the twin that the site's address pool cannot hold, as one finding per site
 * (at spec.twin.addressPool when set, else at metadata.name). Also what a construct says
 * of a site synthesized alone.
 */
export function addressPoolProblem(site: Pick<ResolvedSite, 'spec'>, unplaced: readonly TwinNetwork[]): { path: string; message: string; fix: string } {
  const pool = addressPoolOf(site);
  const given = site.spec.spec.twin?.addressPool !== undefined;
  const names = unplaced.slice(0, OVERLAPS_NAMED).map((n) => `${q(n.name)} (a /${prefixFor(n.containers)})`);
  const rest = unplaced.length - names.length;
  return {
    path: given ? pointer('spec', 'twin', 'addressPool') : pointer('metadata', 'name'),
    message: mustBe(
      'the twin address pool',
      `large enough for every network of the twin outside the fabrics and the other sites' networks (no block is left for ${names.join(', ')}${rest > 0 ? ` and ${rest} more` : ''})`,
      `${pool}${given ? '' : ' (the default)'}`,
    ),
    fix: 'set spec.twin.addressPool to a larger block that no fabric uses (a /12 holds 4096 /24 networks), or validate and deploy fewer sites on one engine',
  };
}

/** Overlapping subnets a finding names; the rest are counted ("and 995 more"). */
export const OVERLAPS_NAMED = 5;
/** Candidates looked at to find those names (skipping ones of the same site). */
const OVERLAP_SCAN_BUDGET = 1000;

/** "a", "a and b", "a, b and c", or "a, b, c, d, e and 995 more <what>" when `total` exceeds the names. */
function andMore(named: readonly string[], total: number, [one, many]: readonly [string, string]): string {
  const rest = total - named.length;
  const what = (n: number) => (n === 1 ? one : many);
  if (rest > 0) return named.length ? `${named.join(', ')} and ${rest} more ${what(rest)}` : `${total} ${what(total)}`;
  return named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}
