/**
 * escalc: study-level outcomes yᵢ and sampling variances vᵢ, as metafor 3.8's
 * escalc computes them (Viechtbauer 2010, J Stat Softw 36(3); formulas and
 * sources in each family's module). Missing inputs give NaN where metafor gives
 * NA; impossible inputs throw an InputError naming metafor's argument and the
 * 0-based row.
 *
 * Example: escalc('RR', { ai: [4], bi: [119], ci: [11], di: [128] }) (dat.bcg, study 1)
 * gives yi = [−0.889311], vi = [0.325585].
 */
import { InputError } from '../errors.js';
import { binary } from './binary.js';
import { readColumns } from './columns.js';
import { correlations } from './correlations.js';
import type { Family } from './family.js';
import { finalize } from './finalize.js';
import { generic } from './generic.js';
import { meanChange } from './mean-change.js';
import { means } from './means.js';
import { fieldsOf } from './measures.js';
import { resolveOptions } from './options.js';
import { proportions } from './proportions.js';
import { rates, twoRates } from './rates.js';
import { twoGroupMeans } from './two-group-means.js';
import { MEASURES, type EffectSizes, type EscalcInput, type EscalcOptions, type Measure } from './types.js';

const FAMILIES: Readonly<Record<Measure, Family>> = {
  OR: binary, RR: binary, RD: binary, PETO: binary,
  MD: twoGroupMeans, SMD: twoGroupMeans, SMDH: twoGroupMeans, ROM: twoGroupMeans,
  PR: proportions, PLN: proportions, PLO: proportions, PAS: proportions, PFT: proportions,
  MN: means, MNLN: means,
  IR: rates, IRLN: rates, IRR: twoRates, IRD: twoRates,
  COR: correlations, ZCOR: correlations,
  MC: meanChange, SMCR: meanChange,
  GEN: generic,
};

export function escalc(measure: Measure, input: EscalcInput, options: EscalcOptions = {}): EffectSizes {
  if (!MEASURES.includes(measure)) {
    throw new InputError(`Unknown 'measure' specified: '${measure}'. Use one of ${MEASURES.join(', ')}.`, {
      field: 'measure',
      value: measure,
    });
  }
  const resolved = resolveOptions(measure, options);
  const cols = readColumns(measure, input, fieldsOf(measure));
  return finalize(measure, FAMILIES[measure](measure, cols, resolved), resolved);
}
