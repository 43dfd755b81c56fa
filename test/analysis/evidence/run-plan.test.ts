/**
 * The embedded evidence plans: "as-published" on RevMan 5's terms (see the cases below), and
 * "recommended" against metafor 3.8.1 (R 4.2): rma(method = "REML", test = "knha") with predict(transf = exp)
 * on the perianal-fistula sets of data/msc-autoimmune (values printed by R, 6 decimals; REML fits with
 * control = list(threshold = 1e-12), because metafor's default stopping rule leaves τ² off by ~1e-4).
 */
import { describe, expect, it } from 'vitest';
import { loadEvidence } from '../../../src/review/evidence/index.js';
import { runEvidencePlan, studyComparisons } from '../../../src/analysis/evidence/index.js';
import { expectClose } from '../../helpers/tolerance.js';
import { parseCsv } from '../../../src/io/csv/parse-csv.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultEvidenceDir } from '../../../src/review/evidence/load.js';

const base = loadEvidence();
const published = runEvidencePlan(base, 'as-published');
const recommended = runEvidencePlan(base, 'recommended');
const get = (r: typeof published, id: string) => r.analyses.find((a) => a.id === id)!;
const TOL = 1e-5;

describe('studyComparisons(base, analysis)', () => {
  // The DERIVED sums printed in /shared/data/msc-autoimmune/perianal_fistula_and_more.csv (PF_* rows).
  const DERIVED: [string, string, number, number, number, number][] = [
    ['PF_3M', 'Herreros 2012', 40, 124, 9, 59],
    ['PF_3M', 'Molendijk 2015', 7, 15, 2, 6],
    ['PF_6M', 'Herreros 2012', 51, 124, 22, 59],
    ['PF_6M', 'Molendijk 2015', 9, 15, 2, 6],
    ['PF_12M', 'Herreros 2012', 46, 84, 19, 51],
    ['PF_GT12M', 'Molendijk 2015', 8, 13, 0, 3],
  ];
  it.each(DERIVED)('studyComparisons() combines the arms of %s %s into the source\'s DERIVED sum', (id, study, ai, n1i, ci, n2i) => {
    const a = base.plans.analyses.find((x) => x.id === id)!;
    const row = studyComparisons(base, a).find((r) => r.study_id === study)!;
    expect([row.ai, row.n1i, row.ci, row.n2i]).toEqual([ai, n1i, ci, n2i]);
    expect(row.arms.filter((x) => x.group === 'msc').length).toBeGreaterThan(1);
    expect(row.conversions.join(' ')).toMatch(/combineBinaryArms/);
  });

  it('studyComparisons() agrees with perianal-fistula-healing.csv (read by src/cli/example.ts)', () => {
    const file = join(defaultEvidenceDir(), 'perianal-fistula-healing.csv');
    const t = parseCsv(readFileSync(file, 'utf8'), file);
    const col = (n: string) => t.columns.indexOf(n);
    for (const r of t.rows) {
      const a = base.plans.analyses.find((x) => x.id === r[col('analysis')])!;
      const rows = studyComparisons(base, a).filter((s) => s.missing === null);
      const match = rows.find((s) => s.ai === Number(r[col('ai')]) && s.n1i === Number(r[col('n1i')]) && s.ci === Number(r[col('ci')]) && s.n2i === Number(r[col('n2i')]));
      expect(match, `${r[col('analysis')]} ${r[col('study')]}`).toBeDefined();
    }
    expect(t.rows.length).toBe(['PF_3M', 'PF_6M', 'PF_12M', 'PF_GT12M'].reduce((s, id) => s + get(published, id).k, 0));
  });

  it('studyComparisons() flips the sign of a change reported as improvement', () => {
    const row = studyComparisons(base, base.plans.analyses.find((x) => x.id === 'SSC_CHFS')!).find((r) => r.study_id === 'Khanna 2022')!;
    expect([row.m1i, row.m2i]).toEqual([-11, -8.9]);
    expect(row.conversions.join(' ')).toMatch(/sign flipped/);
  });
});

