import { Finding } from '../findings';
import { Block } from '../report/report-document';
import { ChangeKind, EntityChange, FieldChange } from './entity-changes';
import { FindingChanges } from './finding-changes';
import { MINUS, percent, plainNumber, signedNumber, signedPoints } from './number-format';
import { NumberChange, ShareChange, SiteDiff, SitesDiff, TenantChange, TenantTerms } from './site-diff';
import { objectCount, TwinObject } from './twin-changes';

/** A part of the diff folded away (a `<details>` in markdown, a sub-section in text). */
export interface DetailsBlock {
  readonly type: 'details';
  readonly summary: string;
  readonly blocks: readonly Block[];
}

/** What the diff is made of, independent of the output format: the report's blocks plus folds. */
export type DiffBlock = Block | DetailsBlock;

/** What the two sides are, for the title: `HEAD~1` and `working tree`, or two paths. */
export interface DiffSides {
  readonly before: string;
  readonly after: string;
}

/** Marks in the first column of a change: + added, − removed, ~ changed. */
export const CHANGE_MARK: Readonly<Record<ChangeKind, string>> = { added: '+', removed: MINUS, changed: '~' };

/** Lays the diff out: a title line, then per changed site a summary table and folded details. */
export function diffDocument(diff: SitesDiff, sides: DiffSides): DiffBlock[] {
  const blocks: DiffBlock[] = [{ type: 'heading', level: 1, text: `aisite diff ${sides.before} → ${sides.after}` }];
  blocks.push({ type: 'paragraph', text: diff.changed ? tally(diff) : 'No changes: every site means the same on both sides.' });
  for (const s of diff.sites) if (s.status !== 'unchanged') for (const b of siteBlocks(s)) blocks.push(b);
  if (anyFinding(diff.findings)) {
    blocks.push({ type: 'heading', level: 2, text: 'Files' }, findingTable(diff.findings));
  }
  return blocks;
}

