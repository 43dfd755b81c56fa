/**
 * What a report says, independent of how it is shown: sections with paragraphs,
 * tables and inline SVG figures. Builders (an analysis plan, a RevMan file, the
 * embedded evidence) produce this; ./html-report.ts renders it.
 */
export interface ReportTable {
  readonly caption?: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Column indices to align right (numbers). */
  readonly numeric?: readonly number[];
}

export interface ReportFigure {
  /** File stem for the figure's own SVG/PNG files, e.g. "forest-PF_6M". */
  readonly name: string;
  readonly caption: string;
  readonly svg: string;
}

export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly paragraphs?: readonly string[];
  readonly figures?: readonly ReportFigure[];
  readonly tables?: readonly ReportTable[];
  /** Cautions shown in a box: missing data, flagged values, model choices. */
  readonly notes?: readonly string[];
  readonly subsections?: readonly ReportSection[];
}

export interface ReportModel {
  readonly title: string;
  readonly subtitle?: string;
  readonly lang?: string;
  readonly sections: readonly ReportSection[];
}

/** Every figure of a report, in reading order (for writing them out as files). */
export function reportFigures(model: ReportModel): ReportFigure[] {
  const walk = (s: ReportSection): ReportFigure[] => [...(s.figures ?? []), ...(s.subsections ?? []).flatMap(walk)];
  return model.sections.flatMap(walk);
}
