/**
 * The report of the embedded evidence (what `npm start` and a bare `metasift report`
 * write): both analysis plans of data/msc-autoimmune run by the evidence runner, the
 * single-arm SLE plan and the reproduction table.
 */
import { reproductionTable, runEvidencePlan, runSingleArmPlan } from '../analysis/evidence/index.js';
import { loadEvidence } from '../review/evidence/index.js';
import { evidenceReport } from '../report/evidence-report.js';
import type { ReportModel } from '../report/report-model.js';

export function embeddedReport(): { model: ReportModel; results: unknown } {
  const base = loadEvidence();
  const published = runEvidencePlan(base, 'as-published');
  const recommended = runEvidencePlan(base, 'recommended');
  const singleArm = runSingleArmPlan(base, 'recommended');
  const reproduction = reproductionTable(base);
  const model = evidenceReport({ base, published, recommended, singleArm, reproduction });
  return { model, results: { published: published.analyses, recommended: recommended.analyses, singleArm: singleArm.analyses, reproduction } };
}
