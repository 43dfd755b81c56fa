/**
 * The "as-published" plan pooled on RevMan 5.4's terms (src/analysis/evidence/revman-pool.ts):
 * every pooled as-published outcome of the embedded plan equals revmanPool on the same rows;
 * PF_12M (M-H random) and PF_GT12M (a zero cell in the M-H sums) are recomputed here by the
 * published formulas with plain arithmetic (Deeks & Higgins, Statistical algorithms in Review
 * Manager 5, 2010); and the plan's pooling reproduces what RevMan 5 stored in a real review
 * (Benzodiazepines versus pregabalin for GAD, ../shared/data/revman) for outcomes whose I²
 * exceeds 50%, where the plan's rule and the review both use random effects.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEvidence } from '../../../src/review/evidence/index.js';
import { reproductionTable, runEvidencePlan, runSingleArmPlan, studyComparisons } from '../../../src/analysis/evidence/index.js';
import { fitByRule } from '../../../src/analysis/evidence/fit-by-rule.js';
import { poolRevMan, type RevManPlanModel, type RevManRow } from '../../../src/analysis/evidence/revman-pool.js';
import { revmanPool, type RevManData } from '../../../src/stats/revman/index.js';
import { readRm5 } from '../../../src/io/rm5/parse-rm5.js';
import { evidenceReport } from '../../../src/report/evidence-report.js';

const base = loadEvidence();
const published = runEvidencePlan(base, 'as-published');
const model = base.plans.plans.find((p) => p.id === 'as-published')!.model as RevManPlanModel;
const get = (id: string) => published.analyses.find((a) => a.id === id)!;
const Z = 1.959963984540054;
const rel = (x: number, y: number) => Math.abs(x - y) / Math.max(Math.abs(y), 1e-300);

/** The usable 2×2 rows of an analysis as RevMan's dichotomous data. */
function dich(id: string): { labels: string[]; data: RevManData } {
  const a = base.plans.analyses.find((x) => x.id === id)!;
  const rows = studyComparisons(base, a).filter((r) => r.missing === null);
  return {
    labels: rows.map((r) => r.study_id),
    data: { kind: 'DICH', measure: 'RR', rows: rows.map((r) => ({ events1: r.ai!, total1: r.n1i!, events2: r.ci!, total2: r.n2i! })) },
  };
}

