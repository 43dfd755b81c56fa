/**
 * The text of a forest plot's numbers, formatted as RevMan 5 prints them (Deeks &
 * Higgins, Statistical algorithms in Review Manager 5, 2010; RevMan 5 User Guide §6.6):
 * effects and limits to 2 decimals, weights to 1 decimal, P to 2 decimals or, below
 * 0.01, one significant figure, and "P < 0.00001" below that; I² as a whole percent.
 */
import { fixed } from '../svg/format.js';

export function effectText(est: number, lo: number, hi: number, digits = 2): string {
  if (![est, lo, hi].every(Number.isFinite)) return 'Not estimable';
  return `${fixed(est, digits)} [${fixed(lo, digits)}, ${fixed(hi, digits)}]`;
}

export function intervalText(lo: number, hi: number, digits = 2): string {
  return `[${fixed(lo, digits)}, ${fixed(hi, digits)}]`;
}

export function weightText(w: number | null): string {
  return w === null || !Number.isFinite(w) ? '' : `${fixed(w, 1)}%`;
}

export function pText(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return 'P = NA';
  if (p < 0.00001) return 'P < 0.00001';
  if (p >= 0.01) return `P = ${fixed(p, 2)}`;
  // one significant figure: 0.004, 0.0003 (String() of these is never exponential)
  return `P = ${String(Number(p.toPrecision(1)))}`;
}

/** Data as entered: whole numbers plain, others to at most 2 decimals (or `digits`), as RevMan's data columns. */
export function dataText(x: number | undefined, digits?: number): string {
  if (x === undefined || !Number.isFinite(x)) return '';
  if (digits !== undefined) return fixed(x, digits);
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(2)));
}

export interface HeterogeneityFields {
  readonly k: number;
  readonly tau2?: number | null;
  readonly QE?: number | null;
  readonly QE_df?: number;
  readonly QEp?: number | null;
  readonly I2?: number | null;
}

export function heterogeneityText(h: HeterogeneityFields, random: boolean): string {
  if (h.k < 2 || h.QE === null || h.QE === undefined) return 'Heterogeneity: Not applicable';
  const tau = random && h.tau2 !== null && h.tau2 !== undefined ? `Tau² = ${fixed(h.tau2, 2)}; ` : '';
  const i2 = h.I2 === null || h.I2 === undefined ? '' : `; I² = ${fixed(h.I2, 0)}%`;
  return `Heterogeneity: ${tau}Chi² = ${fixed(h.QE, 2)}, df = ${h.QE_df ?? h.k - 1} (${pText(h.QEp)})${i2}`;
}

export interface OverallFields {
  readonly zval?: number | null;
  readonly tval?: number | null;
  readonly ddf?: number | null;
  readonly pval?: number | null;
}

export function overallText(o: OverallFields): string {
  if (o.tval !== undefined && o.tval !== null) {
    const df = o.ddf === null || o.ddf === undefined ? '' : `, df = ${fixed(o.ddf, 0)}`;
    return `Test for overall effect: t = ${fixed(Math.abs(o.tval), 2)}${df} (${pText(o.pval)})`;
  }
  if (o.zval === undefined || o.zval === null) return 'Test for overall effect: Not applicable';
  return `Test for overall effect: Z = ${fixed(Math.abs(o.zval), 2)} (${pText(o.pval)})`;
}

export function subgroupDiffText(d: { Q: number | null; df: number; p: number | null; I2: number | null }): string {
  if (d.Q === null || !Number.isFinite(d.Q)) return 'Test for subgroup differences: Not applicable';
  const i2 = d.I2 === null || !Number.isFinite(d.I2) ? '' : `, I² = ${d.I2 === 0 ? '0' : fixed(d.I2, 1)}%`;
  return `Test for subgroup differences: Chi² = ${fixed(d.Q, 2)}, df = ${d.df} (${pText(d.p)})${i2}`;
}
