// A review project from the command line: init, import, dedupe, dual screening, conflicts,
// kappa, PRISMA from the ledger, export, and the keyboard screen's session.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { screenSession } from '../../src/cli/project/screen.js';
import { SqliteStore } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'metasift-project-'));
const project = join(dir, 'review.metasift');

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

// Two exports of the same search: the second repeats a paper (different case and punctuation) and adds a Chinese one.
writeFileSync(
  join(dir, 'pubmed.ris'),
  [
    'TY  - JOUR', 'ID  - p1', 'TI  - Umbilical cord mesenchymal stem cells for lupus nephritis: a randomised trial', 'AU  - Deng, D.', 'AU  - Zhang, P.',
    'PY  - 2017', 'JO  - Ann Rheum Dis', 'VL  - 76', 'SP  - 1436', 'EP  - 1439', 'DO  - 10.1136/annrheumdis-2017-211073', 'ER  - ',
    'TY  - JOUR', 'ID  - p2', 'TI  - Mesenchymal stromal cells in mice with arthritis', 'AU  - Smith, A.', 'PY  - 2015', 'JO  - Arthritis Res Ther', 'VL  - 17', 'SP  - 20', 'ER  - ',
    '',
  ].join('\n'),
);
writeFileSync(
  join(dir, 'embase.ris'),
  [
    'TY  - JOUR', 'ID  - e1', 'TI  - UMBILICAL CORD MESENCHYMAL STEM CELLS FOR LUPUS NEPHRITIS - A RANDOMISED TRIAL.', 'AU  - Deng, D', 'AU  - Zhang, P',
    'PY  - 2017', 'JO  - Annals of the Rheumatic Diseases', 'VL  - 76', 'SP  - 1436', 'DO  - 10.1136/ANNRHEUMDIS-2017-211073', 'ER  - ',
    'TY  - JOUR', 'ID  - e2', 'TI  - 脐带间充质干细胞治疗系统性红斑狼疮的临床研究', 'AU  - 王, 伟', 'PY  - 2019', 'JO  - 中华风湿病学杂志', 'VL  - 23', 'SP  - 100', 'ER  - ',
    '',
  ].join('\n'),
);

