import { describe, expect, it } from 'vitest';
import { parseJudgement } from '../../../src/io/rob/judgement.js';
import { readRob } from '../../../src/io/rob/read-rob.js';

const HEADER = 'study,D1,D2,D3,D4,D5,overall';

describe('parseJudgement', () => {
  it('parseJudgement(common spellings) reads them case-insensitively', () => {
    const cases: [string, string][] = [
      ['Low', 'low'], ['LOW RISK', 'low'], ['low risk of bias', 'low'], ['+', 'low'],
      ['Some concerns', 'some'], ['some_concerns', 'some'], ['Some concern', 'some'], ['−', 'some'],
      ['High', 'high'], [' high risk ', 'high'], ['×', 'high'],
      ['NI', 'none'], ['No information', 'none'], ['no info', 'none'], ['?', 'none'],
    ];
    for (const [cell, value] of cases) expect(parseJudgement(cell), cell).toEqual({ ok: true, value });
  });

  it('parseJudgement("unclear") refuses RoB 1 wording and says what to write', () => {
    const p = parseJudgement('Unclear');
    expect(p.ok).toBe(false);
    expect(!p.ok && p.reason).toMatch(/RoB 1.*Some concerns.*No information/);
  });

  it('parseJudgement("") reports a missing judgement', () => {
    expect(parseJudgement('  ')).toMatchObject({ ok: false, reason: expect.stringMatching(/missing/) });
  });
});

describe('readRob', () => {
  it('readRob(text, file) reads studies, judgements and weights in any column case and order', () => {
    const s = readRob(`Overall,Study,d1,D2,D3,D4,D5,Weight,notes\nHigh,张三 2019,Low,NI,High,Some concerns,low,12.5%,x\nLow,Panes 2016,low,low,low,low,low,"38,9",\n`, 'ROB.csv');
    expect(s).toEqual([
      { study: '张三 2019', domains: ['low', 'none', 'high', 'some', 'low'], overall: 'high', weight: 12.5 },
      { study: 'Panes 2016', domains: ['low', 'low', 'low', 'low', 'low'], overall: 'low', weight: 38.9 },
    ]);
  });

  it('readRob(text without weight) leaves weight out', () => {
    expect(readRob(`${HEADER}\nA 2001,Low,Low,Low,Low,Low,Low\n`, 'r.csv')[0]).not.toHaveProperty('weight');
  });

  it('readRob(unknown judgement) names the file, line and column', () => {
    expect(() => readRob(`${HEADER}\nA 2001,Low,Low,Low,Low,Low,Low\nB 2002,Low,Low,Moderate,Low,Low,Low\n`, 'ROB.csv')).toThrow(
      "ROB.csv, line 3, column 'D3': 'Moderate' is not a RoB 2 judgement",
    );
  });

  it('readRob(missing column) names the column and the ones needed', () => {
    expect(() => readRob('study,D1,D2,D3,D4,overall\nA,Low,Low,Low,Low,Low\n', 'ROB.csv')).toThrow(/ROB\.csv, line 1, column 'D5': there is no column named 'D5'/);
  });

  it('readRob(bad weight) names the line and column', () => {
    expect(() => readRob(`${HEADER},weight\nA,Low,Low,Low,Low,Low,Low,heavy\n`, 'ROB.csv')).toThrow(/line 2, column 'weight': 'heavy' is not a weight/);
  });

  it('readRob(header only) says there are no studies', () => {
    expect(() => readRob(`${HEADER}\n`, 'ROB.csv')).toThrow(/no studies/);
  });
});
