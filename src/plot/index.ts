/** The plots: pure functions from results to SVG strings, usable in a browser. */
export { forestPlot, type ForestArms, type ForestOptions, type ForestResult } from './forest/forest-plot.js';
export { funnelPlot, type FunnelPlotOptions } from './funnel/funnel-plot.js';
export { prismaPlot, type PrismaOptions } from './prisma/prisma-plot.js';
export { prismaCounts, PrismaCountsError, type PrismaCounts } from './prisma/counts.js';
export { GREY, COLOUR, theme, type Theme } from './theme.js';
export { parseSize, type PlotSize } from './size.js';
export { textWidth } from './text/measure.js';
