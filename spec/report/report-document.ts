import { Capacity, NodeGroupLine, PRECISIONS } from '../model/capacity';
import { AcceleratorLine, CapacityReport, FabricReport, PoolReport, SiteReport, TotalReport } from './capacity-report';

/** A column of a report table: numbers are right-aligned. */
export interface Column {
  readonly title: string;
  readonly numeric?: boolean;
}

/** What a report is made of, independent of the output format. */
export type Block =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'table'; readonly columns: readonly Column[]; readonly rows: ReadonlyArray<readonly string[]> };

/** Lays the capacity report out as headings, lines and tables, for text, markdown and HTML. */
export function reportDocument(report: CapacityReport): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 1, text: `aisite capacity report: ${plural(report.sites.length, 'site')}` }];
  for (const site of report.sites) for (const b of siteBlocks(site)) blocks.push(b);
  if (report.sites.length > 1) for (const b of totalBlocks(report.total)) blocks.push(b);
  return blocks;
}

function siteBlocks(s: SiteReport): Block[] {
  const c = s.capacity;
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: s.name },
    { type: 'paragraph', text: `${s.kind}${s.airGapped ? ', air-gapped' : ''} (${s.file})` },
    summaryTable(capacityRows(c)),
    ...acceleratorBlocks(s.accelerators),
    ...nodeGroupBlocks(c.byNodeGroup),
    peakTable(c.peakPflops),
  ];
  const targets = targetRows(s);
  if (targets.length)
    blocks.push(
      { type: 'heading', level: 3, text: 'Targets' },
      {
        type: 'table',
        columns: [{ title: 'target' }, { title: 'required', numeric: true }, { title: 'actual', numeric: true }, { title: 'status' }],
        rows: targets,
      },
    );
  if (s.fabrics.length) blocks.push({ type: 'heading', level: 3, text: 'Fabrics' }, fabricTable(s.fabrics));
  if (s.pools.length) blocks.push({ type: 'heading', level: 3, text: 'Tenants (every tenant asking for its limit)' }, tenantTable(s.pools));
  if (s.uplinks.length) {
    blocks.push(
      { type: 'heading', level: 3, text: 'Uplinks' },
      {
        type: 'table',
        columns: [{ title: 'uplink' }, { title: 'peer' }, { title: 'Gb/s', numeric: true }],
        rows: s.uplinks.map((u) => [u.name, u.peer, num(u.gbps)]),
      },
    );
  }
  return blocks;
}

function totalBlocks(t: TotalReport): Block[] {
  return [
    { type: 'heading', level: 2, text: `Total (${plural(t.sites, 'site')})` },
    summaryTable([...capacityRows(t), ['fabric switches', int(t.switches)], ['fabric cables', int(t.cables)]]),
    ...acceleratorBlocks(t.byModel),
    {
      type: 'table',
      columns: [{ title: 'vendor' }, { title: 'accelerators', numeric: true }, { title: 'share', numeric: true }],
      rows: Object.entries(t.byVendor).map(([v, n]) => [v, int(n), pct(t.accelerators ? n / t.accelerators : 0)]),
    },
    peakTable(t.peakPflops),
  ];
}

/** The capacity lines a site and the total share. */
function capacityRows(c: Omit<Capacity, 'byModel' | 'byNodeGroup'>): Array<[string, string]> {
  return [
    ['cabinets', int(c.cabinets)],
    ['servers', int(c.servers)],
    ['accelerators', int(c.accelerators)],
    ['domestic share', `${pct(c.domesticShare)} (${int(c.domesticAccelerators)} of ${int(c.accelerators)})`],
    ['IT power', `${kw(c.itPowerKw)} of ${kw(c.powerBudgetKw)} budget`],
    ['rack units', `${int(c.rackUnitsUsed)} of ${int(c.rackUnits)} U used`],
  ];
}

function summaryTable(rows: Array<[string, string]>): Block {
  return { type: 'table', columns: [{ title: 'capacity' }, { title: '' }], rows };
}

function acceleratorBlocks(lines: readonly AcceleratorLine[]): Block[] {
  if (!lines.length) return [];
  return [
    {
      type: 'table',
      columns: [
        { title: 'accelerator' },
        { title: 'vendor' },
        { title: 'model' },
        { title: 'domestic' },
        { title: 'servers', numeric: true },
        { title: 'accelerators', numeric: true },
      ],
      rows: lines.map((l) => [l.id, l.vendor, l.model, l.domestic ? 'yes' : 'no', int(l.servers), int(l.accelerators)]),
    },
  ];
}

