/** One row of the papers-per-topic chart. */
export interface ChartBar {
  id: string;
  label: string;
  count: number;
  /** Bar length as a share of the chart's width, 0–`maxPercent`; at least 0.5 when the count is not 0. */
  percent: number;
}

/**
 * Lays out the papers-per-topic chart, largest topic first (ties by label).
 * Each row is a label above a bar whose length is a percentage of the width,
 * so the chart fits any screen without scaling its text down. Pure numbers:
 * the component only draws, and tests need no DOM.
 */
export function topicChart(topics: ReadonlyArray<{ id: string; label: string; count: number }>, { maxPercent = 88 } = {}): ChartBar[] {
  const sorted = [...topics].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const max = Math.max(1, ...sorted.map((t) => t.count));
  return sorted.map((t) => ({
    ...t,
    percent: t.count === 0 ? 0 : Math.max(0.5, Math.round((t.count / max) * maxPercent * 10) / 10),
  }));
}
