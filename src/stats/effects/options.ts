/**
 * escalc's options with metafor 3.8's defaults and checks: `add` = 1/2 except for
 * PAS and PFT (0 unless given), `to` = "only0", `drop00` = FALSE, `vtype` = "LS",
 * and for each measure the variance estimators metafor accepts for it.
 */
import { InputError } from '../errors.js';
import { levelFraction } from '../models/level.js';
import type { AddTo, EscalcOptions, Measure } from './types.js';

export type VType = 'UB' | 'LS' | 'LS2' | 'HO' | 'ST' | 'CS' | 'AV' | 'AVHO';

export interface ResolvedOptions {
  readonly add: number;
  readonly to: AddTo;
  readonly drop00: boolean;
  readonly vtype: VType;
  /** Confidence level as a fraction. */
  readonly level: number;
  readonly ciScale: 'log' | 'identity';
}

const KNOWN_VTYPES: readonly VType[] = ['UB', 'LS', 'LS2', 'HO', 'ST', 'CS', 'AV', 'AVHO'];
const TO: readonly AddTo[] = ['only0', 'all', 'if0all', 'none'];

/**
 * Estimators metafor 3.8 accepts per measure; a measure not listed has a single
 * variance formula and ignores `vtype`. SMDH takes only "LS": metafor 3.8's "LS2"
 * formula for it is not invariant to the scale of the data (later versions rewrote it).
 */
const VTYPES_BY_MEASURE: Partial<Record<Measure, readonly VType[]>> = {
  RD: ['UB', 'LS', 'AV'],
  MD: ['UB', 'LS', 'HO'],
  SMD: ['UB', 'LS', 'LS2', 'AV'],
  SMDH: ['LS'],
  ROM: ['LS', 'HO', 'AV', 'AVHO'],
  PR: ['UB', 'LS', 'AV'],
  PLN: ['LS', 'AV'],
  PLO: ['LS', 'AV'],
  COR: ['LS', 'AV'],
  SMCR: ['LS', 'LS2'],
};

function resolveVtype(measure: Measure, vtype: string | undefined): VType {
  const v = (vtype ?? 'LS') as VType;
  if (!KNOWN_VTYPES.includes(v)) {
    throw new InputError(`Unknown 'vtype' specified: '${vtype}'. Use one of ${KNOWN_VTYPES.join(', ')}.`, {
      field: 'vtype',
      value: vtype,
    });
  }
  const allowed = VTYPES_BY_MEASURE[measure];
  if (allowed !== undefined && !allowed.includes(v)) {
    throw new InputError(`For measure '${measure}', 'vtype' must be one of ${allowed.join(', ')} (got '${v}').`, {
      field: 'vtype',
      value: vtype,
    });
  }
  return v;
}

export function resolveOptions(measure: Measure, options: EscalcOptions): ResolvedOptions {
  const add = options.add ?? (measure === 'PAS' || measure === 'PFT' ? 0 : 0.5);
  if (!Number.isFinite(add) || add < 0) {
    throw new InputError(`'add' must be a non-negative number (got ${add}).`, { field: 'add', value: add });
  }
  const to = options.to ?? 'only0';
  if (!TO.includes(to)) {
    throw new InputError(`Unknown 'to' argument specified: '${to}'. Use one of ${TO.join(', ')}.`, { field: 'to', value: to });
  }
  const ciScale = options.ciScale ?? 'identity';
  if (ciScale !== 'log' && ciScale !== 'identity') {
    throw new InputError(`'ciScale' must be 'log' or 'identity' (got '${ciScale}').`, { field: 'ciScale', value: ciScale });
  }
  return {
    add,
    to,
    drop00: options.drop00 ?? false,
    vtype: resolveVtype(measure, options.vtype),
    level: levelFraction(options.level ?? 95),
    ciScale,
  };
}
