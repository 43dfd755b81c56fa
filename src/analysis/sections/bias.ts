/**
 * `--bias`: small-study effects for the main analysis' studies. Egger's regression test
 * (metafor's regtest default: the standard error as predictor in the main model), Begg &
 * Mazumdar's rank correlation, trim-and-fill (L0, side as metafor chooses it), fail-safe N
 * (Rosenthal, Orwin, Rosenberg) and PET-PEESE.
 */
import type { CsvTable } from '../../io/csv/parse-csv.js';
import { fsn, petPeese, ranktest, regtest, trimfill } from '../../stats/bias/index.js';
import { prepareModelData } from '../../stats/models/rma-uni.js';
import type { AnalysisOptions } from '../analysis-options.js';
import { locate, type EffectData } from '../effect-data.js';
import { num } from '../result-json.js';
import { uniOptions } from './model-options.js';

export function biasSection(table: CsvTable, data: EffectData, options: AnalysisOptions) {
  const model = uniOptions(options);
  // the tests take complete rows only
  const d = prepareModelData(data.yi, data.vi, undefined, undefined);
  const yi = Array.from(d.y);
  const vi = Array.from(d.vi);
  return locate(table, () => {
    const eg = regtest(yi, vi, model);
    const rt = ranktest(yi, vi);
    const tf = trimfill(yi, vi, model);
    const pp = petPeese(yi, vi, { level: model.level });
    const stat = Number.isNaN(eg.ddf) ? 'zval' : 'tval';
    return {
      egger: { predictor: eg.predictor, [stat]: num(eg.zval), ...(stat === 'tval' ? { ddf: eg.ddf } : {}), pval: num(eg.pval), b_limit: num(eg.b_limit), ci_lb: num(eg.ci_lb), ci_ub: num(eg.ci_ub) },
      begg: { tau: num(rt.tau), pval: num(rt.pval), exact: rt.exact },
      trimfill: {
        k0: tf.k0,
        se_k0: num(tf.se_k0),
        side: tf.side,
        estimator: tf.estimator,
        k: tf.k,
        b: num(tf.b),
        se: num(tf.se),
        ci_lb: num(tf.ci_lb),
        ci_ub: num(tf.ci_ub),
        tau2: num(tf.tau2),
        filled: tf.filled.map((f) => ({ yi: num(f.yi), vi: num(f.vi) })),
      },
      failsafe: Object.fromEntries(
        (['Rosenthal', 'Orwin', 'Rosenberg'] as const).map((type) => {
          const r = fsn(yi, vi, { type });
          return [type.toLowerCase(), { fsnum: num(r.fsnum), alpha: num(r.alpha), pval: num(r.pval), target: num(r.target) }];
        }),
      ),
      pet_peese: { selected: pp.selected, b: num(pp.b), se: num(pp.se), ci_lb: num(pp.ci_lb), ci_ub: num(pp.ci_ub), pet_pval: num(pp.pet_pval) },
    };
  });
}