describe("runEvidencePlan(base, 'as-published')", () => {
  // RevMan 5 conventions (src/stats/revman; checked against revmanPool and by hand in revman-plan.test.ts).
  // Without zero cells, RevMan's M-H fixed effect is metafor's rma.mh: PF_3M, PF_6M and IBD_EFFICACY keep
  // metafor's values. PF_12M is RevMan's M-H random effects (DL τ² from Q around the M-H estimate; metafor's
  // rma DL gave 1.403388 [0.991547, 1.986287]); PF_GT12M has a zero cell (Molendijk 2015, 0/3 controls), which
  // RevMan corrects inside the M-H sums and rma.mh does not (metafor: 1.893961 [1.111358, 3.227663]).
  const cases: [string, string, number, number, number][] = [
    ['PF_3M', 'MH', 2.485112, 1.626971, 3.795878],
    ['PF_6M', 'MH', 1.245838, 0.999802, 1.55242],
    ['PF_12M', 'MH-RE', 1.406689, 0.984711, 2.009497],
    ['PF_GT12M', 'MH', 1.850167, 1.104193, 3.100108],
    ['IBD_EFFICACY', 'MH', 1.451518, 1.092377, 1.928733],
  ];
  it.each(cases)("runEvidencePlan() pools %s as RevMan 5 (%s)", (id, method, est, lb, ub) => {
    const r = get(published, id);
    expect(r.status).toBe('pooled');
    expect(r.pooled!.method).toBe(method);
    expectClose(r.pooled!.estimate, est, TOL, `${id} estimate`);
    expectClose(r.pooled!.ci_lb, lb, TOL, `${id} ci_lb`);
    expectClose(r.pooled!.ci_ub, ub, TOL, `${id} ci_ub`);
    expect(r.favours).toEqual({ left: 'Favours control', right: 'Favours MSC' });
  });

  it('runEvidencePlan() switches PF_12M to random effects because I² (57%) exceeds 50%', () => {
    expect(get(published, 'PF_12M').pooled!.choice).toMatch(/I² = 57% .* exceeds 50%/);
  });

  it('runEvidencePlan() gives every analysis that is not pooled a statement of what is missing', () => {
    for (const a of published.analyses.filter((x) => x.status !== 'pooled')) {
      expect(a.pooled, a.id).toBeNull();
      expect(a.missing[0].length, a.id).toBeGreaterThan(10);
    }
    expect(get(published, 'OA_VAS').missing.join(' ')).toMatch(/arm size n is not printed/);
    expect(get(published, 'SLE_SLEDAI').status).toBe('single-study');
  });

  it('runEvidencePlan() lists ADMIRE-CD II as present but missing its counts', () => {
    const r = get(published, 'PF_6M');
    expect(r.studies.find((s) => s.study_id === 'ADMIRE-CD II 2024')!.effect).toBeNull();
    expect(r.missing.join(' ')).toMatch(/ADMIRE-CD II.*events not printed/);
  });
});

describe("runEvidencePlan(base, 'recommended')", () => {
  it('runEvidencePlan() gives REML with Knapp–Hartung and a prediction interval as metafor', () => {
    const r = get(recommended, 'PF_12M').pooled!;
    expect([r.method, r.test]).toEqual(['REML', 'knha']);
    expectClose(r.estimate, 1.382747, TOL, 'estimate');
    expectClose(r.ci_lb, 0.818973, TOL, 'ci_lb');
    expectClose(r.ci_ub, 2.334619, TOL, 'ci_ub');
    expectClose(r.pi_lb!, 0.685274, TOL, 'pi_lb');
    expectClose(r.pi_ub!, 2.790109, TOL, 'pi_ub');
    expectClose(get(recommended, 'PF_3M').pooled!.estimate, 2.288558, TOL, 'PF_3M');
  });

  it('runEvidencePlan() weights sum to 100 over the pooled studies', () => {
    const w = get(recommended, 'PF_6M').studies.flatMap((s) => (s.effect?.weight == null ? [] : [s.effect.weight]));
    expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(100, 8);
  });
});
