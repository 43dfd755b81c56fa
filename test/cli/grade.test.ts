// GRADE from the command line: ratings with reasons from flags or a CSV, the listing with
// the hints the project's data give, and files refused whole with file, line and column.
import { beforeAll, describe, expect, it } from 'vitest';
import { projectCli } from './project-cli.js';

const { p, cli, file, readStore } = projectCli('metasift-grade-', 'g.metasift');
const history = () => readStore((s) => s.extraction.outcomes().flatMap((o) => s.extraction.gradeHistory(o.name)).length);

beforeAll(() => {
  expect(cli('init', p, '--reviewer', 'ann', '--reviewer', 'bo').err).toBe('');
  for (const o of ['remission', 'pain']) expect(cli('extract', p, 'outcome', o, '--type', o === 'remission' ? 'binary' : 'continuous', '--unit', 'u', '--timepoint', '6 months', '--by', 'ann').err).toBe('');
  for (const s of ['Trial A', 'Trial B']) expect(cli('extract', p, 'study', s, '--by', 'ann').err).toBe('');
  // one extractor: the values stand as they are (chooseValues 'single')
  const arm = (study: string, a: string, group: string, events: number) => cli('extract', p, 'arm', '--study', study, '--outcome', 'remission', '--arm', a, '--group', group, '--events', String(events), '--n', '40', '--by', 'ann');
  for (const [s, e] of [['Trial A', 11], ['Trial B', 12]] as const) {
    expect(arm(s, 'MSC', 'msc', e).err).toBe('');
    expect(arm(s, 'placebo', 'control', e - 5).err).toBe('');
  }
  const rob = file('rob.csv', 'study,outcome,1.1,1.2,1.3,2.1,2.2,2.6,3.1,4.1,4.2,4.3,5.1,5.2,5.3\nTrial A,remission,Y,Y,N,N,N,Y,Y,N,N,N,Y,N,N\nTrial B,remission,Y,N,N,N,N,Y,Y,N,N,N,Y,N,N\n');
  expect(cli('rob2', p, '--import', rob, '--as', 'ann').err).toBe('');
});

describe('metasift grade', () => {
  it('lists outcomes not rated yet with the hints from the data', () => {
    const r = cli('grade', p);
    expect(r.out).toContain('remission: not rated yet');
    expect(r.out).toContain('hints from the data, 2 studies pooled (risk ratio, random effects)');
    // Trial B (high risk: 1.2 N) carries about half the weight; 36 events < 300 (GRADE 6)
    expect(r.out).toMatch(/imprecision −2: The CI .* includes no effect \(1\); 36 events fall short of the optimal information size of 300\./);
    expect(r.out).toContain('inconsistency 0: I² = 0% over 2 studies');
    expect(r.out).toContain('pain: not rated yet\n  hints: none (no arm data extracted yet)');
  });

  it('records a rating from flags, with a reason per domain or one for all', () => {
    const r = cli('grade', p, '--outcome', 'remission', '--risk-of-bias', '-1', '--inconsistency', '0', '--imprecision', '-2', '--reason', 'Trial B not concealed', '--reason', 'imprecision: 36 events only', '--as', 'ann');
    expect(r.err).toBe('');
    // RCTs start at 4; 4 − 1 − 2 = 1, very low (GRADE 3, Balshem et al. 2011)
    expect(r.out).toContain('remission: ⊕◯◯◯ very low (randomised trials, start high; down 3) (rated by ann).');
    expect(r.out).toContain('Not rated: indirectness, publication bias');
    const l = cli('grade', p, '--outcome', 'remission');
    expect(l.out).toContain('  risk of bias −1: Trial B not concealed\n  inconsistency 0\n  imprecision −2: 36 events only\n');
    const j = JSON.parse(cli('grade', p, '--json').out);
    expect(j[0]).toMatchObject({ outcome: 'remission', grade: { certainty: 'very low', score: 1, by: 'ann' } });
  });

  it('refuses ratings without reasons, rating up randomised evidence, and bad levels, before anything is stored', () => {
    const before = history();
    expect(cli('grade', p, '--outcome', 'remission', '--risk-of-bias', '-1', '--as', 'ann').err).toContain('risk of bias is rated down 1 level: give the reason with --reason "risk of bias: ..."');
    expect(cli('grade', p, '--outcome', 'remission', '--large-effect', '+1', '--reason', 'RR 0.2', '--as', 'ann').err).toContain('rating up is for observational evidence');
    expect(cli('grade', p, '--outcome', 'remission', '--imprecision', '-3', '--reason', 'x', '--as', 'ann').err).toContain('imprecision moves the evidence at most 2 levels');
    expect(cli('grade', p, '--outcome', 'remission', '--imprecision', 'serious', '--as', 'zed', '--reason', 'x').err).toContain("No reviewer 'zed'");
    expect(history()).toBe(before);
  });

  it('--import records one row per outcome and refuses a wrong file whole, naming file, line and column', () => {
    const before = history();
    const bad = file(
      'bad.csv',
      `outcome,design,risk of bias,risk of bias reason,imprecision,imprecision reason,large effect,large effect reason
remission,rct,-1,open label,-1,,,
pain,rct,-4,x,,,+1,big
fatigue,rct,0,,,,,
`,
    );
    const r = cli('grade', p, '--import', bad, '--as', 'bo');
    expect(r.code).toBe(1);
    expect(r.err).toContain("bad.csv, line 2, column 'imprecision reason': imprecision is rated down 1 level: write why in the column 'imprecision reason'");
    expect(r.err).toContain("bad.csv, line 3, column 'risk of bias': risk of bias moves the evidence at most 2 levels");
    expect(r.err).toContain("bad.csv, line 3, column 'large effect': rating up for large effect is for observational evidence");
    expect(r.err).toContain("bad.csv, line 4, column 'outcome': no outcome 'fatigue' in the project");
    expect(history()).toBe(before);
    const good = file('good.csv', 'outcome,design,risk of bias,risk of bias reason,imprecision,imprecision reason,large effect,large effect reason\npain,observational,0,,serious,wide CI,+2,RR 0.2 in both studies\n');
    const g = cli('grade', p, '--import', good, '--as', 'bo');
    expect(g.err).toBe('');
    // observational evidence starts low (2): − 1 + 2 = 3, moderate (GRADE 9: rating up)
    expect(g.out).toContain('pain: ⊕⊕⊕◯ moderate (observational studies, start low; down 1, up 2)');
    expect(history()).toBe(before + 1);
  });
});
