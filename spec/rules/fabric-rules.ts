import { suggestion } from '../did-you-mean';
import { pointer } from '../load/source-document';
import { DEFAULT_SWITCH_RADIX, maxEndpoints, nicsFor } from '../model/fabric-capacity';
import { ResolvedSite } from '../model/resolved-site';
import { Fabric } from '../site-types.generated';
import { attachedGroups } from '../model/fabric-members';
import { mustBe, num, q, SiteRule } from './rule';

function* fabrics(site: ResolvedSite): Generator<{ fabric: Fabric; path: string }> {
  for (const [i, fabric] of (site.spec.spec.fabrics ?? []).entries()) yield { fabric, path: pointer('spec', 'fabrics', i) };
}

export const FABRIC_RULES: readonly SiteRule[] = [
  {
    code: 'AIS501',
    rule: 'fabric-node-group-reference',
    severity: 'error',
    scope: 'site',
    summary: 'A fabric attaches node groups that exist.',
    check(site, report) {
      for (const { fabric, path } of fabrics(site)) {
        (fabric.nodeGroups ?? []).forEach((ref, i) => {
          if (site.nodeGroups.has(ref)) return;
          report(`${path}/nodeGroups/${i}`,
            mustBe(`node groups of fabric ${q(fabric.name)}`, 'cabinet/nodeGroup references to this site', q(ref)) + '.' + suggestion(ref, site.nodeGroups.keys()),
            `use one of ${[...site.nodeGroups.keys()].join(', ')}`);
        });
      }
    },
  },
  {
    code: 'AIS502',
    rule: 'fabric-rails',
    severity: 'warning',
    scope: 'site',
    summary: 'A rail-optimized compute fabric has one compute NIC per accelerator (one rail each).',
    check(site, report) {
      for (const { fabric, path } of fabrics(site)) {
        if (fabric.topology !== 'rail-optimized' || fabric.purpose !== 'compute') continue;
        for (const g of attachedGroups(site, fabric)) {
          if (!g.profile || g.profile.computeNics >= g.spec.acceleratorsPerNode) continue;
          report(`${path}/topology`,
            mustBe(`compute NICs of ${q(g.ref)} on rail-optimized fabric ${q(fabric.name)}`, `one per accelerator (${g.spec.acceleratorsPerNode})`,
              `${g.profile.computeNics} (server profile ${q(g.profile.id)})`, 'are available'),
            'use topology: leaf-spine for PCIe servers, or a server profile with a NIC per accelerator');
        }
      }
    },
  },
  {
    code: 'AIS503',
    rule: 'fabric-nic-speed',
    severity: 'warning',
    scope: 'site',
    summary: 'Compute NICs are as fast as the compute fabric\'s links.',
    check(site, report) {
      for (const { fabric, path } of fabrics(site)) {
        if (fabric.purpose !== 'compute') continue;
        for (const g of attachedGroups(site, fabric)) {
          if (!g.profile || g.profile.computeNicGbps >= fabric.linkGbps) continue;
          report(`${path}/linkGbps`,
            mustBe(`compute NICs of ${q(g.ref)}`, `at least ${num(fabric.linkGbps)} Gb/s to use fabric ${q(fabric.name)}'s links`, `${num(g.profile.computeNicGbps)} Gb/s (server profile ${q(g.profile.id)})`, 'is available'),
            `lower linkGbps to ${num(g.profile.computeNicGbps)}, or use faster NICs`);
        }
      }
    },
  },
  {
    code: 'AIS504',
    rule: 'fabric-switch-radix',
    severity: 'error',
    scope: 'site',
    summary: 'A fabric\'s topology and switch radix can connect all its endpoint ports.',
    check(site, report) {
      for (const { fabric, path } of fabrics(site)) {
        const radix = fabric.switchRadix ?? DEFAULT_SWITCH_RADIX;
        const o = fabric.oversubscription ?? 1;
        const ports = attachedGroups(site, fabric).reduce((s, g) => s + g.servers * (g.profile ? nicsFor(fabric.purpose, g.profile) : 1), 0);
        const max = maxEndpoints(fabric.topology, radix, o);
        if (ports <= max) continue;
        const next = fabric.topology === 'flat' ? 'leaf-spine' : fabric.topology === 'leaf-spine' ? 'rail-optimized' : undefined;
        report(`${path}/topology`,
          mustBe(`the endpoint ports of ${fabric.topology} fabric ${q(fabric.name)}`, `at most ${max} with ${radix}-port switches at ${num(o)}:1`, String(ports), 'are attached'),
          next ? `use topology: ${next}, or a larger switchRadix` : 'use a larger switchRadix, or split the fabric');
      }
    },
  },
  {
    code: 'AIS505',
    rule: 'compute-fabric-oversubscription',
    severity: 'warning',
    scope: 'site',
    summary: 'A compute fabric is non-blocking (oversubscription 1).',
    check(site, report) {
      for (const { fabric, path } of fabrics(site)) {
        if (fabric.purpose !== 'compute' || (fabric.oversubscription ?? 1) <= 1) continue;
        report(`${path}/oversubscription`,
          mustBe(`the oversubscription of compute fabric ${q(fabric.name)}`, '1 (non-blocking) for collective traffic', num(fabric.oversubscription ?? 1)),
          'set oversubscription: 1, or accept slower all-reduce (inference-only sites can)');
      }
    },
  },
];