describe('a review project on the command line', () => {
  it('init creates the project with reviewers, a resolver and exclusion reasons; it refuses to overwrite', () => {
    const r = cli('init', project, '--reviewer', 'ann=Ann Lee', '--reviewer', 'bo=Bo Wang', '--resolver', 'cy=Cy Chen', '--reasons', 'Not an RCT;Wrong population');
    expect(r.err).toBe('');
    expect(r.out).toContain('3 reviewers and 2 exclusion reasons');
    expect(cli('init', project).code).toBe(1);
  });

  it('import reads every file first, then stores each with its database; a broken file stores nothing', () => {
    const broken = join(dir, 'broken.ris');
    copyFileSync(join('test', 'io', 'records', 'samples', 'missing-er.ris'), broken);
    const bad = cli('import', project, join(dir, 'pubmed.ris'), broken);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('broken.ris');
    expect(SqliteStore.open(project).countRecords()).toBe(0);
    expect(cli('import', project, join(dir, 'pubmed.ris'), '--database', 'PubMed').code).toBe(0);
    const ok = cli('import', project, join(dir, 'embase.ris'), '--database', 'Embase');
    expect(ok.out).toContain('The project now holds 4 records.');
  });

  it('dedupe --json merges the same paper from two databases, by source identifier', () => {
    const r = cli('dedupe', project, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.groups).toEqual([['p1', 'e1']]);
    const store = SqliteStore.open(project);
    expect(store.records({ duplicates: false })).toHaveLength(3);
    store.close();
  });

  it('dedupe --merges lists the merge; --undo separates the records again and --merge joins them by hand', () => {
    expect(cli('dedupe', project, '--merges').out).toMatch(/^group 1: \d+, \d+ kept \d+; metasift, .*automatic deduplication/);
    expect(cli('dedupe', project, '--undo', '1').out).toContain('Undid merge 1');
    let store = SqliteStore.open(project);
    expect(store.records({ duplicates: false })).toHaveLength(4);
    const [a, , c] = store.records().map((r) => r.id);
    store.close();
    expect(cli('dedupe', project, '--merge', `${a},${c}`, '--by', 'ann').out).toContain(`Merged records ${a} and ${c}`);
    store = SqliteStore.open(project);
    expect(store.records({ duplicates: false })).toHaveLength(3);
    expect(store.mergeGroups()).toHaveLength(2);
    store.close();
  });

  it('two reviewers screen independently; the conflict goes to the resolver; kappa counts first decisions', () => {
    const store = SqliteStore.open(project);
    const ids = store.records({ duplicates: false }).map((r) => r.id);
    store.close();
    for (const [id, ann, bo] of [[ids[0], 'include', 'include'], [ids[1], 'exclude', 'exclude'], [ids[2], 'include', 'exclude']] as const) {
      expect(cli('decide', project, '--reviewer', 'ann', '--record', String(id), '--verdict', ann).code).toBe(0);
      expect(cli('decide', project, '--reviewer', 'bo', '--record', String(id), '--verdict', bo).code).toBe(0);
    }
    expect(cli('conflicts', project, '--reviewer', 'ann').code).toBe(2);
    const c = cli('conflicts', project, '--reviewer', 'cy');
    expect(c.out).toContain(`record ${ids[2]} (title_abstract): ann include vs bo exclude`);
    expect(c.out).toContain('1 conflicts.');
    const k = JSON.parse(cli('kappa', project, '--json').out);
    // 2 of 3 agree; margins ann (2 inc, 1 exc), bo (1 inc, 2 exc): pe = (2·1 + 1·2)/9 = 4/9, kappa = (2/3 − 4/9)/(1 − 4/9) = 0.4
    expect(k[0].kappa).toBeCloseTo(0.4, 12);
    expect(k[0].n).toBe(3);
    expect(cli('resolve', project, '--by', 'cy', '--record', String(ids[2]), '--verdict', 'include', '--why', 'RCT in patients').code).toBe(0);
    expect(cli('conflicts', project, '--reviewer', 'cy').out).toContain('0 conflicts.');
  });

  it('prisma PROJECT writes the counts derived from the ledger', () => {
    const out = join(dir, 'counts.json');
    expect(cli('prisma', project, '--out', out).code).toBe(0);
    const counts = JSON.parse(readFileSync(out, 'utf8'));
    expect(counts.identification.databases).toEqual([{ name: 'PubMed', n: 2 }, { name: 'Embase', n: 2 }]);
    expect(counts.identification.duplicates_removed).toBe(1);
    expect(counts.screening).toMatchObject({ screened: 3, excluded: 1 });
    expect(cli('prisma', project, '--out', join(dir, 'flow.svg')).code).toBe(0);
    expect(readFileSync(join(dir, 'flow.svg'), 'utf8')).toContain('Records screened');
  });

  it('export writes the records with their outcome, and --included keeps those that passed', () => {
    const out = join(dir, 'records.csv');
    expect(cli('export', project, '--out', out).code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('title_abstract');
    expect(cli('export', project, '--out', join(dir, 'inc.ris'), '--included', 'title_abstract').out).toContain('Wrote 2 records');
  });

  it('screenSession shows only what is waiting for the reviewer, records one key per decision, and never shows a colleague\'s verdict', () => {
    const p2 = join(dir, 'screen.metasift');
    cli('init', p2, '--reviewer', 'ann', '--reviewer', 'bo', '--reasons', 'Not an RCT');
    cli('import', p2, join(dir, 'pubmed.ris'), join(dir, 'embase.ris'));
    const store = SqliteStore.open(p2);
    const [first] = store.records();
    store.decide({ recordId: first.id, stage: 'title_abstract', reviewer: 'bo', verdict: 'exclude', note: 'SECRET-NOTE' });
    let screen = '';
    const s = screenSession(store, 'ann', 'title_abstract', (t) => (screen += t), { terms: { include: ['lupus'], exclude: ['mice'] }, colour: false, width: 80 });
    expect(screen).toContain('(1 of 4)');
    expect(screen).toContain('[+lupus]');
    for (const k of ['i', 'e', 'x', 'm', 'q']) s.key(k);
    expect(screen).not.toContain('SECRET-NOTE');
    expect(screen).not.toMatch(/bo .*exclude/);
    expect(screen).toContain('[-mice]');
    expect(screen).toContain('Stopped: 3 decisions recorded.');
    expect(store.decisions({ reviewer: 'ann' }).map((d) => d.verdict)).toEqual(['include', 'exclude', 'maybe']);
    store.close();
  });
});
