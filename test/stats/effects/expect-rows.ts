/** Row-by-row agreement of escalc output with metafor's, NA written as null. */
import { expect } from 'vitest';
import type { EffectSizes } from '../../../src/stats/effects/index.js';
import { expectClose } from '../../helpers/tolerance.js';

export function expectRows(res: EffectSizes, yi: readonly (number | null)[], vi: readonly (number | null)[], label: string): void {
  expect(res.yi).toHaveLength(yi.length);
  expect(res.vi).toHaveLength(vi.length);
  yi.forEach((y, i) => expectClose(res.yi[i], y, 1e-9, `${label} yi[${i}]`));
  vi.forEach((v, i) => expectClose(res.vi[i], v, 1e-9, `${label} vi[${i}]`));
}
