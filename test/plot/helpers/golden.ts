/**
 * Golden-file comparison of SVG text (Observable Plot's snapshot tests): the plot must
 * equal test/plot/golden/NAME.svg byte for byte; on a mismatch NAME-changed.svg is
 * written beside it for a visual diff. UPDATE_GOLDEN=1 rewrites the golden files.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = fileURLToPath(new URL('../golden/', import.meta.url));

export function expectGolden(name: string, svg: string): void {
  const file = `${DIR}${name}.svg`;
  const changed = `${DIR}${name}-changed.svg`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, svg);
  const golden = readFileSync(file, 'utf8');
  if (golden === svg) {
    if (existsSync(changed)) rmSync(changed);
    return;
  }
  writeFileSync(changed, svg);
  expect.fail(`${name}.svg differs from the golden file; see ${changed}`);
}
