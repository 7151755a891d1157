import { Finding } from '../findings';
import { Precision, PRECISIONS } from '../model/capacity';
import { ResolvedSite } from '../model/resolved-site';
import { TwinOptions } from '../model/twin-plan';
import { AcceleratorLine, buildCapacityReport, FabricReport, SiteReport } from '../report/capacity-report';
import { ValidationResult } from '../validate';
import { ChangeKind, EntityChange, entityChanges, FieldChange, fieldChanges, sameValue, SpecRecord } from './entity-changes';
import { FileKey, findingChanges, FindingChanges } from './finding-changes';
import { TwinChanges, twinChanges } from './twin-changes';

/**
 * `aisite diff` as data: two validation results in (before and after a change), what the
 * change means for each site out, in the site's own terms. Pure: no I/O, no rendering.
 * Every figure comes from the capacity report (spec/report/capacity-report.ts), so the
 * diff and `aisite report` cannot disagree.
 */

/** A figure before and after, and after − before. */
export interface NumberChange {
  readonly before: number;
  readonly after: number;
  readonly delta: number;
}

/** Accelerators of one catalog id before and after. */
export interface AcceleratorChange {
  readonly id: string;
  readonly vendor: string;
  readonly model: string;
  readonly domestic: boolean;
  readonly accelerators: NumberChange;
  readonly servers: NumberChange;
}

/** A share (0..1) before and after, and the target it is held against, when there is one. */
export interface ShareChange extends NumberChange {
  /** The site's target (after the change, else before); absent without one. */
  readonly target?: number;
  /** Whether the target is met on each side; absent without a target or without that side. */
  readonly metBefore?: boolean;
  readonly metAfter?: boolean;
}

/** Peak exaFLOPS at the target precision, against the target. */
export interface ExaflopsChange extends ShareChange {
  readonly precision: Precision;
}

/** Peak PFLOPS (POPS for int8) of one precision, dense. */
export interface PeakChange extends NumberChange {
  readonly precision: Precision;
}

/** A fabric whose spec or size changed: switches and cables from the one fabric model. */
export interface FabricChange {
  readonly name: string;
  readonly change: ChangeKind;
  /** Spec fields that changed (every written field of an added or removed fabric). */
  readonly fields: readonly FieldChange[];
  /** Tiers on each side; absent on a side without the fabric, or where three tiers cannot hold it (AIS504). */
  readonly tiersBefore?: number;
  readonly tiersAfter?: number;
  readonly switches: NumberChange;
  readonly cables: NumberChange;
}

/** What a tenant is promised and gets when every tenant asks for its limit. */
export interface TenantTerms {
  readonly pool: string;
  readonly guaranteed: number;
  readonly limit: number;
  readonly weight: number;
  /** Effective allocation, whole accelerators (spec/model/tenant-allocation.ts). */
  readonly allocated: number;
  /** allocated / pool size. */
  readonly share: number;
}

/** A tenant whose terms or effective allocation changed. */
export interface TenantChange {
  readonly name: string;
  readonly change: ChangeKind;
  readonly before?: TenantTerms;
  readonly after?: TenantTerms;
}

/** Site-wide figures before and after. */
export interface SiteTotals {
  readonly cabinets: NumberChange;
  readonly servers: NumberChange;
  readonly accelerators: NumberChange;
  readonly itPowerKw: NumberChange;
  readonly powerBudgetKw: NumberChange;
  readonly rackUnits: NumberChange;
  readonly rackUnitsUsed: NumberChange;
  readonly switches: NumberChange;
  readonly cables: NumberChange;
}

/** What a change means for one site (matched by metadata.name). */
export interface SiteDiff {
  readonly name: string;
  readonly status: ChangeKind | 'unchanged';
  readonly kind: ResolvedSite['kind'];
  /** The file the site is in on each side; absent on the side without the site. */
  readonly fileBefore?: string;
  readonly fileAfter?: string;
  /** True when the site is in another file than before (after `beforeFile`/`afterFile`). @default false */
  readonly moved: boolean;
  readonly totals: SiteTotals;
  /** Only ids whose counts changed (all of them for an added or removed site). */
  readonly accelerators: readonly AcceleratorChange[];
  readonly domesticShare: ShareChange;
  readonly exaflops?: ExaflopsChange;
  /** Precisions with a peak on either side. */
  readonly peakPflops: readonly PeakChange[];
  readonly cabinets: readonly EntityChange[];
  /** Node groups as cabinet/nodeGroup. */
  readonly nodeGroups: readonly EntityChange[];
  readonly fabrics: readonly FabricChange[];
  readonly pools: readonly EntityChange[];
  readonly tenants: readonly TenantChange[];
  readonly uplinks: readonly EntityChange[];
  /** Other fields of metadata and spec (`metadata.labels`, `spec.airGapped`, `spec.targets`…), and `kind`. */
  readonly settings: readonly FieldChange[];
  readonly findings: FindingChanges;
  readonly twin: TwinChanges;
}

