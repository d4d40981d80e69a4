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
