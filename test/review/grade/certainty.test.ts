import { describe, expect, it } from 'vitest';
import { gradeCertainty, suggestImprecision, suggestInconsistency, suggestPublicationBias, suggestRiskOfBias } from '../../../src/review/grade/index.js';

describe('gradeCertainty()', () => {
  it('gradeCertainty({design: "rct"}) starts high: ⊕⊕⊕⊕', () => {
    expect(gradeCertainty({ design: 'rct' })).toMatchObject({ start: 4, down: 0, up: 0, score: 4, certainty: 'high', symbol: '⊕⊕⊕⊕' });
  });

  it('gradeCertainty() rates RCTs down level by level', () => {
    const r = (levels: number) => gradeCertainty({ design: 'rct', downgrades: { imprecision: { levels, reason: 'Few events' } } });
    expect([1, 2].map((l) => [r(l).certainty, r(l).symbol])).toEqual([['moderate', '⊕⊕⊕◯'], ['low', '⊕⊕◯◯']]);
    const v = gradeCertainty({ design: 'rct', downgrades: { riskOfBias: { levels: 1, reason: 'Open label' }, imprecision: { levels: 2, reason: 'CI crosses 1, 40 events' } } });
    expect(v).toMatchObject({ down: 3, score: 1, certainty: 'very low', symbol: '⊕◯◯◯' });
    expect(v.ratings).toEqual([
      { domain: 'riskOfBias', direction: 'down', levels: 1, reason: 'Open label' },
      { domain: 'imprecision', direction: 'down', levels: 2, reason: 'CI crosses 1, 40 events' },
    ]);
  });

  it('gradeCertainty() keeps the certainty at very low and warns when ratings add below it', () => {
    const r = gradeCertainty({ design: 'observational', downgrades: { inconsistency: { levels: 2, reason: 'I² 90%' } } });
    expect(r).toMatchObject({ start: 2, score: 1, certainty: 'very low' });
    expect(r.warnings[0]).toMatch(/add to 0/);
  });

  it('gradeCertainty() rates observational evidence up for a large effect and a dose-response', () => {
    const r = gradeCertainty({ design: 'observational', upgrades: { largeEffect: { levels: 1, reason: 'RR 0.3' }, doseResponse: { levels: 1, reason: 'Gradient with dose' } } });
    expect(r).toMatchObject({ start: 2, up: 2, score: 4, certainty: 'high' });
    expect(gradeCertainty({ design: 'observational', upgrades: { largeEffect: { levels: 2, reason: 'RR 0.1' } }, downgrades: { indirectness: { levels: 1, reason: 'Surrogate' } } })).toMatchObject({ score: 3, certainty: 'moderate', warnings: [expect.stringMatching(/GRADE 9/)] });
  });

  it('gradeCertainty() refuses upgrades of RCTs, levels out of range and ratings without a reason', () => {
    expect(() => gradeCertainty({ design: 'rct', upgrades: { largeEffect: { levels: 1, reason: 'x' } } })).toThrow(/rating up is for observational evidence/);
    expect(() => gradeCertainty({ design: 'rct', downgrades: { riskOfBias: { levels: 3, reason: 'x' } } })).toThrow(/'riskOfBias' levels should be a whole number from 0 to 2, not 3/);
    expect(() => gradeCertainty({ design: 'observational', upgrades: { doseResponse: { levels: 2, reason: 'x' } } })).toThrow(/0 to 1/);
    expect(() => gradeCertainty({ design: 'rct', downgrades: { indirectness: { levels: 1, reason: '' } } })).toThrow(/give the 'reason'/);
    expect(() => gradeCertainty({ design: 'cohort' as 'rct' })).toThrow(/Unknown 'design' "cohort"/);
  });
});

describe('suggestInconsistency()', () => {
  it('suggestInconsistency(I2, k) is 0 up to 50%, 1 above 50%, 2 above 75%', () => {
    expect([30, 50, 50.1, 75, 75.1, 92].map((i) => suggestInconsistency(i, 5).levels)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(suggestInconsistency(80, 6).reason).toBe('I² = 80% over 6 studies: considerable heterogeneity (above 75%).');
  });

  it('suggestInconsistency(I2, 1) suggests nothing for a single study', () => {
    expect(suggestInconsistency(0, 1)).toEqual({ levels: 0, reason: 'Inconsistency cannot be judged from 1 study.' });
  });
});

describe('suggestImprecision()', () => {
  it('suggestImprecision() is 0 when the CI excludes the null and the OIS is met', () => {
    expect(suggestImprecision({ ci_lb: 0.5, ci_ub: 0.8, nullValue: 1, type: 'binary', total: 350 }).levels).toBe(0);
  });

  it('suggestImprecision() is 1 for one sign, 2 for both', () => {
    expect(suggestImprecision({ ci_lb: 0.5, ci_ub: 1.1, nullValue: 1, type: 'binary', total: 350 })).toEqual({ levels: 1, reason: 'The CI 0.5 to 1.1 includes no effect (1).' });
    expect(suggestImprecision({ ci_lb: -3, ci_ub: -1, nullValue: 0, type: 'continuous', total: 120 })).toEqual({ levels: 1, reason: '120 participants fall short of the optimal information size of 400.' });
    expect(suggestImprecision({ ci_lb: -3, ci_ub: 1, nullValue: 0, type: 'continuous', total: 120 }).levels).toBe(2);
    expect(suggestImprecision({ ci_lb: -1, ci_ub: 1, nullValue: 0, type: 'continuous', total: 120, ois: 100 }).levels).toBe(1);
  });

  it('suggestImprecision() is 2 when the CI includes both appreciable benefit and harm', () => {
    expect(suggestImprecision({ ci_lb: 0.6, ci_ub: 1.4, nullValue: 1, type: 'binary', total: 500, appreciable: [0.75, 1.25] }).levels).toBe(2);
  });
});

describe('suggestRiskOfBias()', () => {
  it('suggestRiskOfBias(studies) weighs the overall judgements', () => {
    expect(suggestRiskOfBias([{ overall: 'low', weight: 60 }, { overall: 'high', weight: 40 }]).levels).toBe(0);
    expect(suggestRiskOfBias([{ overall: 'low', weight: 40 }, { overall: 'some', weight: 30 }, { overall: 'high', weight: 30 }])).toEqual({ levels: 1, reason: 'Studies at some concerns or high risk of bias carry 60% of the weight.' });
    expect(suggestRiskOfBias([{ overall: 'low', weight: 40 }, { overall: 'high', weight: 60 }]).levels).toBe(2);
    expect(suggestRiskOfBias([]).levels).toBe(0);
  });
});

describe('suggestPublicationBias()', () => {
  it('suggestPublicationBias(k, p) needs 10 studies and p < 0.10', () => {
    expect(suggestPublicationBias(12, 0.04).levels).toBe(1);
    expect(suggestPublicationBias(12, 0.3).levels).toBe(0);
    expect(suggestPublicationBias(8, 0.01)).toMatchObject({ levels: 0, reason: expect.stringMatching(/10 or more needed/) });
  });
});
