/**
 * Estimators of the number of suppressed studies k₀ of Duval & Tweedie (2000, Biometrics
 * 56:455; 2000, JASA 95:89), from the signed ranks of |yᵢ − β̂| in the data with yᵢ sorted
 * so that missing studies would lie on the left. With Tₙ the sum of the positive ranks
 * and γ* the length of the rightmost run of positive ranks:
 *   L0 = (4Tₙ − k(k + 1)) / (2k − 1)                  (Biometrics eq. 6)
 *   R0 = γ* − 1                                          (Biometrics eq. 5)
 *   Q0 = k − 1/2 − √(2k² − 4Tₙ + 1/4)                   (JASA §2.3)
 * Standard errors as metafor 3.8 reports them: from Var(Tₙ) (Biometrics eq. 9) by the
 * delta method for L0 and Q0, and √(2k₀ + 2) for R0.
 */

export type K0Estimator = 'L0' | 'R0' | 'Q0';

export interface K0Estimate {
  /** The unrounded estimate. */
  readonly k0: number;
  readonly se_k0: number;
}

/** Variance of the Wilcoxon statistic Tₙ when k0 of the k studies are missing. */
function varianceTn(k: number, k0: number): number {
  return (
    (k * (k + 1) * (2 * k + 1) +
      10 * k0 ** 3 +
      27 * k0 ** 2 +
      17 * k0 -
      18 * k * k0 ** 2 -
      18 * k * k0 +
      6 * k ** 2 * k0) /
    24
  );
}

/** signedRanks[i] = sign(yᵢ − β̂) · rank of |yᵢ − β̂|, ties ranked by position. */
export function estimateK0(estimator: K0Estimator, signedRanks: readonly number[]): K0Estimate {
  const k = signedRanks.length;
  if (estimator === 'R0') {
    let largestNegative = -Infinity;
    for (const r of signedRanks) if (r < 0) largestNegative = Math.max(largestNegative, -r);
    const k0 = k - largestNegative - 1;
    return { k0, se_k0: Math.sqrt(2 * Math.max(0, k0) + 2) };
  }
  let Tn = 0;
  for (const r of signedRanks) if (r > 0) Tn += r;
  if (estimator === 'L0') {
    const k0 = (4 * Tn - k * (k + 1)) / (2 * k - 1);
    return { k0, se_k0: (4 * Math.sqrt(varianceTn(k, k0))) / (2 * k - 1) };
  }
  const k0 = k - 1 / 2 - Math.sqrt(2 * k * k - 4 * Tn + 1 / 4);
  return { k0, se_k0: (2 * Math.sqrt(varianceTn(k, k0))) / Math.sqrt((k - 1 / 2) ** 2 - k0 * (2 * k - k0 - 1)) };
}
