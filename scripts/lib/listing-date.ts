/**
 * Recognise a listing's date label, such as `Mar 14` or `March 14, 2025`.
 */

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';
const DATE_LABEL = new RegExp(
  [
    `^${MONTH} ${DAY}(?:,? \\d{4})?$`, // Mar 14, March 14, 2025
    `^${DAY} ${MONTH}(?:,? \\d{4})?$`, // 14 Mar 2025
    '^\\d{4}-\\d{2}-\\d{2}$', // 2025-03-14
  ].join('|'),
  'i',
);

/**
 * The line itself when it is a date label (whitespace-folded input), otherwise
 * `undefined`. The label is kept as printed: listings show it as-is.
 */
export function parseDateLabel(line: string): string | undefined {
  return DATE_LABEL.test(line) ? line : undefined;
}

/** What a date label says: month (1–12), day of month, and the year when it gives one. */
export interface LabelDate {
  month: number;
  date: number;
  year?: number;
}

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The month, day and (when printed) year of a date label recognised by
 * {@link parseDateLabel}: `Mar 14` → March 14, `14 Mar 2025` and
 * `March 14, 2025` → 14 March 2025. `undefined` for a label no calendar has
 * (`Feb 31`, `2025-02-30`).
 */
export function readDateLabel(label: string): LabelDate | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  const words = iso ? undefined : label.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const monthWord = words?.find((w) => /^[a-z]/.test(w));
  const month = iso ? Number(iso[2]) : MONTH_PREFIXES.indexOf(monthWord?.slice(0, 3) ?? '') + 1;
  const date = iso ? Number(iso[3]) : Number(words?.find((w) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(w))?.replace(/\D/g, '') ?? NaN);
  const yearText = iso ? iso[1] : words?.find((w) => /^\d{4}$/.test(w));
  const year = yearText === undefined ? undefined : Number(yearText);
  // The longest each month can be (February in a leap year), or the exact length when the year is known.
  const length = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || !(date >= 1 && date <= length)) return undefined;
  return { month, date, ...(year === undefined ? {} : { year }) };
}
