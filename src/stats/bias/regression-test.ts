/**
 * Regression test for funnel-plot asymmetry, as metafor 3.8's `regtest()`.
 * The outcomes are regressed on a measure of study size (see ./predictors.ts):
 *   model "rma": yᵢ = β₀ + β₁·predᵢ + uᵢ + εᵢ, a meta-regression with the main
 *     analysis' τ² estimator and test (Sterne & Egger 2005, eq. 6.4);
 *   model "lm":  weighted least squares with weights 1/vᵢ and a multiplicative
 *     dispersion parameter — the classic Egger et al. (1997, BMJ 315:629) test.
 * The test of β₁ = 0 is the asymmetry test; for predictors that vanish for an infinitely
 * precise study (sei, vi, 1/ni, 1/√ni) β₀ is the "limit estimate" (Rücker et al. 2011,
 * Biostatistics 12:122), with its CI from the same fit.
 * dat.bcg (log RR), REML, sei: z = −0.8033, p = 0.4218, limit estimate −0.5104
 * (CI −1.1182 to 0.0974).
 */
import { InputError } from '../errors.js';
import { levelFraction } from '../models/level.js';
import { fitRmaUni, type RmaUniFit, type RmaUniOptions } from '../models/rma-uni.js';
import { LIMIT_PREDICTORS, predictorValues, type Predictor } from './predictors.js';
import { weightedLm, type WlsFit } from './weighted-lm.js';

export interface RegtestOptions extends RmaUniOptions {
  /** "rma" (default): meta-regression with the main model's method and test; "lm": weighted regression. */
  readonly model?: 'rma' | 'lm';
  readonly predictor?: Predictor;
  /** Sample sizes, needed for the ni, ninv, sqrtni and sqrtninv predictors. */
  readonly ni?: ArrayLike<number>;
}

interface RegtestSummary {
  readonly predictor: Predictor;
  readonly method: string;
  /** Test statistic of the predictor's coefficient: z, or t when ddf is finite (metafor keeps the name zval). */
  readonly zval: number;
  readonly pval: number;
  /** Degrees of freedom of the t test; NaN for a z test. */
  readonly ddf: number;
  /** Limit estimate (the intercept) and its CI; NaN for predictors without a limit. */
  readonly b_limit: number;
  readonly ci_lb: number;
  readonly ci_ub: number;
}

/** The fit is the meta-regression for model "rma" and the weighted regression for "lm". */
export type RegtestResult =
  | (RegtestSummary & { readonly model: 'rma'; readonly fit: RmaUniFit })
  | (RegtestSummary & { readonly model: 'lm'; readonly fit: WlsFit });

export function regtest(yi: ArrayLike<number>, vi: ArrayLike<number>, options: RegtestOptions = {}): RegtestResult {
  const model = options.model ?? 'rma';
  const predictor = options.predictor ?? 'sei';
  if (model !== 'rma' && model !== 'lm') {
    throw new InputError(`Unknown model '${String(model)}'. Use 'rma' or 'lm'.`, { field: 'model', value: model });
  }
  if (yi.length !== vi.length) {
    throw new InputError(`yi has ${yi.length} values but vi has ${vi.length}.`, { field: 'vi' });
  }
  const x = predictorValues(predictor, vi, options.ni);
  const hasLimit = LIMIT_PREDICTORS.has(predictor);
  const present = x.filter((v, i) => !Number.isNaN(v) && !Number.isNaN(yi[i]));
  if (present.length > 0 && present.every((v) => v === present[0])) {
    // metafor's check: with a constant predictor the design [1, predictor] is not of full rank
    throw new InputError(`The predictor '${predictor}' is the same for every study: the regression test is not defined.`, {
      field: 'predictor',
      value: predictor,
    });
  }
  if (model === 'rma') {
    const ones = Array.from(x, () => 1);
    const fit = fitRmaUni(yi, vi, [ones, x], options, ['intrcpt', predictor]);
    const [b0, b1] = fit.coefficients;
    return {
      model,
      predictor,
      method: fit.method,
      zval: b1.zval,
      pval: b1.pval,
      ddf: fit.ddf,
      b_limit: hasLimit ? b0.estimate : NaN,
      ci_lb: hasLimit ? b0.ci_lb : NaN,
      ci_ub: hasLimit ? b0.ci_ub : NaN,
      fit,
    };
  }
  const keep: number[] = [];
  for (let i = 0; i < yi.length; i++) {
    if (!Number.isNaN(yi[i]) && !Number.isNaN(vi[i]) && !Number.isNaN(x[i])) keep.push(i);
  }
  const y = keep.map((i) => yi[i]);
  const pred = keep.map((i) => x[i]);
  const w = keep.map((i) => 1 / vi[i]);
  const fit = weightedLm(y, [pred.map(() => 1), pred], w, ['intrcpt', predictor], levelFraction(options.level ?? 95));
  const [b0, b1] = fit.coefficients;
  return {
    model,
    predictor,
    method: 'lm',
    zval: b1.tval,
    pval: b1.pval,
    ddf: fit.ddf,
    b_limit: hasLimit ? b0.estimate : NaN,
    ci_lb: hasLimit ? b0.ci_lb : NaN,
    ci_ub: hasLimit ? b0.ci_ub : NaN,
    fit,
  };
}
