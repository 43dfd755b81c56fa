import { describe, expect, it } from 'vitest';
import { agreement } from '../../../src/review/screening/index.js';
import { FT, TA, dec } from './helpers.js';

describe('agreement()', () => {
  const ds = [
    dec(1, TA, 'bo', 'include'), dec(1, TA, 'ana', 'include'),
    dec(2, TA, 'ana', 'exclude'), dec(2, TA, 'bo', 'exclude'),
    dec(3, TA, 'ana', 'include'), dec(3, TA, 'bo', 'exclude'),
    dec(4, TA, 'ana', 'exclude'), dec(4, TA, 'bo', 'exclude'),
    dec(5, TA, 'ana', 'maybe'), dec(5, TA, 'cai', 'include'),
    dec(1, FT, 'ana', 'include'), dec(1, FT, 'bo', 'exclude', 'Wrong outcome'),
    dec(6, TA, 'ana', 'include'),
  ];

  it('agreement(decisions) gives one result per stage and reviewer pair, alphabetical', () => {
    const a = agreement(ds);
    expect(a.map((x) => [x.stage, ...x.reviewers, x.n])).toEqual([
      ['title_abstract', 'ana', 'bo', 4],
      ['title_abstract', 'ana', 'cai', 1],
      ['full_text', 'ana', 'bo', 1],
    ]);
  });

  it('agreement(decisions) counts only records both reviewers decided, rows the first reviewer', () => {
    const [ab] = agreement(ds, TA);
    // ana × bo: (inc, inc), (exc, exc), (inc, exc), (exc, exc): po = 3/4;
    // ana: exc .5 inc .5; bo: exc .75 inc .25; pe = .375 + .125 = .5; κ = (.75 − .5) / .5 = .5
    expect(ab.categories).toEqual(['exclude', 'include']);
    expect(ab.table).toEqual([[2, 0], [1, 1]]);
    expect(ab.percent).toBeCloseTo(75, 12);
    expect(ab.kappa).toBeCloseTo(0.5, 12);
  });

  it('agreement(decisions, stage) filters by stage', () => {
    expect(agreement(ds, FT).map((x) => x.percent)).toEqual([0]);
  });

  it('agreement([]) is empty', () => {
    expect(agreement([])).toEqual([]);
  });
});
