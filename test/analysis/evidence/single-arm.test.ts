/** Single-arm pooling against metafor 3.8.1: escalc("PLO"/"PFT", xi, ni), rma(REML, knha,
 * control = list(threshold = 1e-12)), predict(transf.ilogit / transf.ipft.hm). */
import { describe, expect, it } from 'vitest';
import { loadEvidence } from '../../../src/review/evidence/index.js';
import { applyOverlapRule, runSingleArmPlan, type PrePostResult, type ProportionResult } from '../../../src/analysis/evidence/index.js';
import { expectClose } from '../../helpers/tolerance.js';

const base = loadEvidence();
const rec = runSingleArmPlan(base, 'recommended');
const pub = runSingleArmPlan(base, 'as-published');
const OVERLAP = ['Gu 2014', 'Wang 2013', 'Wang 2018'];

describe('runSingleArmPlan(base, plan)', () => {
  it('runSingleArmPlan() pools SLE remission with logit and Freeman–Tukey as metafor', () => {
    const r = rec.analyses.find((a) => a.id === 'SA_REMISSION') as ProportionResult;
    expect(r.k).toBe(4);
    const [plo, pft] = r.pooled;
    expect([plo.measure, plo.backTransform, pft.backTransform]).toEqual(['PLO', 'transf.ilogit', 'transf.ipft.hm']);
    expectClose(plo.estimate, 0.5713252, 1e-6, 'PLO');
    expectClose(plo.ci_lb, 0.4323018, 1e-6, 'PLO lb');
    expectClose(plo.pi_ub!, 0.7543513, 1e-6, 'PLO pi_ub');
    expectClose(pft.estimate, 0.574119, 1e-6, 'PFT');
    expectClose(pft.ci_ub, 0.7065997, 1e-6, 'PFT ub');
  });

  it('runSingleArmPlan() never pools more than one of Gu 2014, Wang 2013 and Wang 2018', () => {
    for (const plan of [rec, pub]) {
      for (const a of plan.analyses) {
        const pooled = a.studies.filter((s) => s.excluded === null).map((s) => s.study_id);
        expect(pooled.filter((id) => OVERLAP.includes(id)).length, a.id).toBeLessThanOrEqual(1);
      }
    }
  });

  it('runSingleArmPlan() keeps the larger report, and the earlier one on a tie', () => {
    const rem = rec.analyses.find((a) => a.id === 'SA_REMISSION')!;
    expect(rem.studies.find((s) => s.study_id === 'Gu 2014')!.excluded).toBeNull();
    expect(rem.studies.find((s) => s.study_id === 'Wang 2018')!.excluded).toMatch(/overlaps Gu 2014/);
  });

  it('runSingleArmPlan() sums Wang 2014 major and partial response into 24/40', () => {
    const rem = rec.analyses.find((a) => a.id === 'SA_REMISSION') as ProportionResult;
    const w = rem.studies.find((s) => s.study_id === 'Wang 2014')!;
    expect([w.events, w.n]).toEqual([24, 40]);
    expect(w.conversions[0]).toMatch(/summed/);
  });

  it('runSingleArmPlan() pools pre–post change only under a stated correlation', () => {
    const s = rec.analyses.find((a) => a.id === 'SA_SLEDAI') as PrePostResult;
    expect(s.byRi.map((b) => b.ri)).toEqual([null, 0.2, 0.5, 0.8]);
    expect(s.byRi[0].pooled).toBeNull();
    expect(s.byRi[0].k).toBe(1);
    expect(s.byRi.slice(1).every((b) => b.k === 2 && b.pooled !== null)).toBe(true);
    const p = rec.analyses.find((a) => a.id === 'SA_PROTEINURIA') as PrePostResult;
    expect(p.studies.find((x) => x.study_id === 'Liang 2010')!.mean_change).toBeCloseTo(-1.647, 10);
  });
});

describe('applyOverlapRule(rows, inGroup)', () => {
  it('applyOverlapRule() leaves rows alone when at most one is in the group', () => {
    const rows = [{ study_id: 'A 2010', n: 5 }, { study_id: 'Gu 2014', n: 9 }];
    expect(applyOverlapRule(rows, (r) => r.study_id === 'Gu 2014').kept).toEqual(rows);
  });
});
