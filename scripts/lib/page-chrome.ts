import { isWeekdayName, parseDateLabel, readDayLabel } from './listing-date.ts';

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
const MONTH = '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)';
/**
 * A cookie or consent banner's buttons, which a page shows over its cards
 * until one is pressed; compared as header lines are.
 */
const CONSENT_BUTTONS: readonly RegExp[] = [
  /^(accept|reject|decline|allow|deny)( all| necessary| essential)?( cookies)?$/,
  /^(only )?(necessary|essential) cookies( only)?$/,
  /^(manage|customi[sz]e) (cookies|preferences|settings|choices)$/,
  /^cookie (settings|preferences|policy)$/,
  // The same in the languages a browser or the site may show the banner in: German, French, Spanish, Italian, Portuguese, Dutch.
  /^(alle )?(cookies )?(akzeptieren|ablehnen|annehmen|zulassen)$/,
  /^(nur )?(notwendige|erforderliche|essenzielle) cookies( akzeptieren| zulassen)?$/,
  /^(cookie einstellungen|einstellungen verwalten|cookies verwalten)$/,
  /^(tout )?(accepter|refuser)( tout| les cookies| tous les cookies)?$/,
  /^(gérer|personnaliser) (les )?(préférences|cookies|paramètres|choix)$/,
  /^(paramètres des cookies|continuer sans accepter)$/,
  /^(aceptar|rechazar)( todo| todas| cookies| todas las cookies)?$/,
  /^(configurar|gestionar|personalizar) (las )?(cookies|preferencias)$/,
  /^configuración de cookies$/,
  /^(accetta|rifiuta)( tutto| tutti| tutti i cookie)?$/,
  /^(gestisci|personalizza) (le )?(preferenze|cookie)$/,
  /^(aceitar|rejeitar|recusar)( tudo| todos| cookies| todos os cookies)?$/,
  /^(gerir|gerenciar|personalizar) (as )?(preferências|cookies)$/,
  /^(alles )?(accepteren|weigeren|afwijzen)$/,
  /^alle cookies (accepteren|weigeren)$/,
  /^(cookie ?instellingen|(alleen )?(noodzakelijke|essentiële) cookies)$/,
];

const CHROME_LINES: readonly RegExp[] = [
  /^new$/,
  /^subscribe$/,
  /^daily papers$/,
  /^(daily papers )?by ?ak and the research community$/,
  /^get trending papers in your e ?mail inbox( once a day)?$/,
  // The listing's tabs and its links to other days.
  /^(daily|weekly|monthly)$/,
  /^(previous|next|prev)( day| week| month| page)?$/,
  // The trending page's heading, and the page's search box.
  /^trending (papers( (today|this (week|month)))?|today|this (week|month))$/,
  /^search any paper with ai$/,
  // The page's buttons for more cards, and what it shows while they load.
  /^(load|show|see|view) (more|all)( papers)?$/,
  /^loading( papers)?$/,
  // The site's sign-in links, beside the navigation the footer repeats.
  /^log ?in$/,
  /^sign ?up$/,
  /^posts$/,
  /^enterprise$/,
  // A cookie or consent banner's buttons.
  ...CONSENT_BUTTONS,
  // What a browser adds over a page it saves or shows in a reader view: the page's title and how long it takes to read.
  /^((daily|weekly|monthly|trending) )?papers hugging face$/,
  /^\d+( \d+)? (minutes?|min)( read)?$/,
];

/** The site's name as its pages write it (`Hugging Face`), and its host (`huggingface.co`): in a regular expression, with the `i` flag. */
export const SITE_NAME = String.raw`hugging\s*face`;
const SITE_HOST = String.raw`(?:www\.)?huggingface\.co`;

/**
 * The page's address, which a reader view or a print shows over it
 * (`huggingface.co`, `https://huggingface.co/papers`). A paper's address
 * (`https://huggingface.co/papers/2503.01234`, with its arXiv id) is a
 * card's link, not the page's: see {@link isFurnitureLine}.
 */
const SITE_ADDRESS = new RegExp(String.raw`^(?:https?:\/\/)?${SITE_HOST}(?:\/(?!\S*\d{4}\.\d{4,5})\S*)?$`, 'iu');

