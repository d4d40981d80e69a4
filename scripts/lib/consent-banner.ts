import { parseDateLabel } from './listing-date.ts';
import { isChromeLine, isConsentButton, isFooterLine, isFurnitureLine, isPeriodLine } from './page-chrome.ts';

/** A cookie or consent banner among a listing's texts: the index of its text, when it has one, and those of its buttons. */
export interface ConsentBanner {
  text?: number;
  buttons: number[];
}

/** How a banner's text ends: as a sentence, with a full stop or an exclamation mark (perhaps inside quotes or brackets). */
const ENDS_AS_SENTENCE = /[.!]["'\u201D\u2019)\]]*$/u;

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
  return banners;
}

/** Whether a text over a banner's buttons reads as the banner's text: see {@link consentBanners}. */
function readsAsBannerText(text: string): boolean {
  return /\p{L}/u.test(text) && ENDS_AS_SENTENCE.test(text) && !isConsentButton(text) && !isChromeLine(text) && !isFooterLine(text) && !isPeriodLine(text) && !isFurnitureLine(text) && parseDateLabel(text) === undefined;
}

/** The indices of every text of the banners among `texts` (see {@link consentBanners}). */
export function consentBannerIndices(texts: readonly string[]): Set<number> {
  return new Set(consentBanners(texts).flatMap(({ text, buttons }) => (text === undefined ? buttons : [text, ...buttons])));
}
