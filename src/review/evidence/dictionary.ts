/**
 * The outcome dictionary (outcome-dictionary.json): for each instrument its
 * label, type, canonical unit, range, and which direction is benefit. The
 * direction drives the "favours" labels of a forest plot and the check that an
 * effect's sign means benefit. Effects are always MSC minus (or over) control.
 */
import { jsonReader } from './json-reader.js';

export interface OutcomeDef {
  readonly key: string;
  readonly label: string;
  readonly type: 'continuous' | 'binary';
  readonly unit: string;
  /** [min, max]; null for no bound. null for binary outcomes. */
  readonly range: readonly [number | null, number | null] | null;
  /** For binary outcomes: is a lower proportion with the event better? */
  readonly lowerIsBetter: boolean;
  readonly directionSource: string;
  /** Reported unit → factor to the canonical unit (value × factor). */
  readonly unitFactors: Readonly<Record<string, number>>;
}

export type OutcomeDictionary = Readonly<Record<string, OutcomeDef>>;

export function parseDictionary(json: unknown, file: string): OutcomeDictionary {
  const j = jsonReader(file);
  const outcomes = j.object(j.object(json, '(top)').outcomes, 'outcomes');
  const out: Record<string, OutcomeDef> = {};
  for (const [key, raw] of Object.entries(outcomes)) {
    const p = `outcomes.${key}`;
    const o = j.object(raw, p);
    const type = j.string(o.type, `${p}.type`) as OutcomeDef['type'];
    if (type !== 'continuous' && type !== 'binary') j.fail(`${p}.type`, `'${type}' is not 'continuous' or 'binary'`);
    let range: OutcomeDef['range'] = null;
    if (o.range !== null) {
      const r = j.array(o.range, `${p}.range`);
      if (r.length !== 2) j.fail(`${p}.range`, 'expected [min, max]');
      range = [j.numberOrNull(r[0], `${p}.range[0]`), j.numberOrNull(r[1], `${p}.range[1]`)];
    }
    const factors = o.unitFactors === undefined ? {} : j.object(o.unitFactors, `${p}.unitFactors`);
    const unitFactors = Object.fromEntries(Object.entries(factors).map(([u, f]) => [u, j.number(f, `${p}.unitFactors.${u}`)]));
    out[key] = {
      key,
      label: j.string(o.label, `${p}.label`),
      type,
      unit: j.string(o.unit, `${p}.unit`),
      range,
      lowerIsBetter: j.boolean(o.lowerIsBetter, `${p}.lowerIsBetter`),
      directionSource: j.string(o.directionSource, `${p}.directionSource`),
      unitFactors,
    };
  }
  return out;
}
