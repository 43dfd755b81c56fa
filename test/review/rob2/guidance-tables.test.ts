/**
 * Every domain's algorithm checked against every combination of answers (Y, PY, PN, N,
 * NI, and no answer where the guidance allows NA), with the expected judgement taken from
 * a second reading of the guidance: its criteria tables ("Low risk of bias … Some
 * concerns … High risk of bias", one per domain) rather than the flowcharts that
 * src/review/rob2 follows. Sources:
 *   [G] Higgins JPT, Savović J, Page MJ, Sterne JAC (eds). Revised Cochrane risk-of-bias
 *       tool for randomized trials (RoB 2), full guidance, 22 August 2019 (riskofbias.info):
 *       signalling questions and their "If … to …" conditions in Box 4 (domain 1, p. 17),
 *       Box 6 (domain 2, assignment, pp. 28–29), Box 8 (domain 3, pp. 45–46), Box 10
 *       (domain 4, p. 54) and Box 11 (domain 5, pp. 63–65); each box is followed by the
 *       domain's algorithm and its criteria table.
 *   [T] The same criteria tables as reproduced in Systematic Reviews 2021;10:171, Table 2
 *       (PMC8191126), which includes the effect-of-adhering table for domain 2 with its
 *       "[if applicable]" items.
 *   [S] Sterne JAC et al. RoB 2. BMJ 2019;366:l4898, table 2 (overall judgement).
 * Besides the judgement, the questions each algorithm reads must all be ones the guidance
 * asks given the earlier answers (the "If Y/PY/NI to 2.1 or 2.2: …" conditions).
 */
import { describe, expect, it } from 'vitest';
import { assessRob2, domain1, domain2Adhering, domain2Assignment, domain3, domain4, domain5, overallJudgement, type Answer, type Answers, type DomainJudgement, type DomainSuggestion } from '../../../src/review/rob2/index.js';

type A = Answer | undefined;
const ALL: readonly Answer[] = ['Y', 'PY', 'PN', 'N', 'NI'];
const Y = (a: A) => a === 'Y' || a === 'PY';
const N = (a: A) => a === 'N' || a === 'PN';
const NI = (a: A) => a === 'NI';

/** Every combination of the given answers per question (undefined: not answered, NA). */
function combinations(options: Readonly<Record<string, readonly A[]>>): Answers[] {
  return Object.entries(options).reduce<Record<string, Answer>[]>(
    (acc, [id, values]) => acc.flatMap((a) => values.map((v) => (v === undefined ? { ...a } : { ...a, [id]: v }))),
    [{}],
  );
}

interface Spec {
  readonly options: Readonly<Record<string, readonly A[]>>;
  /** The criteria table's judgement for a complete set of answers. */
  readonly expected: (a: Answers) => DomainJudgement;
  /** Whether the guidance asks question `id` given the other answers ("If … to …"). */
  readonly asked: (id: string, a: Answers) => boolean;
}

function exhaust(name: string, fn: (a: Answers) => DomainSuggestion, spec: Spec): void {
  describe(`${name}() over every combination of answers`, () => {
    const all = combinations(spec.options);
    it(`${name}(answers) gives the criteria table's judgement for all ${all.length} combinations`, () => {
      const wrong = all.filter((a) => fn(a).judgement !== spec.expected(a)).map((a) => `${JSON.stringify(a)}: ${fn(a).judgement} ≠ ${spec.expected(a)}`);
      expect(wrong.slice(0, 5)).toEqual([]);
    });
    it(`${name}(answers) reads only questions the guidance asks given the earlier answers`, () => {
      const wrong = all.flatMap((a) => fn(a).path.filter((id) => !spec.asked(id, a)).map((id) => `${id} read for ${JSON.stringify(a)}`));
      expect(wrong.slice(0, 5)).toEqual([]);
    });
  });
}

// Domain 1 [G] Box 4, criteria table; [T] "Bias arising from the randomisation process":
//   Low: 1.2 Y/PY (concealed) AND 1.3 N/PN/NI (baseline compatible with chance or no
//   information) AND 1.1 Y/PY/NI (random or no information).
//   High: 1.2 N/PN, OR 1.2 NI AND 1.3 Y/PY.
//   Some concerns: everything else (concealed but 1.1 N/PN or 1.3 Y/PY; 1.2 NI and 1.3 N/PN/NI).
exhaust('domain1', domain1, {
  options: { '1.1': ALL, '1.2': ALL, '1.3': ALL },
  expected: (a) => {
    if (N(a['1.2']) || (NI(a['1.2']) && Y(a['1.3']))) return 'high';
    if (Y(a['1.2']) && !Y(a['1.3']) && !N(a['1.1'])) return 'low';
    return 'some';
  },
  asked: () => true, // all three are always asked
});