describe("runEvidencePlan(base, 'as-published') on RevMan 5's terms", () => {
  const pooledIds = published.analyses.filter((a) => a.status === 'pooled').map((a) => a.id);

  it('runEvidencePlan() pools the five fistula and IBD analyses (all RR, M-H)', () => {
    expect(pooledIds).toEqual(['PF_3M', 'PF_6M', 'PF_12M', 'PF_GT12M', 'IBD_EFFICACY']);
  });

  it.each(pooledIds)('runEvidencePlan() gives %s exactly revmanPool’s estimate, CI, I², τ², Chi² and weights', (id) => {
    const a = get(id);
    const p = a.pooled!;
    const { labels, data } = dich(id);
    const fixed = revmanPool(data, { method: 'MH', random: false });
    const random = fixed.I2 > 50;
    const rm = revmanPool(data, { method: 'MH', random });
    expect(p.model).toBe(random ? 'random' : 'fixed');
    expect(p.method).toBe(random ? 'MH-RE' : 'MH');
    expect(p.k).toBe(rm.df + 1);
    expect(p.b).toBe(rm.estimate);
    expect(p.se).toBe(rm.se);
    expect(p.estimate).toBe(Math.exp(rm.estimate));
    expect(p.ci_lb).toBe(Math.exp(rm.ciLow));
    expect(p.ci_ub).toBe(Math.exp(rm.ciHigh));
    expect(p.I2).toBe(rm.I2);
    expect(p.tau2).toBe(rm.tau2);
    expect(p.QE).toBe(rm.chi2);
    expect(p.pval).toBe(rm.pZ);
    expect(p.pi_lb).toBeNull();
    labels.forEach((study, i) => {
      const row = a.studies.find((s) => s.study_id === study)!;
      expect(row.effect!.weight, study).toBe(rm.studies[i].weight);
      expect(row.effect!.yi, study).toBe(rm.studies[i].yi);
      expect(row.effect!.vi, study).toBe(rm.studies[i].se ** 2);
    });
  });

  it('runEvidencePlan() pools PF_12M as RevMan 5 M-H random effects, checked by hand', () => {
    // [a, n1, c, n2]: Garcia-Olmo 2009, Herreros 2012, Panes 2016, Garcia-Arranz 2020, Zhou C 2020 (no zero cell)
    const t = [[15, 24, 3, 25], [46, 84, 19, 51], [58, 103, 39, 101], [11, 20, 12, 19], [7, 11, 6, 11]];
    let R = 0;
    let S = 0;
    for (const [a, n1, c, n2] of t) {
      R += (a * n2) / (n1 + n2);
      S += (c * n1) / (n1 + n2);
    }
    const mh = Math.log(R / S);
    const y = t.map(([a, n1, c, n2]) => Math.log(a / n1 / (c / n2)));
    const v = t.map(([a, n1, c, n2]) => 1 / a - 1 / n1 + 1 / c - 1 / n2);
    let Q = 0;
    let sw = 0;
    let sw2 = 0;
    for (let i = 0; i < 5; i++) {
      Q += (y[i] - mh) ** 2 / v[i];
      sw += 1 / v[i];
      sw2 += 1 / v[i] ** 2;
    }
    const tau2 = (Q - 4) / (sw - sw2 / sw);
    let W = 0;
    let WY = 0;
    for (let i = 0; i < 5; i++) {
      W += 1 / (v[i] + tau2);
      WY += y[i] / (v[i] + tau2);
    }
    const est = WY / W;
    const se = 1 / Math.sqrt(W);
    const p = get('PF_12M').pooled!;
    expect(p.QE).toBeCloseTo(Q, 12);
    expect(p.I2).toBeCloseTo((100 * (Q - 4)) / Q, 10);
    expect(p.tau2).toBeCloseTo(tau2, 12);
    expect(p.estimate).toBeCloseTo(Math.exp(est), 12);
    expect(p.ci_lb).toBeCloseTo(Math.exp(est - Z * se), 12);
    expect(p.ci_ub).toBeCloseTo(Math.exp(est + Z * se), 12);
    // as RevMan prints it: M-H, Random, 1.41 [0.98, 2.01]; Tau² = 0.09; Chi² = 9.40, df = 4; I² = 57%
    expect([p.estimate, p.ci_lb, p.ci_ub].map((x) => x.toFixed(2))).toEqual(['1.41', '0.98', '2.01']);
    expect([p.tau2.toFixed(2), p.QE.toFixed(2), p.I2.toFixed(0)]).toEqual(['0.09', '9.40', '57']);
    expect(p.choice).toMatch(/I² = 57% .* exceeds 50%: RevMan 5 M-H random effects/);
  });

  it('runEvidencePlan() adds 0.5 to every cell of Molendijk 2015 (8/13 vs 0/3) in PF_GT12M’s M-H sums, as RevMan does', () => {
    // corrected Molendijk: a 8.5, n1 14, c 0.5, n2 4
    const t = [[7, 21, 2, 13], [8.5, 14, 0.5, 4], [14, 25, 6, 15], [10, 20, 5, 19]];
    let R = 0;
    let S = 0;
    let P = 0;
    for (const [a, n1, c, n2] of t) {
      const N = n1 + n2;
      R += (a * n2) / N;
      S += (c * n1) / N;
      P += (n1 * n2 * (a + c) - a * c * N) / N ** 2;
    }
    const se = Math.sqrt(P / (R * S));
    const p = get('PF_GT12M').pooled!;
    expect(p.method).toBe('MH');
    expect(p.estimate).toBeCloseTo(R / S, 12);
    expect(p.ci_lb).toBeCloseTo((R / S) * Math.exp(-Z * se), 12);
    expect(p.ci_ub).toBeCloseTo((R / S) * Math.exp(Z * se), 12);
    expect([p.estimate, p.ci_lb, p.ci_ub].map((x) => x.toFixed(2))).toEqual(['1.85', '1.10', '3.10']);
    const molendijk = get('PF_GT12M').studies.find((s) => s.study_id === 'Molendijk 2015')!.effect!;
    expect(molendijk.weight).toBeCloseTo((100 * (0.5 * 14) / 18) / S, 12);
    expect(molendijk.estimate).toBeCloseTo(8.5 / 14 / (0.5 / 4), 12);
  });

  it('runEvidencePlan() gives a single SMD study RevMan’s Hedges’ g (approximate correction) and SE', () => {
    const a = base.plans.analyses.find((x) => x.id === 'SLE_SLEDAI')!;
    const r = studyComparisons(base, a).find((x) => x.missing === null)!;
    const [m1, s1, n1, m2, s2, n2] = [r.m1i!, r.sd1i!, r.n1i!, r.m2i!, r.sd2i!, r.n2i!];
    const N = n1 + n2;
    const g = ((m1 - m2) / Math.sqrt(((n1 - 1) * s1 ** 2 + (n2 - 1) * s2 ** 2) / (N - 2))) * (1 - 3 / (4 * N - 9));
    const se = Math.sqrt(N / (n1 * n2) + g ** 2 / (2 * (N - 3.94)));
    const e = get('SLE_SLEDAI').studies.find((s) => s.effect !== null)!.effect!;
    expect(e.estimate).toBeCloseTo(g, 12);
    expect(e.ci_lb).toBeCloseTo(g - Z * se, 12);
    expect(e.ci_ub).toBeCloseTo(g + Z * se, 12);
  });

  it("runEvidencePlan(base, 'recommended') still pools with rma (REML, Knapp–Hartung) on escalc's effects", () => {
    const r = runEvidencePlan(base, 'recommended').analyses.find((a) => a.id === 'PF_12M')!.pooled!;
    expect([r.method, r.test]).toEqual(['REML', 'knha']);
    expect(r.estimate).toBeCloseTo(1.382747, 6);
  });
});

