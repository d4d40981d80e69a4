/**
 * Long lists (a topic's papers, the A–Z index) cut into numbered pages, so
 * that no page grows with the archive.
 */

/** One page of a list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has (at least 1). */
  count: number;
  /** The items on this page. */
  items: T[];
  /** 0-based index of the first item in the whole list. */
  offset: number;
  /** Items in the whole list. */
  total: number;
}

/** Cuts `items` into pages of `perPage`; an empty list is one empty page, so the list's first page always exists. */
export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`Expected a page size of at least 1, got ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * perPage, (i + 1) * perPage),
    offset: i * perPage,
    total: items.length,
  }));
}

/** One page of a list cut by {@link pagesFromTheEnd}: where it stands, never how long the list is. */
export interface EndPage<T> {
  /** 1-based page number: page 1 holds the front of the list. */
  number: number;
  /** How many pages the list has (at least 1). */
  count: number;
  items: T[];
}

/**
 * Cuts a list that grows at its front (newest first) into pages that hold
 * still: every page but the first holds exactly `perPage` items, counted
 * from the list's end, and the first holds the rest (`perPage` to
 * `2 × perPage - 1` items, or all of a shorter list). An item added at the
 * front changes the first page only, until the first page is full: then its
 * last `perPage` items become page 2 and every later page moves up one
 * number. So a day's new papers leave a topic's older pages as they were
 * (each a page an update need not render again).
 */
export function pagesFromTheEnd<T>(items: readonly T[], perPage: number): EndPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`Expected a page size of at least 1, got ${perPage}`);
  const count = endPageCount(items.length, perPage);
  const first = items.length - (count - 1) * perPage;
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: i === 0 ? items.slice(0, first) : items.slice(first + (i - 1) * perPage, first + i * perPage),
  }));
}

/** How many pages {@link pagesFromTheEnd} cuts a list of `length` items into. */
export function endPageCount(length: number, perPage: number): number {
  return Math.max(1, Math.floor(length / perPage));
}

/**
 * The page numbers a pager shows around page `current` of `count`: the
 * first, the last and up to `around` on each side of the current one, with
 * `null` where numbers are left out (`1 … 4 5 6 7 8 … 20`).
 */
export function pagerNumbers(current: number, count: number, around = 2): Array<number | null> {
  const shown = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const [i, n] of numbers.entries()) {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}
