import { describe, expect, it } from 'vitest';
import { armSummary, checkArm, checkCharacteristics, checkOutcome, chooseValues, discrepancies, ExtractionError, groupArms, type ArmEntry, type ExtractedItem } from '../../../src/review/extraction/index.js';

const fieldOf = (fn: () => void): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ExtractionError) return e.field;
    throw e;
  }
  return 'no error';
};

describe('checkArm()', () => {
  it('checkArm(entry, type) accepts each reported kind', () => {
    expect(() => checkArm({ group: 'msc', value: { type: 'events', events: 3, n: 10 } }, 'binary')).not.toThrow();
    expect(() => checkArm({ group: 'control', value: { type: 'median', median: 5, q1: 3, q3: 8, n: 20 } }, 'continuous')).not.toThrow();
    expect(() => checkArm({ group: 'none', value: { type: 'mean_ci', mean: 5, ci_lb: 3, ci_ub: 8, n: 20 } }, 'continuous')).not.toThrow();
  });

  it('checkArm(entry, type) names the field at fault', () => {
    expect(() => checkArm({ group: 'msc', value: { type: 'events', events: 12, n: 10 } }, 'binary')).toThrow("'events' = 12 is more than the arm's total 'n' = 10.");
    const cases: [ArmEntry, string][] = [
      [{ group: 'msc', value: { type: 'mean_sd', mean: 1, sd: 0, n: 5 } }, 'sd'],
      [{ group: 'msc', value: { type: 'mean_sd', mean: 1, sd: 2, n: 0 } }, 'n'],
      [{ group: 'msc', value: { type: 'mean_sd', mean: 1, sd: 2, n: 2.5 } }, 'n'],
      [{ group: 'msc', value: { type: 'mean_se', mean: 1, se: -1, n: 5 } }, 'se'],
      [{ group: 'msc', value: { type: 'median', median: 9, q1: 3, q3: 8, n: 20 } }, 'q3'],
      [{ group: 'msc', value: { type: 'median', median: 2, q1: 3, q3: 8, n: 20 } }, 'median'],
      [{ group: 'msc', value: { type: 'median', median: 5, q1: 3, n: 20 } }, 'q3'],
      [{ group: 'msc', value: { type: 'median', median: 5, n: 20 } }, 'q1'],
      [{ group: 'msc', value: { type: 'mean_ci', mean: 9, ci_lb: 3, ci_ub: 8, n: 20 } }, 'mean'],
      [{ group: 'msc', value: { type: 'mean_ci', mean: 5, ci_lb: 8, ci_ub: 3, n: 20 } }, 'ci_lb'],
      [{ group: 'both' as 'msc', value: { type: 'mean_sd', mean: 1, sd: 2, n: 5 } }, 'group'],
      [{ group: 'msc', value: { type: 'mean_sd', mean: Number.NaN, sd: 2, n: 5 } }, 'mean'],
    ];
    expect(cases.map(([e]) => fieldOf(() => checkArm(e, 'continuous')))).toEqual(cases.map(([, f]) => f));
  });

  it('checkArm(entry, type) refuses means for a binary outcome and events for a continuous one', () => {
    expect(() => checkArm({ group: 'msc', value: { type: 'mean_sd', mean: 1, sd: 2, n: 5 } }, 'binary')).toThrow(/A binary outcome takes 'events', not 'mean_sd'/);
    expect(() => checkArm({ group: 'msc', value: { type: 'events', events: 1, n: 5 } }, 'continuous')).toThrow(/A continuous outcome takes/);
  });
});

describe('checkCharacteristics() and checkOutcome()', () => {
  it('checkCharacteristics(c) takes the MSC data fields and refuses others', () => {
    expect(() => checkCharacteristics({ disease: 'SLE', msc_source: 'umbilical cord', n_msc: 20, n_control: null, notes: 'two centres' })).not.toThrow();
    expect(fieldOf(() => checkCharacteristics({ diseas: 'SLE' } as never))).toBe('diseas');
    expect(() => checkCharacteristics({ n_msc: 0 })).toThrow(/'n_msc' should be a whole number of participants ≥ 1/);
    expect(fieldOf(() => checkCharacteristics({ dose: 1e6 as unknown as string }))).toBe('dose');
  });

  it('checkOutcome(o) needs a name, unit, timepoint, type and direction', () => {
    expect(() => checkOutcome({ name: 'SLEDAI', type: 'continuous', unit: 'points', lowerIsBetter: true, timepoint: '12 months' })).not.toThrow();
    expect(() => checkOutcome({ name: 'x', type: 'count' as 'binary', unit: 'u', lowerIsBetter: true, timepoint: 't' })).toThrow(/Unknown outcome 'type' "count"/);
    expect(() => checkOutcome({ name: 'x', type: 'binary', unit: '', lowerIsBetter: true, timepoint: 't' })).toThrow(/'unit' should be text/);
  });
});

