/** `metasift analyze FILE.csv [options]`: pool a table of studies. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeTable } from '../analysis/analyze-table.js';
import type { AnalysisExtras, AnalysisOptions, PoolingMethod } from '../analysis/analysis-options.js';
import { FileFormatError } from '../io/errors.js';
import { parseCsv } from '../io/csv/parse-csv.js';
import type { TestType } from '../stats/models/types.js';
import { formatExtras } from './format-extras.js';
import { formatSummary } from './format-summary.js';
import { UsageError } from './usage-error.js';
import { projectTable, type ProjectTable } from '../analysis/project-table.js';
import { analyzeProjectTable } from '../analysis/project-subgroups.js';
import { TEXT_CHARACTERISTICS } from '../review/extraction/types.js';
import { StoreError } from '../store/index.js';
import { withProject } from './project/open-project.js';
import { analysisWords, analyzeOptions, type SavedOutcomeAnalysis } from '../analysis/outcome-analysis.js';
import { day, savedOutcomeAnalysis, saveOutcomeAnalysis } from '../report/project-settings.js';
import { takeFlags } from './plots.js';

export const ANALYZE_HELP = `Usage: metasift analyze FILE.csv [options]
       metasift analyze --project REVIEW.metasift --outcome NAME [options]

Pools the studies in a CSV table (one row per study) and prints the result.
Columns use metafor's names, for example:
  binary outcomes      ai, bi, ci, di   (events and non-events)  or  ai, n1i, ci, n2i (events and totals)
  continuous outcomes  m1i, sd1i, n1i, m2i, sd2i, n2i
  ready-made effects   yi with vi or sei
plus an optional 'study' column with the study labels. Empty cells mean "missing".

Options:
  --measure M     effect measure: OR RR RD PETO MD SMD SMDH ROM PR PLN PLO PAS PFT MN MNLN
                  IR IRLN IRR IRD COR ZCOR MC SMCR GEN (GEN = yi with vi or sei)
  --method M      EE or FE (fixed effect), MH (Mantel-Haenszel, with OR RR RD), PETO,
                  or a random-effects tau² estimator: DL HE HS HSk SJ ML REML EB PM PMM
                  (default REML)
  --test T        z (default), knha (Knapp-Hartung) or t
  --level L       confidence level in percent (default 95)
  --add A         amount added to zero cells (default 0.5)
  --to T          which studies get it: only0 (default), all, if0all, none
  --drop00        leave out studies with no events (or all events) in both groups
  --study COL     column with the study labels (default: study)
  --subset C=V    analyse only the rows whose column C equals V
  --project P     analyse the values extracted in review project P (with --outcome NAME);
                  --subgroup, --mods and --subset may then name a study characteristic:
                  disease, condition, msc_source, msc_source_detail, dose, route,
                  co_therapy, control, arm_sizes, follow_up, registration or notes
                  (e.g. --subgroup msc_source). Without --measure, --method, --test,
                  --level or --subgroup, the analysis saved for the outcome is used.
                  Subgroups by a characteristic some studies lack are not pooled: the
                  result is over all the studies, with a warning saying how many lack it
  --save          with --project: save --measure, --method, --test, --level, --subgroup
                  and --prediction as the project's analysis of the outcome, which
                  'metasift report PROJECT' then uses (needs --by ID, who sets it);
                  what is not given takes the outcome's defaults, as in the web app
                  (e.g. --method REML alone saves the Knapp-Hartung test for means)
  --by ID         who saves the analysis (with --save)
  --prediction    with --save: the report draws the prediction interval
  --higher-is-better, --lower-is-better
                  with --save: which side of the forest plot favours MSC (default:
                  the outcome's direction)

Beyond one pooled number:
  --subgroup COL         pool each subgroup of column COL and test whether they differ
  --subgroup-tau2 T      separate (default, as RevMan 5) or common (one tau² for all subgroups)
  --mods A,B             meta-regression on columns A and B (text columns are categories)
  --predict A=x,B=y      with --mods: the predicted average effect at these values, with its
                         confidence and prediction intervals (repeat for several points)
  --permutations N       permutation p-values for the coefficients (with --seed S; default 1)
  --leave1out            repeat the analysis leaving out each study in turn
  --cumulative COL       cumulative meta-analysis, adding studies in the order of column COL
  --influence            influence diagnostics (studentized residuals, Cook's distance, ...)
  --bias                 small-study effects: Egger, Begg, trim-and-fill, fail-safe N, PET-PEESE
  --json          print one JSON object (keys as in metafor's rma) instead of text
  -h, --help      show this help
`;

const METHODS = ['EE', 'FE', 'DL', 'HE', 'HS', 'HSk', 'SJ', 'ML', 'REML', 'EB', 'PM', 'PMM', 'MH', 'PETO'];

/** `--predict ablat=10,alloc=random` → {ablat: "10", alloc: "random"}. */
function parsePredict(spec: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 1) throw new UsageError(`--predict needs NAME=VALUE pairs separated by commas, not '${spec}'.`);
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

