import { suggestion } from '../did-you-mean';
import { pointer } from '../load/source-document';
import { fabricLoad } from '../model/fabric-capacity';
import { fabricCapacity, FabricSizingInput, MAX_TIERS, sizeFabric } from '../model/fabric-sizing';
import schema from '../schema/site.schema.json';
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
          report(
            `${path}/nodeGroups/${i}`,
            mustBe(`node groups of fabric ${q(fabric.name)}`, 'cabinet/nodeGroup references to this site', q(ref)) +
              '.' +
              suggestion(ref, site.nodeGroups.keys()),
            `use one of ${[...site.nodeGroups.keys()].join(', ')}`,
          );
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
          report(
            `${path}/topology`,
            mustBe(
              `compute NICs of ${q(g.ref)} on rail-optimized fabric ${q(fabric.name)}`,
              `one per accelerator (${g.spec.acceleratorsPerNode})`,
              `${g.profile.computeNics} (server profile ${q(g.profile.id)})`,
              'are available',
            ),
            'use topology: leaf-spine for PCIe servers, or a server profile with a NIC per accelerator',
          );
        }
      }
    },
  },
  {
    code: 'AIS503',
    rule: 'fabric-nic-speed',
    severity: 'warning',
    scope: 'site',
    summary: "Compute NICs are as fast as the compute fabric's links.",
    check(site, report) {
      for (const { fabric, path } of fabrics(site)) {
        if (fabric.purpose !== 'compute') continue;
        for (const g of attachedGroups(site, fabric)) {
          if (!g.profile || g.profile.computeNicGbps >= fabric.linkGbps) continue;
          report(
            `${path}/linkGbps`,
            mustBe(
              `compute NICs of ${q(g.ref)}`,
              `at least ${num(fabric.linkGbps)} Gb/s to use fabric ${q(fabric.name)}'s links`,
              `${num(g.profile.computeNicGbps)} Gb/s (server profile ${q(g.profile.id)})`,
              'is available',
            ),
            `lower linkGbps to ${num(g.profile.computeNicGbps)}, or use faster NICs`,
          );
        }
      }
    },
  },
  {
    code: 'AIS504',
    rule: 'fabric-switch-radix',
    severity: 'error',
    scope: 'site',
    summary: "A fabric's switches can connect all its endpoint ports in at most three tiers (flat: one switch).",
    check(site, report) {
      for (const { fabric, path } of fabrics(site)) {
        const { input } = fabricLoad(site, fabric);
        if (sizeFabric(input)) continue;
        const max = fabricCapacity(input);
        const rails = fabric.topology === 'rail-optimized' ? `${input.portsPerServer} rails on ` : '';
        const switches =
          fabric.topology === 'flat'
            ? `one ${input.radix}-port switch`
            : `${rails}${MAX_TIERS} tiers of ${input.radix}-port switches at ${num(input.oversubscription)}:1`;
        report(
          `${path}/topology`,
          mustBe(
            `the endpoint ports of ${fabric.topology} fabric ${q(fabric.name)}`,
            `at most ${max.ports} (${switches})`,
            String(input.servers * input.portsPerServer),
            'are attached',
          ),
          switchRadixFix(fabric, input),
        );
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
        report(
          `${path}/oversubscription`,
          mustBe(`the oversubscription of compute fabric ${q(fabric.name)}`, '1 (non-blocking) for collective traffic', num(fabric.oversubscription ?? 1)),
          'set oversubscription: 1, or accept slower all-reduce (inference-only sites can)',
        );
      }
    },
  },
];

const FABRIC_SCHEMA = schema.definitions.Fabric.properties;

/**
 * How to make a fabric fit, for its purpose: a flat fabric becomes leaf-spine; a switched
 * one gets the smallest switchRadix that holds it, a management fabric also the smallest
 * oversubscription that does (more leaf ports face servers; never offered for compute or
 * storage traffic), and any fabric can be split into several. A rail-optimized topology
 * is never offered: it holds no more than leaf-spine.
 */
function switchRadixFix(fabric: Fabric, input: FabricSizingInput): string {
  const fits = (change: Partial<FabricSizingInput>) => sizeFabric({ ...input, ...change }) !== undefined;
  const ways: string[] = [];
  if (fabric.topology === 'flat') ways.push('use topology: leaf-spine');
  const radix = firstFrom(input.radix + 1, FABRIC_SCHEMA.switchRadix.maximum, (r) => fits({ radix: r }));
  if (radix !== undefined) ways.push(`use switchRadix: ${radix} or more`);
  if (fabric.topology !== 'flat' && fabric.purpose === 'management') {
    const o = firstFrom(Math.floor(input.oversubscription) + 1, FABRIC_SCHEMA.oversubscription.maximum, (x) => fits({ oversubscription: x }));
    if (o !== undefined) ways.push(`raise oversubscription to ${o}`);
  }
  const per = fabricCapacity(input).servers;
  if (per > 0 && fabric.topology !== 'flat') {
    const parts = Math.ceil(input.servers / per);
    ways.push(`split it into ${parts} fabrics of at most ${per * input.portsPerServer} ports (list their nodeGroups)`);
  }
  return ways.join(', or ');
}

/** The first integer in [from, to] that passes, if any. */
function firstFrom(from: number, to: number, pass: (n: number) => boolean): number | undefined {
  for (let n = from; n <= to; n++) if (pass(n)) return n;
  return undefined;
}
