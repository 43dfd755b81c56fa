/**
 * One arm's reported summary as the mean and SD (or events and n) that escalc
 * needs, converted by metasift's own functions from what the source printed:
 * median and IQR or range → mean and SD (meanSdFromMedian: Luo 2018, Wan 2014),
 * SE → SD (sdFromSe), CI → SD (sdFromCi), a unit → the dictionary's unit, and a
 * change reported as "improvement" → a change from baseline (sign flipped when
 * lower is better). Each step is named so that a report can list it.
 */
import { meanSdFromMedian, sdFromCi, sdFromSe } from '../../stats/conversions/index.js';
import type { OutcomeDef } from '../../review/evidence/dictionary.js';
import type { ArmRecord } from '../../review/evidence/types.js';

export type ArmSummary =
  | { readonly ok: true; readonly n: number; readonly mean: number; readonly sd: number; readonly steps: readonly string[] }
  | { readonly ok: false; readonly missing: string };

function unitFactor(outcome: OutcomeDef, units: string): number {
  return units === outcome.unit || units.startsWith(outcome.unit) ? 1 : (outcome.unitFactors[units] ?? NaN);
}

function meanSd(arm: ArmRecord): { mean: number; sd: number; step?: string } | string {
  const n = arm.n;
  switch (arm.conversion) {
    case 'none':
      if (arm.mean === null) return 'no mean';
      if (arm.sd === null) return arm.ci_lb !== null ? 'a confidence interval that gives no SD' : 'no SD';
      return { mean: arm.mean, sd: arm.sd };
    case 'median_iqr':
    case 'median_range': {
      if (n === null) return 'a median whose arm size n is not printed (the conversion needs n)';
      const s = meanSdFromMedian({ n, median: arm.median!, q1: arm.q1 ?? undefined, q3: arm.q3 ?? undefined, min: arm.min ?? undefined, max: arm.max ?? undefined });
      return { mean: s.mean, sd: s.sd, step: `median → mean/SD (meanSdFromMedian, scenario ${s.scenario})` };
    }
    case 'se_to_sd':
      if (n === null) return 'an SE whose arm size n is not printed';
      return { mean: arm.mean!, sd: sdFromSe(arm.se!, n), step: 'SE → SD (sdFromSe)' };
    case 'ci_to_sd':
      if (n === null) return 'a CI whose arm size n is not printed';
      return { mean: arm.mean!, sd: sdFromCi(arm.ci_lb!, arm.ci_ub!, n), step: 'CI → SD (sdFromCi)' };
  }
}

export function armSummary(arm: ArmRecord, outcome: OutcomeDef): ArmSummary {
  const ms = meanSd(arm);
  if (typeof ms === 'string') return { ok: false, missing: `${arm.arm}: ${ms}` };
  if (arm.n === null) return { ok: false, missing: `${arm.arm}: arm size n not printed` };
  const steps = ms.step === undefined ? [] : [ms.step];
  const f = unitFactor(outcome, arm.units);
  if (f !== 1) steps.push(`${arm.units} → ${outcome.unit} (× ${f})`);
  const flip = arm.value_type === 'improvement' && outcome.lowerIsBetter ? -1 : 1;
  if (flip === -1) steps.push('sign flipped: reported as improvement, pooled as change from baseline');
  return { ok: true, n: arm.n, mean: flip * f * ms.mean, sd: f * ms.sd, steps };
}
