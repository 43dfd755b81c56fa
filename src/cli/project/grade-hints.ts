/**
 * What the project's data suggest for an outcome's GRADE rating (src/review/grade
 * suggest-*.ts), when there are data: the outcome pooled as `metasift analyze --project`
 * does by default (random effects, REML; risk ratio for binary outcomes, mean difference
 * for continuous ones), the studies' RoB 2 judgements that stand weighted by the
 * analysis, I², the confidence interval with the events or participants, and Egger's
 * test with 10 studies or more. These are hints for the reviewer, never recorded.
 */
import { analyzeTable } from '../../analysis/analyze-table.js';
import { projectTable } from '../../analysis/project-table.js';
import { suggestImprecision, suggestInconsistency, suggestPublicationBias, suggestRiskOfBias, type Downgrade, type Suggestion } from '../../review/grade/index.js';
import type { SqliteStore } from '../../store/index.js';

export interface GradeHints {
  /** What the hints were computed from, in a line; or why there are none. */
  readonly basis: string;
  readonly hints: readonly { readonly domain: Downgrade; readonly suggestion: Suggestion }[];
}

export function gradeHints(store: SqliteStore, outcomeName: string): GradeHints {
  const x = store.extraction;
  const outcome = x.outcome(outcomeName);
  if (!outcome) return { basis: `no outcome '${outcomeName}'`, hints: [] };
  let table;
  let result;
  const measure = outcome.type === 'binary' ? 'RR' : 'MD';
  try {
    table = projectTable(x, outcomeName);
    if (table.rows.length === 0) return { basis: 'no arm data extracted yet', hints: [] };
    result = analyzeTable(table, { measure, bias: table.rows.length >= 10 });
  } catch (e) {
    return { basis: `the extracted data cannot be pooled yet (${(e as Error).message})`, hints: [] };
  }
  const hints: { domain: Downgrade; suggestion: Suggestion }[] = [];
  const final = new Map(x.rob2Final(outcomeName).studies.map((s) => [s.label, s.assessment.overall]));
  if (final.size > 0) {
    hints.push({ domain: 'riskOfBias', suggestion: suggestRiskOfBias(result.studies.filter((s) => s.weight !== null).map((s) => ({ overall: final.get(s.study) ?? 'none', weight: s.weight! }))) });
  }
  hints.push({ domain: 'inconsistency', suggestion: suggestInconsistency(result.I2 ?? NaN, result.k) });
  const column = (name: string) => {
    const j = table.columns.indexOf(name);
    return j < 0 ? 0 : table.rows.reduce((s, r) => s + (Number(r[j]) || 0), 0);
  };
  const total = outcome.type === 'binary' ? column('ai') + column('ci') : column('n1i') + column('n2i');
  const [lb, ub] = [result.transf.ci_lb, result.transf.ci_ub];
  if (lb !== null && ub !== null) {
    const round = (v: number) => Number(v.toPrecision(3));
    hints.push({ domain: 'imprecision', suggestion: suggestImprecision({ ci_lb: round(lb), ci_ub: round(ub), nullValue: measure === 'RR' ? 1 : 0, type: outcome.type, total }) });
  }
  const egger = (result.bias as { egger?: { pval: number | null } } | undefined)?.egger?.pval ?? null;
  hints.push({ domain: 'publicationBias', suggestion: suggestPublicationBias(result.k, egger) });
  const unused = table.warnings.length > 0 ? `; ${table.warnings.length} stud${table.warnings.length === 1 ? 'y' : 'ies'} left out (see metasift analyze)` : '';
  return { basis: `${result.k} studies pooled (${measure === 'RR' ? 'risk ratio' : 'mean difference'}, random effects)${unused}`, hints };
}
