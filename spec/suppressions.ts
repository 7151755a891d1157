import { didYouMean } from './did-you-mean';
import { UsageError } from './errors';
import { Finding, SourceLocation } from './findings';
import { SourceDocument } from './load/source-document';
import { ResolvedSite } from './model/resolved-site';
import { makeFinding, mustBe, q } from './rules/rule';
import { Suppression } from './site-types.generated';
import { canBeSuppressed, SUPPRESSION_RULES } from './rules/suppression-rules';

/**
 * Justified suppressions (`metadata.suppressions`): findings a team accepts on purpose,
 * each with a reason. A suppressed finding leaves the findings (so it fails nothing,
 * not even with --strict) for the `suppressed` list, which every report format shows.
 *
 * A suppression applies to a finding of the same site when the codes are equal and, if it
 * has a target, the finding is about the target: its JSON pointer lies inside an object of
 * that name (a cabinet, a cabinet/node group, a fabric, a pool or a tenant), or its message
 * names the target in quotes, as every rule quotes the names it speaks of ('cab-a/npu').
 * Each finding is taken by the first suppression that applies, in list order.
 */

/** The suppression that accepted a finding. */
export interface AppliedSuppression {
  readonly reason: string;
  readonly target?: string;
  readonly expires?: string;
  /** Where the suppression is written. */
  readonly location: SourceLocation;
  /** JSON pointer of the suppression, e.g. /metadata/suppressions/0. */
  readonly path: string;
}

/** A finding a suppression accepted: it fails nothing but stays in every report. */
export interface SuppressedFinding extends Finding {
  readonly suppression: AppliedSuppression;
}

export interface SuppressionOptions {
  /**
   * Apply the sites' suppressions. False audits as if there were none (`--no-suppressions`).
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Today's date (YYYY-MM-DD), against which `expires` is compared.
   * @default AISITE_TODAY when set, else today's date in UTC
   */
  readonly today?: string;
}

export interface SuppressionOutcome {
  /** The findings that still count, plus the findings about the suppressions themselves. */
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
}

/** The environment variable that fixes today's date (tests, reproducible CI runs). */
export const TODAY_ENV = 'AISITE_TODAY';

/** Today's date as YYYY-MM-DD: AISITE_TODAY when set (a usage error when not a date), else the UTC date. */
export function currentDate(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): string {
  const given = env[TODAY_ENV];
  if (given === undefined || given === '') return now.toISOString().slice(0, 10);
  if (!isCalendarDate(given)) throw new UsageError(`${TODAY_ENV} must be a date YYYY-MM-DD, but ${q(given)} was given; unset it to use today's date`);
  return given;
}

/** True for an existing day written YYYY-MM-DD (2027-02-30 is not one). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

interface Active {
  readonly site: ResolvedSite;
  readonly applied: AppliedSuppression;
  readonly code: string;
  /** JSON pointers of the objects the target names; empty without a target. */
  readonly prefixes: readonly string[];
  used: boolean;
}

/**
 * Applies the suppressions of the given sites to the findings. `knownCodes` are the codes
 * aisite reports (a suppression of any other code is a finding). Linear in findings plus
 * suppressions, times the (few) suppressions of one site and code.
 */
export function applySuppressions(
  sites: readonly ResolvedSite[],
  findings: readonly Finding[],
  knownCodes: ReadonlySet<string>,
  opts: SuppressionOptions = {},
): SuppressionOutcome {
  if (opts.enabled === false) return { findings: [...findings], suppressed: [] };
  const today = opts.today ?? currentDate();
  if (!isCalendarDate(today)) throw new UsageError(`today must be a date YYYY-MM-DD, but ${q(today)} was given`);
  const out: Finding[] = [];
  const bySiteCode = new Map<string, Active[]>();
  for (const site of sites) {
    for (const a of activeSuppressions(site, knownCodes, today, out)) {
      const key = `${site.name}\u0000${a.code}`;
      const list = bySiteCode.get(key);
      if (list) list.push(a);
      else bySiteCode.set(key, [a]);
    }
  }
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const candidates = f.site !== undefined && canBeSuppressed(f.code) ? bySiteCode.get(`${f.site}\u0000${f.code}`) : undefined;
    const match = candidates?.find((a) => appliesTo(a, f));
    if (!match) {
      out.push(f);
      continue;
    }
    match.used = true;
    suppressed.push({ ...f, suppression: match.applied });
  }
  for (const list of bySiteCode.values()) {
    for (const a of list) {
      if (a.used) continue;
      const on = a.applied.target === undefined ? '' : ` on ${q(a.applied.target)}`;
      out.push(
        makeFinding(
          SUPPRESSION_RULES.unused,
          a.site.doc,
          a.applied.path,
          mustBe(`the suppression of ${a.code}${on}`, `matched by a finding of site ${q(a.site.name)}`, 'none', 'was found'),
          'remove the suppression: the finding it accepted is gone (or check its code and target)',
          { site: a.site.name },
        ),
      );
    }
  }
  return { findings: out, suppressed };
}

