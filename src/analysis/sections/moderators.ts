/**
 * `--mods a,b`: mixed-effects (or, with EE/FE, fixed-effects) meta-regression on the
 * named columns; any column with a non-numeric value is a factor, coded against its
 * first level. With `--permutations N` each coefficient and QM also get permutation
 * p-values (exact when N covers every distinct permutation; otherwise seeded).
 */
import type { CsvTable } from '../../io/csv/parse-csv.js';
import { textColumn } from '../../io/csv/numeric-column.js';
import { metaRegression, type MetaRegression } from '../../stats/regression/meta-regression.js';
import { predictAt } from '../../stats/regression/predict.js';
import { backTransform } from '../../stats/transforms.js';
import { FileFormatError } from '../../io/errors.js';
import { permutationTest, type PermutationTest } from '../../stats/regression/permutation-test.js';
import { designMatrix, type Moderator } from '../../stats/regression/design-matrix.js';
import type { AnalysisExtras, AnalysisOptions } from '../analysis-options.js';
import { locate, type EffectData } from '../effect-data.js';
import { num } from '../result-json.js';
import { uniOptions } from './model-options.js';

export interface CoefJson {
  readonly name: string;
  readonly estimate: number | null;
  readonly se: number | null;
  readonly zval?: number | null;
  readonly tval?: number | null;
  readonly pval: number | null;
  readonly ci_lb: number | null;
  readonly ci_ub: number | null;
  readonly pval_perm?: number | null;
}

export interface ModsJson {
  readonly k: number;
  readonly coef: readonly CoefJson[];
  readonly QM: number | null;
  readonly QM_df: number;
  readonly QM_ddf?: number;
  readonly QMp: number | null;
  readonly QE: number | null;
  readonly QE_df: number;
  readonly QEp: number | null;
  readonly tau2: number | null;
  readonly se_tau2: number | null;
  readonly I2: number | null;
  readonly H2: number | null;
  readonly R2: number | null;
  readonly factors: Readonly<Record<string, readonly string[]>>;
  readonly permutation?: { readonly iterations: number; readonly exact: boolean; readonly seed: number | null; readonly QMp: number };
  readonly predictions?: readonly PredictionJson[];
}

export interface PredictionJson {
  readonly at: Readonly<Record<string, string>>;
  readonly pred: number | null;
  readonly se: number | null;
  readonly ci_lb: number | null;
  readonly ci_ub: number | null;
  readonly pi_lb: number | null;
  readonly pi_ub: number | null;
  readonly transf: { readonly pred: number | null; readonly ci_lb: number | null; readonly ci_ub: number | null; readonly pi_lb: number | null; readonly pi_ub: number | null };
}

/** The design row for moderator values: 1 for the intercept, the number, or 0/1 per factor level. */
function designRow(reg: MetaRegression, moderators: readonly Moderator[], at: Readonly<Record<string, string>>, file: string): number[] {
  for (const name of Object.keys(at)) {
    if (!moderators.some((m) => m.name === name)) throw new FileFormatError(`--predict names '${name}', which is not one of the --mods`, { file });
  }
  const x = [1];
  for (const m of moderators) {
    const v = at[m.name];
    const levels = reg.factors[m.name];
    if (levels) {
      const level = v ?? levels[0];
      if (!levels.includes(level)) throw new FileFormatError(`--predict ${m.name}=${level}: the levels are ${levels.join(', ')}`, { file });
      for (const l of levels.slice(1)) x.push(l === level ? 1 : 0);
    } else {
      const n = Number(v);
      if (v === undefined || !Number.isFinite(n)) throw new FileFormatError(`--predict needs a number for '${m.name}'`, { file });
      x.push(n);
    }
  }
  return x;
}

export function moderatorColumns(table: CsvTable, names: readonly string[]): Moderator[] {
  return names.map((name) => ({ name, values: textColumn(table, name) }));
}

export function permutationSection(
  data: EffectData,
  X: Float64Array[] | undefined,
  options: AnalysisOptions & AnalysisExtras,
): PermutationTest {
  return permutationTest(data.yi, data.vi, X, uniOptions(options), { iterations: options.permutations, seed: options.seed ?? 1 });
}

export function moderatorSection(table: CsvTable, data: EffectData, options: AnalysisOptions & AnalysisExtras): ModsJson {
  const moderators = moderatorColumns(table, options.mods ?? []);
  const reg = locate(table, () => metaRegression(data.yi, data.vi, moderators, uniOptions(options)));
  const perm =
    options.permutations === undefined
      ? undefined
      : permutationSection(data, designMatrix(moderators, data.yi.length).columns, options);
  const stat = reg.test === 'z' ? 'zval' : 'tval';
  const t = backTransform(data.measure, { ni: data.ni }).fn;
  const predictions = (options.predict ?? []).map((at): PredictionJson => {
    const p = predictAt(reg.fit, designRow(reg, moderators, at, table.file));
    return {
      at,
      pred: num(p.pred),
      se: num(p.se),
      ci_lb: num(p.ci_lb),
      ci_ub: num(p.ci_ub),
      pi_lb: num(p.pi_lb),
      pi_ub: num(p.pi_ub),
      transf: { pred: num(t(p.pred)), ci_lb: num(t(p.ci_lb)), ci_ub: num(t(p.ci_ub)), pi_lb: num(t(p.pi_lb)), pi_ub: num(t(p.pi_ub)) },
    };
  });
  return {
    k: reg.k,
    coef: reg.coef.map((c, j) => ({
      name: c.name,
      estimate: num(c.estimate),
      se: num(c.se),
      [stat]: num(c.zval),
      pval: num(c.pval),
      ci_lb: num(c.ci_lb),
      ci_ub: num(c.ci_ub),
      ...(perm ? { pval_perm: num(perm.pval[j]) } : {}),
    })),
    QM: num(reg.QM),
    QM_df: reg.QM_df,
    ...(reg.test === 'z' ? {} : { QM_ddf: reg.QM_ddf }),
    QMp: num(reg.QMp),
    QE: num(reg.QE),
    QE_df: reg.QE_df,
    QEp: num(reg.QEp),
    tau2: num(reg.tau2),
    se_tau2: num(reg.se_tau2),
    I2: num(reg.I2),
    H2: num(reg.H2),
    R2: num(reg.R2),
    factors: reg.factors,
    ...(predictions.length > 0 ? { predictions } : {}),
    ...(perm
      ? { permutation: { iterations: perm.iterations, exact: perm.exact, seed: perm.exact ? null : (options.seed ?? 1), QMp: perm.QMp } }
      : {}),
  };
}