// Domain 2, effect of assignment [G] Box 6 and criteria table; [T] is the adhering table.
//   Part 1 low: 2.1 and 2.2 N/PN, OR aware and 2.3 N/PN (no deviations because of the trial context).
//   Part 1 high: 2.3 Y/PY AND 2.4 Y/PY/NI (likely affected the outcome) AND 2.5 N/PN/NI (not balanced).
//   Part 1 some concerns: 2.3 NI; 2.3 Y/PY with 2.4 N/PN; or 2.4 Y/PY/NI with 2.5 Y/PY.
//   Part 2 low: 2.6 Y/PY; high: 2.6 N/PN/NI AND 2.7 Y/PY/NI; some concerns: 2.7 N/PN.
//   Domain: low if both parts low, high if either is high, else some concerns.
const aware = (a: Answers) => !(N(a['2.1']) && N(a['2.2']));
exhaust('domain2Assignment', domain2Assignment, {
  options: { '2.1': ALL, '2.2': ALL, '2.3': ALL, '2.4': ALL, '2.5': ALL, '2.6': ALL, '2.7': ALL },
  expected: (a) => {
    const p1: DomainJudgement = !aware(a) || N(a['2.3']) ? 'low' : Y(a['2.3']) && !N(a['2.4']) && !Y(a['2.5']) ? 'high' : 'some';
    const p2: DomainJudgement = Y(a['2.6']) ? 'low' : N(a['2.7']) ? 'some' : 'high';
    return p1 === 'high' || p2 === 'high' ? 'high' : p1 === 'low' && p2 === 'low' ? 'low' : 'some';
  },
  asked: (id, a) =>
    ({
      '2.3': aware(a), // If Y/PY/NI to 2.1 or 2.2
      '2.4': Y(a['2.3']), // If Y/PY to 2.3
      '2.5': Y(a['2.4']) || NI(a['2.4']), // If Y/PY/NI to 2.4
      '2.7': !Y(a['2.6']), // If N/PN/NI to 2.6
    })[id] ?? true,
});

// Domain 2, effect of adhering [T] (and [G], adhering criteria table). 2.3, 2.4 and 2.5 are
// "[if applicable]" (NA allowed): here undefined.
//   Low: (2.1 and 2.2 N/PN, OR aware AND 2.3 Y/PY/NA) AND 2.4 N/PN/NA AND 2.5 N/PN/NA.
//   Some concerns: any of those fails AND 2.6 Y/PY (appropriate analysis of adhering).
//   High: any of those fails AND 2.6 N/PN/NI.
const OPTIONAL: readonly A[] = [...ALL, undefined];
exhaust('domain2Adhering', domain2Adhering, {
  options: { '2.1': ALL, '2.2': ALL, '2.3': OPTIONAL, '2.4': OPTIONAL, '2.5': OPTIONAL, '2.6': ALL },
  expected: (a) => {
    const fine = (id: string) => a[id] === undefined || N(a[id]);
    const balanced = !aware(a) || a['2.3'] === undefined || Y(a['2.3']);
    if (balanced && fine('2.4') && fine('2.5')) return 'low';
    return Y(a['2.6']) ? 'some' : 'high';
  },
  asked: (id, a) => {
    const toAnalysis = (aware(a) && a['2.3'] !== undefined && !Y(a['2.3'])) || !(a['2.4'] === undefined || N(a['2.4'])) || !(a['2.5'] === undefined || N(a['2.5']));
    // 2.3: If Y/PY/NI to 2.1 or 2.2; 2.4, 2.5: if 2.3 Y/PY/NA or not aware;
    // 2.6: If N/PN/NI to 2.3, or Y/PY/NI to 2.4 or 2.5
    return ({ '2.3': aware(a), '2.4': !(aware(a) && a['2.3'] !== undefined && !Y(a['2.3'])), '2.5': !(aware(a) && a['2.3'] !== undefined && !Y(a['2.3'])), '2.6': toAnalysis })[id] ?? true;
  },
});

// Domain 3 [G] Box 8 and criteria table; [T] "Bias due to missing outcome data":
//   Low: 3.1 Y/PY (all or nearly all data), OR 3.2 Y/PY (evidence of no bias), OR 3.3 N/PN
//   (missingness could not depend on the true value).
//   Some concerns: 3.3 Y/PY/NI AND 3.4 N/PN (could depend, not likely that it did).
//   High: 3.3 Y/PY/NI AND 3.4 Y/PY/NI (likely that it did).
// 3.2's options are NA/Y/PY/PN/N (no NI): checked apart below.
exhaust('domain3', domain3, {
  options: { '3.1': ALL, '3.2': ['Y', 'PY', 'PN', 'N'], '3.3': ALL, '3.4': ALL },
  expected: (a) => {
    if (Y(a['3.1']) || Y(a['3.2']) || N(a['3.3'])) return 'low';
    return N(a['3.4']) ? 'some' : 'high';
  },
  asked: (id, a) => ({ '3.2': !Y(a['3.1']), '3.3': N(a['3.2']), '3.4': !N(a['3.3']) })[id] ?? true,
});

