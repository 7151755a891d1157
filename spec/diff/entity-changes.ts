/**
 * Named things of a site (cabinets, node groups, fabrics, pools, tenants, uplinks) before
 * and after a change: which were added, removed, or changed in which fields.
 */

/** How one named thing, or one whole site, changed. */
export type ChangeKind = 'added' | 'removed' | 'changed';

/** One field's value before and after; absent when the field was not written. */
export interface FieldChange {
  /** The field's name in the spec, e.g. powerBudgetKw. */
  readonly field: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** One named thing that was added, removed or changed. */
export interface EntityChange {
  /** Its name; node groups are cabinet/nodeGroup. */
  readonly name: string;
  readonly change: ChangeKind;
  /** Changed fields (for `changed`; every written field for `added` and `removed`). */
  readonly fields: readonly FieldChange[];
}

/** A record of a spec list (a cabinet, a fabric…): its fields as written. */
export type SpecRecord = Readonly<Record<string, unknown>>;

/**
 * Matches two lists by name (the first entry wins when names repeat, as the rules
 * report) and lists what was added, removed or changed, in the order of `after`, then
 * the removed ones in the order of `before`. `ignore` names fields compared elsewhere
 * (a cabinet's nodeGroups).
 */
export function entityChanges(
  before: readonly SpecRecord[],
  after: readonly SpecRecord[],
  nameOf: (r: SpecRecord) => string,
  ignore: readonly string[] = [],
): EntityChange[] {
  const old = byName(before, nameOf);
  const now = byName(after, nameOf);
  const out: EntityChange[] = [];
  for (const [name, r] of now) {
    const was = old.get(name);
    if (!was) out.push({ name, change: 'added', fields: fieldChanges(undefined, r, ignore) });
    else {
      const fields = fieldChanges(was, r, ignore);
      if (fields.length) out.push({ name, change: 'changed', fields });
    }
  }
  for (const [name, r] of old) if (!now.has(name)) out.push({ name, change: 'removed', fields: fieldChanges(r, undefined, ignore) });
  return out;
}

/** The fields whose values differ (structurally), sorted by field name. */
export function fieldChanges(before: SpecRecord | undefined, after: SpecRecord | undefined, ignore: readonly string[] = []): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: FieldChange[] = [];
  for (const field of [...keys].sort()) {
    if (ignore.includes(field)) continue;
    const b = before?.[field];
    const a = after?.[field];
    if (sameValue(b, a)) continue;
    const change: FieldChange = { field, ...(b !== undefined ? { before: b } : {}), ...(a !== undefined ? { after: a } : {}) };
    out.push(change);
  }
  return out;
}

/**
 * Structural equality of plain data (what YAML and JSON give); key order does not matter,
 * a key whose value is undefined is as good as no key. Stops at the first difference.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = keys(x);
  return kx.length === keys(y).length && kx.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameValue(x[k], y[k]));
}

function byName(list: readonly SpecRecord[], nameOf: (r: SpecRecord) => string): Map<string, SpecRecord> {
  const m = new Map<string, SpecRecord>();
  for (const r of list) {
    const n = nameOf(r);
    if (!m.has(n)) m.set(n, r);
  }
  return m;
}
