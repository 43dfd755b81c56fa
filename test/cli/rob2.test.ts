// RoB 2 from the command line: two assessors import their answers, the disagreement is
// listed and reconciled, and `metasift rob PROJECT` draws the assessment that stands.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectCli } from './project-cli.js';

const { dir, p, cli, file, readStore } = projectCli('metasift-rob2-', 'r.metasift');
const count = () => readStore((s) => s.extraction.rob2().length + s.extraction.rob2Reconciliations().length);

const HEADER = 'study,outcome,1.1,1.2,1.3,2.1,2.2,2.3,2.4,2.5,2.6,2.7,3.1,3.2,3.3,3.4,4.1,4.2,4.3,4.4,4.5,5.1,5.2,5.3,D3,D3 reason';

beforeAll(() => {
  expect(cli('init', p, '--reviewer', 'ann', '--reviewer', 'bo', '--resolver', 'cy').err).toBe('');
  expect(cli('extract', p, 'outcome', 'remission', '--type', 'binary', '--unit', 'patients', '--timepoint', '6 months', '--by', 'ann').err).toBe('');
  for (const s of ['Trial A', 'Trial B']) expect(cli('extract', p, 'study', s, '--by', 'ann').code).toBe(0);
});

describe('metasift rob2 --import', () => {
  it('prints the suggested judgements and records every row', () => {
    const ann = file(
      'ann.csv',
      `${HEADER}
Trial A,remission,Y,Y,N,N,N,,,,Y,,Y,,,,N,N,N,,,Y,N,N,,
Trial B,remission,Y,NI,N,Y,Y,Y,Y,N,Y,,N,N,Y,PN,N,N,Y,Y,N,Y,NI,N,High,40% dropped out in one arm
`,
    );
    const r = cli('rob2', p, '--import', ann, '--as', 'ann');
    expect(r.err).toBe('');
    // Trial B: D1 1.2 NI, 1.3 N → some concerns; D2 2.3 Y, 2.4 Y, 2.5 N → high; D3 suggested
    // some concerns (3.3 Y, 3.4 PN), overridden high; D4 4.5 N → some; D5 5.2 NI → some.
    expect(r.out).toContain('Trial A, remission: D1 low · D2 low · D3 low · D4 low · D5 low · overall low');
    expect(r.out).toContain('Trial B, remission: D1 some concerns · D2 high · D3 high (overrides some concerns: 40% dropped out in one arm) · D4 some concerns · D5 some concerns · overall high');
    expect(r.out).toContain('Recorded 2 assessments by ann.');
  });

  it('a second assessor who differs is told, and the listing names the differences', () => {
    const bo = file('bo.csv', `study,outcome,1.1,1.2,1.3,2.1,2.2,2.6,3.1,4.1,4.2,4.3,5.1,5.2,5.3\nTrial A,remission,Y,Y,N,N,N,Y,PN,N,N,N,Y,N,N\n`);
    const r = cli('rob2', p, '--import', bo, '--as', 'bo');
    expect(r.out).toContain('Trial A, remission: D1 low · D2 low · D3 — (answer 3.2) · D4 low · D5 low · overall —');
    expect(r.out).toContain('1 of them differ');
    const l = cli('rob2', p);
    expect(l.out).toContain('Trial A: assessors disagree');
    expect(l.out).toContain('differ on 3.1 (ann Y, bo PN); D3 (ann low, bo —); overall (ann low, bo —)');
    expect(l.out).toContain('Trial B: one assessor so far');
    expect(l.out).toContain('1 disagreement(s) to reconcile.');
    const j = JSON.parse(cli('rob2', p, '--outcome', 'remission', '--json').out);
    expect(j[0].studies[0]).toMatchObject({ study: 'Trial A', stands: null, assessments: [{ by: 'ann' }, { by: 'bo' }] });
    // the plot draws what stands and names the study it leaves out
    const svg = join(dir, 'rob-disputed.svg');
    const plot = cli('rob', p, '--outcome', 'remission', '--out', svg);
    expect(plot.out).toContain('Left out 1 study whose assessors disagree: Trial A.');
    expect(readFileSync(svg, 'utf8')).not.toContain('Trial A');
    expect(readFileSync(svg, 'utf8')).toContain('Trial B');
  });

  it('--reconcile STUDY OUTCOME --take ASSESSOR records the agreed assessment, which the rob plot draws', () => {
    expect(cli('rob2', p, '--reconcile', 'Trial A', 'remission', '--take', 'ann', '--as', 'cy').code).toBe(2); // no --why
    const r = cli('rob2', p, '--reconcile', 'Trial A', 'remission', '--take', 'ann', '--as', 'cy', '--why', '3.1: 98% followed up (table 2)');
    expect(r.out).toContain("Trial A, remission: ann's assessment stands, reconciled by cy");
    const l = cli('rob2', p);
    expect(l.out).toContain('Trial A: reconciled by cy (3.1: 98% followed up (table 2))');
    expect(l.out).toContain('0 disagreement(s) to reconcile.');
    const svg = join(dir, 'rob.svg');
    expect(cli('rob', p, '--outcome', 'remission', '--out', svg).code).toBe(0);
    const text = readFileSync(svg, 'utf8');
    expect(text).toContain('Trial A');
    expect(text).toContain('Trial B');
  });

  it('--import FILE --reconcile records the rows of a file as the agreed assessments', () => {
    const agreed = file('agreed.csv', `study,outcome,effect,1.1,1.2,1.3,2.1,2.2,2.3,2.4,2.5,2.6,3.1,4.1,4.2,4.3,5.1,5.2,5.3\nTrial B,remission,adhering,Y,Y,N,Y,Y,NA,N,N,Y,Y,N,N,N,Y,N,N\n`);
    const r = cli('rob2', p, '--import', agreed, '--reconcile', '--as', 'cy', '--why', 'consensus meeting');
    expect(r.err).toBe('');
    // effect of adhering, 2.3 not applicable (NA) → 2.4, 2.5 N → low
    expect(r.out).toContain('Trial B, remission (effect of adhering): D1 low · D2 low (2.3 not applicable) · D3 low · D4 low · D5 low · overall low');
    expect(r.out).toContain('Recorded 1 agreed assessment, reconciled by cy.');
  });
});

