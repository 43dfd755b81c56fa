/**
 * The readable summary `metasift analyze` prints without --json: the pooled
 * estimate in plain words first, then the metafor-style blocks (heterogeneity,
 * test, model results) and a per-study table.
 */
import type { AnalysisJson } from '../analysis/result-json.js';

const MODEL_NAMES: Record<string, string> = {
  EE: 'Equal-effects (fixed-effect) model',
  FE: 'Fixed-effects model',
  MH: 'Mantel–Haenszel fixed-effect model',
  PETO: 'Peto fixed-effect model',
};

const ESTIMATOR_NAMES: Record<string, string> = {
  DL: 'DerSimonian–Laird', HE: 'Hedges', HS: 'Hunter–Schmidt', HSk: 'Hunter–Schmidt (k-corrected)',
  SJ: 'Sidik–Jonkman', ML: 'maximum likelihood', REML: 'restricted maximum likelihood', EB: 'empirical Bayes',
  PM: 'Paule–Mandel', PMM: 'median-unbiased Paule–Mandel', GENQ: 'generalised Q',
};

const f4 = (x: number | null | undefined) => (x === null || x === undefined ? 'NA' : x.toFixed(4));
const f2 = (x: number | null | undefined) => (x === null || x === undefined ? 'NA' : x.toFixed(2));

/** p-values as metafor prints them: 4 decimals, "<.0001" below that. */
export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined) return 'NA';
  return p < 1e-4 ? '<.0001' : p.toFixed(4);
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

export function formatSummary(r: AnalysisJson): string {
  const out: string[] = [];
  const random = !(r.method in MODEL_NAMES);
  const title = random
    ? `Random-effects model (k = ${r.k}; tau² estimator: ${ESTIMATOR_NAMES[r.method] ?? r.method}, ${r.method})`
    : `${MODEL_NAMES[r.method]} (k = ${r.k})`;
  out.push(title, '');
  const lvl = `${r.level}%`;
  const t = r.transf;
  const scaleNote = t.name === 'none' ? '' : ` (back-transformed with ${t.name})`;
  out.push(`Pooled ${r.measure}${scaleNote}: ${f2(t.est)} (${lvl} CI ${f2(t.ci_lb)} to ${f2(t.ci_ub)}), p ${formatP(r.pval).startsWith('<') ? '' : '= '}${formatP(r.pval)}`);
  if (random && r.pi_lb !== null) {
    out.push(`${lvl} prediction interval for a new study: ${f2(t.pi_lb)} to ${f2(t.pi_ub)}`);
  }
  out.push('');
  if (random) {
    out.push(`tau² (estimated amount of total heterogeneity): ${f4(r.tau2)} (SE = ${f4(r.se_tau2)})`);
    out.push(`tau (square root of estimated tau²):            ${f4(r.tau2 === null ? null : Math.sqrt(r.tau2))}`);
    out.push(`I² (total heterogeneity / total variability):   ${f2(r.I2)}%`);
    out.push(`H² (total variability / sampling variability):  ${f2(r.H2)}`);
    if (r.tau2_ci[0] !== null) {
      out.push(`Q-profile ${lvl} CI: tau² ${f4(r.tau2_ci[0])} to ${f4(r.tau2_ci[1])}; I² ${f2(r.I2_ci[0])}% to ${f2(r.I2_ci[1])}%`);
    }
  } else {
    out.push(`I² (total heterogeneity / total variability):   ${f2(r.I2)}%`);
    out.push(`H² (total variability / sampling variability):  ${f2(r.H2)}`);
  }
  out.push('', 'Test for heterogeneity:', `Q(df = ${r.QE_df}) = ${f4(r.QE)}, p-val ${formatP(r.QEp)}`);
  if (r.MH !== undefined) out.push(`Cochran–Mantel–Haenszel test: CMH = ${f4(r.MH)}, df = 1, p-val ${formatP(r.MHp)}`);
  if (r.TA !== undefined) out.push(`Tarone's test for heterogeneity: X² = ${f4(r.TA)}, df = ${r.k - 1}, p-val ${formatP(r.TAp)}`);
  const stat = r.test === 'z' ? 'zval' : 'tval';
  out.push('', `Model results (${r.measure} on the analysis scale${r.test === 'z' ? '' : `; ${r.test === 'knha' ? 'Knapp–Hartung adjusted ' : ''}t test, df = ${r.ddf}`}):`, '');
  const w = [9, 8, 8, 8, 8, 8];
  out.push(row(['estimate', 'se', stat, 'pval', 'ci.lb', 'ci.ub'], w));
  out.push(row([f4(r.b), f4(r.se), f4(r.zval ?? r.tval), formatP(r.pval), f4(r.ci_lb), f4(r.ci_ub)], w));
  out.push('', 'Studies:');
  const nameWidth = Math.min(40, Math.max(5, ...r.studies.map((s) => s.study.length)));
  out.push(row(['study', 'yi', 'vi', 'weight'], [nameWidth, 9, 9, 8]));
  for (const s of r.studies) {
    const label = s.study.length > nameWidth ? `${s.study.slice(0, nameWidth - 1)}…` : s.study;
    out.push(row([label, f4(s.yi), f4(s.vi), s.weight === null ? 'omitted' : `${f2(s.weight)}%`], [nameWidth, 9, 9, 8]));
  }
  if (r.warnings.length > 0) out.push('', ...r.warnings.map((x) => `Note: ${x}`));
  return out.join('\n');
}
