/**
 * Every domain's algorithm against the flowcharts of the RoB 2 guidance (Higgins et al.,
 * full guidance of 22 August 2019): one row per branch, and every answer of the
 * questions a branch groups ("Y/PY", "N/PN/NI") expanded.
 */
import { describe, expect, it } from 'vitest';
import { domain1, domain2Adhering, domain2Assignment, domain3, domain4, domain5, type Answer, type Answers, type DomainJudgement, type DomainSuggestion } from '../../../src/review/rob2/index.js';

const GROUPS: Record<string, Answer[]> = { 'Y/PY': ['Y', 'PY'], 'N/PN': ['N', 'PN'], 'N/PN/NI': ['N', 'PN', 'NI'], 'Y/PY/NI': ['Y', 'PY', 'NI'], NI: ['NI'] };

/** Every combination of the grouped answers in one row of a table. */
function expand(row: Record<string, string>): Answers[] {
  return Object.entries(row).reduce<Answers[]>((acc, [q, g]) => acc.flatMap((a) => (GROUPS[g] ?? [g as Answer]).map((x) => ({ ...a, [q]: x }))), [{}]);
}

function check(name: string, fn: (a: Answers) => DomainSuggestion, table: [Record<string, string>, DomainJudgement][]): void {
  describe(name, () => {
    it.each(table.map(([row, j]) => [JSON.stringify(row), row, j] as const))(`${name}(%s) gives the guidance's judgement`, (_s, row, j) => {
      for (const answers of expand(row)) expect(fn(answers).judgement, JSON.stringify(answers)).toBe(j);
    });
  });
}

check('domain1', domain1, [
  [{ '1.2': 'N/PN', '1.1': 'Y', '1.3': 'N' }, 'high'],
  [{ '1.2': 'Y/PY', '1.1': 'Y/PY/NI', '1.3': 'N/PN/NI' }, 'low'],
  [{ '1.2': 'Y/PY', '1.1': 'Y/PY/NI', '1.3': 'Y/PY' }, 'some'],
  [{ '1.2': 'Y/PY', '1.1': 'N/PN', '1.3': 'N' }, 'some'],
  [{ '1.2': 'NI', '1.1': 'Y/PY/NI', '1.3': 'N/PN/NI' }, 'some'],
  [{ '1.2': 'NI', '1.1': 'Y', '1.3': 'Y/PY' }, 'high'],
]);

check('domain2Assignment', domain2Assignment, [
  [{ '2.1': 'N/PN', '2.2': 'N/PN', '2.6': 'Y/PY' }, 'low'],
  [{ '2.1': 'Y/PY/NI', '2.2': 'N', '2.3': 'N/PN', '2.6': 'Y/PY' }, 'low'],
  [{ '2.1': 'N', '2.2': 'Y/PY/NI', '2.3': 'NI', '2.6': 'Y' }, 'some'],
  [{ '2.1': 'Y', '2.2': 'Y', '2.3': 'Y/PY', '2.4': 'N/PN', '2.6': 'Y' }, 'some'],
  [{ '2.1': 'Y', '2.2': 'Y', '2.3': 'Y/PY', '2.4': 'Y/PY/NI', '2.5': 'Y/PY', '2.6': 'Y' }, 'some'],
  [{ '2.1': 'Y', '2.2': 'Y', '2.3': 'Y/PY', '2.4': 'Y/PY/NI', '2.5': 'N/PN/NI', '2.6': 'Y' }, 'high'],
  [{ '2.1': 'N', '2.2': 'N', '2.6': 'N/PN/NI', '2.7': 'N/PN' }, 'some'],
  [{ '2.1': 'N', '2.2': 'N', '2.6': 'N/PN/NI', '2.7': 'Y/PY/NI' }, 'high'],
  // part 1 some concerns, part 2 high: the worse wins
  [{ '2.1': 'Y', '2.2': 'Y', '2.3': 'NI', '2.6': 'N', '2.7': 'Y' }, 'high'],
]);

