/**
 * Names shown in a forest plot's headers, in RevMan 5's words (RevMan 5 User Guide,
 * "Data and analyses"): the measure ("Risk Ratio"), the method and model
 * ("M-H, Fixed, 95% CI") and the default "Favours" labels, experimental on the side of
 * the null where the measure is lower (a harmful outcome, RevMan's default).
 */
const MEASURE_NAMES: Record<string, string> = {
  RR: 'Risk Ratio',
  OR: 'Odds Ratio',
  PETO: 'Peto Odds Ratio',
  RD: 'Risk Difference',
  MD: 'Mean Difference',
  SMD: 'Std. Mean Difference',
  SMDH: 'Std. Mean Difference',
  ROM: 'Ratio of Means',
  IRR: 'Rate Ratio',
  IRD: 'Rate Difference',
  COR: 'Correlation',
  ZCOR: 'Fisher z',
  PR: 'Proportion',
  GEN: 'Effect',
};

export function measureName(measure: string): string {
  return MEASURE_NAMES[measure] ?? measure;
}

const FIXED = new Set(['EE', 'FE', 'MH', 'PETO']);

export function isRandom(method: string): boolean {
  return !FIXED.has(method);
}

/** "M-H, Fixed, 95% CI"; random-effects estimators other than DL are named. */
export function methodLabel(method: string, level: number): string {
  const ci = `${Number(level.toFixed(2))}% CI`;
  if (method === 'MH') return `M-H, Fixed, ${ci}`;
  // RevMan 5's random-effects model for M-H outcomes: DerSimonian–Laird from the M-H Q
  if (method === 'MH-RE') return `M-H, Random, ${ci}`;
  if (method === 'PETO') return `Peto, Fixed, ${ci}`;
  if (!isRandom(method)) return `IV, Fixed, ${ci}`;
  return method === 'DL' ? `IV, Random, ${ci}` : `IV, Random (${method}), ${ci}`;
}

/**
 * Default labels either side of the null. With `higherIsBetter` (healing, response) an
 * effect above the null favours the experimental arm.
 */
export function favoursDefaults(higherIsBetter = false): [string, string] {
  const exp = 'Favours [experimental]';
  const ctl = 'Favours [control]';
  return higherIsBetter ? [ctl, exp] : [exp, ctl];
}
