/**
 * metafor 3.8's last step of escalc: a row whose yᵢ or vᵢ is ±Inf becomes
 * missing in both, with the warning "Some 'yi' and/or 'vi' values equal to +-Inf.
 * Recoded to NAs."; an undefined (NaN) yᵢ or vᵢ makes the row missing; a
 * negative vᵢ becomes missing. Rows in warnings are 0-based, as InputError.row.
 */
import type { RawEffects } from './family.js';
import type { ResolvedOptions } from './options.js';
import type { EffectSizes, Measure } from './types.js';

const COUNT_MEASURES = new Set<Measure>(['OR', 'RR', 'RD', 'PETO', 'PR', 'PLN', 'PLO', 'PAS', 'PFT', 'IR', 'IRLN', 'IRR', 'IRD']);

function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).join(', ');
  return rows.length > 10 ? `${shown} and ${rows.length - 10} more` : shown;
}

export function finalize(measure: Measure, raw: RawEffects, options: ResolvedOptions): EffectSizes {
  const k = raw.yi.length;
  const yi = new Array<number>(k);
  const vi = new Array<number>(k);
  const infinite: number[] = [];
  const undefinedRows: number[] = [];
  for (let i = 0; i < k; i++) {
    let y = raw.yi[i];
    let v = raw.vi[i];
    if (y === Infinity || y === -Infinity || v === Infinity || v === -Infinity) {
      infinite.push(i);
      y = NaN;
      v = NaN;
    } else if (Number.isNaN(y) || (Number.isNaN(v) && raw.keepYi?.[i] !== 1)) {
      if (raw.complete[i] === 1) undefinedRows.push(i);
      y = NaN;
      v = NaN;
    }
    yi[i] = y;
    vi[i] = v < 0 ? NaN : v;
  }
  const warnings = [...raw.warnings];
  if (infinite.length > 0) {
    const hint =
      COUNT_MEASURES.has(measure) && (options.to === 'none' || options.add === 0)
        ? ` A zero count makes them infinite: to correct such studies, use to = 'only0' with add > 0 (metafor's default add = 1/2).`
        : '';
    warnings.push(
      `Some 'yi' and/or 'vi' values equal to +-Inf (rows ${rowList(infinite)}); recoded to NaN, as metafor recodes them to NA.${hint}`,
    );
  }
  if (undefinedRows.length > 0) {
    warnings.push(
      `The ${measure} outcome is undefined for rows ${rowList(undefinedRows)} (for example a log of a non-positive value or a ` +
        'sample too small for its variance); those rows are NaN and left out of any pooling.',
    );
  }
  return { measure, yi, vi, warnings };
}
