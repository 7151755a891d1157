import { AcceleratorCount, Capacity, Precision, PRECISIONS, sortKeys } from '../model/capacity';
import { fabricLoad } from '../model/fabric-capacity';
import { FabricSizing, sizeFabric } from '../model/fabric-sizing';
import { ResolvedSite } from '../model/resolved-site';
import { allocatePool, TenantAllocation } from '../model/tenant-allocation';
import { poolAccelerators } from '../model/pool-size';
import { Fabric, Ownership } from '../site-types.generated';

/** A target and how far the site is from it. */
export interface TargetCheck {
  readonly target: number;
  readonly actual: number;
  readonly met: boolean;
}

/** Accelerators of one catalog id, with what the catalog says of them. */
export interface AcceleratorLine {
  readonly id: string;
  /** Vendor and model from the catalog; 'unknown' for ids it lacks (a finding says so). */
  readonly vendor: string;
  readonly model: string;
  readonly domestic: boolean;
  readonly servers: number;
  readonly accelerators: number;
}

export interface FabricReport {
  readonly name: string;
  readonly purpose: Fabric['purpose'];
  readonly topology: Fabric['topology'];
  readonly linkGbps: number;
  readonly servers: number;
  /** Server ports on the fabric (servers x NICs of the fabric's purpose). */
  readonly ports: number;
  /** Rails of a rail-optimized fabric (the most NICs any attached server has). */
  readonly rails?: number;
  readonly radix: number;
  readonly oversubscription: number;
  /** Switches and cables; absent when three tiers cannot hold the fabric (AIS504 refuses it). */
  readonly sizing?: FabricSizing;
}

export interface PoolReport {
  readonly name: string;
  readonly accelerators: number;
  readonly idle: number;
  readonly tenants: readonly TenantAllocation[];
}

export interface SiteReport {
  readonly name: string;
  readonly kind: ResolvedSite['kind'];
  readonly file: string;
  readonly airGapped: boolean;
  readonly capacity: Capacity;
  readonly accelerators: readonly AcceleratorLine[];
  readonly targets: {
    /** Peak exaFLOPS at the target precision. */
    readonly exaflops?: TargetCheck & { readonly precision: Precision };
    readonly domesticShare?: TargetCheck;
    readonly year?: number;
  };
  readonly ownership?: Ownership;
  readonly fabrics: readonly FabricReport[];
  readonly pools: readonly PoolReport[];
  readonly uplinks: ReadonlyArray<{ readonly name: string; readonly peer: string; readonly gbps: number }>;
}

/** Sums over all sites: the capacity figures, accelerators merged by id, fabric totals. */
export interface TotalReport extends Omit<Capacity, 'byModel' | 'byNodeGroup'> {
  readonly sites: number;
  readonly byModel: readonly AcceleratorLine[];
  readonly switches: number;
  readonly cables: number;
}

export interface CapacityReport {
  readonly sites: readonly SiteReport[];
  readonly total: TotalReport;
}

/** The capacity report of validated sites: pure data, rendered by the report formats. */
export function buildCapacityReport(sites: readonly ResolvedSite[]): CapacityReport {
  const reports = sites.map(siteReport);
  return { sites: reports, total: totalOf(reports) };
}

