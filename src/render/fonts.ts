/**
 * The bundled fonts: Noto Sans SC regular and bold (SIL OFL 1.1, via
 * @expo-google-fonts/noto-sans-sc), which cover Latin, Greek and CJK. PNGs are rendered
 * with these alone so they come out the same on every machine.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_FAMILY = 'Noto Sans SC';

export function bundledFontFiles(): string[] {
  const dir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  return [join(dir, '400Regular', 'NotoSansSC_400Regular.ttf'), join(dir, '700Bold', 'NotoSansSC_700Bold.ttf')];
}
