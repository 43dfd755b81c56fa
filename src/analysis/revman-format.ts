/**
 * Prints recomputed RevMan outcomes in RevMan 5's own words and display rules
 * (RevMan 5.4 forest-plot footers): estimates and CIs to 2 decimals, Tau², Chi²
 * and Z to 2 decimals, I² as an integer percent (one decimal in the test for
 * subgroup differences), and P as RevMan writes it — "P < 0.00001" below
 * 0.00001, 2 decimals from 0.01 up, otherwise one significant digit.
 */
import type { RevManOutcomeJson, RevManReviewJson, Values } from './revman-result.js';

const MEASURE_NAMES: Readonly<Record<string, string>> = {
  OR: 'Odds Ratio',
  RR: 'Risk Ratio',
  RD: 'Risk Difference',
  PETO_OR: 'Peto Odds Ratio',
  MD: 'Mean Difference',
  SMD: 'Std. Mean Difference',
  HR: 'Hazard Ratio',
};

export function formatP(p: number): string {
  if (!Number.isFinite(p)) return 'P not estimable';
  if (p < 0.00001) return 'P < 0.00001';
  if (p >= 0.01) return `P = ${p.toFixed(2)}`;
  const decimals = -Math.floor(Math.log10(p));
  const s = p.toFixed(decimals);
  return Number(s) >= 0.01 ? `P = ${(0.01).toFixed(2)}` : `P = ${s}`;
}

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'NaN');

export function methodLabel(o: RevManOutcomeJson): string {
  const measure = MEASURE_NAMES[o.measure] ?? o.measure;
  const method = o.type === 'IPD' ? 'Exp[(O-E) / V]' : o.method === 'MH' ? 'M-H' : o.method === 'PETO' ? 'Peto' : 'IV';
  return `${measure} (${method}, ${o.random ? 'Random' : 'Fixed'}, ${o.ci_total}% CI)`;
}

export function formatResult(r: Values, estimable: boolean, random: boolean): string {
  if (!estimable) return 'Not estimable';
  const tau = random ? `Tau² = ${f2(r.TAU2)}; ` : '';
  const het = r.DF > 0 ? `Heterogeneity: ${tau}Chi² = ${f2(r.CHI2)}, df = ${r.DF} (${formatP(r.P_CHI2)}); I² = ${Math.round(r.I2)}%` : 'Heterogeneity: Not applicable';
  return `${f2(r.EFFECT_SIZE)} [${f2(r.CI_START)}, ${f2(r.CI_END)}]; ${het}; Test for overall effect: Z = ${f2(r.Z)} (${formatP(r.P_Z)})`;
}

export function formatOutcome(o: RevManOutcomeJson): string {
  const lines = [`${o.id} ${o.name}`, `  ${methodLabel(o)} ${formatResult(o.result, o.estimable, o.random)}`];
  for (const g of o.subgroups) lines.push(`  ${g.id} ${g.name}: ${formatResult(g.result, g.estimable, o.random)}`);
  const t = o.subgroup_test;
  if (t !== null && t.DF > 0) lines.push(`  Test for subgroup differences: Chi² = ${f2(t.Q)}, df = ${t.DF} (${formatP(t.P)}), I² = ${t.I2.toFixed(1)}%`);
  if (o.check !== undefined) {
    const c = o.check;
    lines.push(
      `  Check against RevMan's stored values: ${c.compared} compared, max relative difference ${c.max_rel_diff.toExponential(1)}, max P difference ${c.max_abs_p_diff.toExponential(1)}` +
        (c.mismatches.length === 0 ? ' (all agree)' : ''),
    );
    for (const m of c.mismatches) lines.push(`    differs: ${m}`);
  }
  return lines.join('\n');
}

export function formatReview(r: RevManReviewJson): string {
  const head = r.title === '' ? r.file : `${r.title} (${r.file})`;
  const skipped = r.skipped.map((s) => `Skipped ${s.element}${s.id === '' ? '' : ` ${s.id}`}${s.name === '' ? '' : ` "${s.name}"`}: ${s.reason}`);
  return [head, ...r.outcomes.map(formatOutcome), ...skipped].join('\n\n') + '\n';
}