describe('poolRevMan(rows, measure, as-published model) against RevMan 5’s stored results', () => {
  const review = readRm5(join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'revman', 'Benzodiazepines_versus_pregabalin_for_GAD.rm5'));
  const outcome = (id: string) => review.comparisons.flatMap((c) => c.outcomes).find((o) => o.id === id)!;
  const n = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));
  const rows = (id: string): RevManRow[] =>
    outcome(id).rows.map((r, i) => {
      const x = r.attributes;
      return {
        study_id: `${r.studyId} #${i}`,
        ai: n(x.EVENTS_1), n1i: n(x.TOTAL_1), ci: n(x.EVENTS_2), n2i: n(x.TOTAL_2),
        m1i: n(x.MEAN_1), sd1i: n(x.SD_1), m2i: n(x.MEAN_2), sd2i: n(x.SD_2),
      };
    });

  // RR (M-H, random) with I² 77%; RR (M-H, random) with I² 50.6% and zero cells in three rows; MD (IV, random) with I² 52%
  it.each([['CMP-001.14', 'RR'], ['CMP-001.24', 'RR'], ['CMP-001.07', 'MD']] as const)('poolRevMan() reproduces %s (%s) as RevMan stored it', (id, measure) => {
    const stored = outcome(id).attributes;
    expect(Number(stored.I2)).toBeGreaterThan(50);
    expect(stored.RANDOM).toBe('YES');
    const { pooled, weights } = poolRevMan(rows(id), measure, model);
    expect(pooled.model).toBe('random');
    expect(pooled.method).toBe(measure === 'RR' ? 'MH-RE' : 'DL');
    expect(rel(pooled.estimate, Number(stored.EFFECT_SIZE))).toBeLessThan(1e-12);
    expect(rel(pooled.ci_lb, Number(stored.CI_START))).toBeLessThan(1e-12);
    expect(rel(pooled.ci_ub, Number(stored.CI_END))).toBeLessThan(1e-12);
    expect(rel(pooled.tau2, Number(stored.TAU2))).toBeLessThan(1e-12);
    expect(rel(pooled.I2, Number(stored.I2))).toBeLessThan(1e-12);
    expect(rel(pooled.QE, Number(stored.CHI2))).toBeLessThan(1e-12);
    outcome(id).rows.forEach((r, i) => expect(rel(weights.get(`${r.studyId} #${i}`)!, Number(r.attributes.WEIGHT))).toBeLessThan(1e-12));
  });
});

describe('fitByRule() under the as-published rule (single-arm, generic inverse variance)', () => {
  it('fitByRule() equals RevMan 5’s generic inverse-variance random effects on the same estimates', () => {
    const yi = [0.1, 0.8, -0.3, 0.5, 1.2];
    const vi = [0.04, 0.09, 0.05, 0.02, 0.1];
    const { fit, kind } = fitByRule(yi, vi, model);
    const rm = revmanPool({ kind: 'IV', ratio: false, rows: yi.map((y, i) => ({ estimate: y, se: Math.sqrt(vi[i]) })) }, { method: 'IV', random: true });
    expect(kind).toBe('random');
    expect(rel(fit.b, rm.estimate)).toBeLessThan(1e-12);
    expect(rel(fit.ci_lb, rm.ciLow)).toBeLessThan(1e-12);
    expect(rel(fit.tau2, rm.tau2)).toBeLessThan(1e-12);
    expect(rel(fit.I2, rm.I2)).toBeLessThan(1e-12);
  });
});

describe('evidenceReport() shows the as-published numbers RevMan 5 would print', () => {
  it('evidenceReport() labels PF_12M "M-H, Random" with the runner’s estimate, Tau², Chi² and I²', () => {
    const model = evidenceReport({
      base,
      published,
      recommended: runEvidencePlan(base, 'recommended'),
      singleArm: runSingleArmPlan(base, 'recommended'),
      reproduction: reproductionTable(base),
    });
    const text = model.sections.find((s) => s.id === 'analysis-PF_12M')!.paragraphs!.join(' ');
    expect(text).toContain('Pooled risk ratio 1.41 (95% CI 0.98 to 2.01)');
    expect(text).toContain('M-H, Random');
    expect(text).toMatch(/Tau² = 0\.09; Chi² = 9\.40, df = 4 \(P = 0\.05\); I² = 57%/);
    const sof = model.sections.find((s) => s.id === 'summary')!.tables![0].rows.find((r) => r[0] === get('PF_GT12M').title)!;
    expect(sof.slice(3, 6)).toEqual(['Risk Ratio 1.85 (95% CI 1.10 to 3.10)', 'M-H, Fixed', '0%']);
  });
});
