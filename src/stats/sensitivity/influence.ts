/**
 * Case-deletion influence diagnostics for rma.uni models with or without moderators
 * (metafor's influence.rma.uni; Viechtbauer & Cheung 2010, Res Synth Methods 1:112,
 * after Belsley, Kuh & Welsch 1980 and Cook 1977). With β̂₍ᵢ₎, τ̂²₍ᵢ₎ and s²₍ᵢ₎
 * from the fit without study i (see ./deleted-fits.ts):
 *   DFFITSᵢ  = xᵢ'(β̂ − β̂₍ᵢ₎) / √(s²₍ᵢ₎ hᵢ (τ̂²₍ᵢ₎ + vᵢ))
 *   DFBETASᵢⱼ = (β̂ⱼ − β̂₍ᵢ₎ⱼ) / √(s²₍ᵢ₎ [(X'W₍ᵢ₎X)⁻¹]ⱼⱼ),  W₍ᵢ₎ = diag(1/(vₗ + τ̂²₍ᵢ₎)) on all k studies
 *   Cook's Dᵢ = (β̂ − β̂₍ᵢ₎)' Var(β̂)⁻¹ (β̂ − β̂₍ᵢ₎)   (all p coefficients: m = p)
 *   COVRATIOᵢ = det Var(β̂₍ᵢ₎) / det Var(β̂)
 * plus the studentized deleted residual (./rstudent.ts), τ̂²₍ᵢ₎, QE₍ᵢ₎, the leverage hᵢ
 * (./hatvalues.ts), the weight in percent and the influential flag (./influence-flags.ts).
 * dat.bcg (log RR), REML: study 4 has the largest Cook's D, 0.2295; none is flagged.
 */
import type { RmaUniOptions } from '../models/rma-uni.js';
import { crossprodWeighted, invertSPD, logDetSPD, quadForm, type Columns } from '../numeric/small-matrix.js';
import { deletedFits, fitForDeletion } from './deleted-fits.js';
import { hatvalues } from './hatvalues.js';
import { isInfluential } from './influence-flags.js';
import { fittedAt } from './linear.js';
import { studentizedDeleted } from './rstudent.js';

export interface InfluenceRow {
  readonly row: number;
  readonly rstudent: number;
  readonly dffits: number;
  readonly cook_d: number;
  readonly cov_r: number;
  readonly tau2_del: number;
  readonly QE_del: number;
  readonly hat: number;
  readonly weight: number;
  /** DFBETAS, one per coefficient. */
  readonly dfbs: readonly number[];
  /** metafor's asterisk: the study meets one of the influence criteria. */
  readonly inf: boolean;
}

export interface InfluenceResult {
  readonly k: number;
  readonly p: number;
  /** Number of coefficients Cook's distance and the covariance ratio are taken over. */
  readonly m: number;
  readonly coefficients: readonly string[];
  readonly tau2: number;
  readonly QE: number;
  readonly rows: readonly InfluenceRow[];
}

export function influence(
  yi: ArrayLike<number>,
  vi: ArrayLike<number>,
  X?: Columns,
  options: RmaUniOptions = {},
  names?: readonly string[],
): InfluenceResult {
  const { data, full } = fitForDeletion(yi, vi, X, options, names, 'influence()');
  const d = deletedFits(data, full, options, names);
  const { k, p } = full;
  const hat = hatvalues(full);
  const vbInv = invertSPD(full.vb);
  const logDetFull = logDetSPD(full.vb);
  const rows: InfluenceRow[] = [];
  for (let i = 0; i < k; i++) {
    const ok = !Number.isNaN(d.tau2[i]);
    const s2w = d.s2w[i];
    const dffits = (fittedAt(data.X, i, full.beta) - d.delpred[i]) / Math.sqrt(s2w * hat[i] * (d.tau2[i] + data.vi[i]));
    const dfb = full.beta.map((b, j) => b - d.beta[j][i]);
    const vbDel = ok ? invertSPD(crossprodWeighted(data.X, data.vi.map((v) => 1 / (v + d.tau2[i])))) : null;
    const dfbs = dfb.map((x, j) => (vbDel === null ? NaN : x / Math.sqrt(s2w * vbDel[j][j])));
    const cook_d = ok && vbInv !== null ? quadForm(vbInv, dfb) : NaN;
    const measures = { dffits, cook_d, hat: hat[i], dfbs };
    rows.push({
      row: data.rows[i],
      rstudent: studentizedDeleted(d, i).z,
      dffits,
      cook_d,
      cov_r: Math.exp(d.logDetVb[i] - logDetFull),
      tau2_del: d.tau2[i],
      QE_del: d.QE[i],
      hat: hat[i],
      weight: full.weights[i],
      dfbs,
      inf: isInfluential(measures, k, p, p),
    });
  }
  return { k, p, m: p, coefficients: full.coefficients.map((c) => c.name), tau2: full.tau2, QE: full.QE, rows };
}
