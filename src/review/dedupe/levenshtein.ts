/**
 * Levenshtein similarity: 1 − edit distance / length of the longer string (Levenshtein
 * 1966; Navarro 2001, ACM Comput Surv 33:31, §2). The distance is computed on UTF-16
 * code units with two rolling rows; `floor` lets the caller stop early once the ratio
 * can no longer reach it (returns 0 then).
 *   levenshteinRatio('haemolytic uraemic', 'hemolytic uremic') // 0.888…
 */
export function levenshteinRatio(a: string, b: string, floor = 0): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  const longer = Math.max(n, m);
  if (longer === 0) return 1;
  const budget = Math.floor((1 - floor) * longer);
  if (Math.abs(n - m) > budget) return 0;
  let prev = new Uint32Array(m + 1);
  let curr = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > budget) return 0;
    [prev, curr] = [curr, prev];
  }
  return 1 - prev[m] / longer;
}
