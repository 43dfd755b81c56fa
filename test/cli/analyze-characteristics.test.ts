// `metasift analyze --project FILE --outcome NAME --subgroup msc_source`: subgroups by a study
// characteristic of the project, and `metasift export --analysis NAME --with msc_source`.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeTable } from '../../src/analysis/analyze-table.js';
import type { CsvTable } from '../../src/io/csv/parse-csv.js';
import { enterStudies, projectCli } from './project-cli.js';

const { dir, p, cli } = projectCli('metasift-analyze-chars-', 'review.metasift');

// study, MSC events/total, control events/total, MSC source
const TRIALS = [
  ['Li 2021', 4, 40, 11, 40, 'umbilical_cord'],
  ['Shi 2012', 6, 30, 12, 30, 'bone_marrow'],
  ['Xu 2019', 3, 25, 8, 26, 'umbilical_cord'],
  ['Zhou 2020', 9, 20, 10, 21, 'bone_marrow'],
  ['Panes 2016', 15, 50, 22, 49, 'adipose'],
] as const;

beforeAll(() => {
  expect(cli('init', p, '--reviewer', 'ann', '--reviewer', 'bo').code).toBe(0);
  const outcome = { name: 'death', type: 'binary', unit: 'events', lowerIsBetter: true, timepoint: '12 months' } as const;
  enterStudies(
    p,
    outcome,
    ['ann', 'bo'],
    TRIALS.map(([label, a, n1, c, n2, source]) => ({
      label,
      msc: { type: 'events', events: a, n: n1 },
      control: { type: 'events', events: c, n: n2 },
      characteristics: () => ({ msc_source: source, route: 'intravenous' }),
    })),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The same studies as a table with a subgroup column, as `metasift analyze FILE.csv` reads it. */
const table: CsvTable = {
  file: 'by hand',
  columns: ['study', 'ai', 'n1i', 'ci', 'n2i', 'subgroup'],
  rows: TRIALS.map((t) => t.map(String)),
  lines: TRIALS.map((_, i) => i + 2),
};

describe('analyze --project --subgroup CHARACTERISTIC', () => {
  it('pools each MSC source as analyzeTable does on the same table with a subgroup column', () => {
    const r = cli('analyze', '--project', p, '--outcome', 'death', '--measure', 'RR', '--method', 'EE', '--subgroup', 'msc_source', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const got = JSON.parse(r.out);
    const expected = analyzeTable(table, { measure: 'RR', method: 'EE', subgroup: 'subgroup' });
    expect(got.subgroups.column).toBe('msc_source');
    expect(got.subgroups.levels.map((l: { subgroup: string }) => l.subgroup)).toEqual(['adipose', 'bone_marrow', 'umbilical_cord']);
    expected.subgroups!.levels.forEach((e, i) => {
      expect(got.subgroups.levels[i].subgroup).toBe(e.subgroup);
      expect(got.subgroups.levels[i].k).toBe(e.k);
      expect(got.subgroups.levels[i].b).toBeCloseTo(e.b!, 12);
      expect(got.subgroups.levels[i].se).toBeCloseTo(e.se!, 12);
    });
    expect(got.subgroups.test_subgroup_diff.Q).toBeCloseTo(expected.subgroups!.test_subgroup_diff.Q, 12);
    expect(got.b).toBeCloseTo(expected.b as number, 12);

    // by hand, umbilical cord (Li, Xu), fixed effect with inverse-variance weights on log RR:
    //   yi = ln((a/n1)/(c/n2)), vi = 1/a − 1/n1 + 1/c − 1/n2, b = Σ yi/vi / Σ 1/vi, se = 1/√Σ 1/vi
    //   Li: y = ln(0.1/0.275) = −1.011601, v = 0.290909, w = 3.437500
    //   Xu: y = ln(0.12/0.307692) = −0.941609, v = 0.379872, w = 2.632469
    //   b = (−3.477378 − 2.478737) / 6.069969 = −0.981246
    const y = [Math.log(4 / 40 / (11 / 40)), Math.log(3 / 25 / (8 / 26))];
    const v = [1 / 4 - 1 / 40 + 1 / 11 - 1 / 40, 1 / 3 - 1 / 25 + 1 / 8 - 1 / 26];
    const w = v.map((x) => 1 / x);
    const b = (w[0] * y[0] + w[1] * y[1]) / (w[0] + w[1]);
    expect(b).toBeCloseTo(-0.981246, 6);
    const cord = got.subgroups.levels.find((l: { subgroup: string }) => l.subgroup === 'umbilical_cord');
    expect(cord.b).toBeCloseTo(b, 12);
    expect(cord.se).toBeCloseTo(1 / Math.sqrt(w[0] + w[1]), 12);
  });

  it('the text summary names the subgroups; --subset may name a characteristic too', () => {
    const r = cli('analyze', '--project', p, '--outcome', 'death', '--measure', 'RR', '--method', 'MH', '--subgroup', 'msc_source');
    expect(r.code).toBe(0);
    for (const s of ['adipose', 'bone_marrow', 'umbilical_cord']) expect(r.out).toContain(s);
    const only = cli('analyze', '--project', p, '--outcome', 'death', '--measure', 'RR', '--subset', 'msc_source=bone_marrow', '--json');
    expect(only.err).toBe('');
    expect(JSON.parse(only.out).studies.map((s: { study: string }) => s.study)).toEqual(['Shi 2012', 'Zhou 2020']);
  });

  it('a --subgroup that is not a characteristic is a usage error naming the known ones', () => {
    const r = cli('analyze', '--project', p, '--outcome', 'death', '--measure', 'RR', '--subgroup', 'cell_source');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("--subgroup 'cell_source' is not a study characteristic: with --project use one of disease, condition, msc_source,");
  });

  it('export --analysis --with adds the characteristic columns; an unknown one is refused', () => {
    const csv = join(dir, 'death.csv');
    const r = cli('export', p, '--analysis', 'death', '--with', 'msc_source,route', '--out', csv);
    expect(r.err).toBe('');
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('study,ai,n1i,ci,n2i,source,conversion,msc_source,route');
    expect(lines[1]).toBe('Li 2021,4,40,11,40,agreed,msc: MSC; control: Control,umbilical_cord,intravenous');
    // the exported file analyses alike
    const again = cli('analyze', csv, '--measure', 'RR', '--method', 'EE', '--subgroup', 'msc_source', '--json');
    expect(again.err).toBe('');
    expect(JSON.parse(again.out).subgroups.levels).toHaveLength(3);
    const bad = cli('export', p, '--analysis', 'death', '--with', 'cells', '--out', csv);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('--with: Unknown study characteristic "cells"');
  });
});
