import { describe, expect, it } from 'vitest';
import { assessRob2, compareRob2, overallJudgement, questions, robStudy, type Answers } from '../../../src/review/rob2/index.js';
import { robPlot } from '../../../src/plot/rob/rob-plot.js';

/** Low in every domain (effect of assignment). */
const LOW: Answers = { '1.1': 'Y', '1.2': 'Y', '1.3': 'N', '2.1': 'N', '2.2': 'N', '2.6': 'Y', '3.1': 'Y', '4.1': 'N', '4.2': 'N', '4.3': 'N', '5.1': 'Y', '5.2': 'N', '5.3': 'N' };

describe('overallJudgement()', () => {
  it('overallJudgement(domains) is low only when every domain is low', () => {
    expect(overallJudgement(['low', 'low', 'low', 'low', 'low'])).toBe('low');
    expect(overallJudgement(['low', 'some', 'low', 'some', 'low'])).toBe('some');
    expect(overallJudgement(['low', 'some', 'high', 'low', 'low'])).toBe('high');
  });

  it('overallJudgement(domains) is null while a domain is unjudged, and for none', () => {
    expect(overallJudgement(['low', null, 'high', 'low', 'low'])).toBeNull();
    expect(overallJudgement([])).toBeNull();
  });
});

describe('assessRob2()', () => {
  it('assessRob2(input) suggests each domain and the overall judgement', () => {
    const a = assessRob2({ answers: LOW });
    expect(a.effect).toBe('assignment');
    expect(a.domains.map((d) => d.judgement)).toEqual(['low', 'low', 'low', 'low', 'low']);
    expect(a.overall).toBe('low');
    expect(a.overallOverride).toBeNull();
  });

  it('assessRob2(input) applies a domain override and derives the overall from it', () => {
    const a = assessRob2({ answers: LOW, overrides: { D3: { judgement: 'high', reason: 'Dropouts 40% in the MSC arm only' } } });
    expect(a.domains[2]).toMatchObject({ domain: 'D3', judgement: 'high', suggested: { judgement: 'low' }, override: { reason: 'Dropouts 40% in the MSC arm only' } });
    expect(a.suggestedOverall).toBe('high');
  });

  it('assessRob2(input) lets the reviewer judge several some-concerns domains high overall', () => {
    const answers = { ...LOW, '1.3': 'Y', '5.1': 'N' } as const;
    const a = assessRob2({ answers, overrides: { overall: { judgement: 'high', reason: 'Concerns in two domains together' } } });
    expect(a.suggestedOverall).toBe('some');
    expect(a.overall).toBe('high');
  });

  it('assessRob2(input) uses the per-protocol algorithm for effect "adhering"', () => {
    const a = assessRob2({ effect: 'adhering', answers: { ...LOW, '2.1': 'Y', '2.3': 'N', '2.6': 'Y' } });
    expect(a.domains[1].judgement).toBe('some');
  });

  it('assessRob2(input) refuses unknown questions, answers and overrides without a reason', () => {
    expect(() => assessRob2({ answers: { '2.7': 'Y' }, effect: 'adhering' })).toThrow(/Unknown signalling question '2.7' \(effect of adhering\)/);
    expect(() => assessRob2({ answers: { '1.1': 'Yes' as 'Y' } })).toThrow(/Question 1.1: unknown answer "Yes"/);
    expect(() => assessRob2({ answers: LOW, overrides: { D1: { judgement: 'high', reason: ' ' } } })).toThrow(/Override of D1 needs a 'reason'/);
    expect(() => assessRob2({ answers: LOW, overrides: { D1: { judgement: 'unclear' as 'high', reason: 'x' } } })).toThrow(/unknown 'judgement' "unclear"/);
  });
});

describe('compareRob2()', () => {
  it('compareRob2(a, b) lists differing answers and judgements', () => {
    const b = { answers: { ...LOW, '4.3': 'Y', '4.4': 'Y', '4.5': 'Y' } as Answers };
    expect(compareRob2({ answers: LOW }, b)).toEqual([
      { what: '4.3', a: 'N', b: 'Y' },
      { what: '4.4', a: null, b: 'Y' },
      { what: '4.5', a: null, b: 'Y' },
      { what: 'D4', a: 'low', b: 'high' },
      { what: 'overall', a: 'low', b: 'high' },
    ]);
  });

  it('compareRob2(a, a) is empty', () => {
    expect(compareRob2({ answers: LOW }, { answers: { ...LOW } })).toEqual([]);
  });
});

describe('robStudy()', () => {
  it('robStudy(label, assessment) is a row robPlot draws, unjudged domains as "none"', () => {
    const partial = Object.fromEntries(Object.entries(LOW).filter(([q]) => q !== '3.1')) as Answers;
    const row = robStudy('Li 2021', assessRob2({ answers: partial }), 12.5);
    expect(row).toEqual({ study: 'Li 2021', domains: ['low', 'low', 'none', 'low', 'low'], overall: 'none', weight: 12.5 });
    expect(robPlot([row])).toMatch(/^<svg/);
  });
});

describe('questions()', () => {
  it('questions(domain, effect) lists the signalling questions in order', () => {
    expect(questions('D1').map((q) => q.id)).toEqual(['1.1', '1.2', '1.3']);
    expect(questions('D2').map((q) => q.id)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7']);
    expect(questions('D2', 'adhering').map((q) => q.id)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
  });
});
