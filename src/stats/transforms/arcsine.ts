/**
 * Inverse of the arcsine square-root (angular) transformation, sin²(x), for PAS,
 * as metafor's transf.iarcsin: values below 0 give 0 and values above π/2 give 1,
 * so that a confidence bound outside the transformation's range maps to the
 * nearest possible proportion. Example: iarcsin(π/4) = 0.5.
 */
export function iarcsin(x: number): number {
  if (x < 0) return 0;
  if (x > Math.PI / 2) return 1;
  return Math.sin(x) ** 2;
}
