/**
 * A recomputed RevMan outcome in the shape the forest plot draws (the keys of
 * `metasift analyze`), so `metasift report FILE.rm5` shows every forest plot of a review
 * with RevMan's own numbers: per-row effects and weights, subgroup subtotals, the total,
 * heterogeneity and the test for subgroup differences.
 */
import type { Rm5Outcome } from '../io/rm5/types.js';
import type { ForestArms, ForestResult } from '../plot/forest/types.js';
import type { Measure } from '../stats/effects/index.js';
import type { RevManOutcomeJson, Values } from './revman-result.js';

const RATIO = new Set(['OR', 'RR', 'PETO', 'PETO_OR']);
const num = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? null : x);

function pooledKeys(v: Values, ratio: boolean, k: number, random: boolean) {
  const log = (x: number | undefined) => num(x === undefined ? undefined : ratio ? Math.log(x) : x);
  return {
    k,
    b: log(v.EFFECT_SIZE),
    se: num(v.SE),
    zval: num(v.Z),
    pval: num(v.P_Z),
    ci_lb: log(v.CI_START),
    ci_ub: log(v.CI_END),
    pi_lb: log(v.PI_START),
    pi_ub: log(v.PI_END),
    tau2: random ? num(v.TAU2) : null,
    I2: num(v.I2),
    QE: num(v.CHI2),
    QE_df: v.DF ?? 0,
    QEp: num(v.P_CHI2),
    transf: {
      name: ratio ? 'exp' : 'none',
      est: num(v.EFFECT_SIZE),
      ci_lb: num(v.CI_START),
      ci_ub: num(v.CI_END),
      pi_lb: num(v.PI_START),
      pi_ub: num(v.PI_END),
    },
  };
}

export interface RevManForest {
  readonly result: ForestResult;
  readonly arms: ForestArms | undefined;
  readonly subgroupOf: readonly string[] | undefined;
}

export function revmanForest(o: RevManOutcomeJson, source: Rm5Outcome): RevManForest {
  const ratio = RATIO.has(o.measure);
  const method = o.random ? (o.method === 'MH' ? 'MH-RE' : 'DL') : o.method === 'IV' ? 'FE' : o.method;
  const rows = [...source.rows, ...source.subgroups.flatMap((s) => s.rows)];
  const studies = o.studies.map((s) => ({
    study: s.study,
    yi: num(ratio ? Math.log(s.EFFECT_SIZE) : s.EFFECT_SIZE),
    vi: num(s.SE * s.SE),
    weight: s.estimable ? num(s.WEIGHT) : null,
  }));
  const a = (name: string) => rows.map((r) => Number(r.attributes[name]));
  const arms: ForestArms | undefined =
    o.type === 'DICH'
      ? { kind: 'binary', events1: a('EVENTS_1'), total1: a('TOTAL_1'), events2: a('EVENTS_2'), total2: a('TOTAL_2') }
      : o.type === 'CONT'
        ? { kind: 'continuous', mean1: a('MEAN_1'), sd1: a('SD_1'), total1: a('TOTAL_1'), mean2: a('MEAN_2'), sd2: a('SD_2'), total2: a('TOTAL_2') }
        : undefined;
  const nameOf = new Map(o.subgroups.flatMap((g) => [[g.id, g.name], [g.name, g.name]] as [string, string][]));
  const subgroupOf = o.subgroups.length > 0 ? o.studies.map((s) => nameOf.get(s.subgroup ?? '') ?? s.subgroup ?? '') : undefined;
  const measure = (o.measure === 'PETO_OR' ? 'PETO' : o.measure) as Measure;
  const result: ForestResult = {
    measure,
    method,
    test: 'z',
    level: o.ci_total,
    ...pooledKeys(o.result, ratio, o.result.STUDIES ?? o.studies.length, o.random),
    se_tau2: null,
    tau2_ci: [null, null],
    I2_ci: [null, null],
    H2: null,
    H2_ci: [null, null],
    studies,
    warnings: o.estimable ? [] : ['RevMan marks this outcome not estimable.'],
    ...(o.subgroups.length > 0 && o.subgroup_test
      ? {
          subgroups: {
            column: 'subgroup',
            tau2: 'separate' as const,
            levels: o.subgroups.map((g) => ({
              subgroup: g.name,
              measure,
              method,
              test: 'z',
              level: o.ci_total,
              ...pooledKeys(g.result, ratio, g.result.STUDIES ?? 0, o.random),
            })),
            test_subgroup_diff: { Q: o.subgroup_test.Q, df: o.subgroup_test.DF, p: o.subgroup_test.P, I2: o.subgroup_test.I2 },
            QM: null,
            QM_df: o.subgroup_test.DF,
            QMp: null,
          },
        }
      : {}),
  };
  return { result, arms, subgroupOf };
}
