/**
 * `--subgroup COLUMN`: one pooled result per subgroup level (each level pooled alone,
 * RevMan 5's separate τ², with whatever method the main analysis uses, MH included), or
 * with `--subgroup-tau2 common` the cell means of the mixed-effects model with one τ²;
 * then RevMan's test for subgroup differences and metafor's QM test of the factor.
 */
import type { CsvTable } from '../../io/csv/parse-csv.js';
import { FileFormatError } from '../../io/errors.js';
import { textColumn } from '../../io/csv/numeric-column.js';
import { subgroupAnalysis } from '../../stats/subgroups/subgroup-analysis.js';
import { subgroupDifference, type SubgroupDifference } from '../../stats/subgroups/subgroup-difference.js';
import { metaRegression } from '../../stats/regression/meta-regression.js';
import { backTransform } from '../../stats/transforms.js';
import type { AnalysisExtras, AnalysisOptions } from '../analysis-options.js';
import type { EffectData } from '../effect-data.js';
import { locate } from '../effect-data.js';
import { num, type AnalysisJson } from '../result-json.js';
import { pooledResult } from '../pooled-result.js';
import { uniOptions } from './model-options.js';

export interface SubgroupLevelJson extends Partial<AnalysisJson> {
  /** The subgroup's value in the subgroup column. */
  readonly subgroup: string;
  readonly k: number;
  readonly b: number | null;
  readonly se: number | null;
  readonly ci_lb: number | null;
  readonly ci_ub: number | null;
}

export interface SubgroupsJson {
  readonly column: string;
  readonly tau2: 'separate' | 'common';
  readonly levels: readonly SubgroupLevelJson[];
  readonly test_subgroup_diff: SubgroupDifference;
  readonly QM: number | null;
  readonly QM_df: number;
  readonly QMp: number | null;
}

export function subgroupSection(table: CsvTable, data: EffectData, options: AnalysisOptions & AnalysisExtras): SubgroupsJson {
  const column = options.subgroup!;
  const groups = textColumn(table, column).map((g) => g.trim());
  const missing = groups.findIndex((g) => g === '');
  if (missing >= 0) {
    throw new FileFormatError('every study needs a subgroup (this cell is empty)', {
      file: table.file,
      line: table.lines[missing],
      column,
    });
  }
  const sharing = options.subgroupTau2 ?? 'separate';
  const model = uniOptions(options);
  const mixed = locate(table, () =>
    metaRegression(data.yi, data.vi, [{ name: column, values: groups, factor: true }], model),
  );
  let levels: SubgroupLevelJson[];
  if (sharing === 'separate') {
    const names = [...new Set(groups)].sort((a, b) => a.localeCompare(b, 'en'));
    levels = names.map((level) => {
      const keep = groups.map((g, i) => (g === level ? i : -1)).filter((i) => i >= 0);
      const sub: CsvTable = { ...table, rows: keep.map((i) => table.rows[i]), lines: keep.map((i) => table.lines[i]) };
      const pick = <T,>(xs: readonly T[]) => keep.map((i) => xs[i]);
      const subData: EffectData = {
        ...data,
        labels: pick(data.labels),
        yi: pick(data.yi),
        vi: pick(data.vi),
        ni: data.ni === undefined ? undefined : pick(data.ni),
        input: Object.fromEntries(Object.entries(data.input).map(([f, v]) => [f, pick(v)])),
      };
      return { subgroup: level, ...pooledResult(sub, subData, options) };
    });
  } else {
    const s = locate(table, () => subgroupAnalysis(data.yi, data.vi, groups, { ...model, tau2Sharing: 'common' }));
    const t = backTransform(data.measure, { ni: data.ni });
    levels = s.levels.map((l) => ({
      subgroup: l.level,
      k: l.k,
      b: num(l.b),
      se: num(l.se),
      ci_lb: num(l.ci_lb),
      ci_ub: num(l.ci_ub),
      tau2: num(mixed.tau2),
      transf: { name: t.name, est: num(t.fn(l.b)), ci_lb: num(t.fn(l.ci_lb)), ci_ub: num(t.fn(l.ci_ub)), pi_lb: null, pi_ub: null },
    }));
  }
  return {
    column,
    tau2: sharing,
    levels,
    test_subgroup_diff: subgroupDifference(levels.map((l) => l.b ?? NaN), levels.map((l) => l.se ?? NaN)),
    QM: num(mixed.QM),
    QM_df: mixed.QM_df,
    QMp: num(mixed.QMp),
  };
}