/** The suppressions of one site that apply today; the others become findings in `out`. */
function activeSuppressions(site: ResolvedSite, knownCodes: ReadonlySet<string>, today: string, out: Finding[]): Active[] {
  const list = site.spec.metadata.suppressions ?? [];
  if (list.length === 0) return [];
  const targets = targetIndex(site);
  const active: Active[] = [];
  list.forEach((s, i) => {
    const path = `/metadata/suppressions/${i}`;
    const report = (info: (typeof SUPPRESSION_RULES)[keyof typeof SUPPRESSION_RULES], at: string, message: string, fix: string, severity?: 'error') =>
      out.push(makeFinding(info, site.doc, at, message, fix, { site: site.name, ...(severity ? { severity } : {}) }));
    let ok = true;
    if (s.reason === undefined || s.reason.trim() === '') {
      report(
        SUPPRESSION_RULES.reason,
        s.reason === undefined ? path : `${path}/reason`,
        mustBe(`the suppression of ${s.code}`, 'given with a reason', s.reason === undefined ? 'none' : 'an empty one', 'was given'),
        'add reason: why the finding is accepted (e.g. what was decided, by whom, until when)',
      );
      ok = false;
    }
    if (!knownCodes.has(s.code)) {
      const near = didYouMean(s.code, knownCodes);
      report(
        SUPPRESSION_RULES.code,
        `${path}/code`,
        mustBe('the code of a suppression', 'a code aisite reports', q(s.code), 'was given') + (near ? `. Did you mean ${near}?` : ''),
        'use a code from `aisite rules`',
      );
      ok = false;
    } else if (!canBeSuppressed(s.code)) {
      report(
        SUPPRESSION_RULES.code,
        `${path}/code`,
        mustBe('the code of a suppression', 'one that can be suppressed', `${s.code}, a file, schema or suppression finding,`, 'was given'),
        'fix the finding itself and remove the suppression (`aisite rules` lists which codes can be suppressed)',
      );
      ok = false;
    }
    if (s.expires !== undefined) {
      if (!isCalendarDate(s.expires)) {
        report(
          SUPPRESSION_RULES.expired,
          `${path}/expires`,
          mustBe(`expires of the suppression of ${s.code}`, 'a calendar date', s.expires, 'was given'),
          'give a day that exists, YYYY-MM-DD',
          'error',
        );
        ok = false;
      } else if (s.expires < today) {
        report(
          SUPPRESSION_RULES.expired,
          `${path}/expires`,
          mustBe(`the suppression of ${s.code}`, 'unexpired to apply', `it expired on ${s.expires}`, `(today is ${today}): its findings count again`),
          'fix the findings, or renew the suppression with a later expires and a reason that still holds',
        );
        ok = false;
      }
    }
    let prefixes: readonly string[] = [];
    if (s.target !== undefined) {
      prefixes = targets.get(s.target) ?? [];
      if (prefixes.length === 0) {
        const near = didYouMean(s.target, targets.keys());
        report(
          SUPPRESSION_RULES.unused,
          `${path}/target`,
          mustBe(
            `the target of the suppression of ${s.code}`,
            `a cabinet, cabinet/node group, fabric, pool or tenant of site ${q(site.name)}`,
            q(s.target),
            'was given',
          ) + (near ? `. Did you mean ${q(near)}?` : ''),
          'name an object of the site, or remove target to accept the code everywhere in the site',
        );
        ok = false;
      }
    }
    if (!ok) return;
    const applied: AppliedSuppression = {
      reason: s.reason!,
      ...(s.target !== undefined ? { target: s.target } : {}),
      ...(s.expires !== undefined ? { expires: s.expires } : {}),
      location: site.doc.locate(path),
      path,
    };
    active.push({ site, applied, code: s.code, prefixes, used: false });
  });
  return active;
}

/** Every name a target may give, with the JSON pointers of the objects so named. */
function targetIndex(site: ResolvedSite): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (name: string, pointer: string) => {
    const list = index.get(name);
    if (list) list.push(pointer);
    else index.set(name, [pointer]);
  };
  const spec = site.spec.spec;
  spec.cabinets.forEach((c, i) => {
    add(c.name, `/spec/cabinets/${i}`);
    c.nodeGroups.forEach((g, j) => add(`${c.name}/${g.name}`, `/spec/cabinets/${i}/nodeGroups/${j}`));
  });
  (spec.fabrics ?? []).forEach((f, i) => add(f.name, `/spec/fabrics/${i}`));
  (spec.pools ?? []).forEach((p, i) => add(p.name, `/spec/pools/${i}`));
  (spec.tenants ?? []).forEach((t, i) => add(t.name, `/spec/tenants/${i}`));
  return index;
}

function appliesTo(a: Active, f: Finding): boolean {
  if (a.applied.target === undefined) return true;
  const path = f.path ?? '';
  return a.prefixes.some((p) => path === p || path.startsWith(`${p}/`)) || f.message.includes(q(a.applied.target));
}

/** Suppressions written in an AcceleratorCatalog: they accept nothing, so each is a finding. */
export function misplacedSuppressions(doc: SourceDocument, list: readonly Suppression[] | undefined): Finding[] {
  return (list ?? []).map((s, i) =>
    makeFinding(
      SUPPRESSION_RULES.unused,
      doc,
      `/metadata/suppressions/${i}`,
      mustBe(`the suppression of ${s.code}`, 'in the metadata of a site', 'an AcceleratorCatalog', 'was given'),
      'move it to the metadata of the site whose finding it accepts',
    ),
  );
}
