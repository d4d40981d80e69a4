/**
 * Plain-text tables and the number formats the benchmark prints.
 */
import type { Summary } from './summarise.ts';

/** A column: its heading and whether its cells line up on the right (numbers). */
export interface Column {
  heading: string;
  align?: 'left' | 'right';
}

/** Lay rows out under headings, columns padded to their widest cell, separated by two spaces. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== columns.length) {
      throw new Error(`Expected ${columns.length} cells in row ${index + 1}, got ${row.length}`);
    }
  }
  const widths = columns.map((column, i) => Math.max(column.heading.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (columns[i]!.align === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(columns.map((c) => c.heading)), rule, ...rows.map(line)].join('\n');
}

/** Seconds with precision suited to their size: `0.84 s`, `12.3 s`, `126 s`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 10) return `${seconds.toFixed(2)} s`;
  if (seconds < 100) return `${seconds.toFixed(1)} s`;
  return `${seconds.toFixed(0)} s`;
}

/** Bytes in binary units: `512 B`, `1.5 MB`, `2.90 GB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${value} B`;
  return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ${units[unit]}`;
}

/**
 * A summary as `median (min-max)`: `12.3 s (11.9-13.0 s)`. The unit is written
 * once when min and max share it. Just the median when the runs all agree.
 */
export function formatSummary(summary: Summary, format: (value: number) => string): string {
  const median = format(summary.median);
  if (summary.runs === 1 || summary.min === summary.max) return median;
  const min = format(summary.min);
  const max = format(summary.max);
  const unit = (text: string): string => /\s[A-Za-z/]+$/.exec(text)?.[0] ?? '';
  const sameUnit = unit(min) !== '' && unit(min) === unit(max);
  return `${median} (${sameUnit ? min.slice(0, -unit(min).length) : min}-${max})`;
}
