import { parseDateLabel } from './listing-date.ts';
import { finalMark } from './final-mark.ts';
import { isChromeLine, isConsentButton, isCountLine, isFiguresLine, isFooterLine, isFurnitureLine, isPeriodLine, MAX_CHROME_LENGTH } from './page-chrome.ts';

/** A cookie or consent banner among a listing's texts: the index of its text, when it has one, and those of its buttons. */
export interface ConsentBanner {
  text?: number;
  buttons: number[];
}

/** How a banner's text ends: as a sentence, with a full stop or an exclamation mark (perhaps inside quotes or brackets). */
const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '!']);

/**
 * The cookie or consent banners among a listing's texts, in order (`''`
 * for a blank field, which neither ends nor starts one): each run of a
 * banner's buttons in a row (`Accept all`, `Reject all`; see
 * page-chrome.ts `isConsentButton`), with the text right above the run
 * when it reads as a banner's (a paragraph that ends as a sentence and is
 * no line the page is known to hold: a date, chrome, a footer item, a
 * card's furniture). A banner is known by that structure, its text over
 * its buttons, never by its words: an abstract about cookies is no
 * banner's text without the buttons under it. Where it stands decides the
 * rest (scripts/lib/listing-structure.ts): where an abstract belongs, the
 * text over the buttons is that abstract.
 */
export function consentBanners(texts: readonly string[]): ConsentBanner[] {
  const banners: ConsentBanner[] = [];
  let above: number | undefined;
  let current: ConsentBanner | undefined;
  texts.forEach((text, index) => {
    if (text === '') return;
    if (isConsentButton(text)) {
      current ??= { ...(above !== undefined && readsAsBannerText(texts[above]!) ? { text: above } : {}), buttons: [] };
      current.buttons.push(index);
    } else if (current !== undefined) {
      banners.push(current);
      current = undefined;
    }
    above = index;
  });
  if (current !== undefined) banners.push(current);
  return banners.map((banner) => (banner.text !== undefined && mayBeTitleOver(texts, banner.text, banner) ? { buttons: banner.buttons } : banner));
}

/**
 * Whether the line over a banner's text at `text` may be a paper's title,
 * the text its abstract: a line that another rule drops but a paper may be
 * titled (a figure, `2048`; a card's button, a word of the footer, `Models`)
 * standing among papers, not in the page's header or footer (a line of the
 * page, a day's label, or nothing, on either side). Taken as the banner's,
 * the text was dropped and the line with it, and the paper lost; left to
 * the reading, it is a paper (with a warning that it stands over a banner's
 * buttons: parse-listing.ts) or the run stops, naming it.
 */
function mayBeTitleOver(texts: readonly string[], text: number, banner: ConsentBanner): boolean {
  const over = previousText(texts, text);
  if (over === undefined) return false;
  const line = texts[over]!;
  const droppable = isFurnitureLine(line) || isFiguresLine(line) || isCountLine(line) || isFooterLine(line) || isChromeLine(line);
  if (line.length > MAX_CHROME_LENGTH || !droppable || isConsentButton(line) || parseDateLabel(line) !== undefined) return false;
  const before = previousText(texts, over);
  const after = nextText(texts, banner.buttons.at(-1)!);
  return before !== undefined && !ofThePage(texts[before]!) && (after === undefined || !ofThePage(texts[after]!));
}

/** A line of the page's header or footer, or a day's label. */
function ofThePage(line: string): boolean {
  return isChromeLine(line) || isFooterLine(line) || parseDateLabel(line) !== undefined;
}

function previousText(texts: readonly string[], index: number): number | undefined {
  for (let i = index - 1; i >= 0; i -= 1) if (texts[i] !== '') return i;
  return undefined;
}

function nextText(texts: readonly string[], index: number): number | undefined {
  for (let i = index + 1; i < texts.length; i += 1) if (texts[i] !== '') return i;
  return undefined;
}

/** Whether a text over a banner's buttons reads as the banner's text: see {@link consentBanners}. */
function readsAsBannerText(text: string): boolean {
  return /\p{L}/u.test(text) && SENTENCE_MARKS.has(finalMark(text)) && !isConsentButton(text) && !isChromeLine(text) && !isFooterLine(text) && !isPeriodLine(text) && !isFurnitureLine(text) && parseDateLabel(text) === undefined;
}

/** The indices of every text of the banners among `texts` (see {@link consentBanners}). */
export function consentBannerIndices(texts: readonly string[]): Set<number> {
  return new Set(consentBanners(texts).flatMap(({ text, buttons }) => (text === undefined ? buttons : [text, ...buttons])));
}
