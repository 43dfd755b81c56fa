/**
 * What each measure reads and how its summary is reported, following the
 * argument lists of metafor 3.8's escalc documentation (?escalc, "Specifying
 * the Data").
 */
import type { InputName, Measure } from './types.js';

type Alternatives = readonly (readonly InputName[])[];

const TABLE: Alternatives = [['ai', 'bi', 'ci', 'di'], ['ai', 'n1i', 'ci', 'n2i']];
const TWO_GROUP_MEANS: Alternatives = [['m1i', 'sd1i', 'n1i', 'm2i', 'sd2i', 'n2i']];
const PROPORTION: Alternatives = [['xi', 'ni'], ['xi', 'mi']];
const MEAN: Alternatives = [['mi', 'sdi', 'ni']];
const RATE: Alternatives = [['xi', 'ti']];
const TWO_RATES: Alternatives = [['x1i', 't1i', 'x2i', 't2i']];
const CORRELATION: Alternatives = [['ri', 'ni']];

const REQUIRED: Readonly<Record<Measure, Alternatives>> = {
  OR: TABLE, RR: TABLE, RD: TABLE, PETO: TABLE,
  MD: TWO_GROUP_MEANS,
  // metafor also takes Cohen's d (di) or a t statistic (ti) with the group sizes
  SMD: [...TWO_GROUP_MEANS, ['di', 'n1i', 'n2i'], ['ti', 'n1i', 'n2i']],
  SMDH: TWO_GROUP_MEANS, ROM: TWO_GROUP_MEANS,
  PR: PROPORTION, PLN: PROPORTION, PLO: PROPORTION, PAS: PROPORTION, PFT: PROPORTION,
  MN: MEAN, MNLN: MEAN,
  IR: RATE, IRLN: RATE,
  IRR: TWO_RATES, IRD: TWO_RATES,
  COR: CORRELATION, ZCOR: CORRELATION,
  MC: [['m1i', 'm2i', 'sd1i', 'sd2i', 'ni', 'ri']],
  SMCR: [['m1i', 'm2i', 'sd1i', 'ni', 'ri']],
  GEN: [['yi', 'vi'], ['yi', 'sei'], ['yi', 'ci_lb', 'ci_ub']],
};

/**
 * The input names a measure takes, as alternative sets: any one complete set
 * suffices. Within the 2×2-table and proportion sets the alternatives may also be
 * mixed per group and per row (bᵢ or n1ᵢ, dᵢ or n2ᵢ, mᵢ or nᵢ), as in metafor.
 */
export function requiredFields(measure: Measure): Alternatives {
  return REQUIRED[measure];
}

/** Every input name a measure may read. */
export function fieldsOf(measure: Measure): InputName[] {
  return [...new Set(REQUIRED[measure].flat())];
}

const LOG_SCALE = new Set<Measure>(['OR', 'RR', 'PETO', 'ROM', 'IRR', 'PLN', 'MNLN', 'IRLN']);

/**
 * True for the log-scale measures whose summary is reported exponentiated: the
 * ratios OR, RR, PETO, ROM and IRR (null value 1), and the single-group logs PLN,
 * MNLN and IRLN. These are exactly the measures whose `backTransform` is exp.
 */
export function isRatioMeasure(measure: Measure): boolean {
  return LOG_SCALE.has(measure);
}

/** "ai, bi, ci, di or ai, n1i, ci, n2i", for messages. */
export function describeFields(measure: Measure): string {
  return REQUIRED[measure].map((set) => set.join(', ')).join(' or ');
}
