/**
 * Study characteristics on entry: only the fields of the MSC data (types.ts), text where
 * text is expected and whole numbers of participants where counts are.
 */
import { COUNT_CHARACTERISTICS, ExtractionError, TEXT_CHARACTERISTICS, type StudyCharacteristics } from './types.js';

const KNOWN: readonly string[] = [...TEXT_CHARACTERISTICS, ...COUNT_CHARACTERISTICS];

export function checkCharacteristics(c: StudyCharacteristics): void {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) throw new ExtractionError(`Characteristics should be an object of fields, not ${JSON.stringify(c)}.`);
  for (const [k, v] of Object.entries(c)) {
    if (!KNOWN.includes(k)) throw new ExtractionError(`Unknown characteristic '${k}': expected one of ${KNOWN.join(', ')}.`, k);
    if ((TEXT_CHARACTERISTICS as readonly string[]).includes(k)) {
      if (typeof v !== 'string') throw new ExtractionError(`Characteristic '${k}' should be text, not ${JSON.stringify(v)}.`, k);
    } else if (v !== null && !(Number.isInteger(v) && (v as number) >= 1)) {
      throw new ExtractionError(`Characteristic '${k}' should be a whole number of participants ≥ 1 (or null), not ${JSON.stringify(v)}.`, k);
    }
  }
}
