import { Finding } from '../findings';

/** Findings that a change brings and those it clears. */
export interface FindingChanges {
  /** On the new side only, in the new side's order. */
  readonly introduced: readonly Finding[];
  /** On the old side only, in the old side's order. */
  readonly resolved: readonly Finding[];
  /** Counted on the old side, accepted by a suppression on the new side (`metadata.suppressions`). */
  readonly suppressed: readonly Finding[];
  /** Accepted by a suppression on the old side, counted again on the new side (the suppression went or expired). */
  readonly unsuppressed: readonly Finding[];
}

/** Findings each side's suppressions accepted (ValidationResult.suppressed). */
export interface SuppressedSides {
  readonly before: readonly Finding[];
  readonly after: readonly Finding[];
}

/**
 * Turns a finding's file into the name both sides share (`HEAD~1:sites/a.yaml` and
 * `sites/a.yaml` are the same file). Used only for findings that name no site.
 * @default the file as it is
 */
export type FileKey = (file: string) => string;

/**
 * The identity of a finding across a change: code, site (or, for findings about a file
 * that holds no readable site, the file) and JSON pointer. Lines, columns and the
 * message's numbers are left out: an edit above a finding moves it, and a still-exceeded
 * budget with a new figure is the same finding.
 */
export function findingKey(f: Finding, fileKey: FileKey = (x) => x): string {
  return `${f.code}\0${f.site !== undefined ? `site:${f.site}` : `file:${fileKey(f.location.file)}`}\0${f.path ?? ''}`;
}

/**
 * Findings introduced and resolved. Keys are counted, so a second finding with the same
 * key (two overlapping subnets on one path) is introduced even when one was there before.
 */
export function findingChanges(
  before: readonly Finding[],
  after: readonly Finding[],
  beforeKey?: FileKey,
  afterKey?: FileKey,
  accepted: SuppressedSides = { before: [], after: [] },
): FindingChanges {
  const introduced = unmatched(after, before, afterKey, beforeKey);
  const resolved = unmatched(before, after, beforeKey, afterKey);
  const acceptedAfter = new Set(accepted.after.map((f) => findingKey(f, afterKey)));
  const acceptedBefore = new Set(accepted.before.map((f) => findingKey(f, beforeKey)));
  return {
    introduced: introduced.filter((f) => !acceptedBefore.has(findingKey(f, afterKey))),
    resolved: resolved.filter((f) => !acceptedAfter.has(findingKey(f, beforeKey))),
    suppressed: resolved.filter((f) => acceptedAfter.has(findingKey(f, beforeKey))),
    unsuppressed: introduced.filter((f) => acceptedBefore.has(findingKey(f, afterKey))),
  };
}

function unmatched(these: readonly Finding[], others: readonly Finding[], theseKey?: FileKey, othersKey?: FileKey): Finding[] {
  const left = new Map<string, number>();
  for (const f of others) {
    const k = findingKey(f, othersKey);
    left.set(k, (left.get(k) ?? 0) + 1);
  }
  const out: Finding[] = [];
  for (const f of these) {
    const k = findingKey(f, theseKey);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(f);
  }
  return out;
}
