/** The plots: pure functions from results to SVG strings, usable in a browser. */
export { forestPlot, type ForestArms, type ForestOptions, type ForestResult } from './forest/forest-plot.js';
export { funnelPlot, type FunnelPlotOptions } from './funnel/funnel-plot.js';
export { prismaPlot, type PrismaOptions } from './prisma/prisma-plot.js';
export { prismaCounts, PrismaCountsError, type PrismaCounts } from './prisma/counts.js';
export { GREY, COLOUR, theme, type Theme } from './theme.js';
export { parseSize, type PlotSize } from './size.js';
export { textWidth } from './text/measure.js';
export { robPlot, type RobPlotOptions } from './rob/rob-plot.js';
export { robShares, type Shares } from './rob/proportions.js';
export { DOMAINS as ROB_DOMAINS, type Judgement, type RobStudy } from './rob/judgements.js';
export { stepForestPlot, type StepForestOptions } from './sensitivity/step-forest.js';
export { baujatPlot, type BaujatPlotOptions } from './sensitivity/baujat-plot.js';
export type { SensitivityInput } from './sensitivity/steps.js';
