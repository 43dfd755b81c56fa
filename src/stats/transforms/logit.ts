/**
 * Inverse logit 1/(1 + e⁻ˣ), metafor's transf.ilogit (R's plogis), for PLO:
 * a summary log odds back to a proportion. Written in two branches so that
 * neither overflows: e.g. ilogit(−800) = 0 and ilogit(1.138909) = 0.757479
 * (dat.pritz1997, REML summary of the PLO outcomes).
 */
export function ilogit(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
