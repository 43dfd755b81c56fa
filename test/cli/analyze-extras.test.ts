// The issue-3 flags of `metasift analyze`, end to end from a CSV, against the metafor fixtures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { loadFixtures, numbers, scalar } from '../helpers/fixtures.js';
import { expectClose } from '../helpers/tolerance.js';

const fixtures = loadFixtures();
const byFile = (f: string) => fixtures.find((x) => x.file === f)!;
const reg = byFile('regression.dat.bcg.json');
const bias = byFile('bias.dat.bcg.json').bias as Record<string, unknown>;
const bcgEscalc = (byFile('dat.bcg.json').escalc as { id: string; input: Record<string, unknown> }[]).find((c) => c.id === 'bcg-RR')!.input;

// dat.bcg with its moderators, as a person would type it
const ablat = numbers((reg.metareg as { moderators: { values: unknown }[] }[])[0].moderators[0].values);
const alloc = (reg.subgroups as { groups: string[] }[])[0].groups;
const [ai, bi, ci, di] = ['ai', 'bi', 'ci', 'di'].map((f) => numbers(bcgEscalc[f]));
const dir = mkdtempSync(join(tmpdir(), 'metasift-extras-'));
const csv = join(dir, 'bcg.csv');
writeFileSync(
  csv,
  ['study,ai,bi,ci,di,ablat,alloc', ...ai.map((_, i) => `T${i + 1},${ai[i]},${bi[i]},${ci[i]},${di[i]},${ablat[i]},${alloc[i]}`)].join('\n'),
);

function json(...flags: string[]) {
  let out = '';
  let err = '';
  const code = run(['analyze', csv, '--measure', 'RR', '--json', ...flags], { out: (s) => (out += s), err: (s) => (err += s) });
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out);
}