// Domain 4 [G] Box 10 and criteria table; [T] "Bias in measurement of the outcome":
//   High: 4.1 Y/PY (inappropriate method), OR 4.2 Y/PY (could differ between groups), OR
//   4.3, 4.4 and 4.5 all Y/PY/NI (likely influenced by knowledge of the intervention).
//   Low: 4.1 N/PN/NI AND 4.2 N/PN AND (4.3 N/PN, assessors unaware, OR 4.4 N/PN, could not be influenced).
//   Some concerns: 4.2 N/PN with 4.5 N/PN (could be, not likely influenced); or 4.2 NI
//   (no information on differential measurement) unless high.
exhaust('domain4', domain4, {
  options: { '4.1': ALL, '4.2': ALL, '4.3': ALL, '4.4': ALL, '4.5': ALL },
  expected: (a) => {
    if (Y(a['4.1']) || Y(a['4.2'])) return 'high';
    if (!N(a['4.3']) && !N(a['4.4']) && !N(a['4.5'])) return 'high';
    if (N(a['4.2']) && (N(a['4.3']) || N(a['4.4']))) return 'low';
    return 'some';
  },
  asked: (id, a) =>
    ({
      '4.3': !Y(a['4.1']) && !Y(a['4.2']), // If N/PN/NI to 4.1 and 4.2
      '4.4': !N(a['4.3']), // If Y/PY/NI to 4.3
      '4.5': !N(a['4.4']), // If Y/PY/NI to 4.4
    })[id] ?? true,
});

// Domain 5 [G] Box 11 and criteria table; [T] "Bias in selection of the reported result":
//   High: 5.2 Y/PY or 5.3 Y/PY (selected from several measurements or analyses).
//   Low: 5.1 Y/PY (pre-specified plan) AND 5.2 N/PN AND 5.3 N/PN.
//   Some concerns: otherwise (5.1 N/PN/NI with 5.2, 5.3 N/PN; or 5.2 or 5.3 NI, neither Y/PY).
exhaust('domain5', domain5, {
  options: { '5.1': ALL, '5.2': ALL, '5.3': ALL },
  expected: (a) => {
    if (Y(a['5.2']) || Y(a['5.3'])) return 'high';
    return Y(a['5.1']) && N(a['5.2']) && N(a['5.3']) ? 'low' : 'some';
  },
  asked: () => true,
});

describe('domain 3, question 3.2', () => {
  it('assessRob2(input) refuses NI at 3.2, which the guidance does not offer there ([G] Box 8: NA/Y/PY/PN/N)', () => {
    expect(() => assessRob2({ answers: { '3.1': 'N', '3.2': 'NI' } })).toThrow(/Question 3.2: the guidance offers only Y, PY, PN, N \(or no answer, not applicable\), not NI/);
  });
});

describe('domain 2, effect of adhering: "if applicable" questions', () => {
  it('domain2Adhering(answers) goes on to 2.4/2.5 when 2.3 is not applicable though participants were aware ([T] low: aware AND [if applicable] balanced)', () => {
    expect(domain2Adhering({ '2.1': 'Y', '2.2': 'Y', '2.4': 'N', '2.5': 'PN' })).toEqual({ judgement: 'low', path: ['2.1', '2.3', '2.4', '2.5'], missing: [], notApplicable: ['2.3'] });
    expect(domain2Adhering({ '2.1': 'Y', '2.2': 'Y', '2.5': 'Y', '2.6': 'N' })).toEqual({ judgement: 'high', path: ['2.1', '2.3', '2.4', '2.5', '2.6'], missing: [], notApplicable: ['2.3', '2.4'] });
  });

  it('domain2Adhering(answers) still needs 2.6 when a problem sends it there', () => {
    expect(domain2Adhering({ '2.1': 'N', '2.2': 'N', '2.4': 'NI' })).toEqual({ judgement: null, path: ['2.1', '2.2', '2.4', '2.5', '2.6'], missing: ['2.6'], notApplicable: ['2.5'] });
  });
});

describe('overall judgement over every combination of domain judgements', () => {
  // [S] table 2 and [G] section on overall risk of bias: low if every domain is low; high
  // if any domain is high; some concerns otherwise (several some-concerns domains judged
  // high is the reviewer's override, tested in assess.test.ts).
  const J: DomainJudgement[] = ['low', 'some', 'high'];
  const all = J.flatMap((a) => J.flatMap((b) => J.flatMap((c) => J.flatMap((d) => J.map((e) => [a, b, c, d, e])))));
  it(`overallJudgement(domains) follows the rule for all ${all.length} combinations`, () => {
    for (const v of all) {
      expect(overallJudgement(v)).toBe(v.includes('high') ? 'high' : v.every((x) => x === 'low') ? 'low' : 'some');
    }
  });
});
