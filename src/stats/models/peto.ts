/**
 * metafor 3.8's rma.peto: Peto's one-step pooled log odds ratio (Yusuf, Peto,
 * Lewis, Collins & Sleight 1985, Prog Cardiovasc Dis 27:335), from the raw
 * counts of each table with xᵢ = aᵢ + cᵢ events, yᵢ = bᵢ + dᵢ non-events,
 *   Eᵢ = xᵢ n1ᵢ/Nᵢ,  Vᵢ = xᵢ yᵢ n1ᵢ n2ᵢ / (Nᵢ² (Nᵢ − 1))   (hypergeometric mean and variance of aᵢ),
 *   b = Σ(aᵢ − Eᵢ) / ΣVᵢ,  SE = 1/√ΣVᵢ,
 * and Peto's heterogeneity statistic over the k⁺ tables with Vᵢ > 0,
 *   QE = Σ (aᵢ − Eᵢ)²/Vᵢ − (Σ(aᵢ − Eᵢ))² / ΣVᵢ,
 * on k_yi − 1 df (k_yi the number of escalc Peto outcomes with add/to/drop00),
 * or QE with p = 1, I² = 0, H² = 1 when k⁺ ≤ 1. Weights are Vᵢ.
 * Where metafor stops (ΣVᵢ = 0: nobody, or everybody, had the event) this returns NaN and a warning.
 * dat.bcg: b = −0.4744 (SE 0.0407, 95% CI −0.5541 to −0.3948), QE = 167.73 on 12 df.
 */
import { fixedHeterogeneity, unassessableHeterogeneity } from './heterogeneity.js';
import { levelFraction } from './level.js';
import { prepareTables } from './mh-inputs.js';
import { fixedPooledResult, outcomeOptions, type TableOutcomeOptions } from './mh-result.js';
import type { BinaryTables } from './mh-tables.js';
import type { PooledResult } from './types.js';

export interface RmaPetoOptions extends TableOutcomeOptions {
  /** 95 or 0.95. */
  readonly level?: number;
}

export interface PetoResult extends PooledResult {
  readonly model: 'rma.peto';
  readonly measure: 'PETO';
  /** Number of study-level outcomes (metafor's k.yi); `k` counts the pooled tables. */
  readonly k_yi: number;
  /** Caller's rows of `yi` and `vi` (`rows` are those of the pooled tables and `weights`). */
  readonly rows_yi: readonly number[];
}

export function rmaPeto(tables: BinaryTables, options: RmaPetoOptions = {}): PetoResult {
  const level = levelFraction(options.level ?? 95);
  const prep = prepareTables(tables, 'PETO', outcomeOptions(options));
  const { ai, bi, ci, di } = prep.tables;
  const k = ai.length;
  const V = new Float64Array(k);
  let sumOE = 0;
  let sumV = 0;
  let sumOE2V = 0;
  let sumVpos = 0;
  let kPos = 0;
  for (let i = 0; i < k; i++) {
    const n1 = ai[i] + bi[i];
    const n2 = ci[i] + di[i];
    const n = n1 + n2;
    const x = ai[i] + ci[i];
    const oe = ai[i] - (x * n1) / n;
    V[i] = (x * (bi[i] + di[i]) * (n1 / n) * (n2 / n)) / (n - 1);
    sumOE += oe;
    sumV += V[i];
    if (V[i] > 0) {
      kPos++;
      sumOE2V += (oe * oe) / V[i];
      sumVpos += V[i];
    }
  }
  const warnings = [...prep.warnings];
  const defined = sumV > 0;
  if (sumV === 0) {
    warnings.push(
      "Peto's odds ratio is not defined: in every table either nobody or everybody had the event (Σ Vᵢ = 0). " +
        'The estimate, SE and CI are NaN (metafor stops with an error here).',
    );
  } else if (Number.isNaN(sumV)) {
    warnings.push(
      "Peto's odds ratio is not defined: a table with fewer than two participants has no hypergeometric variance " +
        '(Nᵢ − 1 = 0). The estimate, SE and CI are NaN. Remove such tables.',
    );
  }
  const kYi = prep.yi.length;
  const QE = Math.max(0, sumOE2V - (sumOE * sumOE) / sumVpos);
  const het = defined && kPos > 1 ? fixedHeterogeneity(QE, kYi - 1) : unassessableHeterogeneity(defined ? QE : 0);
  if (defined && kPos <= 1) {
    warnings.push(
      'Only one table has both events and non-events: heterogeneity cannot be ' +
        'assessed, and QEp = 1, I² = 0, H² = 1 are reported as metafor does.',
    );
  }
  const base = fixedPooledResult({
    model: 'rma.peto',
    level,
    k,
    b: defined ? sumOE / sumV : NaN,
    se: defined ? Math.sqrt(1 / sumV) : NaN,
    het,
    yi: prep.yi,
    vi: prep.vi,
    rows: prep.rows,
    weights: V,
    warnings,
  });
  return { ...base, model: 'rma.peto', measure: 'PETO', k_yi: kYi, rows_yi: prep.rows_yi };
}
