/**
 * `metasift convert ...`: the extraction conversions of the numeric core for one study
 * at a time, so a reviewer can turn what a paper reports into what a meta-analysis needs.
 */
import { parseArgs } from 'node:util';
import {
  combineArms,
  combineBinaryArms,
  meanSdFromMedian,
  sdFromCi,
  sdFromSe,
} from '../stats/conversions/index.js';
import { UsageError } from './usage-error.js';

export const CONVERT_HELP = `Usage: metasift convert WHAT [values]

Turns what a paper reports into a mean and SD (or one combined group):

  metasift convert median --median M --q1 A --q3 B [--min X --max Y] --n N
      median with quartiles and/or range -> mean (Luo et al. 2018) and SD (Wan et al. 2014)
  metasift convert se --se S --n N
      standard error of a mean -> SD  (SD = SE x sqrt(n))
  metasift convert ci --lower L --upper U --n N [--level 95] [--quantile auto|t|z]
      confidence interval of a mean -> SD (Cochrane Handbook 6.5.2.2; t for n < 60 by default)
  metasift convert combine --n 20,25 --mean 5.1,4.8 --sd 1.2,1.4
  metasift convert combine --n 20,25 --events 3,4
      several arms (e.g. MSC dose groups) -> one group (Cochrane Handbook 6.5.2.10)

Add --json for machine-readable output.
`;

const numberList = (name: string, v: string | undefined): number[] => {
  if (v === undefined) throw new UsageError(`convert combine needs --${name} (comma-separated, one value per arm).`);
  return v.split(',').map((x) => {
    const n = Number(x.trim());
    if (!Number.isFinite(n)) throw new UsageError(`--${name}: '${x}' is not a number.`);
    return n;
  });
};

export function runConvert(args: readonly string[], write: (s: string) => void): void {
  const text1 = { type: 'string' } as const;
  const { values: v, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      median: text1, q1: text1, q3: text1, min: text1, max: text1, n: text1, se: text1, lower: text1,
      upper: text1, level: text1, quantile: text1, mean: text1, sd: text1, events: text1,
      json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  const what = positionals[0];
  if (v.help || what === undefined) {
    write(CONVERT_HELP);
    return;
  }
  const num = (name: string, required = true): number | undefined => {
    const s = (v as Record<string, string | boolean | undefined>)[name] as string | undefined;
    if (s === undefined) {
      if (required) throw new UsageError(`convert ${what} needs --${name}.`);
      return undefined;
    }
    const x = Number(s);
    if (!Number.isFinite(x)) throw new UsageError(`--${name} needs a number, not '${s}'.`);
    return x;
  };
  let result: Record<string, unknown>;
  let text: string;
  switch (what) {
    case 'median': {
      const r = meanSdFromMedian({ n: num('n')!, median: num('median')!, q1: num('q1', false), q3: num('q3', false), min: num('min', false), max: num('max', false) });
      result = r;
      text = `mean ${r.mean.toFixed(4)}, SD ${r.sd.toFixed(4)} (scenario ${r.scenario}: Luo et al. 2018 for the mean, Wan et al. 2014 for the SD)`;
      break;
    }
    case 'se': {
      const sd = sdFromSe(num('se')!, num('n')!);
      result = { sd };
      text = `SD ${sd.toFixed(4)}`;
      break;
    }
    case 'ci': {
      const q = v.quantile as 'auto' | 't' | 'z' | undefined;
      if (q !== undefined && !['auto', 't', 'z'].includes(q)) throw new UsageError(`--quantile must be auto, t or z.`);
      const sd = sdFromCi(num('lower')!, num('upper')!, num('n')!, { level: num('level', false), quantile: q });
      result = { sd };
      text = `SD ${sd.toFixed(4)}`;
      break;
    }
    case 'combine': {
      const n = numberList('n', v.n);
      if (v.events !== undefined) {
        const events = numberList('events', v.events);
        if (events.length !== n.length) throw new UsageError('--events and --n need one value per arm each.');
        const r = combineBinaryArms(n.map((ni, i) => ({ n: ni, events: events[i] })));
        result = { ...r };
        text = `${r.events} events in ${r.n}`;
      } else {
        const mean = numberList('mean', v.mean);
        const sd = numberList('sd', v.sd);
        if (mean.length !== n.length || sd.length !== n.length) throw new UsageError('--n, --mean and --sd need one value per arm each.');
        const r = combineArms(n.map((ni, i) => ({ n: ni, mean: mean[i], sd: sd[i] })));
        result = { ...r };
        text = `n ${r.n}, mean ${r.mean.toFixed(4)}, SD ${r.sd.toFixed(4)}`;
      }
      break;
    }
    default:
      throw new UsageError(`Unknown conversion '${what}'.\n\n${CONVERT_HELP}`);
  }
  write(v.json ? JSON.stringify(result) + '\n' : text + '\n');
}
