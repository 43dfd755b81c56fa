/**
 * A horizontal axis below a plot panel: the baseline, ticks and their labels. Labels are
 * <text> and centred on their tick.
 */
import { line, text } from '../svg/elements.js';
import { tickLabel } from '../scale/ticks.js';
import type { Scale } from '../scale/scale.js';

export interface AxisStyle {
  readonly stroke: string;
  readonly fontSize: number;
}

/** Draws at baseline y; returns the marks and the y of the tick labels' baseline. */
export function bottomAxis(scale: Scale, y: number, style: AxisStyle): { marks: string[]; labelY: number } {
  const [r0, r1] = scale.range;
  const labelY = y + 5 + style.fontSize;
  const marks = [line(r0, y, r1, y, { stroke: style.stroke, width: 0.75 })];
  for (const t of scale.ticks) {
    const x = scale.map(t);
    marks.push(line(x, y, x, y + 4, { stroke: style.stroke, width: 0.75 }));
    marks.push(text(x, labelY, tickLabel(t), { anchor: 'middle' }));
  }
  return { marks, labelY };
}

/** A vertical axis at x, ticks to the left, labels right-aligned. */
export function leftAxis(scale: Scale, x: number, style: AxisStyle, label = tickLabel): string[] {
  const [r0, r1] = scale.range;
  const marks = [line(x, r0, x, r1, { stroke: style.stroke, width: 0.75 })];
  for (const t of scale.ticks) {
    const y = scale.map(t);
    marks.push(line(x - 4, y, x, y, { stroke: style.stroke, width: 0.75 }));
    marks.push(text(x - 6, y + style.fontSize * 0.35, label(t), { anchor: 'end' }));
  }
  return marks;
}