check('domain2Adhering', domain2Adhering, [
  [{ '2.1': 'N/PN', '2.2': 'N/PN', '2.4': 'N/PN', '2.5': 'N/PN' }, 'low'],
  [{ '2.1': 'N', '2.2': 'N' }, 'low'],
  [{ '2.1': 'Y/PY/NI', '2.2': 'N', '2.3': 'Y/PY', '2.4': 'N/PN', '2.5': 'N/PN' }, 'low'],
  [{ '2.1': 'Y', '2.2': 'Y', '2.3': 'N/PN/NI', '2.6': 'Y/PY' }, 'some'],
  [{ '2.1': 'Y', '2.2': 'Y', '2.3': 'N/PN/NI', '2.6': 'N/PN/NI' }, 'high'],
  [{ '2.1': 'N', '2.2': 'N', '2.4': 'Y/PY/NI', '2.5': 'N', '2.6': 'Y/PY' }, 'some'],
  [{ '2.1': 'N', '2.2': 'N', '2.4': 'N', '2.5': 'Y/PY/NI', '2.6': 'N/PN/NI' }, 'high'],
]);

check('domain3', domain3, [
  [{ '3.1': 'Y/PY' }, 'low'],
  [{ '3.1': 'N/PN/NI', '3.2': 'Y/PY' }, 'low'],
  [{ '3.1': 'N/PN/NI', '3.2': 'N/PN', '3.3': 'N/PN' }, 'low'],
  [{ '3.1': 'N', '3.2': 'N/PN', '3.3': 'Y/PY/NI', '3.4': 'N/PN' }, 'some'],
  [{ '3.1': 'N', '3.2': 'N', '3.3': 'Y/PY/NI', '3.4': 'Y/PY/NI' }, 'high'],
]);

check('domain4', domain4, [
  [{ '4.1': 'Y/PY' }, 'high'],
  [{ '4.1': 'N/PN/NI', '4.2': 'Y/PY' }, 'high'],
  [{ '4.1': 'N/PN/NI', '4.2': 'N/PN', '4.3': 'N/PN' }, 'low'],
  [{ '4.1': 'N', '4.2': 'N/PN', '4.3': 'Y/PY/NI', '4.4': 'N/PN' }, 'low'],
  [{ '4.1': 'N', '4.2': 'N/PN', '4.3': 'Y/PY/NI', '4.4': 'Y/PY/NI', '4.5': 'N/PN' }, 'some'],
  [{ '4.1': 'N', '4.2': 'N/PN', '4.3': 'Y', '4.4': 'Y/PY/NI', '4.5': 'Y/PY/NI' }, 'high'],
  [{ '4.1': 'N/PN/NI', '4.2': 'NI', '4.3': 'N/PN' }, 'some'],
  [{ '4.1': 'N', '4.2': 'NI', '4.3': 'Y/PY/NI', '4.4': 'N/PN' }, 'some'],
  [{ '4.1': 'N', '4.2': 'NI', '4.3': 'Y', '4.4': 'Y/PY/NI', '4.5': 'N/PN' }, 'some'],
  [{ '4.1': 'N', '4.2': 'NI', '4.3': 'Y', '4.4': 'Y', '4.5': 'Y/PY/NI' }, 'high'],
]);

check('domain5', domain5, [
  [{ '5.1': 'Y/PY', '5.2': 'N/PN', '5.3': 'N/PN' }, 'low'],
  [{ '5.1': 'N/PN/NI', '5.2': 'N/PN', '5.3': 'N/PN' }, 'some'],
  [{ '5.1': 'Y', '5.2': 'NI', '5.3': 'N/PN/NI' }, 'some'],
  [{ '5.1': 'Y', '5.2': 'N/PN', '5.3': 'NI' }, 'some'],
  [{ '5.1': 'Y/PY/NI', '5.2': 'Y/PY', '5.3': 'N/PN/NI' }, 'high'],
  [{ '5.1': 'Y', '5.2': 'N/PN/NI', '5.3': 'Y/PY' }, 'high'],
]);

describe('walk()', () => {
  it('domain1(answers) with an unanswered question it needs gives null and names the question', () => {
    expect(domain1({ '1.2': 'Y', '1.1': 'Y' })).toEqual({ judgement: null, path: ['1.2', '1.1', '1.3'], missing: ['1.3'], notApplicable: [] });
  });

  it('domain1(answers) reads only the questions on its path', () => {
    expect(domain1({ '1.2': 'N' })).toEqual({ judgement: 'high', path: ['1.2'], missing: [], notApplicable: [] });
  });

  it('domain4({}) asks for 4.1 first', () => {
    expect(domain4({}).missing).toEqual(['4.1']);
  });
});
