/**
 * A suggested publication-bias rating from a test of funnel-plot asymmetry (e.g. Egger's
 * regression test, metafor's regtest): one level when p < 0.10 with at least 10 studies;
 * with fewer the tests are too weak to use (Cochrane Handbook version 6, 13.3.5.4), so the
 * helper suggests nothing and says so. GRADE 5 (Guyatt et al. 2011, J Clin Epidemiol
 * 64:1277) also weighs small industry-funded trials and unpublished studies: the reviewer's call.
 */
import type { Suggestion } from './types.js';

export function suggestPublicationBias(k: number, pval: number | null): Suggestion {
  if (k < 10 || pval === null || !Number.isFinite(pval)) return { levels: 0, reason: `No test of funnel asymmetry with ${k} studies (10 or more needed): judge from the search and the studies' funding.` };
  if (pval < 0.1) return { levels: 1, reason: `Funnel asymmetry: p = ${pval.toPrecision(2)} < 0.10 over ${k} studies.` };
  return { levels: 0, reason: `No funnel asymmetry detected: p = ${pval.toPrecision(2)} over ${k} studies.` };
}