/** The diff of two sets of sites. */
export interface SitesDiff {
  /** True when any site or any finding changed (what `--exit-code` reports). */
  readonly changed: boolean;
  /** Every site of either side, sorted by name. */
  readonly sites: readonly SiteDiff[];
  /** Findings that name no site (unreadable files, invalid YAML, schema errors). */
  readonly findings: FindingChanges;
}

export interface DiffOptions {
  /** How the Docker twin is planned on both sides. @default the twin of `synth` (64 server containers) */
  readonly twin?: TwinOptions;
  /** Makes a finding's file on the old side comparable to the new side's. @default the file as it is */
  readonly beforeFile?: FileKey;
  /** The same for the new side. @default the file as it is */
  readonly afterFile?: FileKey;
}

/** Compares two validation results site by site. */
export function diffSites(before: ValidationResult, after: ValidationResult, opts: DiffOptions = {}): SitesDiff {
  const old = sideOf(before);
  const now = sideOf(after);
  const names = [...new Set([...old.sites.keys(), ...now.sites.keys()])].sort();
  // sites written the same need one report, of the new side: built in one go (one total)
  const steady = names.filter((name) => sameSite(old.sites.get(name), now.sites.get(name)));
  const steadyReports = new Map<string, SiteReport>();
  buildCapacityReport(steady.map((name) => now.sites.get(name)!.site)).sites.forEach((r, i) => steadyReports.set(steady[i], r));
  const sites = names.map((name) => {
    const [b, a] = [old.sites.get(name), now.sites.get(name)];
    const findings = findingChanges(old.findings.get(name) ?? [], now.findings.get(name) ?? [], opts.beforeFile, opts.afterFile, {
      before: old.suppressed.get(name) ?? [],
      after: now.suppressed.get(name) ?? [],
    });
    const report = steadyReports.get(name);
    return report ? unchangedSite(b!, report, findings, opts) : siteDiff(b, a, findings, opts);
  });
  const findings = findingChanges(old.unsited, now.unsited, opts.beforeFile, opts.afterFile);
  const changed = sites.some((s) => s.status !== 'unchanged') || anyFindingChange(findings);
  return { changed, sites, findings };
}

/** A site of one side; its capacity report is built when first needed. */
interface SideEntry {
  readonly site: ResolvedSite;
  readonly report: () => SiteReport;
}

interface Side {
  readonly sites: Map<string, SideEntry>;
  readonly findings: Map<string, Finding[]>;
  readonly unsited: Finding[];
  /** Findings the site's suppressions accepted, by site. */
  readonly suppressed: Map<string, Finding[]>;
}

function sideOf(result: ValidationResult): Side {
  const sites = new Map<string, SideEntry>();
  for (const site of result.sites) {
    let report: SiteReport | undefined;
    // a name used twice is a finding; the first site of that name is the one compared
    if (!sites.has(site.name)) sites.set(site.name, { site, report: () => (report ??= buildCapacityReport([site]).sites[0]) });
  }
  const findings = new Map<string, Finding[]>();
  const unsited: Finding[] = [];
  for (const f of result.findings) {
    if (f.site === undefined || !sites.has(f.site)) unsited.push(f);
    else {
      const list = findings.get(f.site);
      if (list) list.push(f);
      else findings.set(f.site, [f]);
    }
  }
  const suppressed = new Map<string, Finding[]>();
  for (const f of result.suppressed ?? []) {
    const key = f.site ?? '';
    const list = suppressed.get(key);
    if (list) list.push(f);
    else suppressed.set(key, [f]);
  }
  return { sites, findings, unsited, suppressed };
}

type SideSite = SideEntry | undefined;

