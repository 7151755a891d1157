import { pointer } from '../load/source-document';
import { attachedGroups } from '../model/fabric-members';
import { ResolvedSite } from '../model/resolved-site';
import { Cidr, DOCKER_DEFAULT_BRIDGE, formatCidr, overlaps, parseCidr, usableAddresses } from '../net/cidr';
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
      for (let i = 0; i < list.length; i++) {
        for (let j = 0; j < i; j++) {
          if (!overlaps(list[i].cidr, list[j].cidr)) continue;
          report(list[i].path,
            mustBe(`the subnet of fabric ${q(list[i].fabric.name)}`, `disjoint from fabric ${q(list[j].fabric.name)}'s ${list[j].fabric.subnet}`, list[i].fabric.subnet),
            'give each fabric its own address block');
        }
      }
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
        report(e.path,
          mustBe(`the subnet of fabric ${q(e.fabric.name)}`, `large enough for ${needed} addresses (${servers} servers + the site controller)`, `${e.fabric.subnet} (${usable} usable)`),
          prefix >= 1 ? `use a /${prefix} or larger` : 'split the site; no IPv4 subnet is that large');
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
        report(e.path, mustBe(`the subnet of fabric ${q(e.fabric.name)}`, `a network address (${formatCidr(e.cidr)})`, e.fabric.subnet),
          `write ${formatCidr(e.cidr)}`);
      }
    },
  },
  {
    code: 'AIS405',
    rule: 'subnet-docker-bridge',
    severity: 'warning',
    scope: 'site',
    summary: 'A fabric subnet does not collide with Docker\'s default bridge (172.17.0.0/16).',
    check(site, report) {
      for (const e of subnets(site)) {
        if (!overlaps(e.cidr, DOCKER_DEFAULT_BRIDGE)) continue;
        report(e.path, mustBe(`the subnet of fabric ${q(e.fabric.name)}`, 'outside Docker\'s default bridge 172.17.0.0/16', e.fabric.subnet),
          'pick a block in 10.0.0.0/8 so the local Docker twin can create the network');
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
      const all = sites.flatMap(subnets).sort((a, b) => a.cidr.network - b.cidr.network);
      // Sweep in address order: each entry is compared with the open blocks before it.
      const open: SubnetEntry[] = [];
      for (const e of all) {
        for (let k = open.length - 1; k >= 0; k--) if (open[k].cidr.network + open[k].cidr.size <= e.cidr.network) open.splice(k, 1);
        for (const o of open) {
          if (o.site === e.site || o.site.name === e.site.name) continue;
          const at = o.site.doc.locate(o.path);
          report(e.site, e.path,
            mustBe(`the subnet of fabric ${q(e.fabric.name)}`, `disjoint from ${q(o.site.name)}/${o.fabric.name} ${o.fabric.subnet} (${at.file}:${at.line}:${at.column})`, e.fabric.subnet),
            'give every site its own address block; plan blocks per region');
        }
        open.push(e);
      }
    },
  },
];