describe('armSummary() and groupArms()', () => {
  it('armSummary(value) converts SE, CI and medians and names the conversion', () => {
    expect(armSummary({ type: 'mean_se', mean: 5, se: 2, n: 25 })).toEqual({ kind: 'continuous', mean: 5, sd: 10, n: 25, conversion: 'se_to_sd' });
    // Handbook 6.5.2.2 example: 95% CI 46.1 to 53.9, n = 25 → SD 9.4482 (t quantile)
    expect(armSummary({ type: 'mean_ci', mean: 50, ci_lb: 46.1, ci_ub: 53.9, n: 25 }).kind === 'continuous' && armSummary({ type: 'mean_ci', mean: 50, ci_lb: 46.1, ci_ub: 53.9, n: 25 })).toMatchObject({ sd: expect.closeTo(9.4482, 3), conversion: 'ci_to_sd' });
    expect(armSummary({ type: 'median', median: 15, q1: 10, q3: 22, min: 2, max: 40, n: 100 })).toMatchObject({ mean: expect.closeTo(16.0331, 4), sd: expect.closeTo(8.3134, 4), conversion: 'median_range_iqr' });
    expect(armSummary({ type: 'median', median: 15, q1: 10, q3: 22, n: 100 }).conversion).toBe('median_iqr');
  });

  it('groupArms(arms) combines the MSC arms by the Handbook formula and leaves "none" out', () => {
    const g = groupArms([
      { arm: 'low dose', entry: { group: 'msc', value: { type: 'mean_sd', mean: 5, sd: 2, n: 10 } } },
      { arm: 'high dose', entry: { group: 'msc', value: { type: 'mean_sd', mean: 8, sd: 3, n: 20 } } },
      { arm: 'placebo', entry: { group: 'control', value: { type: 'mean_se', mean: 9, se: 1, n: 16 } } },
      { arm: 'drug', entry: { group: 'none', value: { type: 'mean_sd', mean: 1, sd: 1, n: 10 } } },
    ]);
    expect(g.msc).toStrictEqual({ kind: 'continuous', n: 30, mean: 7, sd: expect.closeTo(3.0343, 4) });
    expect(g.control).toEqual({ kind: 'continuous', n: 16, mean: 9, sd: 4 });
    expect(g.arms.msc.map((a) => a.arm)).toEqual(['low dose', 'high dose']);
    expect(g.arms.control).toEqual([{ arm: 'placebo', conversion: 'se_to_sd' }]);
  });

  it('groupArms(arms) adds events and totals of binary arms, and needs both groups', () => {
    const ev = (events: number, n: number) => ({ type: 'events' as const, events, n });
    expect(groupArms([{ arm: 'A', entry: { group: 'msc', value: ev(2, 10) } }, { arm: 'B', entry: { group: 'msc', value: ev(3, 12) } }, { arm: 'C', entry: { group: 'control', value: ev(6, 20) } }]).msc).toEqual({ kind: 'binary', events: 5, n: 22 });
    expect(() => groupArms([{ arm: 'A', entry: { group: 'msc', value: ev(2, 10) } }], 'Li 2021')).toThrow("Li 2021: no arm is flagged 'control' (group), so the study has no control group.");
  });
});

const arm = (extractor: string | null, armName: string, value: ArmEntry['value'], group: ArmEntry['group'] = 'msc'): ExtractedItem => ({ studyId: 1, key: { item: 'arm', outcome: 'SLEDAI', arm: armName }, extractor, data: { group, value } });

describe('discrepancies()', () => {
  it('discrepancies(items) lists each differing field with both values', () => {
    const items: ExtractedItem[] = [
      arm('ana', 'MSC', { type: 'mean_sd', mean: 5, sd: 2, n: 20 }),
      arm('bo', 'MSC', { type: 'mean_sd', mean: 5, sd: 2.5, n: 21 }),
      arm('ana', 'Placebo', { type: 'mean_sd', mean: 8, sd: 2, n: 20 }, 'control'),
      { studyId: 1, key: { item: 'characteristics' }, extractor: 'ana', data: { disease: 'SLE', dose: '1e6/kg' } },
      { studyId: 1, key: { item: 'characteristics' }, extractor: 'bo', data: { dose: '1e6/kg', disease: 'SLE' } },
    ];
    expect(discrepancies(items)).toEqual([
      { studyId: 1, item: 'arm', outcome: 'SLEDAI', arm: 'MSC', field: 'sd', values: { ana: 2, bo: 2.5 }, reconciled: false },
      { studyId: 1, item: 'arm', outcome: 'SLEDAI', arm: 'MSC', field: 'n', values: { ana: 20, bo: 21 }, reconciled: false },
      { studyId: 1, item: 'arm', outcome: 'SLEDAI', arm: 'Placebo', field: '(item)', values: { ana: 'entered', bo: null }, reconciled: false },
    ]);
  });

  it('discrepancies(items, reconciled) marks reconciled items', () => {
    const items = [arm('ana', 'MSC', { type: 'mean_sd', mean: 5, sd: 2, n: 20 }), arm('bo', 'MSC', { type: 'mean_se', mean: 5, se: 0.4, n: 20 })];
    const d = discrepancies(items, [arm(null, 'MSC', { type: 'mean_sd', mean: 5, sd: 2, n: 20 })]);
    expect(d.map((x) => [x.field, x.reconciled])).toEqual([['type', true], ['sd', true], ['se', true]]);
  });
});

describe('chooseValues()', () => {
  it('chooseValues(items, reconciled) prefers reconciled, then agreed, then single values', () => {
    const v = { type: 'mean_sd', mean: 5, sd: 2, n: 20 } as const;
    const { chosen, unresolved } = chooseValues(
      [arm('ana', 'A', v), arm('bo', 'A', { ...v }), arm('ana', 'B', v), arm('ana', 'C', v), arm('bo', 'C', { ...v, n: 21 }), arm('ana', 'D', v), arm('bo', 'D', { ...v, sd: 3 })],
      [arm(null, 'D', { ...v, sd: 2.5 })],
    );
    expect(chosen.map((c) => [c.item.key.item === 'arm' && c.item.key.arm, c.source])).toEqual([['A', 'agreed'], ['B', 'single'], ['D', 'reconciled']]);
    expect(unresolved.map((g) => g.map((i) => i.extractor))).toEqual([['ana', 'bo']]);
  });
});
