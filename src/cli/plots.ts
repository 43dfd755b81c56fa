/**
 * What the plot commands (forest, funnel, prisma, rob) share: their own flags, taken out
 * before the analysis flags are parsed by `analyze`'s parser; `--subset`; and writing
 * the plot as SVG or PNG according to the extension of `--out`.
 */
import { writeFileSync } from 'node:fs';
import type { CsvTable } from '../io/csv/parse-csv.js';
import { FileFormatError } from '../io/errors.js';
import { parseSize, type PlotSize } from '../plot/size.js';
import { theme, type Theme } from '../plot/theme.js';
import { svgToPng } from '../render/png.js';
import { UsageError } from './usage-error.js';

export const PLOT_FLAGS_HELP = `Output:
  --out FILE       where to write the plot: FILE.svg or FILE.png (required)
  --theme T        grey (journal greyscale, default) or colour
  --width W        width in px (1200 or 1200px) or mm (170mm); default: as the content needs
  --dpi D          PNG resolution for a width in mm (default 300)
`;

export interface PlotFlags {
  readonly values: Readonly<Record<string, string>>;
  readonly booleans: ReadonlySet<string>;
  /** Everything else, for the analysis parser. */
  readonly rest: string[];
}

/** Takes `--name value`, `--name=value` and boolean `--name` flags out of args. */
export function takeFlags(args: readonly string[], valued: readonly string[], booleans: readonly string[] = []): PlotFlags {
  const values: Record<string, string> = {};
  const on = new Set<string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const m = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(a);
    if (m !== null && valued.includes(m[1])) {
      const v = m[2] ?? args[++i];
      if (v === undefined) throw new UsageError(`--${m[1]} needs a value.`);
      values[m[1]] = v;
    } else if (m !== null && m[2] === undefined && booleans.includes(m[1])) on.add(m[1]);
    else rest.push(a);
  }
  return { values, booleans: on, rest };
}

export const OUTPUT_FLAGS = ['out', 'theme', 'width', 'dpi'] as const;

export interface Output {
  readonly out: string;
  readonly format: 'svg' | 'png';
  readonly theme: Theme;
  readonly size?: PlotSize;
  readonly dpi: number;
}

export function outputOptions(values: Readonly<Record<string, string>>): Output {
  const out = values.out;
  if (out === undefined) throw new UsageError('Say where to write the plot with --out PLOT.svg or --out PLOT.png.');
  const ext = /\.(svg|png)$/i.exec(out)?.[1]?.toLowerCase();
  if (ext !== 'svg' && ext !== 'png') throw new UsageError(`--out must end in .svg or .png, not '${out}'.`);
  const wrap = <T,>(f: () => T) => {
    try {
      return f();
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  };
  const dpi = values.dpi === undefined ? 300 : Number(values.dpi);
  if (!(dpi > 0)) throw new UsageError(`--dpi needs a positive number, not '${values.dpi}'.`);
  return {
    out,
    format: ext,
    theme: wrap(() => theme(values.theme)),
    size: values.width === undefined ? undefined : wrap(() => parseSize(values.width)),
    dpi,
  };
}

/** PNG width: the requested px, or mm at the dpi; otherwise twice the SVG's size. */
export function writePlot(svg: string, o: Output): void {
  if (o.format === 'svg') {
    writeFileSync(o.out, svg);
    return;
  }
  const width = o.size === undefined ? undefined : o.size.unit === 'mm' ? (o.size.width / 25.4) * o.dpi : o.size.width;
  writeFileSync(o.out, svgToPng(svg, { width }));
}

/** Keep only rows where column = value (`--subset analysis=PF_6M`). */
export function subsetTable(table: CsvTable, subset: string | undefined): CsvTable {
  if (subset === undefined) return table;
  const eq = subset.indexOf('=');
  if (eq < 1) throw new UsageError(`--subset needs COLUMN=VALUE, not '${subset}'.`);
  const [col, value] = [subset.slice(0, eq), subset.slice(eq + 1)];
  const j = table.columns.indexOf(col);
  if (j < 0) throw new FileFormatError(`there is no column named '${col}' (from --subset)`, { file: table.file, column: col });
  const keep = table.rows.map((r, i) => (r[j] === value ? i : -1)).filter((i) => i >= 0);
  if (keep.length === 0) throw new FileFormatError(`no row has ${col} = '${value}'`, { file: table.file, column: col });
  return { ...table, rows: keep.map((i) => table.rows[i]), lines: keep.map((i) => table.lines[i]) };
}