function siteReport(site: ResolvedSite): SiteReport {
  const spec = site.spec.spec;
  const c = site.capacity;
  const t = spec.targets;
  const precision: Precision = t?.precision ?? 'fp64';
  const ef = c.peakPflops[precision] / 1000;
  return {
    name: site.name,
    kind: site.kind,
    file: site.doc.file,
    airGapped: spec.airGapped ?? false,
    capacity: c,
    accelerators: acceleratorLines(site, c.byModel),
    targets: {
      ...(t?.exaflops !== undefined ? { exaflops: { target: t.exaflops, actual: round(ef, 6), met: ef >= t.exaflops, precision } } : {}),
      ...(t?.domesticAcceleratorShare !== undefined
        ? { domesticShare: { target: t.domesticAcceleratorShare, actual: c.domesticShare, met: c.domesticShare + 1e-9 >= t.domesticAcceleratorShare } }
        : {}),
      ...(t?.year !== undefined ? { year: t.year } : {}),
    },
    ...(spec.ownership ? { ownership: spec.ownership } : {}),
    fabrics: (spec.fabrics ?? []).map((f) => fabricReport(site, f)),
    pools: (spec.pools ?? []).map((pool) => {
      const size = poolAccelerators(site, pool);
      const claims = (spec.tenants ?? [])
        .filter((tn) => tn.pool === pool.name)
        .map((tn) => ({ name: tn.name, guaranteed: tn.guaranteed, limit: tn.limit ?? tn.guaranteed, weight: tn.weight ?? 1 }));
      const a = allocatePool(size, claims);
      return { name: pool.name, accelerators: size, idle: a.idle, tenants: a.tenants };
    }),
    uplinks: (spec.uplinks ?? []).map((u) => ({ name: u.name, peer: u.peer, gbps: u.gbps })),
  };
}

function acceleratorLines(site: ResolvedSite, byModel: Readonly<Record<string, AcceleratorCount>>): AcceleratorLine[] {
  return Object.entries(byModel).map(([id, n]) => {
    const a = site.catalog.accelerator(id);
    return { id, vendor: a?.vendor ?? 'unknown', model: a?.model ?? id, domestic: a?.domestic ?? false, servers: n.servers, accelerators: n.accelerators };
  });
}

function fabricReport(site: ResolvedSite, fabric: Fabric): FabricReport {
  const load = fabricLoad(site, fabric);
  const sizing = sizeFabric(load.input);
  return {
    name: fabric.name,
    purpose: fabric.purpose,
    topology: fabric.topology,
    linkGbps: fabric.linkGbps,
    servers: load.servers,
    ports: load.ports,
    ...(load.rails !== undefined ? { rails: load.rails } : {}),
    radix: load.input.radix,
    oversubscription: load.input.oversubscription,
    ...(sizing ? { sizing } : {}),
  };
}

function totalOf(sites: readonly SiteReport[]): TotalReport {
  const byModel: Record<string, AcceleratorLine> = {};
  const byVendor: Record<string, number> = {};
  const peak = Object.fromEntries(PRECISIONS.map((p) => [p, 0])) as Record<Precision, number>;
  const sum = (f: (s: SiteReport) => number) => sites.reduce((a, s) => a + f(s), 0);
  for (const s of sites) {
    for (const line of s.accelerators) {
      const e = byModel[line.id];
      byModel[line.id] = e ? { ...e, servers: e.servers + line.servers, accelerators: e.accelerators + line.accelerators } : line;
    }
    for (const [v, n] of Object.entries(s.capacity.byVendor)) byVendor[v] = (byVendor[v] ?? 0) + n;
    for (const p of PRECISIONS) peak[p] += s.capacity.peakPflops[p];
  }
  for (const p of PRECISIONS) peak[p] = round(peak[p], 3);
  const accelerators = sum((s) => s.capacity.accelerators);
  const domestic = sum((s) => s.capacity.domesticAccelerators);
  return {
    sites: sites.length,
    cabinets: sum((s) => s.capacity.cabinets),
    servers: sum((s) => s.capacity.servers),
    accelerators,
    byModel: Object.values(sortKeys(byModel)),
    byVendor: sortKeys(byVendor),
    domesticAccelerators: domestic,
    domesticShare: accelerators ? domestic / accelerators : 0,
    peakPflops: peak,
    itPowerKw: round(
      sum((s) => s.capacity.itPowerKw),
      3,
    ),
    powerBudgetKw: round(
      sum((s) => s.capacity.powerBudgetKw),
      3,
    ),
    rackUnits: sum((s) => s.capacity.rackUnits),
    rackUnitsUsed: sum((s) => s.capacity.rackUnitsUsed),
    switches: sum((s) => s.fabrics.reduce((a, f) => a + (f.sizing?.switches ?? 0), 0)),
    cables: sum((s) => s.fabrics.reduce((a, f) => a + (f.sizing?.cables ?? 0), 0)),
  };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
