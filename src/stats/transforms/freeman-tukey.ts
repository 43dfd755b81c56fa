/**
 * The Freeman–Tukey (1950, Ann Math Stat 21:607) double arcsine transformation of
 * a proportion p from a sample of n and its inverse (Miller 1978, Am Stat 32:138),
 * as metafor's transf.pft, transf.ipft and transf.ipft.hm:
 *   t = ½[arcsin √(np/(n+1)) + arcsin √((np+1)/(n+1))]
 *   p = ½[1 − sgn(cos 2t) √(1 − (sin 2t + (sin 2t − 1/sin 2t)/n)²)]
 * A t below t(p = 0) gives 0, above t(p = 1) gives 1, and a t for which the
 * inverse is undefined gives NaN (metafor: NA). For a summary of several studies
 * metafor (transf.ipft.hm) uses for n the harmonic mean of the studies' nᵢ.
 * Example (dat.pritz1997: REML summary 1.084679, harmonic mean of the nᵢ
 * 12.5875): ipftHm gives 0.802900.
 */

/** Freeman–Tukey transform of a proportion p from n (metafor's transf.pft). */
export function pft(p: number, n: number): number {
  const x = p * n;
  return (Math.asin(Math.sqrt(x / (n + 1))) + Math.asin(Math.sqrt((x + 1) / (n + 1)))) / 2;
}

/** Miller's inverse for a sample of n, clamped to [0, 1] outside the transform's range. */
export function ipft(t: number, n: number): number {
  if (t > pft(1, n)) return 1;
  if (t < pft(0, n)) return 0;
  const s = Math.sin(2 * t);
  return (1 - Math.sign(Math.cos(2 * t)) * Math.sqrt(1 - (s + (s - 1 / s) / n) ** 2)) / 2;
}

/** Harmonic mean 1/mean(1/nᵢ) over the nᵢ present, as transf.ipft.hm computes it. */
export function harmonicMean(ni: ArrayLike<number>): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < ni.length; i++) {
    if (Number.isNaN(ni[i])) continue;
    sum += 1 / ni[i];
    count++;
  }
  return count / sum;
}

/** metafor's transf.ipft.hm: Miller's inverse with the harmonic mean of the studies' sample sizes. */
export function ipftHm(t: number, ni: ArrayLike<number>): number {
  return ipft(t, harmonicMean(ni));
}
