/**
 * The two-sided normal critical value of a confidence level in percent, from the
 * exact quantile (RevMan 5 uses 1.959964… for 95%, not 1.96; Deeks & Higgins,
 * Statistical algorithms in Review Manager 5, 2010, "Confidence intervals").
 */
import { normalQuant } from '../distributions/index.js';

export function zCritical(levelPercent: number): number {
  return normalQuant(1 - (1 - levelPercent / 100) / 2);
}