/**
 * Whether a site is written the same on both sides and resolves to the same capacity (the
 * same catalog entries): then every figure, list and twin object is the same, and only
 * its findings (which other sites can change) need comparing.
 */
function sameSite(old: SideSite, now: SideSite): boolean {
  return old !== undefined && now !== undefined && sameValue(old.site.spec, now.site.spec) && sameValue(old.site.capacity, now.site.capacity);
}

function siteDiff(old: SideSite, now: SideSite, findings: FindingChanges, opts: DiffOptions): SiteDiff {
  const b = old?.report();
  const a = now?.report();
  const name = (a ?? b)!.name;
  const specOf = (s: SideSite) => s?.site.spec;
  const bs = specOf(old);
  const as = specOf(now);
  const list = (s: SideSite, key: 'cabinets' | 'fabrics' | 'pools' | 'tenants' | 'uplinks') => (s?.site.spec.spec[key] ?? []) as unknown as SpecRecord[];
  const byName = (r: SpecRecord) => String(r.name);
  const fabrics = fabricChanges(b, a, entityChanges(list(old, 'fabrics'), list(now, 'fabrics'), byName, ['name']));
  const totals: SiteTotals = {
    cabinets: change(b?.capacity.cabinets, a?.capacity.cabinets),
    servers: change(b?.capacity.servers, a?.capacity.servers),
    accelerators: change(b?.capacity.accelerators, a?.capacity.accelerators),
    itPowerKw: change(b?.capacity.itPowerKw, a?.capacity.itPowerKw),
    powerBudgetKw: change(b?.capacity.powerBudgetKw, a?.capacity.powerBudgetKw),
    rackUnits: change(b?.capacity.rackUnits, a?.capacity.rackUnits),
    rackUnitsUsed: change(b?.capacity.rackUnitsUsed, a?.capacity.rackUnitsUsed),
    switches: change(b && switchesOf(b.fabrics), a && switchesOf(a.fabrics)),
    cables: change(b && cablesOf(b.fabrics), a && cablesOf(a.fabrics)),
  };
  const body = {
    totals,
    accelerators: acceleratorChanges(b?.accelerators ?? [], a?.accelerators ?? []),
    domesticShare: domesticShareChange(b, a),
    ...(exaflopsChange(b, a) ? { exaflops: exaflopsChange(b, a) } : {}),
    peakPflops: PRECISIONS.filter((p) => (b?.capacity.peakPflops[p] ?? 0) > 0 || (a?.capacity.peakPflops[p] ?? 0) > 0).map((precision) => ({
      precision,
      ...change(b?.capacity.peakPflops[precision], a?.capacity.peakPflops[precision], 3),
    })),
    cabinets: entityChanges(list(old, 'cabinets'), list(now, 'cabinets'), byName, ['name', 'nodeGroups']),
    nodeGroups: entityChanges(nodeGroupsOf(old), nodeGroupsOf(now), (r) => String(r.ref), ['name', 'ref']),
    fabrics,
    pools: entityChanges(list(old, 'pools'), list(now, 'pools'), byName, ['name']),
    tenants: tenantChanges(b, a),
    uplinks: entityChanges(list(old, 'uplinks'), list(now, 'uplinks'), byName, ['name']),
    settings: [
      ...(bs && as && bs.kind !== as.kind ? [{ field: 'kind', before: bs.kind, after: as.kind }] : []),
      ...prefixed('metadata', fieldChanges(bs?.metadata as SpecRecord | undefined, as?.metadata as SpecRecord | undefined, ['name'])),
      ...prefixed(
        'spec',
        fieldChanges(bs?.spec as unknown as SpecRecord | undefined, as?.spec as unknown as SpecRecord | undefined, [
          'cabinets',
          'fabrics',
          'pools',
          'tenants',
          'uplinks',
        ]),
      ),
    ],
    findings,
    twin: twinChanges(old?.site, now?.site, opts.twin),
  };
  const status: SiteDiff['status'] = !b ? 'added' : !a ? 'removed' : anyChange(body) ? 'changed' : 'unchanged';
  return {
    name,
    status,
    kind: (a ?? b)!.kind,
    ...(b ? { fileBefore: b.file } : {}),
    ...(a ? { fileAfter: a.file } : {}),
    moved: b !== undefined && a !== undefined && (opts.beforeFile ?? same)(b.file) !== (opts.afterFile ?? same)(a.file),
    ...body,
  };
}

