/** Levenshtein distance, for did-you-mean suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/**
 * The closest candidate to `given`, if close enough to be a plausible typo: within a
 * third of the longer length (at least 2 edits), or a prefix of it or it of them. Fewest
 * edits (case-insensitive) wins, so a one-letter slip beats a prefix that is many letters
 * shorter; among equally distant ones a prefix match wins, then the alphabetically first.
 */
export function didYouMean(given: string, candidates: Iterable<string>): string | undefined {
  let best: { c: string; d: number; prefix: boolean } | undefined;
  const g = given.toLowerCase();
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const d = editDistance(g, lc);
    const prefix = lc.startsWith(g) || g.startsWith(lc);
    if (!prefix && d > Math.max(2, Math.floor(Math.max(given.length, c.length) / 3))) continue;
    const better = !best || d < best.d || (d === best.d && (prefix !== best.prefix ? prefix : c < best.c));
    if (better) best = { c, d, prefix };
  }
  return best?.c;
}

/** " Did you mean 'x'?" or "" — to append to a message. */
export function suggestion(given: string, candidates: Iterable<string>): string {
  const s = didYouMean(given, candidates);
  return s ? ` Did you mean '${s}'?` : '';
}
