/**
 * The transformation that reports a measure's summary on its natural scale, as
 * metafor users pass it to predict(…, transf = …): exp for the log-scale measures
 * (isRatioMeasure), transf.ilogit for PLO, transf.iarcsin for PAS,
 * transf.ipft.hm for PFT (it needs the studies' sample sizes nᵢ), transf.ztor
 * for ZCOR, and none for every other measure. GEN is exponentiated when its
 * inputs were ratios (ciScale "log").
 * Example: backTransform('RR').fn(−0.7145) = 0.4894 (dat.bcg, REML summary).
 */
import { InputError } from '../errors.js';
import { isRatioMeasure } from '../effects/measures.js';
import type { Measure } from '../effects/types.js';
import { iarcsin } from './arcsine.js';
import { ztor } from './fisher-z.js';
import { harmonicMean, ipft } from './freeman-tukey.js';
import { ilogit } from './logit.js';

export interface BackTransform {
  /** metafor's name for the function ('exp', 'transf.ilogit', …), or 'none'. */
  readonly name: string;
  readonly fn: (x: number) => number;
}

export interface BackTransformArgs {
  /** Sample sizes of the pooled studies; needed for PFT. */
  readonly ni?: ArrayLike<number>;
  /** For GEN: 'log' when the outcomes were logged ratios. */
  readonly ciScale?: 'log' | 'identity';
}

const identity: BackTransform = { name: 'none', fn: (x) => x };

function freemanTukey(ni: ArrayLike<number> | undefined): BackTransform {
  if (ni === undefined || Array.from(ni).every(Number.isNaN)) {
    throw new InputError("Back-transforming PFT (transf.ipft.hm) needs the studies' sample sizes 'ni'.", { field: 'ni' });
  }
  for (let i = 0; i < ni.length; i++) {
    if (!Number.isNaN(ni[i]) && !(ni[i] > 0 && Number.isFinite(ni[i]))) {
      throw new InputError(`'ni' must be positive sample sizes (row ${i}: got ${ni[i]}).`, { field: 'ni', row: i, value: ni[i] });
    }
  }
  const n = harmonicMean(ni);
  return { name: 'transf.ipft.hm', fn: (x) => ipft(x, n) };
}

export function backTransform(measure: Measure, args: BackTransformArgs = {}): BackTransform {
  if (isRatioMeasure(measure) || (measure === 'GEN' && args.ciScale === 'log')) return { name: 'exp', fn: Math.exp };
  switch (measure) {
    case 'PLO':
      return { name: 'transf.ilogit', fn: ilogit };
    case 'PAS':
      return { name: 'transf.iarcsin', fn: iarcsin };
    case 'PFT':
      return freemanTukey(args.ni);
    case 'ZCOR':
      return { name: 'transf.ztor', fn: ztor };
    default:
      return identity;
  }
}

/** A summary with its confidence and prediction intervals, in metafor's predict() names. */
export interface Summary {
  readonly pred: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
  readonly pi_lb: number;
  readonly pi_ub: number;
}

/** Every value of a summary through one transformation (all of them are increasing, so bounds stay in order). */
export function transformSummary(t: BackTransform, s: Summary): Summary {
  return { pred: t.fn(s.pred), ci_lb: t.fn(s.ci_lb), ci_ub: t.fn(s.ci_ub), pi_lb: t.fn(s.pi_lb), pi_ub: t.fn(s.pi_ub) };
}