export function parseAnalysisFlags(args: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      measure: { type: 'string' },
      method: { type: 'string' },
      test: { type: 'string' },
      level: { type: 'string' },
      add: { type: 'string' },
      to: { type: 'string' },
      drop00: { type: 'boolean' },
      study: { type: 'string' },
      subset: { type: 'string' },
      subgroup: { type: 'string' },
      'subgroup-tau2': { type: 'string' },
      mods: { type: 'string' },
      predict: { type: 'string', multiple: true },
      permutations: { type: 'string' },
      seed: { type: 'string' },
      leave1out: { type: 'boolean' },
      cumulative: { type: 'string' },
      influence: { type: 'boolean' },
      bias: { type: 'boolean' },
      json: { type: 'boolean' },
      project: { type: 'string' },
      outcome: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const method = values.method === undefined ? undefined : METHODS.find((m) => m.toUpperCase() === values.method!.toUpperCase());
  if (values.method !== undefined && method === undefined) {
    throw new UsageError(`Unknown --method '${values.method}'. Use one of ${METHODS.join(', ')}.`);
  }
  if (values.test !== undefined && !['z', 'knha', 't'].includes(values.test)) {
    throw new UsageError(`Unknown --test '${values.test}'. Use z, knha or t.`);
  }
  if (values.to !== undefined && !['only0', 'all', 'if0all', 'none'].includes(values.to)) {
    throw new UsageError(`Unknown --to '${values.to}'. Use only0, all, if0all or none.`);
  }
  const number = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const x = Number(v);
    if (!Number.isFinite(x)) throw new UsageError(`--${name} needs a number, not '${v}'.`);
    return x;
  };
  const sharing = values['subgroup-tau2'];
  if (sharing !== undefined && sharing !== 'separate' && sharing !== 'common') {
    throw new UsageError(`Unknown --subgroup-tau2 '${sharing}'. Use separate or common.`);
  }
  const permutations = number('permutations', values.permutations);
  if (permutations !== undefined && !(Number.isInteger(permutations) && permutations >= 1)) {
    throw new UsageError('--permutations needs a whole number of at least 1.');
  }
  const options: AnalysisOptions & AnalysisExtras = {
    measure: values.measure,
    method: method as PoolingMethod | undefined,
    test: values.test as TestType | undefined,
    level: number('level', values.level),
    add: number('add', values.add),
    to: values.to as AnalysisOptions['to'],
    drop00: values.drop00,
    studyColumn: values.study,
    subgroup: values.subgroup,
    subgroupTau2: sharing as AnalysisExtras['subgroupTau2'],
    mods: values.mods?.split(',').map((m) => m.trim()).filter((m) => m !== ''),
    predict: values.predict?.map(parsePredict),
    permutations,
    seed: number('seed', values.seed),
    leave1out: values.leave1out,
    cumulative: values.cumulative,
    influence: values.influence,
    bias: values.bias,
  };
  return {
    options,
    positionals,
    json: values.json === true,
    help: values.help === true,
    subset: values.subset,
    project: values.project,
    outcome: values.outcome,
  };
}

/** Keep only rows where column = value (`--subset analysis=PF_6M`). */
function applySubset<T extends { columns: readonly string[]; rows: readonly (readonly string[])[]; lines: readonly number[]; file: string }>(
  table: T,
  subset: string | undefined,
): T {
  if (subset === undefined) return table;
  const eq = subset.indexOf('=');
  if (eq < 1) throw new UsageError(`--subset needs COLUMN=VALUE, not '${subset}'.`);
  const col = subset.slice(0, eq);
  const value = subset.slice(eq + 1);
  const j = table.columns.indexOf(col);
  if (j < 0) throw new FileFormatError(`there is no column named '${col}' (from --subset)`, { file: table.file, column: col });
  const keep = table.rows.map((r, i) => (r[j] === value ? i : -1)).filter((i) => i >= 0);
  if (keep.length === 0) throw new FileFormatError(`no row has ${col} = '${value}'`, { file: table.file, column: col });
  return { ...table, rows: keep.map((i) => table.rows[i]), lines: keep.map((i) => table.lines[i]) };
}

export function readTable(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new FileFormatError(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { file });
  }
  return parseCsv(text, file);
}

const PROJECT_COLUMNS = new Set(['study', 'ai', 'n1i', 'ci', 'n2i', 'm1i', 'sd1i', 'm2i', 'sd2i', 'source', 'conversion']);
const isCharacteristic = (c: string) => (TEXT_CHARACTERISTICS as readonly string[]).includes(c);

/**
 * The study characteristics a project analysis needs as columns: those that --subgroup,
 * --mods and --subset name. A --subgroup that is neither a characteristic nor a column of
 * the project's table is refused here, naming the characteristics.
 */