/** A site written the same on both sides: its figures once, as before = after; its findings compared. */
function unchangedSite(old: SideEntry, r: SiteReport, findings: FindingChanges, opts: DiffOptions): SiteDiff {
  const c = r.capacity;
  const steady = (n: number): NumberChange => ({ before: n, after: n, delta: 0 });
  const domestic = r.targets.domesticShare;
  const ef = r.targets.exaflops;
  return {
    name: r.name,
    status: anyFindingChange(findings) ? 'changed' : 'unchanged',
    kind: r.kind,
    fileBefore: old.site.doc.file,
    fileAfter: r.file,
    moved: (opts.beforeFile ?? same)(old.site.doc.file) !== (opts.afterFile ?? same)(r.file),
    totals: {
      cabinets: steady(c.cabinets),
      servers: steady(c.servers),
      accelerators: steady(c.accelerators),
      itPowerKw: steady(c.itPowerKw),
      powerBudgetKw: steady(c.powerBudgetKw),
      rackUnits: steady(c.rackUnits),
      rackUnitsUsed: steady(c.rackUnitsUsed),
      switches: steady(switchesOf(r.fabrics)),
      cables: steady(cablesOf(r.fabrics)),
    },
    accelerators: [],
    domesticShare: { ...steady(c.domesticShare), ...(domestic ? { target: domestic.target, metBefore: domestic.met, metAfter: domestic.met } : {}) },
    ...(ef
      ? { exaflops: { precision: ef.precision, target: ef.target, ...steady(c.peakPflops[ef.precision] / 1000), metBefore: ef.met, metAfter: ef.met } }
      : {}),
    peakPflops: PRECISIONS.filter((p) => c.peakPflops[p] > 0).map((precision) => ({ precision, ...steady(c.peakPflops[precision]) })),
    cabinets: [],
    nodeGroups: [],
    fabrics: [],
    pools: [],
    tenants: [],
    uplinks: [],
    settings: [],
    findings,
    twin: { added: [], removed: [] },
  };
}

function anyFindingChange(f: FindingChanges): boolean {
  return f.introduced.length > 0 || f.resolved.length > 0 || f.suppressed.length > 0 || f.unsuppressed.length > 0;
}

function same(file: string): string {
  return file;
}

function anyChange(d: Omit<SiteDiff, 'name' | 'status' | 'kind' | 'fileBefore' | 'fileAfter' | 'moved'>): boolean {
  const numbers: NumberChange[] = [...Object.values(d.totals), d.domesticShare, ...d.peakPflops, ...(d.exaflops ? [d.exaflops] : [])];
  return (
    numbers.some((n) => n.delta !== 0) ||
    [d.accelerators, d.cabinets, d.nodeGroups, d.fabrics, d.pools, d.tenants, d.uplinks, d.settings, d.twin.added, d.twin.removed].some((l) => l.length > 0) ||
    anyFindingChange(d.findings) ||
    d.twin.unplannable !== undefined
  );
}

/** A figure's change; a side without the site counts 0. Rounded so that float noise is no change. */
export function change(before: number | undefined, after: number | undefined, digits = 6): NumberChange {
  const b = before ?? 0;
  const a = after ?? 0;
  const f = 10 ** digits;
  return { before: b, after: a, delta: Math.round((a - b) * f) / f };
}

function switchesOf(fabrics: readonly FabricReport[]): number {
  return fabrics.reduce((s, f) => s + (f.sizing?.switches ?? 0), 0);
}

function cablesOf(fabrics: readonly FabricReport[]): number {
  return fabrics.reduce((s, f) => s + (f.sizing?.cables ?? 0), 0);
}

function prefixed(prefix: string, fields: readonly FieldChange[]): FieldChange[] {
  return fields.map((f) => ({ ...f, field: `${prefix}.${f.field}` }));
}

function nodeGroupsOf(s: SideSite): SpecRecord[] {
  return (s?.site.cabinets ?? []).flatMap((c) => c.nodeGroups.map((g) => ({ ref: g.ref, ...(g.spec as unknown as SpecRecord) })));
}