/**
 * The period a weekly or monthly view shows where a day's listing shows its
 * date, compared the same way: `Week 11`, `March 2025`, `Mar 10 - Mar 16`,
 * `March 10–16, 2025`, `10–16 March 2025`.
 */
const PERIOD_LINES: readonly RegExp[] = [
  /^week \d{1,2}( \d{4})?$/,
  // A day's view labelled by when it is (`Today`); an ISO week is read by readDayLabel.
  /^(today|yesterday)$/,
  new RegExp(`^${MONTH} \\d{4}$`),
  new RegExp(`^${MONTH} \\d{1,2}( ${MONTH})? \\d{1,2}( \\d{4})?$`),
  new RegExp(`^\\d{1,2}( ${MONTH})? \\d{1,2} ${MONTH}( \\d{4})?$`),
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

/** The reason phrases of HTTP's client and server errors (RFC 9110), and the words servers print for them. */
const HTTP_REASON = '(bad request|unauthorized|payment required|forbidden|not found|page not found|method not allowed|not acceptable|request time ?out|conflict|gone|too many requests|internal server error|server error|not implemented|bad gateway|service (temporarily )?unavailable|gateway time ?out|access denied)';

/**
 * The headings of the pages shown instead of a listing that did not load,
 * compared as header lines are: an HTTP error's status (`429 Too Many
 * Requests`, `HTTP 502`, `Error 503`, `404`) or reason alone (`Internal Server
 * Error`), and what a site or a browser says when a page failed (`Something
 * went wrong`, `This page isn't working`, `This site can't be reached`).
 */
const ERROR_PAGE_HEADINGS: readonly RegExp[] = [
  new RegExp(`^(http\\d* (error )?)?(error )?[45]\\d\\d( error)?( ${HTTP_REASON})?$`),
  /^(too many requests|internal server error|bad gateway|service (temporarily )?unavailable|gateway time ?out|page not found|access denied)$/,
  /^(oops )?something went wrong( please try again( later)?)?$/,
  /^this (page isnt working|site cant be reached)$/,
  /^(unable to connect|server not found|(hmm )?were having trouble finding that site|aw snap|youre offline|you are offline)$/,
];

/** Longer than any chrome line: an abstract is never compared (that is most of a dump's bytes). */
export const MAX_CHROME_LENGTH = 80;

function chromeKey(line: string): string {
  return line
    .toLowerCase()
    // A dash separates (`10–16`, `Mar 10 - Mar 16`); other punctuation goes (`byAK`, `e-mail` match with or without).
    .replace(/\p{Pd}/gu, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a whole (whitespace-folded) line reads like a line of the page header. */
export function isChromeLine(line: string): boolean {
  if (line.length > MAX_CHROME_LENGTH) return false;
  const key = chromeKey(line);
  // An error's heading is the page's too: a notice the page shows over its cards (a failed load of more of them).
  return key !== '' && (CHROME_LINES.some((pattern) => pattern.test(key)) || PERIOD_LINES.some((pattern) => pattern.test(key)) || ERROR_PAGE_HEADINGS.some((pattern) => pattern.test(key)) || isIsoWeek(line) || SITE_ADDRESS.test(line));
}

/** Whether a whole (whitespace-folded) line reads like a button of a cookie or consent banner (`Accept all`, `Manage cookies`): a chrome line too. */
export function isConsentButton(line: string): boolean {
  if (line.length > MAX_CHROME_LENGTH) return false;
  const key = chromeKey(line);
  return CONSENT_BUTTONS.some((pattern) => pattern.test(key));
}

/** Whether a whole (whitespace-folded) line reads like the heading of an error page (see {@link ERROR_PAGE_HEADINGS}). */
export function isErrorPageHeading(line: string): boolean {
  if (line.length > MAX_CHROME_LENGTH) return false;
  const key = chromeKey(line);
  return ERROR_PAGE_HEADINGS.some((pattern) => pattern.test(key));
}

/**
 * Whether a whole (whitespace-folded) line reads like the period a weekly or
 * monthly view shows (a chrome line too): like a day's date line, it ends
 * the page header.
 */
export function isPeriodLine(line: string): boolean {
  return line.length <= MAX_CHROME_LENGTH && (PERIOD_LINES.some((pattern) => pattern.test(chromeKey(line))) || isIsoWeek(line) || isWeekdayName(line.replace(/[.,]$/u, '')));
}

/** An ISO week on a line of its own (`2025-W11`), read as the day's label it is (listing-date.ts). */
function isIsoWeek(line: string): boolean {
  return readDayLabel(line)?.kind === 'week';
}

/**
 * What each paper's card shows besides its title and abstract, compared the
 * same way: who submitted it, how many authors, votes and comments (the
 * count before its word or after it, as a button shows it: `Upvote 42`), and
 * when it was posted (`2 days ago`), the label over its abstract and the
 * links under it. Each is the whole line: a title that starts with one of
 * these words (`Upvote Prediction for Forums`, `GitHub Copilot Evaluated`)
 * is no furniture.
 */
const CARD_LINES: readonly RegExp[] = [
  /^submitted by( \S.*)?$/,
  /^\d+ authors?$/,
  /^\d[\d,.]*k? (upvotes?|votes?|comments?|likes?)$/,
  /^(upvotes?|votes?|comments?|likes?)( \d[\d,.]*k?)?$/,
  /^(\d+|an?) (seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago$/,
  // The label over a paper's abstract.
  /^(abstract|summary|ai generated summary|tl ?dr)$/,
  // The links under it, each alone on its line (`arXiv page`, `View arXiv page`, `GitHub`, with its stars: `GitHub ★ 1.2k`), and the button that adds the paper to a collection.
  /^(view )?(arxiv page|pdf)$/,
  /^github( \d[\d,.]*[km]?)?$/,
  /^(add to )?collections?$/,
];

/** When a card says it was posted, before its date: `Published on Mar 14`; or a dot before the date alone, as the line after `Submitted by x` (`· Mar 13`). */
const POSTED_ON = /^(?:(?:published|submitted|posted|updated)(?: on)? |[·•|][\s\u00A0]*)(.+)$/iu;

/** The icons a card, a reader view or a share sheet shows a count with (stars, votes, likes, views, comments), perhaps with the emoji variation selector. */
export const COUNT_ICONS = String.raw`★☆⭐▲△▴⬆↑👍👁💬🗨🗩❤♥♡🔥\uFE0F`;

/** A count (`42`, `1.2k`, `· 17`, a rank `#3`, stars `★ 1.2k`, comments `💬 3` or `3 💬`, the authors not shown as pictures `+3`): nothing else on the line. */
// In thousands or millions too (`1.2k`, `800K`, `1.2M`).
const COUNT = new RegExp(String.raw`^[\s·•|#+${COUNT_ICONS}]*\d[\d,.]*[km]?(?:[\s·•|]+\d[\d,.]*[km]?)*[\s·•|${COUNT_ICONS}]*$`, 'iu');

/** Figures with a date's or a time's marks between them (`14/03`, `10:00`, `14/03 10:00`): nothing else on the line. */
const FIGURES = /^\d{1,4}(?:\s?[/.:-]\s?\d{1,4})+(?:\s+\d{1,2}:\d{2})?$/u;

/** An arXiv id, new style or old, perhaps with its version (`2403.01234`, `2403.01234v2`, `hep-th/9901001`, `math.AG/0309136`); matched case-insensitively. */
export const ARXIV_ID = String.raw`(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?`;
/** A paper's arXiv id, as a card may show it on a line of its own (`arXiv:2403.01234`, `arXiv: 2403.01234v2`, `arXiv:hep-th/9901001`), or in brackets (`[2403.01234]`, `[arXiv:2403.01234]`). */
const ARXIV_ID_LINE = new RegExp(String.raw`^(?:arxiv\s*[:.]?\s*${ARXIV_ID}|\[(?:arxiv\s*[:.]?\s*)?${ARXIV_ID}\])$`, 'iu');

/** Arrows and dots (`◀`, `→`, `·`): nothing else on the line. */
const ARROWS = /^[\s·•|←→↑↓⟵⟶◀▶◁▷◂▸‹›«»<>]+$/u;

/**
 * A separator a notes app, a reader view or a print puts between cards: a
 * rule of three or more dashes, stars, underscores, equals signs, tildes or
 * box-drawing lines, spaced or not (`---`, `* * *`, `────`), or an asterism
 * or a fleuron alone (`⁂`, `❧`). A lone mark (`—`, `?`) is not one: where an
 * abstract belongs it is kept, with a warning, rather than lose the paper.
 */
const SEPARATOR = /^(?:([-*_=~\u2010-\u2015\u2500-\u257F])(?:\s*\1){2,}|[\u2042\u2051\u203B\u2766\u2767\u2619\u2E4E])$/u;

/**
 * Whether a line reads like a card's furniture rather than a title or an
 * abstract: a count, an arrow or a separator alone on its line, an arXiv id, or
 * `Submitted by …`, `· 5 authors`, `3 comments`. A date line
 * (`2025-03-14`) is not a count: callers ask about dates first. Like the
 * other words here, this only says what a line may be; the listing's
 * structure decides.
 */
export function isNoiseLine(line: string): boolean {
  if (line === '' || line.length > MAX_CHROME_LENGTH) return false;
  const posted = POSTED_ON.exec(line)?.[1];
  return isCountLine(line) || FIGURES.test(line) || ARROWS.test(line) || SEPARATOR.test(line) || ARXIV_ID_LINE.test(line) || isCardPhrase(line) || (posted !== undefined && parseDateLabel(posted) !== undefined);
}

/** Whether a whole line is one of the phrases a card shows besides its title and abstract ({@link CARD_LINES}: `Submitted by alice-w`, `3 comments`, `View arXiv page`). */
export function isCardPhrase(line: string): boolean {
  return line.length <= MAX_CHROME_LENGTH && CARD_LINES.some((pattern) => pattern.test(chromeKey(line)));
}

/** A user's or an organisation's handle as the site shows it: one word of letters, figures, `-`, `_` and `.`. */
export const HANDLE_WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}._-]{0,38}`;
const HANDLE = new RegExp(`^${HANDLE_WORD}$`, 'u');

/**
 * Whether a line is the name a card shows under its `Submitted by` line
 * (`alice-w`), the line above being `Submitted by` alone: a save that puts
 * the avatar's link on a line of its own writes the name there. A title
 * under that line would be a handle of one word, so callers read it so only
 * where the structure allows, as with any furniture.
 */
export function isSubmitterLine(line: string, above: string | undefined): boolean {
  // The handle first: the line above is most often an abstract, too long to fold for nothing.
  return above !== undefined && HANDLE.test(line) && chromeKey(above) === 'submitted by';
}

/**
 * Whether a line is the label a card puts over the site's own summary of a
 * paper (`AI-generated summary`), on a line of its own above an `Abstract`
 * label and the authors' abstract.
 */
export function isAiSummaryLabel(line: string): boolean {
  return line.length <= MAX_CHROME_LENGTH && chromeKey(line) === 'ai generated summary';
}

/**
 * Whether a line is a label a card may put over a summary of a paper rather
 * than the authors' abstract: the site's `AI-generated summary`, or `Summary`,
 * `TL;DR` (`TLDR`, `TL; DR`), as a saved or reworded card writes it. The text
 * under such a label is never published as an abstract.
 */
export function isSummaryLabel(line: string): boolean {
  return line.length <= MAX_CHROME_LENGTH && SUMMARY_LABELS.has(chromeKey(line));
}

/** The labels of {@link isSummaryLabel}, as chromeKey folds them. */
const SUMMARY_LABELS: ReadonlySet<string> = new Set(['ai generated summary', 'summary', 'tldr', 'tl dr']);

/**
 * Whether a line is one of the labels a card of the newer layout puts on a
 * line of its own over a text (`AI-generated summary` over the site's
 * summary, `Abstract` over the authors' abstract): never part of a title or
 * an abstract, so a save that keeps it in one block with the text under it
 * (no blank line between them) still has it apart.
 */
export function isCardLabel(line: string): boolean {
  return isSummaryLabel(line) || (line.length <= MAX_CHROME_LENGTH && chromeKey(line) === 'abstract');
}

/**
 * A card's label and the text after it on the same line, a colon between
 * them (`Abstract: We study…`, `AI-generated summary: A small…`), as a save
 * that joins a label to its text writes it; `undefined` for any other line.
 * This only says how the line may be split: a title may start so too
 * (`Summary: Fast Distillation`), and the caller decides.
 */
export function splitCardLabel(line: string): { label: string; text: string } | undefined {
  const colon = /[:\uFF1A]/u.exec(line);
  if (colon === null) return undefined;
  const label = line.slice(0, colon.index + 1).trim();
  const text = line.slice(colon.index + 1).trim();
  return text !== '' && isCardLabel(label) ? { label, text } : undefined;
}

/**
 * Whether a line is a summary of a paper, the line above being its label
 * (`AI-generated summary`, `TL;DR`: {@link isSummaryLabel}): a sentence the
 * site writes, not the authors' text, so never a paper's abstract. Another
 * label right under the first (`Abstract`) is no summary.
 */
export function isAiSummaryLine(line: string, above: string | undefined): boolean {
  return above !== undefined && isSummaryLabel(above) && line !== '' && !isNoiseLine(line);
}

/** Whether a line is figures with a date's or a time's marks and nothing else (`14/03`, `10:00`): a day's label, or a title such as `24/7`. */
export function isFiguresLine(line: string): boolean {
  return line.length <= MAX_CHROME_LENGTH && FIGURES.test(line);
}

/** Whether a line is a count and nothing else (`42`, `1.2k`, `#3`, `★ 1.2k`): a card's, or a title such as `1984`. */
export function isCountLine(line: string): boolean {
  return line.length <= MAX_CHROME_LENGTH && COUNT.test(line);
}

/**
 * Whether a field reads like a card's furniture as a browser saved it: by
 * its words ({@link isNoiseLine}) once the link addresses a text save writes
 * are off, or as nothing but such addresses (the link of a picture), or
 * as a bare address alone (`https://huggingface.co/papers/2503.01234`), or
 * as a print's running header or footer ({@link PRINT_LINES}).
 */
export function isFurnitureLine(line: string): boolean {
  const { text, addresses } = withoutLinkAddresses(line);
  return isNoiseLine(text) || (text === '' && addresses.length > 0) || isBareAddress(text) || isLabelledLinks(text) || isLabelledLinks(line) || PRINT_LINES.some((pattern) => pattern.test(line));
}

/** A link's address, with its scheme or starting with a domain and a path (`github.com/example/repo`). */
const ADDRESS = String.raw`(?:(?:https?|ftp):\/\/[^\s<>|]+|(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/[^\s<>|]*)`;
/**
 * A label of one to three words before a colon (`Code`, `Project page`,
 * `Code and data`), then a link's address, or the link's text of one to
 * three words and its address in angle brackets, as Firefox's text save
 * writes a link (`Code: GitHub <https://github.com/…>`).
 */
const LABELLED_LINK = String.raw`\p{L}[\p{L}\p{N}&+'’-]*(?:\s+[\p{L}\p{N}&+'’-]+){0,2}\s*[:：]\s*(?:<?${ADDRESS}>?|[^\s<>|]+(?:\s+[^\s<>|]+){0,2}\s*<${ADDRESS}>)`;
/** One or more labelled links and nothing else, separated as a card lists them (`Project page: … | Code: …`). */
const LABELLED_LINKS = new RegExp(String.raw`^${LABELLED_LINK}(?:\s*[|·•,]\s*${LABELLED_LINK})*$`, 'iu');
/** Longest line taken as a card's labelled links: an address may be long, a paragraph is longer. */
const MAX_LABELLED_LINKS = 400;

/**
 * Whether a line is a card's links under their labels and nothing else
 * (`Code: https://github.com/…`, `Project page: https://…`, `GitHub:
 * github.com/…`, `Code: GitHub <https://github.com/…>`), as a card shows under its abstract: the paper's links,
 * not its words. A sentence that gives an address (`Code is available at
 * https://…`, `Scaling works, see https://…`) is no such line.
 */
export function isLabelledLinks(line: string): boolean {
  return line.length <= MAX_LABELLED_LINKS && LABELLED_LINKS.test(line.trim());
}

/**
 * The running header and footer a print writes on each page (a page
 * printed to a PDF and saved as text): the date and time over the page's
 * title (`3/14/25, 10:00 AM  Daily Papers - Hugging Face`), and the page's
 * address with the page number (`https://huggingface.co/papers  1/2`).
 */
const PRINT_LINES: readonly RegExp[] = [
  new RegExp(String.raw`^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\s+\S.*${SITE_NAME}$`, 'iu'),
  new RegExp(String.raw`^(?:https?:\/\/)?${SITE_HOST}(?:\/\S*)?\s+\d{1,4}\s*\/\s*\d{1,4}$`, 'iu'),
];

/** A link's address with its scheme, anywhere in a line. */
const ADDRESS_IN_TEXT = /(?:https?|ftp):\/\/[^\s<>]+/giu;

/**
 * Whether a line gives a link's address among its words (`Scaling works, see
 * https://example.org/scaling`), other than the site's own: words someone
 * wrote about a paper, as an abstract does, never a line of the page's
 * header or chrome, whose links are their text.
 */
export function givesLinkAddress(line: string): boolean {
  const addresses = line.match(ADDRESS_IN_TEXT) ?? [];
  return addresses.some((address) => !SITE_ADDRESS.test(address.replace(/[.,;:)\]]+$/u, ''))) && hasWords(line.replace(ADDRESS_IN_TEXT, ''));
}

