/**
 * The project's report as one self-contained HTML file (figures inline as SVG), built by
 * the same code as `metasift report PROJECT`: PRISMA from the ledger, a summary of
 * findings, and per outcome the forest plot (with the analysis saved for the outcome),
 * RoB 2 plot and GRADE certainty; PRISMA counts edited by hand, when saved. Blinded like
 * every other read: a non-resolver's report holds only settled data (extraction-view.ts).
 */
import { Hono } from 'hono';
import { renderReport } from '../../report/html-report.js';
import { projectReport } from '../../report/project-report.js';
import { projectReportInput } from '../../report/project-report-input.js';
import { extractionView } from '../core/extraction-view.js';
import type { Deps } from '../deps.js';
import type { AppEnv } from '../env.js';
import { allow, isResolver, READ, signedIn } from '../security/roles.js';

export const DEFAULT_TITLE = 'Systematic review';
const BLINDED_NOTE =
  'Settled data only: extracted values not yet checked by a second extractor or reconciled, and risk-of-bias assessments by one assessor alone, are left out until then.';

export function reportRoutes(deps: Deps): Hono<AppEnv> {
  const { store } = deps;
  return new Hono<AppEnv>().get('/report.html', allow(READ), (c) => {
    const resolver = isResolver(deps, signedIn(c));
    const title = store.setting('title');
    const view = extractionView(store.extraction, resolver); // one view for every outcome of this request
    const { model } = projectReport(
      projectReportInput(store, typeof title === 'string' && title.trim() !== '' ? title : DEFAULT_TITLE, {
        table: (name, characteristics) => view.table(name, { characteristics }),
        rob: (name) => view.rob(name),
      }),
    );
    const html = renderReport(resolver ? model : { ...model, subtitle: BLINDED_NOTE });
    return c.body(html, 200, {
      'content-type': 'text/html; charset=utf-8',
      'content-disposition': 'attachment; filename="metasift-report.html"',
      'cache-control': 'no-store',
    });
  });
}
