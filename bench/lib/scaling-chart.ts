/**
 * The benchmark's scaling chart: a static SVG of panels two to a row
 * (seconds, CPU, memory, cost per page, each against papers), one line per
 * series (Folio's build and each of its phases, the Hugo baseline, the floor,
 * a target), so the shape of the curve is seen at a glance. Pure: figures in,
 * text out.
 */
import { escapeMarkup } from '../../src/lib/escape-markup.ts';

/** One line of a panel: its label and its points, by number of papers. */
export interface ChartSeries {
  label: string;
  points: ReadonlyArray<{ papers: number; value: number }>;
  /** Dashed for baselines (Hugo, the floor); solid for Folio. */
  dashed?: boolean;
  /** Dotted and grey: a target to stay under, not a measurement. */
  target?: boolean;
}

/** A panel: a title, the unit of its y axis and its lines. */
export interface ChartPanel {
  title: string;
  /** Formats a y value for the axis (`12 s`, `1.2 GB`). */
  format: (value: number) => string;
  series: readonly ChartSeries[];
}

const WIDTH = 460;
const HEIGHT = 300;
const MARGIN = { top: 34, right: 28, bottom: 44, left: 64 };
/** Distinct on white and for common colour blindness (Okabe–Ito), then greys. */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#777777', '#BBBBBB'];
const TARGET_COLOUR = '#C00000';
/** Panels per row. */
const COLUMNS = 2;

/** Round numbers for an axis from 0 to at least `max`: 1, 2 or 5 times a power of ten. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

const fixed = (n: number): string => n.toFixed(1).replace(/\.0$/, '');

function panel(p: ChartPanel, offsetX: number, offsetY: number, colourOf: (label: string) => string): string {
  const all = p.series.flatMap((s) => s.points);
  const xTicks = niceTicks(Math.max(...all.map((pt) => pt.papers), 1));
  const yTicks = niceTicks(Math.max(...all.map((pt) => pt.value), 0));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (papers: number) => offsetX + MARGIN.left + (papers / xTicks.at(-1)!) * plotW;
  const y = (value: number) => offsetY + MARGIN.top + plotH - (value / yTicks.at(-1)!) * plotH;
  const parts: string[] = [`<text x="${fixed(offsetX + MARGIN.left)}" y="${offsetY + 20}" class="title">${escapeMarkup(p.title)}</text>`];
  for (const t of yTicks) {
    parts.push(`<line x1="${fixed(x(0))}" x2="${fixed(x(xTicks.at(-1)!))}" y1="${fixed(y(t))}" y2="${fixed(y(t))}" class="grid"/>`);
    parts.push(`<text x="${fixed(x(0) - 6)}" y="${fixed(y(t) + 4)}" class="tick" text-anchor="end">${escapeMarkup(p.format(t))}</text>`);
  }
  for (const t of xTicks) {
    parts.push(`<text x="${fixed(x(t))}" y="${fixed(offsetY + MARGIN.top + plotH + 16)}" class="tick" text-anchor="middle">${t.toLocaleString('en-US')}</text>`);
  }
  parts.push(`<text x="${fixed(offsetX + MARGIN.left + plotW / 2)}" y="${offsetY + HEIGHT - 8}" class="tick" text-anchor="middle">papers</text>`);
  for (const s of p.series) {
    const points = [...s.points].sort((a, b) => a.papers - b.papers);
    if (points.length === 0) continue;
    const colour = colourOf(s.label);
    const path = points.map((pt, i) => `${i === 0 ? 'M' : 'L'}${fixed(x(pt.papers))},${fixed(y(pt.value))}`).join('');
    parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"${dash(s)}><title>${escapeMarkup(s.label)}</title></path>`);
    for (const pt of points) parts.push(`<circle cx="${fixed(x(pt.papers))}" cy="${fixed(y(pt.value))}" r="3" fill="${colour}"><title>${escapeMarkup(`${s.label}: ${p.format(pt.value)} at ${pt.papers.toLocaleString('en-US')} papers`)}</title></circle>`);
  }
  return parts.join('\n');
}

/** The note in lines of at most about `width` characters, broken after its `; `. */
export function wrapNote(note: string, width: number): string[] {
  if (!note) return [];
  const lines: string[] = [];
  for (const part of note.split('; ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + part.length + 2 <= width) lines[lines.length - 1] = `${last}; ${part}`;
    else lines.push(part);
  }
  return lines;
}

/** The stroke pattern of a series: dashed for a baseline, dotted for a target, solid for Folio. */
const dash = (s: Pick<ChartSeries, 'dashed' | 'target'>): string => (s.target ? ' stroke-dasharray="2 3"' : s.dashed ? ' stroke-dasharray="6 4"' : '');

/** The chart as a standalone SVG document: panels two to a row, one legend of every series below them. */
export function scalingChart(title: string, panels: readonly ChartPanel[], note = ''): string {
  const series = new Map<string, ChartSeries>();
  for (const s of panels.flatMap((p) => p.series)) if (!series.has(s.label)) series.set(s.label, s);
  const labels = [...series.keys()];
  const measured = labels.filter((label) => !series.get(label)!.target);
  const colourOf = (label: string) => (series.get(label)!.target ? TARGET_COLOUR : COLOURS[measured.indexOf(label) % COLOURS.length]!);
  const columns = Math.min(COLUMNS, panels.length);
  const width = WIDTH * columns;
  const panelsHeight = HEIGHT * Math.ceil(panels.length / columns);
  const perRow = columns === 1 ? 2 : 3;
  const legendRows = Math.ceil(labels.length / perRow);
  const noteLines = wrapNote(note, Math.floor(width / 6.5));
  const height = panelsHeight + 20 + legendRows * 20 + noteLines.length * 16 + (note ? 6 : 0);
  const legend = labels.map((label, i) => {
    const lx = 20 + (i % perRow) * (width / perRow);
    const ly = panelsHeight + 14 + Math.floor(i / perRow) * 20;
    return `<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="${colourOf(label)}" stroke-width="2"${dash(series.get(label)!)}/><text x="${lx + 30}" y="${ly + 4}" class="tick">${escapeMarkup(label)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${escapeMarkup(title)}</title>`,
    '<style>text{font:12px system-ui,sans-serif;fill:#222}.title{font-weight:600;font-size:13px}.grid{stroke:#e4e4e4}</style>',
    '<rect width="100%" height="100%" fill="#fff"/>',
    ...panels.map((p, i) => panel(p, (i % columns) * WIDTH, Math.floor(i / columns) * HEIGHT, colourOf)),
    ...legend,
    ...noteLines.map((line, i) => `<text x="20" y="${height - 8 - (noteLines.length - 1 - i) * 16}" class="tick">${escapeMarkup(line)}</text>`),
    '</svg>',
    '',
  ].join('\n');
}