function hasWords(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** A link's address alone on its line, without the brackets of a text save: what a copy of a card or a share to notes writes under its title (the page's own address is its header's, {@link SITE_ADDRESS}). */
const BARE_ADDRESS = /^(?:https?|ftp):\/\/[^\s<>]+$/iu;

/** Whether a line is a link's address alone, not the site's own (see {@link BARE_ADDRESS}). */
export function isBareAddress(line: string): boolean {
  return BARE_ADDRESS.test(line) && !SITE_ADDRESS.test(line);
}

/** Whether a whole (whitespace-folded) line reads like an item of the site footer's navigation, or its copyright line. */
export function isFooterLine(line: string): boolean {
  return line.length <= MAX_CHROME_LENGTH && (FOOTER_LINES.has(chromeKey(line)) || COPYRIGHT.test(line));
}

/** A copyright line's year or years after its sign (`2025`, `2016–2025,`): in a regular expression. */
const COPYRIGHT_YEARS = String.raw`\d{4}(?:\s*[-–]\s*\d{4})?,?`;

/**
 * The site's copyright line (`© 2025 Hugging Face`, `Copyright © 2016–2025
 * Hugging Face, Inc. All rights reserved.`): a sign, perhaps years, the
 * site's name, perhaps `Inc.` and `All rights reserved.`, nothing else. A
 * line naming anyone else (`(c) 2025 Elsevier Ltd. All rights reserved.`,
 * `© 2024 IEEE.`) is a publisher's notice, which arXiv keeps as an
 * abstract's last line, and so is one with words the footer never writes
 * (`© 2025 Hugging Face. Released under the Apache 2.0 license.`): never
 * the site's footer.
 */
const COPYRIGHT = new RegExp(String.raw`^(?:copyright\s*)?(?:©|\(c\))\s*(?:${COPYRIGHT_YEARS}\s*)?(?:${SITE_NAME}|${SITE_HOST})(?:,?\s*inc\.?)?\.?(?:\s*all rights reserved\.?)?$`, 'iu');

/** A copyright notice with its year: a sign or the word, a year or two, then a name (`(c) 2025 Elsevier Ltd.`, `Copyright 2024 by the author(s).`). */
const DATED_COPYRIGHT = new RegExp(String.raw`^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*${COPYRIGHT_YEARS}\s*\p{L}`, 'iu');
/** Longest line read as a publisher's notice: a sentence or two. */
const MAX_NOTICE_LENGTH = 200;

/**
 * Whether a line is a publisher's copyright notice (`(c) 2025 Elsevier Ltd.
 * All rights reserved.`, `© 2024 IEEE.`): a dated copyright line naming
 * anyone but the site, which arXiv keeps as an abstract's last line.
 */
export function isPublisherNotice(line: string): boolean {
  return line.length <= MAX_NOTICE_LENGTH && DATED_COPYRIGHT.test(line) && !NAMES_SITE.test(line);
}

/**
 * A copyright line naming the site after its sign and years: the footer's
 * ({@link COPYRIGHT}, also saved in a row with its items, `© 2025 Hugging
 * Face  TOS  Privacy`), or an abstract's own line that the reading stops at
 * (`© 2025 Hugging Face. Released under…`); never a publisher's notice.
 */
const NAMES_SITE = new RegExp(String.raw`^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:${COPYRIGHT_YEARS}\s*)?(?:${SITE_NAME}|${SITE_HOST})(?![\p{L}\p{N}])`, 'iu');

/**
 * Whether a line as in the file (before its whitespace is folded) is the
 * site footer laid out in a row, as a text browser (w3m) saves it: items
 * with tabs or two spaces or more between them, the footer's navigation by
 * {@link isFooterItems} (`© Hugging Face  TOS  Privacy  About`).
 */
export function isFooterRow(raw: string): boolean {
  return isFooterItems(raw.trim().split(/\t+|[ \u00A0]{2,}/u).map((item) => item.trim()).filter((item) => item !== ''));
}

/**
 * Whether items saved together (on one line, or in one block) read as the
 * site footer's navigation, by their shape rather than an exact list: each
 * as short as a link's text, and two of them both items of the footer
 * ({@link isFooterLine}), three or more mostly so. A footer the site has
 * changed since holds a link this list does not know (`Inference
 * Endpoints`, `© 2025 Hugging Face`), which must not make it a paper; a
 * title with words two spaces apart is mostly other words.
 */
export function isFooterItems(items: readonly string[]): boolean {
  if (items.length < 2 || items.some((item) => item.length > MAX_FOOTER_ITEM_LENGTH)) return false;
  const known = items.filter(isFooterLine).length;
  return items.length === 2 ? known === 2 : 2 * known > items.length;
}

/** Longest item of a footer read by its shape ({@link isFooterItems}): a link's text is a few words. */
const MAX_FOOTER_ITEM_LENGTH = 40;

/**
 * The list marker a browser's text save writes before each item of a list
 * (Firefox: `* `, `o `, `+ `, `# ` by depth, or `1. `, `2. `, …), at the
 * start of a line.
 */
export const LIST_MARKER = /^(?:[*o+#•◦‣·-]|\d+\.) (?=\S)/u;

/**
 * The line without the page's `Subscribe` glued onto its start, or
 * `undefined` when nothing is glued on (the word alone, or followed by a
 * space). The one-line-per-field layout glues the button's word onto the
 * first title whatever that title starts with (`SubscribexLSTM`,
 * `Subscribe"Quoted"`, `SubscribeSubscribeNet`), after the list marker a
 * save writes before every title (`* SubscribeSparse Adapters` gives
 * `* Sparse Adapters`: the marker is taken off with every title's); callers
 * apply this to that line only, so it is removed exactly once and never
 * from another title.
 */
export function stripGluedSubscribe(line: string): string | undefined {
  const marker = LIST_MARKER.exec(line)?.[0] ?? '';
  return /^Subscribe\S/u.test(line.slice(marker.length)) ? marker + line.slice(marker.length + 'Subscribe'.length) : undefined;
}

/**
 * The line without a `Subscribe` and the spaces after it (after a list
 * marker, as {@link stripGluedSubscribe}), or `undefined`. A save that puts
 * a space between the button's word and the first title looks like a title
 * starting with the word (`Subscribe to Attention`), so callers use this
 * only at the first title after a page header that has no `Subscribe` line
 * of its own, and say what they removed.
 */
export function stripSpacedSubscribe(line: string): string | undefined {
  const marker = LIST_MARKER.exec(line)?.[0] ?? '';
  const match = /^Subscribe[\s\u00A0]+(?=\S)/u.exec(line.slice(marker.length));
  return match ? marker + line.slice(marker.length + match[0].length) : undefined;
}

/**
 * The addresses a browser's text save writes after each link's text
 * (Firefox: `Sparse Adapters <https://huggingface.co/papers/2503.01234>`),
 * and the text without them. Callers read a line's words without them, and
 * take them off titles (a title is a link's text); an abstract keeps them,
 * since one may be typed there.
 */
export function withoutLinkAddresses(line: string): { text: string; addresses: string[] } {
  const addresses: string[] = [];
  // Most lines give none: an abstract is not scanned for them.
  if (!line.includes('<')) return { text: line, addresses };
  const text = line.replace(/\s*<(?:https?|ftp):\/\/[^\s<>]*>/giu, (match) => {
    addresses.push(match.trim());
    return '';
  });
  return addresses.length === 0 ? { text: line, addresses } : { text: text.trim(), addresses };
}


/** The lowercase particles of people's names (`van`, `von`, `de`): `de Finetti`, `von Neumann`. */
const NAME_PARTICLES = ['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'dos', 'das', 'bin', 'ibn', 'al', 'zu'];

/** Whether a word is a particle of a person's name (`von`, `de`), which starts a name in lowercase. */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.includes(word);
}

/** A word of a person's name: a capitalised word (`Smith`, `O'Neil`, `Jean-Luc`), an initial (`G.`, `J.-P.`), or a particle (`van`, `de`). */
const NAME_WORD = new RegExp(`^(?:\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}'’]+)*|\\p{Lu}\\.?(?:-?\\p{Lu}\\.?)*|${NAME_PARTICLES.join('|')})$`, 'u');
/** A name written in Han or Hangul characters, with no spaces. */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hangul}]{2,4}$/u;
/** What a card puts after a name: affiliation numbers, marks for equal contribution or the corresponding author. */
const NAME_MARKS = /[\d*†‡§¶∗✉]+$/u;
/** What separates the names of a card's author line. */
const NAME_SEPARATORS = /\s*[,;·•|]\s*|\s+(?:and|&)\s+/u;
/** Longest author line taken: a paper of a few hundred authors is listed with `et al.` or a count. */
const MAX_AUTHOR_LINE = 2000;

/**
 * Whether a line reads like the names of a paper's authors, as some saves
 * show under each title (`Alice Smith, Bob Lee`, `Dana Xu · Erik Olsen`,
 * `G. R. Rao and Inès da Costa`, `Alice Smith et al.`): two names or more (or
 * one and `et al.`), each two to five words of a name. A title may read so
 * too (`Large Language Models, Small Data`): the listing's structure decides
 * (scripts/lib/listing-structure.ts).
 */
export function isAuthorLine(line: string): boolean {
  if (line.length > MAX_AUTHOR_LINE || line.length === 0) return false;
  const etAl = /,?\s+et al\.?$/u.exec(line);
  const names = (etAl === null ? line : line.slice(0, etAl.index))
    .split(NAME_SEPARATORS)
    .map((name) => name.replace(/^(?:and|&)\s+/u, '').trim())
    // Affiliation numbers after a comma (`Alice Smith1,2`) are no name.
    .filter((name) => name.replace(/[\d*†‡§¶∗✉\s]/gu, '') !== '');
  if (names.length < (etAl === null ? 2 : 1)) return false;
  if (etAl === null && endsWithFullStop(line)) return false;
  return names.every(isName);
}

/**
 * Whether a line reads like one author's name alone (`Farid Haddad`,
 * `G. R. Rao`), as a card of a paper by one author shows it. Many a short
 * title reads so too (`Neural Fields`): the listing's structure takes it
 * for a name only between a title and its abstract, in a dump whose other
 * cards show lines of names (scripts/lib/listing-structure.ts).
 */
export function isAuthorName(line: string): boolean {
  return line.length <= MAX_AUTHOR_LINE && !endsWithFullStop(line) && isName(line.trim());
}

function endsWithFullStop(line: string): boolean {
  return /[^.\s]{2}\.$/u.test(line);
}

function isName(name: string): boolean {
  const words = name.split(/\s+/u).map((word) => word.replace(NAME_MARKS, '')).filter((word) => word !== '');
  if (words.length === 1) return CJK_NAME.test(words[0]!);
  return words.length <= 5 && words.every((word) => NAME_WORD.test(word)) && words.some((word) => /^\p{Lu}\p{Ll}/u.test(word));
}
