/**
 * Inverse of Fisher's (1921) r-to-z transformation, r = tanh(z), metafor's
 * transf.ztor, for ZCOR. Example: ztor(0.189227) = 0.187.
 */
export function ztor(z: number): number {
  return Math.tanh(z);
}
