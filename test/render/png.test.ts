import { describe, expect, it } from 'vitest';
import { forestPlot } from '../../src/plot/forest/forest-plot.js';
import { svgToPng } from '../../src/render/png.js';
import { analysis, dataFile } from '../plot/helpers/inputs.js';

const zh = analysis(dataFile('chinese.csv'), { measure: 'MD', method: 'REML' });
const svg = forestPlot(zh.result, { arms: zh.arms, size: { width: 900, unit: 'px' } });

const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('svgToPng', () => {
  const png = svgToPng(svg, { width: 1800 });
  it('svgToPng(svg, { width }) writes a PNG of that width', () => {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(size(png)[0]).toBe(1800);
  });
  it('svgToPng(svg) is the same bytes twice (bundled fonts only)', () => {
    expect(svgToPng(svg, { width: 1800 }).equals(png)).toBe(true);
  });
  it('svgToPng(svg) zooms by 2 by default', () => {
    expect(size(svgToPng(svg))[0]).toBe(1800);
  });
});
