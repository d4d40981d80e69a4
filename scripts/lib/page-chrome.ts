/**
 * Recognise the page furniture of a saved Daily Papers listing ("Subscribe",
 * "Get trending papers in your email inbox!", ...) so it never becomes a paper.
 */

/**
 * Whole lines that are page chrome, matched against the line lowercased with
 * punctuation removed, so small variations ("by AK", "byAK", a trailing "!",
 * "e-mail") still match. Digits are kept: `Daily Papers 2.0` is a title.
 */
const CHROME_LINES: readonly RegExp[] = [
  /^new$/,
  /^subscribe$/,
  /^daily papers$/,
  /^(daily papers )?by ?ak and the research community$/,
  /^get trending papers in your e ?mail inbox( once a day)?$/,
];

function chromeKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Longer than any chrome line: an abstract is never compared (that is most of a dump's bytes). */
const MAX_CHROME_LENGTH = 80;

/** Whether a whole (whitespace-folded) line is page chrome rather than content. */
export function isChromeLine(line: string): boolean {
  if (line.length > MAX_CHROME_LENGTH) return false;
  const key = chromeKey(line);
  return key !== '' && CHROME_LINES.some((pattern) => pattern.test(key));
}

/**
 * Remove chrome glued onto the start of a line when the page was saved without
 * line breaks (`SubscribeSome Title` -> `Some Title`). Only a capital letter or
 * digit right after the chrome word counts as glued, so a title such as
 * `Subscribers ...` is left alone. Callers apply it to the first content line
 * only, where the page puts it.
 */
export function stripGluedChrome(line: string): string {
  return line.replace(/^Subscribe(?=[\p{Lu}\p{N}])/u, '');
}
