/**
 * The Analysis page and the project's report agree on an outcome's analysis: the page
 * starts from what GET /api/outcomes/:name/analysis-options answers, the saved analysis
 * or else the report's own defaults (the server's defaultOutcomeAnalysis, not a copy),
 * and compares what it shows with what is saved. Who may save it: owners and the
 * reviewers who resolve (the server checks again).
 */
import type { OutcomeAnalysisOptions } from '../../../src/analysis/outcome-analysis.js';
import type { Measure } from '../../../src/stats/effects/types.js';
import type { OutcomeAnalysisView } from '../common/report-settings-api.js';
import type { AnalysisChoices } from './run-analysis.js';

/** The options the saved analysis (or, when none is saved, the report's default) pools with. */
export const reportOptions = (view: Pick<OutcomeAnalysisView, 'saved' | 'defaults'>): OutcomeAnalysisOptions => view.saved?.options ?? view.defaults;

/** The page's choices for options saved or defaulted for the report. */
export const choicesOf = (o: OutcomeAnalysisOptions): AnalysisChoices => ({
  measure: o.measure as Measure,
  method: o.method,
  test: o.test,
  level: o.level,
  prediction: o.prediction,
  higherIsBetter: o.higherIsBetter,
});

export type SavedShape = Omit<OutcomeAnalysisOptions, 'subgroup'> & { subgroup: string | null };

/** The page's choices as a saved analysis (subgroups only when they follow a study characteristic). */
export const asSaved = (c: AnalysisChoices, by: string): SavedShape => ({
  measure: c.measure,
  method: c.method,
  test: c.test,
  level: c.level,
  prediction: c.prediction,
  higherIsBetter: c.higherIsBetter,
  subgroup: by === '' ? null : by,
});

export const sameOptions = (a: SavedShape, b: OutcomeAnalysisOptions): boolean =>
  a.measure === b.measure &&
  a.method === b.method &&
  a.test === b.test &&
  a.level === b.level &&
  a.prediction === b.prediction &&
  a.higherIsBetter === b.higherIsBetter &&
  a.subgroup === (b.subgroup ?? null);

