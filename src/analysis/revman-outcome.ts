/**
 * Recomputes one RevMan 5 outcome the way RevMan does (src/stats/revman), from
 * the data rows of a parsed .rm5 outcome: the overall result over every row,
 * each subgroup with its own τ², the test for subgroup differences, and every
 * study row's effect, CI and percent weight. Totals are sums over all rows,
 * estimable or not; STUDIES counts distinct studies (a multi-arm trial entered
 * as two rows counts once, while df counts it twice).
 */
import type { Rm5DataRow, Rm5Outcome } from '../io/rm5/types.js';
import { outcomeSettings } from '../io/rm5/settings.js';
import { revmanSubgroups } from '../stats/revman/subgroups.js';
import { revmanPool } from '../stats/revman/pool.js';
import { revmanWebPool } from '../stats/revman/web.js';
import type { PooledRevMan, RevManData, RevManOptions } from '../stats/revman/types.js';
import { num, planOutcome } from './revman-data.js';
import { pooledValues, studyValues, type RevManConvention, type RevManOutcomeJson, type Values } from './revman-result.js';

export type Skip = { readonly skipped: true; readonly reason: string };

const TOTALS = ['EVENTS_1', 'TOTAL_1', 'EVENTS_2', 'TOTAL_2'];

function totals(rows: readonly Rm5DataRow[], type: string): Values {
  const v: Values = {};
  for (const k of TOTALS) {
    const xs = rows.map((r) => num(r, k)).filter((x) => Number.isFinite(x));
    const always = type === 'DICH' || (type === 'CONT' && k.startsWith('TOTAL'));
    if (xs.length > 0 || always) v[k] = xs.reduce((s, x) => s + x, 0);
  }
  v.STUDIES = new Set(rows.map((r) => r.studyId)).size;
  return v;
}

export function recomputeOutcome(
  outcome: Rm5Outcome,
  comparison: string,
  studyName: (id: string) => string,
  convention: RevManConvention = 'revman5',
): RevManOutcomeJson | Skip {
  const s = outcomeSettings(outcome);
  const plan = planOutcome(outcome, s);
  if (!plan.ok) return { skipped: true, reason: plan.reason };
  const options: RevManOptions = { method: plan.method, random: s.random, ciStudy: s.ciStudy, ciTotal: s.ciTotal };
  const pool = convention === 'revman-web' ? revmanWebPool : revmanPool;
  const groups = outcome.subgroups.length > 0 ? outcome.subgroups.map((g) => g.rows) : [outcome.rows];
  const data: RevManData[] = groups.map((rows) => plan.build(rows));
  const analysis = revmanSubgroups<PooledRevMan>(data, options, pool);
  const allRows = groups.flat();
  const overall = analysis.overall;
  const sgIds = outcome.subgroups.length > 0 ? outcome.subgroups.flatMap((g) => g.rows.map(() => g.id)) : allRows.map(() => null);
  const studies = overall.studies.map((st, i) => ({
    study_id: allRows[i].studyId,
    study: studyName(allRows[i].studyId),
    subgroup: sgIds[i],
    estimable: st.estimable,
    ...studyValues(st, plan.ratio),
  }));
  let offset = 0;
  const subgroups = outcome.subgroups.map((g, j) => {
    const p = analysis.subgroups[j];
    const share = studies.slice(offset, offset + g.rows.length).reduce((sum, x) => sum + x.WEIGHT, 0);
    offset += g.rows.length;
    return { id: g.id, name: g.name, estimable: p.estimable, result: { ...pooledValues(p, plan.ratio), ...totals(g.rows, outcome.type), WEIGHT: share } };
  });
  const test = analysis.test;
  return {
    id: outcome.id,
    comparison,
    name: outcome.name,
    type: outcome.type,
    measure: s.measure,
    method: plan.method,
    random: s.random,
    ci_total: s.ciTotal,
    estimable: overall.estimable,
    result: { ...pooledValues(overall, plan.ratio), ...totals(allRows, outcome.type), WEIGHT: overall.estimable ? 100 : 0 },
    studies,
    subgroups,
    subgroup_test: outcome.subgroups.length > 0 && s.subgroupTest ? { Q: test.Q, DF: test.df, P: test.p, I2: test.I2 } : null,
  };
}
