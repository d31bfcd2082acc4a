// Small edit-distance helpers (insertions, deletions, substitutions, in UTF-16 code units) for
// scoring candidates. Only ever run on short strings or inside a band, never on the whole text.

/** Levenshtein distance of a and b, or `limit + 1` as soon as it must exceed `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  // Ukkonen band: only cells with |i - j| <= limit can hold a value <= limit.
  const INF = limit + 1;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j <= limit ? j : INF;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(m, i + limit);
    cur.fill(INF);
    cur[0] = i <= limit ? i : INF;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const v = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1, INF);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return INF;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m]!, INF);
}

/**
 * Errors of `pattern` aligned against `window` with one end pinned: 'end' pins the pattern's end to
 * the window's end (text before a quote vs. the expected prefix), 'start' pins the starts (text after
 * a quote vs. the expected suffix). The other end of the window is free; every pattern character
 * left unaligned is an error, so an empty window costs pattern.length.
 */
export function anchoredErrors(window: string, pattern: string, pinned: 'start' | 'end'): number {
  const n = pattern.length;
  const m = window.length;
  if (n === 0) return 0;
  // Walk outward from the pinned end: for 'end', index k means the k-th character from the end.
  const p = pinned === 'start' ? (k: number) => pattern.charCodeAt(k) : (k: number) => pattern.charCodeAt(n - 1 - k);
  const w = pinned === 'start' ? (k: number) => window.charCodeAt(k) : (k: number) => window.charCodeAt(m - 1 - k);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const c = p(i - 1);
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (c === w(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  // The pattern is used fully; the window only as far as it helps.
  let best = n;
  for (let j = 0; j <= m; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}
