/**
 * The words of a saved Daily Papers page's furniture: the header's lines
 * ("Subscribe", "Get trending papers in your email inbox!", ...) and the
 * footer's navigation ("System theme", "TOS", ...). Words alone never make a
 * line chrome: the listing's structure decides (scripts/lib/listing-structure.ts);
 * these only say which lines may be chrome where the structure allows it.
 */

/**
 * Header lines, matched against the line lowercased with punctuation
 * removed, so small variations ("by AK", "byAK", a trailing "!", "e-mail")
 * still match. Digits are kept: `Daily Papers 2.0` is a title.
 */
const CHROME_LINES: readonly RegExp[] = [
  /^new$/,
  /^subscribe$/,
  /^daily papers$/,
  /^(daily papers )?by ?ak and the research community$/,
  /^get trending papers in your e ?mail inbox( once a day)?$/,
];

/** The site footer's navigation under a saved page, compared the same way. */
const FOOTER_LINES: ReadonlySet<string> = new Set([
  'system theme',
  'light theme',
  'dark theme',
  'company',
  'tos',
  'terms of service',
  'privacy',
  'privacy policy',
  'about',
  'jobs',
  'careers',
  'website',
  'models',
  'datasets',
  'spaces',
  'pricing',
  'docs',
  'blog',
  'learn',
  'forum',
  'status',
  'changelog',
  'hugging face',
]);

/** Longer than any chrome line: an abstract is never compared (that is most of a dump's bytes). */
const MAX_CHROME_LENGTH = 80;

function chromeKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a whole (whitespace-folded) line reads like a line of the page header. */
export function isChromeLine(line: string): boolean {
  if (line.length > MAX_CHROME_LENGTH) return false;
  const key = chromeKey(line);
  return key !== '' && CHROME_LINES.some((pattern) => pattern.test(key));
}

/** Whether a whole (whitespace-folded) line reads like an item of the site footer's navigation. */
export function isFooterLine(line: string): boolean {
  return line.length <= MAX_CHROME_LENGTH && FOOTER_LINES.has(chromeKey(line));
}

/**
 * The line without the page's `Subscribe` glued onto its start, or
 * `undefined` when nothing is glued on (the word alone, or followed by a
 * space). The one-line-per-field layout glues the button's word onto the
 * first title whatever that title starts with (`SubscribexLSTM`,
 * `Subscribe"Quoted"`, `SubscribeSubscribeNet`); callers apply this to that
 * line only, so it is removed exactly once and never from another title.
 */
export function stripGluedSubscribe(line: string): string | undefined {
  return /^Subscribe\S/u.test(line) ? line.slice('Subscribe'.length) : undefined;
}

/**
 * The line without a `Subscribe` and the spaces after it, or `undefined`.
 * A save that puts a space between the button's word and the first title
 * looks like a title starting with the word (`Subscribe to Attention`), so
 * callers use this only at the first title after a page header that has no
 * `Subscribe` line of its own, and say what they removed.
 */
export function stripSpacedSubscribe(line: string): string | undefined {
  const match = /^Subscribe[\s\u00A0]+(?=\S)/u.exec(line);
  return match ? line.slice(match[0].length) : undefined;
}