describe('metasift rob2 --import refuses a wrong file whole', () => {
  const refused = (name: string, text: string) => {
    const before = count();
    const r = cli('rob2', p, '--import', file(name, text), '--as', 'ann');
    expect(r.code).toBe(1);
    expect(count()).toBe(before);
    return r.err;
  };
  const GOOD = 'Trial A,remission,Y,Y,N,N,N,,,,Y,,Y,,,,N,N,N,,,Y,N,N,,';

  it('a bad answer names the file, line and column, and nothing is stored (not even the good rows)', () => {
    const err = refused('bad-answer.csv', `${HEADER}\n${GOOD}\nTrial B,remission,Yes,Maybe,N,N,N,,,,Y,,Y,,,,N,N,N,,,Y,N,N,,\n`);
    expect(err).toContain("bad-answer.csv, line 3, column '1.2': 'Maybe' is not an answer: write Y, PY, PN, N or NI");
    expect(err).not.toContain("column '1.1'"); // "Yes" is accepted for Y
    expect(err).toContain('Nothing was recorded');
  });

  it('an unknown study names the row and the study column', () => {
    const err = refused('unknown-study.csv', `${HEADER}\n${GOOD}\nTrial Z,remission,Y,Y,N,N,N,,,,Y,,Y,,,,N,N,N,,,Y,N,N,,\n`);
    expect(err).toContain("unknown-study.csv, line 3, column 'study': no study 'Trial Z' in the project");
  });

  it('an override without its reason names the reason column', () => {
    const err = refused('no-reason.csv', `${HEADER}\nTrial A,remission,Y,Y,N,N,N,,,,Y,,Y,,,,N,N,N,,,Y,N,N,High,\n`);
    expect(err).toContain("no-reason.csv, line 2, column 'D3 reason': the override of D3 (High) needs its reason");
  });

  it('NI at 3.2, a question of the other effect, an unknown column and a duplicate row are refused, all reported at once', () => {
    const err = refused(
      'several.csv',
      `${HEADER}\nTrial A,remission,Y,Y,N,N,N,,,,Y,,N,NI,N,,N,N,N,,,Y,N,N,,\nTrial A,remission,Y,Y,N,N,N,,,,Y,,Y,,,,N,N,N,,,Y,N,N,,\n`,
    );
    expect(err).toContain("several.csv, line 2, column '3.2': question 3.2 has no 'NI' answer in the RoB 2 guidance: write Y, PY, PN, N, or leave it empty (NA)");
    expect(err).toContain("several.csv, line 3, column 'study': Trial A, remission is already on line 2");
    const other = refused('adhering.csv', 'study,outcome,effect,2.7,D9\nTrial A,remission,adhering,Y,\n');
    expect(other).toContain("adhering.csv, line 1, column 'D9': unknown column 'D9'");
    const q = refused('adhering2.csv', 'study,outcome,effect,2.7\nTrial A,remission,adhering,Y\n');
    expect(q).toContain("adhering2.csv, line 2, column '2.7': question 2.7 is not asked for the effect of adhering");
  });

  it('an unknown reviewer or a missing --as is a usage error', () => {
    const f = file('ok.csv', `${HEADER}\n${GOOD}\n`);
    expect(cli('rob2', p, '--import', f).err).toContain('--as ID');
    expect(cli('rob2', p, '--import', f, '--as', 'zed').err).toContain("No reviewer 'zed' in the project (reviewers: ann, bo, cy)");
  });

  it('--help explains the columns in plain words', () => {
    expect(cli('rob2', '--help').out).toContain('signalling questions');
    expect(cli('help').out).toContain('rob2 PROJECT');
  });
});