function tally(diff: SitesDiff): string {
  const count = (st: SiteDiff['status']) => diff.sites.filter((s) => s.status === st).length;
  const parts = (['changed', 'added', 'removed', 'unchanged'] as const).filter((st) => count(st) > 0).map((st) => `${count(st)} ${st}`);
  const n = diff.sites.length;
  return `${n} site${n === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

function siteBlocks(s: SiteDiff): DiffBlock[] {
  const file = s.status === 'removed' ? s.fileBefore : s.fileAfter;
  const blocks: DiffBlock[] = [
    { type: 'heading', level: 2, text: `${CHANGE_MARK[s.status as ChangeKind]} ${s.name} (${s.status})` },
    { type: 'paragraph', text: `${s.kind} in ${file}${s.moved ? ` (was in ${s.fileBefore})` : ''}` },
  ];
  const summary = summaryRows(s);
  if (summary.length)
    blocks.push({
      type: 'table',
      columns: [{ title: '' }, { title: 'before', numeric: true }, { title: 'after', numeric: true }, { title: 'change', numeric: true }, { title: '' }],
      rows: summary,
    });
  if (s.accelerators.length) {
    blocks.push({
      type: 'table',
      columns: [
        { title: 'accelerator' },
        { title: 'vendor' },
        { title: 'model' },
        { title: 'domestic' },
        { title: 'before', numeric: true },
        { title: 'after', numeric: true },
        { title: 'change', numeric: true },
      ],
      rows: s.accelerators.map((a) => [
        a.id,
        a.vendor,
        a.model,
        a.domestic ? 'yes' : 'no',
        plainNumber(a.accelerators.before),
        plainNumber(a.accelerators.after),
        signedNumber(a.accelerators.delta),
      ]),
    });
  }
  if (anyFinding(s.findings)) blocks.push(findingTable(s.findings));
  for (const d of detailBlocks(s)) blocks.push(d);
  if (s.twin.unplannable) blocks.push({ type: 'paragraph', text: `Docker twin: cannot be planned (${s.twin.unplannable}).` });
  return blocks;
}

/** The figures that changed, before → after, with the target or budget they are held against. */
function summaryRows(s: SiteDiff): string[][] {
  const t = s.totals;
  const rows: string[][] = [];
  const add = (label: string, c: NumberChange, unit = '', note = '') => {
    if (c.delta !== 0) rows.push([label, plainNumber(c.before) + unit, plainNumber(c.after) + unit, signedNumber(c.delta) + unit, note]);
  };
  add('cabinets', t.cabinets);
  add('servers', t.servers);
  add('accelerators', t.accelerators);
  if (s.domesticShare.delta !== 0) {
    const d = s.domesticShare;
    rows.push(['domestic share', percent(d.before), percent(d.after), signedPoints(d.delta), targetNote(d, percent)]);
  }
  if (s.exaflops && s.exaflops.delta !== 0) {
    const e = s.exaflops;
    rows.push([`peak ${e.precision} exaFLOPS`, plainNumber(e.before), plainNumber(e.after), signedNumber(e.delta), targetNote(e, plainNumber)]);
  }
  // held against the budget and racks of the side that has the site (the old one when it is removed)
  const now = (c: NumberChange) => (s.status === 'removed' ? c.before : c.after);
  add('IT power', t.itPowerKw, ' kW', `budget ${plainNumber(now(t.powerBudgetKw))} kW${now(t.itPowerKw) > now(t.powerBudgetKw) ? ' EXCEEDED' : ''}`);
  add('power budget', t.powerBudgetKw, ' kW');
  add('rack units used', t.rackUnitsUsed, ' U', `of ${plainNumber(now(t.rackUnits))} U`);
  add('rack units installed', t.rackUnits, ' U');
  add('fabric switches', t.switches);
  add('fabric cables', t.cables);
  return rows;
}

function targetNote(c: ShareChange, show: (n: number) => string): string {
  if (c.target === undefined) return '';
  const met = (m: boolean | undefined) => (m === undefined ? '–' : m ? 'met' : 'NOT MET');
  return `target ${show(c.target)}: ${met(c.metBefore)} → ${met(c.metAfter)}`;
}

function anyFinding(f: FindingChanges): boolean {
  return f.introduced.length + f.resolved.length + f.suppressed.length + f.unsuppressed.length > 0;
}

function findingTable(f: FindingChanges): Block {
  const row = (mark: string, x: Finding) => [mark, x.code, x.severity, `${x.location.file}:${x.location.line}:${x.location.column}`, x.message];
  return {
    type: 'table',
    columns: [{ title: 'finding' }, { title: 'code' }, { title: 'severity' }, { title: 'where' }, { title: 'message' }],
    rows: [
      ...f.introduced.map((x) => row('introduced', x)),
      ...f.unsuppressed.map((x) => row('unsuppressed', x)),
      ...f.resolved.map((x) => row('resolved', x)),
      ...f.suppressed.map((x) => row('suppressed', x)),
    ],
  };
}

function detailBlocks(s: SiteDiff): DetailsBlock[] {
  const out: DetailsBlock[] = [];
  const hardware = [...s.cabinets.map((c) => entityRow(c, 'cabinet')), ...s.nodeGroups.map((c) => entityRow(c, 'node group'))];
  if (hardware.length) out.push(details(`Cabinets and node groups (${hardware.length})`, entityTable(hardware)));
  const peaks = s.peakPflops.filter((p) => p.delta !== 0);
  if (peaks.length) {
    out.push(
      details(`Peak per precision (${peaks.length})`, {
        type: 'table',
        columns: [
          { title: 'precision' },
          { title: 'before', numeric: true },
          { title: 'after', numeric: true },
          { title: 'change', numeric: true },
          { title: 'unit' },
        ],
        rows: peaks.map((p) => [p.precision, plainNumber(p.before), plainNumber(p.after), signedNumber(p.delta), p.precision === 'int8' ? 'POPS' : 'PFLOPS']),
      }),
    );
  }
  if (s.fabrics.length) {
    out.push(
      details(`Fabrics (${s.fabrics.length})`, {
        type: 'table',
        columns: ['', 'fabric', 'tiers', 'switches', 'change', 'cables', 'change', 'fields'].map((title, i) => ({ title, numeric: i >= 2 && i <= 6 })),
        rows: s.fabrics.map((f) => [
          CHANGE_MARK[f.change],
          f.name,
          arrow(tiers(f.tiersBefore), tiers(f.tiersAfter)),
          arrow(plainNumber(f.switches.before), plainNumber(f.switches.after)),
          signedNumber(f.switches.delta),
          arrow(plainNumber(f.cables.before), plainNumber(f.cables.after)),
          signedNumber(f.cables.delta),
          fieldsText(f.change, f.fields),
        ]),
      }),
    );
  }
  if (s.tenants.length) out.push(details(`Tenants (${s.tenants.length})`, tenantTable(s.tenants)));
  const other = [...s.pools.map((c) => entityRow(c, 'pool')), ...s.uplinks.map((c) => entityRow(c, 'uplink')), ...s.settings.map((f) => settingRow(s, f))];
  if (other.length) out.push(details(`Pools, uplinks and settings (${other.length})`, entityTable(other)));
  const twin = [...s.twin.added.map((o) => twinRow('+', o)), ...s.twin.removed.map((o) => twinRow(MINUS, o))];
  if (twin.length) {
    const n = (l: readonly TwinObject[]) => l.reduce((sum, o) => sum + objectCount(o), 0);
    out.push(
      details(`Docker twin (+${plainNumber(n(s.twin.added))} / ${MINUS}${plainNumber(n(s.twin.removed))} objects)`, {
        type: 'table',
        columns: [{ title: '' }, { title: 'kind' }, { title: 'name' }, { title: 'from' }],
        rows: twin,
      }),
    );
  }
  return out;
}

/** A changed setting as before → after; an added or removed site's settings as written. */
function settingRow(s: SiteDiff, f: FieldChange): string[] {
  if (s.status === 'added') return ['+', 'setting', f.field, value(f.after)];
  if (s.status === 'removed') return [MINUS, 'setting', f.field, value(f.before)];
  return ['~', 'setting', f.field, arrow(value(f.before), value(f.after))];
}

function details(summary: string, ...blocks: Block[]): DetailsBlock {
  return { type: 'details', summary, blocks };
}

function entityRow(c: EntityChange, what: string): string[] {
  return [CHANGE_MARK[c.change], what, c.name, fieldsText(c.change, c.fields)];
}

function entityTable(rows: string[][]): Block {
  return { type: 'table', columns: [{ title: '' }, { title: 'what' }, { title: 'name' }, { title: 'change' }], rows };
}

/** `count: 512 → 544; cooling: air → direct-liquid`, or an added thing's fields as written. */
function fieldsText(change: ChangeKind, fields: readonly FieldChange[]): string {
  if (change === 'changed') return fields.map((f) => `${f.field}: ${arrow(value(f.before), value(f.after))}`).join('; ');
  return fields.map((f) => `${f.field}: ${value(change === 'added' ? f.after : f.before)}`).join('; ');
}

function tenantTable(tenants: readonly TenantChange[]): Block {
  const cell = (t: TenantChange, get: (x: TenantTerms) => string) => arrow(t.before ? get(t.before) : '', t.after ? get(t.after) : '');
  return {
    type: 'table',
    columns: ['', 'tenant', 'pool', 'guaranteed', 'limit', 'weight', 'effective', 'share'].map((title, i) => ({ title, numeric: i >= 3 })),
    rows: tenants.map((t) => [
      CHANGE_MARK[t.change],
      t.name,
      cell(t, (x) => x.pool),
      cell(t, (x) => plainNumber(x.guaranteed)),
      cell(t, (x) => plainNumber(x.limit)),
      cell(t, (x) => plainNumber(x.weight)),
      cell(t, (x) => plainNumber(x.allocated)) + (t.before && t.after ? ` (${signedNumber(t.after.allocated - t.before.allocated)})` : ''),
      cell(t, (x) => percent(x.share)),
    ]),
  };
}

function twinRow(mark: string, o: TwinObject): string[] {
  const name = !o.range ? o.name : o.range.from === o.range.to ? `${o.name}-${o.range.from}` : `${o.name}-{${o.range.from}..${o.range.to}}`;
  return [mark, o.kind, name, o.what];
}

/** `a → b`, or one value when both sides agree or one side is empty. */
function arrow(before: string, after: string): string {
  if (before === after || before === '') return after;
  if (after === '') return before;
  return `${before} → ${after}`;
}

function tiers(t: number | undefined): string {
  return t === undefined ? '' : String(t);
}

/** A spec value as a reviewer reads it: numbers with separators, objects as JSON. */
function value(v: unknown): string {
  if (v === undefined) return '(none)';
  if (typeof v === 'number') return plainNumber(v);
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
