/**
 * Recomputes a whole RevMan 5 review: every comparison and outcome (with its
 * subgroups) of a parsed .rm5 file, optionally beside RevMan's stored values
 * (`check`). Outcomes that cannot be analysed are listed in `skipped` with the
 * reason, as are the elements the parser did not recognise.
 */
import type { Rm5Review } from '../io/rm5/types.js';
import { checkOutcome, hasStoredResults } from './revman-check.js';
import { recomputeOutcome } from './revman-outcome.js';
import type { RevManConvention, RevManOutcomeJson, RevManReviewJson } from './revman-result.js';

export interface RevManReviewOptions {
  readonly convention?: RevManConvention;
  /** Add RevMan's stored values and the differences to each outcome. */
  readonly check?: boolean;
}

export function recomputeReview(review: Rm5Review, options: RevManReviewOptions = {}): RevManReviewJson {
  const convention = options.convention ?? 'revman5';
  const names = new Map(review.studies.map((s) => [s.id, s.name]));
  const studyName = (id: string) => names.get(id) ?? id.replace(/^STD-/, '').replace(/_x002d_/g, '-');
  const outcomes: RevManOutcomeJson[] = [];
  const skipped = review.skipped.map((s) => ({ id: s.id, element: s.element, name: s.name, reason: s.reason }));
  for (const comparison of review.comparisons) {
    for (const outcome of comparison.outcomes) {
      const r = recomputeOutcome(outcome, comparison.id, studyName, convention);
      if ('skipped' in r) {
        skipped.push({ id: outcome.id, element: `${outcome.type}_OUTCOME`, name: outcome.name, reason: r.reason });
        continue;
      }
      if (!options.check || !hasStoredResults(outcome)) {
        outcomes.push(r);
        continue;
      }
      const check = checkOutcome(r, outcome);
      outcomes.push({ ...r, stored: check.stored, max_rel_diff: check.max_rel_diff, check });
    }
  }
  return { file: review.file, title: review.title, convention, outcomes, skipped };
}
