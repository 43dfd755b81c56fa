/**
 * Golden-file comparison of SVG text (Observable Plot's snapshot tests): the plot must
 * equal test/plot/golden/NAME.svg byte for byte; on a mismatch NAME-changed.svg is
 * written beside it for a visual diff. UPDATE_GOLDEN=1 (re)writes the golden files.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = fileURLToPath(new URL('../golden/', import.meta.url));

export function expectGolden(name: string, svg: string): void {
  const file = `${DIR}${name}.svg`;
  const changed = `${DIR}${name}-changed.svg`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, svg);
  // a missing golden file fails (it is written only on request), so CI never passes on nothing
  expect(existsSync(file), `${name}.svg is missing: run with UPDATE_GOLDEN=1 to write it, then look at it`).toBe(true);
  const same = readFileSync(file, 'utf8') === svg;
  if (same && existsSync(changed)) rmSync(changed);
  if (!same) writeFileSync(changed, svg);
  expect(same, `${name}.svg differs from the golden file; see ${changed}`).toBe(true);
}
