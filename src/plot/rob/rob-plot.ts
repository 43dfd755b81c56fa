/**
 * RoB 2 plots as SVG: the traffic-light plot, the (weighted) summary plot, or both, the
 * summary under the traffic lights, as robvis's rob_traffic_light and rob_summary draw
 * them (McGuinness & Higgins 2021, Res Synth Methods 12:55). Pure: runs in a browser.
 */
import { toPx, type PlotSize } from '../size.js';
import { svgDocument } from '../svg/document.js';
import { GREY, type Theme } from '../theme.js';
import type { RobStudy } from './judgements.js';
import { summaryPanel } from './summary.js';
import { trafficLightPanel } from './traffic-light.js';

export type { Judgement, RobStudy } from './judgements.js';

export interface RobPlotOptions {
  readonly type?: 'traffic' | 'summary' | 'both';
  /** Summary bars weighted by each study's `weight` (every study needs one). */
  readonly weighted?: boolean;
  readonly theme?: Theme;
  readonly size?: PlotSize;
  readonly title?: string;
}

export function robPlot(studies: readonly RobStudy[], options: RobPlotOptions = {}): string {
  if (studies.length === 0) throw new RangeError('A risk-of-bias plot needs at least one study.');
  const weighted = options.weighted === true;
  if (weighted) {
    const bad = studies.find((s) => !(s.weight !== undefined && Number.isFinite(s.weight) && s.weight >= 0));
    if (bad !== undefined) throw new RangeError(`A weighted summary needs a weight of 0 or more for every study; '${bad.study}' has none.`);
  }
  const t = options.theme ?? GREY;
  const type = options.type ?? 'both';
  const width = options.size && toPx(options.size);
  const traffic = type === 'summary' ? undefined : trafficLightPanel(studies, t, 0, width);
  const summary = type === 'traffic' ? undefined : summaryPanel(studies, t, traffic?.height ?? 0, { weighted, width });
  const w = Math.max(traffic?.width ?? 0, summary?.width ?? 0);
  const h = (traffic?.height ?? 0) + (summary?.height ?? 0);
  const what = type === 'both' ? 'traffic-light and summary plots' : type === 'traffic' ? 'traffic-light plot' : `${weighted ? 'weighted ' : ''}summary plot`;
  const title = options.title ?? `Risk of bias (RoB 2): ${what}, ${studies.length} studies`;
  return svgDocument({ width: w, height: h, unit: options.size?.unit, theme: t, title }, [...(traffic?.marks ?? []), ...(summary?.marks ?? [])]);
}
