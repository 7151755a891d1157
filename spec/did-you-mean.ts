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
 * third of the longer length (at least 2 edits), or a case-insensitive or prefix match.
 */
export function didYouMean(given: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const g = given.toLowerCase();
  for (const c of candidates) {
    const lc = c.toLowerCase();
    let score = editDistance(g, lc);
    if (lc === g) score = 0;
    else if (lc.startsWith(g) || g.startsWith(lc)) score = Math.min(score, 1);
    if (score < bestScore || (score === bestScore && best !== undefined && c < best)) {
      best = c;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(given.length, best.length) / 3));
  return bestScore <= limit ? best : undefined;
}

/** " Did you mean 'x'?" or "" — to append to a message. */
export function suggestion(given: string, candidates: Iterable<string>): string {
  const s = didYouMean(given, candidates);
  return s ? ` Did you mean '${s}'?` : '';
}