function acceleratorChanges(before: readonly AcceleratorLine[], after: readonly AcceleratorLine[]): AcceleratorChange[] {
  const old = new Map(before.map((l) => [l.id, l]));
  const now = new Map(after.map((l) => [l.id, l]));
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort();
  const out: AcceleratorChange[] = [];
  for (const id of ids) {
    const b = old.get(id);
    const a = now.get(id);
    const line = (a ?? b)!;
    const accelerators = change(b?.accelerators, a?.accelerators);
    const servers = change(b?.servers, a?.servers);
    if (accelerators.delta === 0 && servers.delta === 0) continue;
    out.push({ id, vendor: line.vendor, model: line.model, domestic: line.domestic, accelerators, servers });
  }
  return out;
}

function domesticShareChange(b: SiteReport | undefined, a: SiteReport | undefined): ShareChange {
  const c = change(b?.capacity.domesticShare, a?.capacity.domesticShare);
  const target = (a ?? b)?.targets.domesticShare?.target;
  if (target === undefined) return c;
  return {
    ...c,
    target,
    ...(b?.targets.domesticShare ? { metBefore: b.targets.domesticShare.met } : {}),
    ...(a?.targets.domesticShare ? { metAfter: a.targets.domesticShare.met } : {}),
  };
}

function exaflopsChange(b: SiteReport | undefined, a: SiteReport | undefined): ExaflopsChange | undefined {
  const t = (a ?? b)?.targets.exaflops;
  if (!t) return undefined;
  // the precision of the target decides which peak both sides are read at
  const at = (s: SiteReport | undefined) => (s ? s.capacity.peakPflops[t.precision] / 1000 : undefined);
  return {
    precision: t.precision,
    target: t.target,
    ...change(at(b), at(a)),
    ...(b?.targets.exaflops ? { metBefore: b.targets.exaflops.met } : {}),
    ...(a?.targets.exaflops ? { metAfter: a.targets.exaflops.met } : {}),
  };
}

function fabricChanges(b: SiteReport | undefined, a: SiteReport | undefined, specChanges: readonly EntityChange[]): FabricChange[] {
  const old = new Map((b?.fabrics ?? []).map((f) => [f.name, f]));
  const now = new Map((a?.fabrics ?? []).map((f) => [f.name, f]));
  const specByName = new Map(specChanges.map((c) => [c.name, c]));
  const names = [...now.keys(), ...[...old.keys()].filter((n) => !now.has(n))];
  const out: FabricChange[] = [];
  for (const name of names) {
    const fb = old.get(name);
    const fa = now.get(name);
    const switches = change(fb?.sizing?.switches, fa?.sizing?.switches);
    const cables = change(fb?.sizing?.cables, fa?.sizing?.cables);
    const spec = specByName.get(name);
    const tiersBefore = fb?.sizing?.tiers;
    const tiersAfter = fa?.sizing?.tiers;
    if (!spec && switches.delta === 0 && cables.delta === 0 && tiersBefore === tiersAfter) continue;
    out.push({
      name,
      change: spec?.change ?? 'changed',
      fields: spec?.fields ?? [],
      ...(tiersBefore !== undefined ? { tiersBefore } : {}),
      ...(tiersAfter !== undefined ? { tiersAfter } : {}),
      switches,
      cables,
    });
  }
  return out;
}

function tenantChanges(b: SiteReport | undefined, a: SiteReport | undefined): TenantChange[] {
  const terms = (r: SiteReport | undefined) => {
    const m = new Map<string, TenantTerms>();
    for (const p of r?.pools ?? []) {
      for (const t of p.tenants)
        if (!m.has(t.name)) m.set(t.name, { pool: p.name, guaranteed: t.guaranteed, limit: t.limit, weight: t.weight, allocated: t.allocated, share: t.share });
    }
    return m;
  };
  const old = terms(b);
  const now = terms(a);
  const out: TenantChange[] = [];
  for (const [name, t] of now) {
    const was = old.get(name);
    if (!was) out.push({ name, change: 'added', after: t });
    else if (!sameTerms(was, t)) out.push({ name, change: 'changed', before: was, after: t });
  }
  for (const [name, t] of old) if (!now.has(name)) out.push({ name, change: 'removed', before: t });
  return out;
}

function sameTerms(x: TenantTerms, y: TenantTerms): boolean {
  return (
    x.pool === y.pool &&
    x.guaranteed === y.guaranteed &&
    x.limit === y.limit &&
    x.weight === y.weight &&
    x.allocated === y.allocated &&
    Math.abs(x.share - y.share) < 1e-12
  );
}
