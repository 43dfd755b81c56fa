/** Readable text for the extra analyses of `metasift analyze` (subgroups, moderators, sensitivity, bias). */
import type { AnalysisReport } from '../analysis/analyze-table.js';
import { formatP } from './format-summary.js';

const f = (x: unknown, d = 4) => (typeof x === 'number' ? x.toFixed(d) : 'NA');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  return [header, ...rows].map((r) => r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
}

export function formatExtras(r: AnalysisReport): string {
  const out: string[] = [];
  if (r.permutation) {
    out.push('', `Permutation test of the pooled effect (${r.permutation.exact ? 'exact' : `${r.permutation.iterations} permutations`}): p = ${formatP(r.permutation.pval)}`);
  }
  if (r.subgroups) {
    const s = r.subgroups;
    out.push('', `Subgroups by '${s.column}' (${s.tau2 === 'separate' ? 'separate tau² in each subgroup, as RevMan 5' : 'one common tau²'}):`);
    out.push(...table(['subgroup', 'k', 'estimate', 'ci.lb', 'ci.ub', 'back-transformed'], s.levels.map((l) => [
      l.subgroup, String(l.k), f(l.b), f(l.ci_lb), f(l.ci_ub),
      l.transf && l.transf.name !== 'none' ? `${f(l.transf.est, 2)} (${f(l.transf.ci_lb, 2)} to ${f(l.transf.ci_ub, 2)})` : '',
    ])));
    const d = s.test_subgroup_diff;
    out.push(`Test for subgroup differences (RevMan): Chi² = ${f(d.Q, 2)}, df = ${d.df}, P = ${formatP(d.p)}, I² = ${f(d.I2, 1)}%`);
    out.push(`Test of moderators (metafor, common tau²): QM(df = ${s.QM_df}) = ${f(s.QM)}, p-val ${formatP(s.QMp)}`);
  }
  if (r.mods) {
    const m = r.mods;
    out.push('', `Meta-regression (k = ${m.k}): residual tau² = ${f(m.tau2)}, I² = ${f(m.I2, 2)}%, R² = ${f(m.R2, 2)}%`);
    out.push(`Test for residual heterogeneity: QE(df = ${m.QE_df}) = ${f(m.QE)}, p-val ${formatP(m.QEp)}`);
    out.push(`Test of moderators: ${m.QM_ddf === undefined ? `QM(df = ${m.QM_df})` : `F(df1 = ${m.QM_df}, df2 = ${m.QM_ddf})`} = ${f(m.QM)}, p-val ${formatP(m.QMp)}`);
    const stat = m.coef[0] && 'tval' in m.coef[0] ? 'tval' : 'zval';
    const perm = m.permutation !== undefined;
    out.push(...table(['', 'estimate', 'se', stat, 'pval', 'ci.lb', 'ci.ub', ...(perm ? ['perm.p'] : [])], m.coef.map((c) => [
      c.name, f(c.estimate), f(c.se), f(c[stat]), formatP(c.pval), f(c.ci_lb), f(c.ci_ub), ...(perm ? [formatP(c.pval_perm)] : []),
    ])));
    for (const p of m.predictions ?? []) {
      const at = Object.entries(p.at).map(([k, v]) => `${k} = ${v}`).join(', ');
      out.push(`Predicted at ${at}: ${f(p.pred)} (CI ${f(p.ci_lb)} to ${f(p.ci_ub)}; PI ${f(p.pi_lb)} to ${f(p.pi_ub)})${p.transf.pred !== p.pred ? `; back-transformed ${f(p.transf.pred, 2)} (${f(p.transf.ci_lb, 2)} to ${f(p.transf.ci_ub, 2)})` : ''}`);
    }
    if (m.permutation) out.push(`Permutation test: ${m.permutation.exact ? 'exact (every permutation)' : `${m.permutation.iterations} random permutations, seed ${m.permutation.seed}`}; QM p = ${formatP(m.permutation.QMp)}`);
  }
  for (const [key, title] of [['leave1out', 'Leave-one-out (each row: the analysis without that study)'], ['cumulative', 'Cumulative meta-analysis (each row: studies up to and including that one)']] as const) {
    const rows = r[key];
    if (!rows) continue;
    out.push('', `${title}:`);
    out.push(...table(['study', 'estimate', 'ci.lb', 'ci.ub', 'pval', 'tau2', 'I2'], rows.map((x) => [
      String(x.study), f(x.b), f(x.ci_lb), f(x.ci_ub), formatP(x.pval as number | null), f(x.tau2), f(x.I2, 2),
    ])));
  }
  if (r.influence) {
    out.push('', 'Influence diagnostics (* = influential, as metafor flags it):');
    out.push(...table(['study', 'rstudent', 'dffits', 'cook.d', 'cov.r', 'tau2.del', 'QE.del', 'hat', 'weight', 'inf'], r.influence.map((x) => [
      String(x.study), f(x.rstudent), f(x.dffits), f(x.cook_d), f(x.cov_r), f(x.tau2_del), f(x.QE_del), f(x.hat), f(x.weight, 2), x.inf ? '*' : '',
    ])));
  }
  if (r.bias) {
    const b = r.bias;
    const eg = b.egger as Record<string, unknown>;
    out.push('', 'Small-study effects and publication bias:');
    out.push(`Egger's regression test (predictor: ${eg.predictor}): ${'tval' in eg ? `t = ${f(eg.tval)}, df = ${eg.ddf}` : `z = ${f(eg.zval)}`}, p = ${formatP(eg.pval as number)}; limit estimate ${f(eg.b_limit)} (${f(eg.ci_lb)} to ${f(eg.ci_ub)})`);
    out.push(`Begg's rank correlation: Kendall's tau = ${f(b.begg.tau)}, p = ${formatP(b.begg.pval)}`);
    out.push(`Trim-and-fill (${b.trimfill.estimator}): ${b.trimfill.k0} ${b.trimfill.k0 === 1 ? "study" : "studies"} filled on the ${b.trimfill.side} side; adjusted estimate ${f(b.trimfill.b)} (${f(b.trimfill.ci_lb)} to ${f(b.trimfill.ci_ub)})`);
    const fs = b.failsafe as Record<string, { fsnum: number | null }>;
    out.push(`Fail-safe N: Rosenthal ${f(fs.rosenthal.fsnum, 0)}, Orwin ${f(fs.orwin.fsnum, 0)}, Rosenberg ${f(fs.rosenberg.fsnum, 0)}`);
    out.push(`PET-PEESE: ${b.pet_peese.selected} estimate ${f(b.pet_peese.b)} (${f(b.pet_peese.ci_lb)} to ${f(b.pet_peese.ci_ub)})`);
  }
  return out.length === 0 ? '' : '\n' + out.join('\n');
}