function projectCharacteristics(options: AnalysisExtras, subset: string | undefined): string[] {
  const { subgroup, mods = [] } = options;
  if (subgroup !== undefined && !isCharacteristic(subgroup) && !PROJECT_COLUMNS.has(subgroup)) {
    throw new UsageError(`--subgroup '${subgroup}' is not a study characteristic: with --project use one of ${TEXT_CHARACTERISTICS.join(', ')}.`);
  }
  const subsetColumn = subset === undefined ? undefined : subset.slice(0, Math.max(0, subset.indexOf('=')));
  return [...new Set([subgroup, ...mods, subsetColumn].filter((c): c is string => c !== undefined && isCharacteristic(c)))];
}

/** The flags that make up a project's saved analysis of an outcome. */
const MODEL_FLAGS = ['measure', 'method', 'test', 'level', 'subgroup'] as const;

export function runAnalyze(args: readonly string[], write: (s: string) => void): void {
  const own = takeFlags(args, ['by'], ['save', 'prediction', 'higher-is-better', 'lower-is-better']);
  const { options: flagOptions, positionals, json, help, subset, project, outcome } = parseAnalysisFlags(own.rest);
  if (help) {
    write(ANALYZE_HELP);
    return;
  }
  const save = own.booleans.has('save');
  if (save && (project === undefined || outcome === undefined)) throw new UsageError('--save needs --project FILE and --outcome NAME: it saves the analysis of a project outcome.');
  if (save && own.values.by === undefined) throw new UsageError('--save needs --by ID (who sets the analysis; it is shown in the report).');
  if (own.booleans.has('higher-is-better') && own.booleans.has('lower-is-better')) throw new UsageError('Give --higher-is-better or --lower-is-better, not both.');
  let options = flagOptions;
  let table;
  let notes: readonly string[] = [];
  let projectNotes: ProjectTable['notes'] = [];
  let said = '';
  let used: SavedOutcomeAnalysis | undefined;
  if (project !== undefined) {
    if (outcome === undefined) throw new UsageError('--project needs --outcome NAME (an outcome defined in the project).');
    const extracted = withProject(project, (store) => {
      try {
        const o = store.extraction.outcome(outcome);
        if (o !== undefined && save) {
          const direction = own.booleans.has('higher-is-better') ? { higherIsBetter: true } : own.booleans.has('lower-is-better') ? { higherIsBetter: false } : {};
          const chosen: Record<string, unknown> = Object.fromEntries(MODEL_FLAGS.map((k) => [k, flagOptions[k]]).filter(([, v]) => v !== undefined));
          // what is not given takes the outcome's defaults from checkOutcomeAnalysis, as PUT /api/outcomes/:name/analysis-options does
          if (chosen.subgroup !== undefined && !isCharacteristic(chosen.subgroup as string)) {
            throw new UsageError(`--save: --subgroup '${String(chosen.subgroup)}' is not a study characteristic: use one of ${TEXT_CHARACTERISTICS.join(', ')}.`);
          }
          let saved: SavedOutcomeAnalysis;
          try {
            saved = saveOutcomeAnalysis(store, o, { ...chosen, ...direction, ...(own.booleans.has('prediction') ? { prediction: true } : {}) }, { by: own.values.by! });
          } catch (err) {
            throw new UsageError(`--save: ${(err as Error).message} Nothing was saved.`);
          }
          said = `Saved as the project's analysis of ${outcome} (by ${saved.by}, ${day(saved.at)}): ${analysisWords(saved.options)}.\n`;
          used = saved;
        } else if (o !== undefined && MODEL_FLAGS.every((k) => flagOptions[k] === undefined)) {
          const saved = savedOutcomeAnalysis(store, o);
          if (saved.value !== undefined) {
            used = saved.value;
            said = `Using the project's saved analysis of ${outcome} (set by ${used.by} on ${day(used.at)}): ${analysisWords(used.options)}.\n`;
          } else if (saved.problem !== undefined) said = `Note: ${saved.problem}.\n`;
        }
        if (used !== undefined) options = { ...flagOptions, ...analyzeOptions(used.options) };
        return projectTable(store, outcome, { characteristics: projectCharacteristics(options, subset) });
      } catch (err) {
        if (err instanceof StoreError) throw new FileFormatError(err.message, { file: project });
        throw err;
      }
    });
    table = applySubset(extracted, subset);
    notes = extracted.warnings;
    projectNotes = extracted.notes;
  } else {
    if (positionals.length !== 1) throw new UsageError('Give exactly one CSV file to analyse (or --project FILE --outcome NAME).\n\n' + ANALYZE_HELP);
    table = applySubset(readTable(positionals[0]), subset);
  }
  // a project's subgroups by a characteristic some studies lack: all studies without subgroups and a warning, as the report pools them
  const analysed = project !== undefined ? analyzeProjectTable({ ...table, notes: projectNotes }, options) : analyzeTable(table, options);
  const result = notes.length > 0 ? { ...analysed, warnings: [...notes, ...analysed.warnings] } : analysed;
  if (json) {
    const withSaved = used === undefined ? result : { ...result, project_analysis: { ...used, saved_now: save } };
    write(JSON.stringify(withSaved, null, 2) + '\n');
  } else write(said + formatSummary(result) + formatExtras(result) + '\n');
}
