/**
 * Write a listing as the text of a saved Daily Papers page, in either of the
 * two layouts the real dumps come in.
 */

/** One title / abstract pair of a listing. */
export interface DumpEntry {
  title: string;
  abstract: string;
}

/**
 * `A`: blocks separated by blank lines, page chrome and a date label first.
 * `B`: one line per field, no blank lines, "Subscribe" glued onto the first title.
 */
export type DumpLayout = 'A' | 'B';

/** A listing to render. */
export interface Listing {
  layout: DumpLayout;
  /** Date label printed on layout A pages (`Mar 14`); layout B pages have none. */
  date?: string;
  entries: readonly DumpEntry[];
}

const LAYOUT_A_CHROME = ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'byAK and the research community'];
const LAYOUT_B_CHROME = ['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!'];

/** The text of a saved listing page. Like the real dumps, it has no trailing newline. */
export function renderDump(listing: Listing): string {
  const fields = listing.entries.flatMap((entry) => [entry.title, entry.abstract]);
  if (listing.layout === 'A') {
    const date = listing.date === undefined ? [] : [listing.date];
    return [...LAYOUT_A_CHROME, ...date, ...fields].join('\n\n');
  }
  const [firstTitle = '', ...rest] = fields;
  return [...LAYOUT_B_CHROME, `Subscribe${firstTitle}`, ...rest].join('\n');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The date label of the listing `days` days after January 1st (`Mar 14`), wrapping yearly. */
export function dateLabel(days: number): string {
  // A fixed non-leap year keeps labels independent of the machine's clock and time zone.
  const date = new Date(Date.UTC(2025, 0, 1 + (days % 365)));
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
}
