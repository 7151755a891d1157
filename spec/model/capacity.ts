import type { ProfileChoice } from '../catalog/profile-choice';
import { Targets } from '../site-types.generated';

/** A precision for peak-throughput figures (the schema's Precision enum). */
export type Precision = NonNullable<Targets['precision']>;
import type { ResolvedCabinet, ResolvedNodeGroup } from './resolved-site';

export const PRECISIONS: readonly Precision[] = ['fp64', 'fp32', 'tf32', 'bf16', 'fp16', 'fp8', 'int8', 'fp4'];

export interface AcceleratorCount {
  readonly accelerators: number;
  readonly servers: number;
}

/** One node group as resolved: what it is made of and the server profile it got. */
export interface NodeGroupLine {
  /** cabinet/nodeGroup. */
  readonly ref: string;
  /** Accelerator id as written (it may be missing from the catalog). */
  readonly accelerator: string;
  readonly acceleratorsPerNode: number;
  /** Servers across all identical cabinets. */
  readonly servers: number;
  readonly accelerators: number;
  /** Server profile id; absent when none could be found (a finding says so). */
  readonly serverProfile?: string;
  /** How the profile was found: given, the accelerator's default, or chosen from the catalog. */
  readonly serverProfileChoice?: ProfileChoice;
  /** Absent when unknown (a finding says so). */
  readonly rackUnitsPerNode?: number;
  /** Absent when unknown (a finding says so). */
  readonly powerKwPerNode?: number;
}

/** Per-site totals, used by the rules and by reports. */
export interface Capacity {
  /** Physical cabinets (racks), counts expanded. */
  readonly cabinets: number;
  readonly servers: number;
  readonly accelerators: number;
  /** Accelerators of ids not in the catalog are counted under their id with vendor 'unknown'. */
  readonly byModel: Readonly<Record<string, AcceleratorCount>>;
  /** Node groups in document order, with the server profile each got. */
  readonly byNodeGroup: readonly NodeGroupLine[];
  readonly byVendor: Readonly<Record<string, number>>;
  readonly domesticAccelerators: number;
  /** Domestic accelerators / all accelerators (0 when there are none). */
  readonly domesticShare: number;
  /** Peak PFLOPS (POPS for int8) per precision, dense. */
  readonly peakPflops: Readonly<Record<Precision, number>>;
  /** IT power at full load, kW (servers only; unresolved node groups count 0). */
  readonly itPowerKw: number;
  /** Sum of cabinet power budgets, kW. */
  readonly powerBudgetKw: number;
  /** Rack units installed across all cabinets. */
  readonly rackUnits: number;
  /** Rack units used by servers. */
  readonly rackUnitsUsed: number;
}

export function computeCapacity(site: { cabinets: readonly ResolvedCabinet[] }): Capacity {
  let cabinets = 0;
  let servers = 0;
  let accelerators = 0;
  let domestic = 0;
  let itPowerKw = 0;
  let powerBudgetKw = 0;
  let rackUnits = 0;
  let rackUnitsUsed = 0;
  const byModel: Record<string, { accelerators: number; servers: number }> = {};
  const byVendor: Record<string, number> = {};
  const byNodeGroup: NodeGroupLine[] = [];
  const peak = Object.fromEntries(PRECISIONS.map((p) => [p, 0])) as Record<Precision, number>;
  for (const cab of site.cabinets) {
    cabinets += cab.count;
    powerBudgetKw += cab.count * cab.spec.powerBudgetKw;
    rackUnits += cab.count * cab.spec.rackUnits;
    for (const g of cab.nodeGroups) addGroup(g);
  }
  function addGroup(g: ResolvedNodeGroup) {
    servers += g.servers;
    accelerators += g.accelerators;
    itPowerKw += g.servers * (g.powerKwPerNode ?? 0);
    rackUnitsUsed += g.servers * (g.rackUnitsPerNode ?? 0);
    const id = g.spec.accelerator;
    const m = (byModel[id] ??= { accelerators: 0, servers: 0 });
    m.accelerators += g.accelerators;
    m.servers += g.servers;
    const vendor = g.accelerator?.vendor ?? 'unknown';
    byVendor[vendor] = (byVendor[vendor] ?? 0) + g.accelerators;
    if (g.accelerator?.domestic) domestic += g.accelerators;
    byNodeGroup.push(nodeGroupLine(g));
    for (const p of PRECISIONS) {
      const tf = g.accelerator?.peakTflops[p];
      if (tf) peak[p] += (tf * g.accelerators) / 1000;
    }
  }
  for (const p of PRECISIONS) peak[p] = round3(peak[p]);
  return {
    cabinets,
    servers,
    accelerators,
    byModel: sortKeys(byModel),
    byNodeGroup,
    byVendor: sortKeys(byVendor),
    domesticAccelerators: domestic,
    domesticShare: accelerators === 0 ? 0 : domestic / accelerators,
    peakPflops: peak,
    itPowerKw: round3(itPowerKw),
    powerBudgetKw: round3(powerBudgetKw),
    rackUnits,
    rackUnitsUsed,
  };
}

function nodeGroupLine(g: ResolvedNodeGroup): NodeGroupLine {
  return {
    ref: g.ref,
    accelerator: g.spec.accelerator,
    acceleratorsPerNode: g.spec.acceleratorsPerNode,
    servers: g.servers,
    accelerators: g.accelerators,
    ...(g.profileId !== undefined ? { serverProfile: g.profileId } : {}),
    ...(g.profileChoice !== undefined ? { serverProfileChoice: g.profileChoice } : {}),
    ...(g.rackUnitsPerNode !== undefined ? { rackUnitsPerNode: g.rackUnitsPerNode } : {}),
    ...(g.powerKwPerNode !== undefined ? { powerKwPerNode: g.powerKwPerNode } : {}),
  };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
