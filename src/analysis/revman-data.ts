/**
 * From a parsed RevMan 5 outcome to the numbers RevMan pools: the data rows of
 * each subgroup (or of the whole outcome) as `RevManData`, with SWAP_EVENTS
 * applied (events become non-events) and generic inverse-variance estimates put
 * on the log scale when LOG_DATA says they were entered as ratios.
 */
import type { Rm5DataRow, Rm5Outcome } from '../io/rm5/types.js';
import type { Rm5Settings } from '../io/rm5/settings.js';
import type { ContMeasure, DichMeasure, PoolingMethod, RevManData } from '../stats/revman/types.js';

/** Why an outcome cannot be analysed, or undefined when it can. */
export type Plan =
  | { readonly ok: true; readonly method: PoolingMethod; readonly ratio: boolean; readonly build: (rows: readonly Rm5DataRow[]) => RevManData }
  | { readonly ok: false; readonly reason: string };

const RATIO = /^(OR|RR|PETO_OR|HR|RATE_RATIO|RATIO)$|ratio/i;

export function num(row: Rm5DataRow, name: string): number {
  const v = row.attributes[name];
  return v === undefined || v.trim() === '' ? NaN : Number(v);
}

function poolingMethod(method: string): PoolingMethod | undefined {
  const m = method.toUpperCase();
  if (m === 'MH' || m === 'IV' || m === 'PETO') return m;
  if (m === 'EXP_O_E_VAR') return 'PETO';
  return undefined;
}

export function planOutcome(outcome: Rm5Outcome, s: Rm5Settings): Plan {
  const method = poolingMethod(s.method);
  if (method === undefined) return { ok: false, reason: `unknown METHOD '${s.method}'` };
  switch (outcome.type) {
    case 'DICH': {
      const measure = (method === 'PETO' ? 'PETO_OR' : s.measure.toUpperCase()) as DichMeasure;
      if (!['OR', 'RR', 'RD', 'PETO_OR'].includes(measure)) return { ok: false, reason: `unknown EFFECT_MEASURE '${s.measure}' for dichotomous data` };
      const build = (rows: readonly Rm5DataRow[]): RevManData => ({
        kind: 'DICH',
        measure,
        rows: rows.map((r) => {
          const [e1, n1, e2, n2] = ['EVENTS_1', 'TOTAL_1', 'EVENTS_2', 'TOTAL_2'].map((k) => num(r, k));
          return s.swapEvents ? { events1: n1 - e1, total1: n1, events2: n2 - e2, total2: n2 } : { events1: e1, total1: n1, events2: e2, total2: n2 };
        }),
      });
      return { ok: true, method: measure === 'PETO_OR' ? 'PETO' : method, ratio: measure !== 'RD', build };
    }
    case 'CONT': {
      const measure = s.measure.toUpperCase() as ContMeasure;
      if (measure !== 'MD' && measure !== 'SMD') return { ok: false, reason: `unknown EFFECT_MEASURE '${s.measure}' for continuous data` };
      const build = (rows: readonly Rm5DataRow[]): RevManData => ({
        kind: 'CONT',
        measure,
        rows: rows.map((r) => ({
          mean1: num(r, 'MEAN_1'),
          sd1: num(r, 'SD_1'),
          total1: num(r, 'TOTAL_1'),
          mean2: num(r, 'MEAN_2'),
          sd2: num(r, 'SD_2'),
          total2: num(r, 'TOTAL_2'),
        })),
      });
      return { ok: true, method: 'IV', ratio: false, build };
    }
    case 'IV': {
      const ratio = RATIO.test(s.measure);
      const build = (rows: readonly Rm5DataRow[]): RevManData => ({
        kind: 'IV',
        ratio,
        rows: rows.map((r) => {
          const y = num(r, 'EFFECT_SIZE');
          return { estimate: ratio && !s.logData ? Math.log(y) : y, se: num(r, 'SE') };
        }),
      });
      return { ok: true, method: 'IV', ratio, build };
    }
    case 'IPD': {
      const build = (rows: readonly Rm5DataRow[]): RevManData => ({
        kind: 'OE',
        rows: rows.map((r) => ({ oe: num(r, 'O_E'), variance: num(r, 'VAR') })),
      });
      return { ok: true, method: 'PETO', ratio: true, build };
    }
  }
}
