/**
 * Counts as a reader reads them: `10,150 papers`, `1 day`. The one place
 * that words a count of papers, days, listings, topics, pages or results, for
 * the built pages and the browser's search views alike. Pure, no DOM. A
 * number that is data (a URL, a page number in a pager, a `data-*`
 * attribute, JSON) or a position (`#29 of 77`, `page 2 of 3`) stays in digits.
 */

// en-US groups by thousands from four digits on (`1,234`), as English prose does; built once.
const GROUPED = new Intl.NumberFormat('en-US', { useGrouping: true, maximumFractionDigits: 0 });

/** `n` with its thousands grouped by commas: `1,234`, `10,150`; `999` as it is. Throws on anything but a whole number, 0 or more. */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`expected a count (a whole number, 0 or more), found \`${n}\``);
  return GROUPED.format(n);
}

/** `1 paper`, `0 papers`, `10,150 papers`: `n`, grouped, with `one` when it is 1 and `many` otherwise. */
export function countOf(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