/** Node groups with the server profile each got, and how: given, default or chosen. */
function nodeGroupBlocks(groups: readonly NodeGroupLine[]): Block[] {
  if (!groups.length) return [];
  return [
    {
      type: 'table',
      columns: [
        { title: 'node group' },
        { title: 'accelerator' },
        { title: 'per server', numeric: true },
        { title: 'servers', numeric: true },
        { title: 'server profile' },
        { title: 'U', numeric: true },
        { title: 'kW', numeric: true },
      ],
      rows: groups.map((g) => [
        g.ref,
        g.accelerator,
        int(g.acceleratorsPerNode),
        int(g.servers),
        g.serverProfile === undefined ? '-' : `${g.serverProfile} (${g.serverProfileChoice})`,
        g.rackUnitsPerNode === undefined ? '-' : int(g.rackUnitsPerNode),
        g.powerKwPerNode === undefined ? '-' : num(g.powerKwPerNode),
      ]),
    },
  ];
}

function peakTable(peak: Readonly<Record<string, number>>): Block {
  const rows = PRECISIONS.filter((p) => peak[p] > 0).map((p) => [p, num(peak[p]), p === 'int8' ? 'POPS' : 'PFLOPS']);
  return { type: 'table', columns: [{ title: 'peak (dense)' }, { title: 'value', numeric: true }, { title: 'unit' }], rows };
}

function targetRows(s: SiteReport): string[][] {
  const rows: string[][] = [];
  const t = s.targets;
  const year = t.year ? ` by ${t.year}` : '';
  if (t.exaflops) rows.push([`peak ${t.exaflops.precision} exaFLOPS${year}`, num(t.exaflops.target), num(t.exaflops.actual), met(t.exaflops.met)]);
  if (t.domesticShare) rows.push([`domestic accelerator share${year}`, pct(t.domesticShare.target), pct(t.domesticShare.actual), met(t.domesticShare.met)]);
  if (s.ownership)
    rows.push([
      'SPC ownership public / private',
      '1',
      `${num(s.ownership.public)} / ${num(s.ownership.private)}`,
      met(Math.abs(s.ownership.public + s.ownership.private - 1) < 1e-9),
    ]);
  return rows;
}

function fabricTable(fabrics: readonly FabricReport[]): Block {
  return {
    type: 'table',
    columns: ['fabric', 'purpose', 'topology', 'Gb/s', 'servers', 'ports', 'tiers', 'leaf', 'spine', 'core', 'switches', 'cables'].map((title, i) => ({
      title,
      numeric: i >= 3,
    })),
    rows: fabrics.map((f) => {
      const z = f.sizing;
      const topology = f.rails ? `${f.topology} (${f.rails} rails)` : f.topology;
      // a fabric three tiers cannot hold (AIS504) has no sizing
      const sized = z ? [int(z.tiers), int(z.leaves), int(z.spines), int(z.cores), int(z.switches), int(z.cables)] : ['> 3', '', '', '', '', ''];
      return [f.name, f.purpose, topology, num(f.linkGbps), int(f.servers), int(f.ports), ...sized];
    }),
  };
}

function tenantTable(pools: readonly PoolReport[]): Block {
  const rows: string[][] = [];
  for (const p of pools) {
    for (const t of p.tenants) rows.push([p.name, t.name, int(t.guaranteed), int(t.limit), num(t.weight), int(t.allocated), pct(t.share)]);
    rows.push([p.name, p.tenants.length ? '(idle)' : '(no tenants)', '', '', '', int(p.idle), pct(p.accelerators ? p.idle / p.accelerators : 0)]);
  }
  return {
    type: 'table',
    columns: ['pool', 'tenant', 'guaranteed', 'limit', 'weight', 'effective', 'share'].map((title, i) => ({ title, numeric: i >= 2 })),
    rows,
  };
}

function int(n: number): string {
  return n.toLocaleString('en-US');
}

function num(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function kw(n: number): string {
  return `${num(n)} kW`;
}

function met(ok: boolean): string {
  return ok ? 'met' : 'NOT MET';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