describe('metasift analyze, beyond one pooled number', () => {
  it('--mods ablat gives metafor\'s meta-regression coefficients, QM, QE, tau2 and R2', () => {
    const r = json('--mods', 'ablat');
    const e = (reg.metareg as { id: string; result: Record<string, unknown> & { coef: Record<string, unknown>[] } }[]).find((c) => c.id === 'bcg-ablat-REML-z')!.result;
    e.coef.forEach((c, j) => {
      for (const key of ['estimate', 'se', 'zval', 'pval', 'ci_lb', 'ci_ub']) expectClose(r.mods.coef[j][key], scalar(c[key]), 1e-6, `coef ${j} ${key}`);
    });
    for (const key of ['QM', 'QMp', 'QE', 'QEp', 'tau2', 'I2', 'R2']) expectClose(r.mods[key], scalar(e[key]), 1e-6, key);
    expect(r.mods.coef.map((c: { name: string }) => c.name)).toEqual(['intrcpt', 'ablat']);
  });

  it('--mods alloc --test knha treats a text column as a factor and reports F and t', () => {
    const r = json('--mods', 'alloc', '--test', 'knha');
    const e = (reg.metareg as { id: string; result: Record<string, unknown> }[]).find((c) => c.id === 'bcg-alloc-REML-knha')!.result;
    expectClose(r.mods.QM, scalar(e.QM), 1e-6, 'F');
    expectClose(r.mods.QMp, scalar(e.QMp), 1e-6, 'F p');
    expect(r.mods.QM_ddf).toBe(10);
    expect(r.mods.coef[1].tval).toBeTypeOf('number');
    expect(r.mods.factors.alloc).toEqual(['alternate', 'random', 'systematic']);
  });

  it('--subgroup alloc pools each level alone and gives RevMan\'s Chi² and metafor\'s QM', () => {
    const r = json('--subgroup', 'alloc');
    const e = (reg.subgroups as { id: string; separate: Record<string, unknown>[]; diff: Record<string, number>; QM: number; QMp: number }[]).find((c) => c.id === 'bcg-alloc-REML')!;
    r.subgroups.levels.forEach((l: Record<string, number>, j: number) => {
      for (const key of ['b', 'se', 'ci_lb', 'ci_ub', 'tau2']) expectClose(l[key], scalar(e.separate[j][key]), 1e-6, `${l.subgroup} ${key}`);
    });
    expect(r.subgroups.levels.map((l: { subgroup: string }) => l.subgroup)).toEqual(['alternate', 'random', 'systematic']);
    for (const key of ['Q', 'p', 'I2']) expectClose(r.subgroups.test_subgroup_diff[key], e.diff[key], 1e-6, key);
    expect(r.subgroups.test_subgroup_diff.df).toBe(2);
    expectClose(r.subgroups.QM, e.QM, 1e-6, 'QM');
    expectClose(r.subgroups.QMp, e.QMp, 1e-6, 'QMp');
  });

  it('--subgroup alloc --method MH pools each subgroup with Mantel–Haenszel, as RevMan does', () => {
    const r = json('--subgroup', 'alloc', '--method', 'MH');
    expect(r.subgroups.levels[1].method).toBe('MH');
    expect(r.subgroups.levels[1].k).toBe(7);
    expect(r.subgroups.test_subgroup_diff.df).toBe(2);
  });

  it('--bias gives Egger, Begg, trim-and-fill and fail-safe N as metafor', () => {
    const r = json('--bias');
    const eg = (bias.regtest as Record<string, unknown>[]).find((c) => c.id === 'bcg-rma-sei')!;
    expectClose(r.bias.egger.zval, scalar(eg.zval), 1e-6, 'egger z');
    expectClose(r.bias.egger.pval, scalar(eg.pval), 1e-6, 'egger p');
    expectClose(r.bias.egger.b_limit, scalar(eg.est), 1e-6, 'limit');
    const tf = (bias.trimfill as Record<string, unknown>[]).find((c) => c.id === 'bcg-REML-L0-auto')!;
    expect(r.bias.trimfill.k0).toBe(scalar(tf.k0));
    expect(r.bias.trimfill.side).toBe(tf.side);
    expectClose(r.bias.trimfill.b, scalar(tf.b), 1e-6, 'trimfill b');
    const fs = (bias.fsn as Record<string, unknown>[]).find((c) => c.id === 'bcg-Rosenthal')!;
    expect(r.bias.failsafe.rosenthal.fsnum).toBe(scalar(fs.fsnum));
    expect(r.bias.begg.tau).toBeTypeOf('number');
  });

  it('--leave1out, --cumulative and --influence return one row per study, named', () => {
    const r = json('--leave1out', '--cumulative', 'ablat', '--influence');
    expect(r.leave1out).toHaveLength(13);
    expect(r.leave1out[0].study).toBe('T1');
    expect(r.cumulative).toHaveLength(13);
    // the last cumulative step is the full analysis
    expectClose(r.cumulative[12].b, r.b, 1e-12, 'cumulative end');
    expect(r.influence).toHaveLength(13);
    expect(Object.keys(r.influence[0])).toEqual(
      expect.arrayContaining(['rstudent', 'dffits', 'cook_d', 'cov_r', 'tau2_del', 'QE_del', 'hat', 'weight', 'inf']),
    );
  });

  it('--mods ablat --permutations 200 --seed 3 adds reproducible permutation p-values', () => {
    const a = json('--mods', 'ablat', '--permutations', '200', '--seed', '3');
    const b = json('--mods', 'ablat', '--permutations', '200', '--seed', '3');
    expect(a.mods.permutation.iterations).toBe(200);
    expect(a.mods.coef[1].pval_perm).toBe(b.mods.coef[1].pval_perm);
    expect(a.mods.coef[1].pval_perm).toBeLessThan(0.05);
  });

  it('--mods ablat --predict ablat=10 --predict ablat=50 gives metafor\'s predict() values', () => {
    const r = json('--mods', 'ablat', '--predict', 'ablat=10', '--predict', 'ablat=50');
    const e = (reg.predict as { id: string; pred: unknown; ci_lb: unknown; pi_ub: unknown }[]).find((c) => c.id === 'bcg-ablat-REML-z')!;
    const [p10, , p50] = [0, 1, 2].map((i) => ({ pred: numbers(e.pred)[i], ci_lb: numbers(e.ci_lb)[i], pi_ub: numbers(e.pi_ub)[i] }));
    expect(r.mods.predictions).toHaveLength(2);
    for (const [got, want] of [[r.mods.predictions[0], p10], [r.mods.predictions[1], p50]] as const) {
      expectClose(got.pred, want.pred, 1e-6, 'pred');
      expectClose(got.ci_lb, want.ci_lb, 1e-6, 'ci_lb');
      expectClose(got.pi_ub, want.pi_ub, 1e-6, 'pi_ub');
      expectClose(got.transf.pred, Math.exp(want.pred), 1e-6, 'exp(pred)');
    }
    expect(r.mods.predictions[0].at).toEqual({ ablat: '10' });
  });

  it('an empty subgroup cell is reported with its line', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'study,yi,vi,src\nA,0.1,0.04,bm\nB,0.3,0.05,\n');
    let err = '';
    const code = run(['analyze', bad, '--subgroup', 'src'], { out: () => {}, err: (s) => (err += s) });
    expect(code).toBe(1);
    expect(err).toContain(`${bad}, line 3, column 'src'`);
  });
});
