/**
 * `metasift extract PROJECT ...`: data extraction from the command line — studies, outcomes,
 * arm-level values as the report printed them (the analysis converts medians, SEs and CIs
 * and combines arms), discrepancies between two extractors and their reconciliation.
 */
import { parseArgs } from 'node:util';
import { ARM_GROUPS, type ArmEntry, type ArmGroup, type ReportedValue } from '../../review/extraction/types.js';
import { UsageError } from '../usage-error.js';
import { withProject } from './open-project.js';

export const EXTRACT_HELP = `Usage:
  metasift extract PROJECT study "Deng 2017" --by ID [--reports 12,15]
  metasift extract PROJECT outcome NAME --type binary|continuous --timepoint T --by ID
                   [--unit U] [--lower-is-better]
  metasift extract PROJECT arm --study "Deng 2017" --outcome NAME --arm LABEL --group msc|control|none --by ID
                   then the value as printed, one of:
                   --events E --n N | --mean M --sd S --n N | --mean M --se S --n N
                   | --mean M --lower L --upper U --n N [--level 95] | --median M [--q1 A --q3 B] [--min X --max Y] --n N
                   add --reconcile --why TEXT to record the agreed value after two extractors differ
  metasift extract PROJECT discrepancies [--outcome NAME]

Each extractor's values are kept apart (with their history); 'metasift analyze --project
PROJECT --outcome NAME' pools the reconciled (or agreed) values.
`;

export function runExtract(args: readonly string[], write: (s: string) => void): void {
  const s = { type: 'string' } as const;
  const { values: v, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      by: s, reports: s, type: s, unit: s, timepoint: s, 'lower-is-better': { type: 'boolean' }, study: s, outcome: s,
      arm: s, group: s, events: s, n: s, mean: s, sd: s, se: s, lower: s, upper: s, level: s, median: s, q1: s, q3: s,
      min: s, max: s, reconcile: { type: 'boolean' }, why: s, help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) return write(EXTRACT_HELP);
  const [project, what, name] = positionals;
  const num = (key: keyof typeof v, required = true): number | undefined => {
    const raw = v[key];
    if (raw === undefined || typeof raw !== 'string') {
      if (required) throw new UsageError(`extract ${what} needs --${key}.`);
      return undefined;
    }
    const x = Number(raw);
    if (!Number.isFinite(x)) throw new UsageError(`--${key} needs a number, not '${raw}'.`);
    return x;
  };
  const by = () => {
    if (v.by === undefined) throw new UsageError(`extract ${what} needs --by (your reviewer id).`);
    return v.by;
  };
  withProject(project, (store) => {
    const x = store.extraction;
    const studyId = (label: string | undefined) => {
      const found = x.studies().find((st) => st.label === label);
      if (found === undefined) throw new UsageError(`No study '${label}': add it with 'metasift extract PROJECT study "${label}" --by ID'.`);
      return found.id;
    };
    switch (what) {
      case 'study': {
        if (name === undefined) throw new UsageError('Give the study label, e.g. "Deng 2017".');
        const reports = (v.reports ?? '').split(',').filter((r) => r.trim() !== '').map(Number);
        const st = x.addStudy({ label: name, by: by(), reports });
        return write(`Study ${st.label} added (${reports.length} linked reports).\n`);
      }
      case 'outcome': {
        if (name === undefined) throw new UsageError('Give the outcome name.');
        if (v.type !== 'binary' && v.type !== 'continuous') throw new UsageError('--type must be binary or continuous.');
        if (v.timepoint === undefined) throw new UsageError('extract outcome needs --timepoint (for example "6 months").');
        const o = x.defineOutcome({ name, type: v.type, unit: v.unit ?? '', timepoint: v.timepoint, lowerIsBetter: v['lower-is-better'] === true }, { by: by() });
        return write(`Outcome ${o.name} defined (${o.type}).\n`);
      }
      case 'arm': {
        if (v.outcome === undefined || v.arm === undefined) throw new UsageError('extract arm needs --outcome and --arm.');
        if (!ARM_GROUPS.includes(v.group as ArmGroup)) throw new UsageError(`--group must be ${ARM_GROUPS.join(', ')}.`);
        const n = num('n')!;
        let value: ReportedValue;
        if (v.events !== undefined) value = { type: 'events', events: num('events')!, n };
        else if (v.median !== undefined) value = { type: 'median', median: num('median')!, n, q1: num('q1', false), q3: num('q3', false), min: num('min', false), max: num('max', false) };
        else if (v.sd !== undefined) value = { type: 'mean_sd', mean: num('mean')!, sd: num('sd')!, n };
        else if (v.se !== undefined) value = { type: 'mean_se', mean: num('mean')!, se: num('se')!, n };
        else if (v.lower !== undefined) value = { type: 'mean_ci', mean: num('mean')!, ci_lb: num('lower')!, ci_ub: num('upper')!, n, level: num('level', false) };
        else throw new UsageError('Give the value as printed: --events, or --mean with --sd, --se or --lower/--upper, or --median.');
        const entry: ArmEntry = { group: v.group as ArmGroup, value };
        const id = studyId(v.study);
        if (v.reconcile) {
          if (v.why === undefined) throw new UsageError('--reconcile needs --why.');
          x.reconcile(id, { item: 'arm', outcome: v.outcome, arm: v.arm }, entry, { by: by(), why: v.why });
          return write(`Reconciled ${v.study}, ${v.outcome}, arm ${v.arm}.\n`);
        }
        x.enterArm(id, v.outcome, v.arm, entry, { extractor: by() });
        return write(`Recorded ${v.study}, ${v.outcome}, arm ${v.arm} (${v.group}) for ${by()}.\n`);
      }
      case 'discrepancies': {
        const list = x.discrepancies(v.outcome === undefined ? {} : { outcome: v.outcome });
        const label = new Map(x.studies().map((st) => [st.id, st.label]));
        for (const d of list) {
          const where = d.item === 'arm' ? `${d.outcome}, arm ${d.arm}` : 'characteristics';
          write(`${label.get(d.studyId)} ${where} ${d.field}: ${Object.entries(d.values).map(([k, val]) => `${k} ${JSON.stringify(val)}`).join(' vs ')}${d.reconciled ? ' (reconciled)' : ''}\n`);
        }
        return write(`${list.filter((d) => !d.reconciled).length} discrepancies to reconcile.\n`);
      }
      default:
        throw new UsageError(`Unknown extract step '${what ?? ''}'.\n\n${EXTRACT_HELP}`);
    }
  });
}
