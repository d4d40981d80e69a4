/** One row of the papers-per-topic chart. */
export interface ChartBar {
  id: string;
  label: string;
  count: number;
  /** Top of the row, in px. */
  y: number;
  /** Bar length as a share of the chart's width, 0–`maxPercent`; at least 0.5 when the count is not 0. */
  percent: number;
}

/** Layout of the chart: rows plus the overall height. */
export interface ChartLayout {
  bars: ChartBar[];
  height: number;
  rowHeight: number;
}

/**
 * Lays out the papers-per-topic chart, largest topic first (ties by label).
 * Each row is a label above a bar whose length is a percentage of the width,
 * so the SVG fits any screen without scaling its text down. Pure numbers: the
 * component only draws, and tests need no DOM.
 */
export function topicChart(
  topics: ReadonlyArray<{ id: string; label: string; count: number }>,
  { rowHeight = 40, maxPercent = 88 } = {},
): ChartLayout {
  const sorted = [...topics].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const max = Math.max(1, ...sorted.map((t) => t.count));
  return {
    bars: sorted.map((t, i) => ({
      ...t,
      y: i * rowHeight,
      percent: t.count === 0 ? 0 : Math.max(0.5, Math.round((t.count / max) * maxPercent * 10) / 10),
    })),
    height: sorted.length * rowHeight,
    rowHeight,
  };
}
