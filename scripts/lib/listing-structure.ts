import { givesLinkAddress, isAiSummaryLine, isAuthorLine, isAuthorName, isChromeLine, isCountLine, isFiguresLine, isFooterItems, isFooterLine, isFooterRow, isFurnitureLine, isPeriodLine, isSubmitterLine, MAX_CHROME_LENGTH, withoutLinkAddresses } from './page-chrome.ts';
import { isUnreadDate, parseDateLabel, readDayLabel } from './listing-date.ts';
import { consentBannerIndices } from './consent-banner.ts';

/**
 * How a saved listing's fields are read: which is a title, which an
 * abstract, which page furniture. A pure function of the fields' order and
 * shapes; parse-listing.ts makes the fields and turns the reading into
 * entries, warnings and problems.
 *
 * A saved page is a header (chrome lines, then the listing's date), then
 * title / abstract pairs, then perhaps the site footer. Every field is read
 * in the role its position gives it; a line that reads like chrome is
 * dropped only where keeping it would break the alternation of titles and
 * abstracts. Among all readings of the whole listing the one with the
 * fewest and smallest oddities wins ({@link COST}); a reading that needs a
 * structural fault (a title without an abstract, an abstract without a
 * title, a second date) is reported as a problem, and so is a listing that
 * two readings fit equally well.
 */

/** One field of a dump: a line (one-line layout) or a blank-line separated block. */
export interface Field {
  /** The text, cleaned; empty for a line that held only invisible characters, or an empty slot. */
  text: string;
  /** 1-based line where the field starts. */
  line: number;
  /**
   * `text`: an ordinary field. `slot`: more blank lines than the layout puts
   * between two fields, where a field is missing. `invisible`: a line that
   * held only invisible characters.
   */
  kind: 'text' | 'slot' | 'invisible';
  /** A block that may be a whole paper: its title lines' text and its abstract lines' text. */
  card?: { title: Field; abstract: Field };
  /** The last line of a field joined from several lines. */
  lastLine?: number;
  /** The texts of the lines a block was joined from, when there were several. */
  parts?: readonly string[];
  /** The line as in the file (a field of one line), its whitespace not folded: where the page's glued `Subscribe` and a footer laid out in a row are looked for. */
  raw?: string;
}

/**
 * What a field is taken as. `header`: page header, dropped. `date`: the
 * listing's date line. `title`, `abstract`: a paper. `chrome`: a header
 * line between papers, or the first line of a chrome pair (see
 * {@link Shape.pair}), dropped. `footer`: the site footer, dropped. `gap`:
 * an empty slot or invisible line, ignored. `noise`: a line that reads
 * like a card's furniture (a vote count, `Submitted by …`), dropped
 * wherever it is, or a line the listing repeats, dropped between papers.
 * `page-line`: the second line of a chrome pair, dropped with the first
 * (`Showing 5 of 48 papers` under `Load more`). `banner`: a cookie or
 * consent banner's text or one of its buttons (see consent-banner.ts),
 * dropped wherever it stands but where an abstract belongs.
 * `card`: a block holding a title and its abstract. The rest are faults:
 * `orphan`
 * (text where a title belongs that has no title before it), `missing-title`
 * (an empty title line), `missing-abstract` (an empty abstract slot),
 * `extra-date` (a second date line), `sentence-title` (where a title
 * belongs, a paragraph over 300 characters ending in a full stop: an
 * abstract, not a title, however the pairs around it are read), `block` (a
 * block of lines that reads as a title over its abstract, taken whole as an
 * abstract; or joined into a title over 300 characters, or over lines that
 * read as its abstract).
 */
export type Role = 'header' | 'date' | 'title' | 'abstract' | 'card' | 'chrome' | 'page-line' | 'banner' | 'footer' | 'gap' | 'noise' | 'orphan' | 'missing-title' | 'missing-abstract' | 'extra-date' | 'sentence-title' | 'block';

/** Roles that are faults in the listing: the ingest stops on them. */
export const FAULTS: ReadonlySet<Role> = new Set(['orphan', 'missing-title', 'missing-abstract', 'extra-date', 'sentence-title', 'block']);

/** The reading of one field. */
export interface Reading {
  role: Role;
  /** The field comes after a title that got no abstract (a fault of that title). */
  afterTitleWithoutAbstract: boolean;
}

/** The reading of a whole listing. */
export interface Structure {
  readings: Reading[];
  /** The last title got no abstract before the end of the file. */
  danglingTitle: boolean;
  /** The first field that two equally good readings take differently, and the roles they give it. */
  ambiguity?: { index: number; roles: Role[] };
}

/** Options for {@link readStructure}. */
export interface StructureOptions {
  /** Whether the fields start with the page header (false when the caller has already taken it off). */
  header: boolean;
}

/**
 * What each oddity costs a reading. A structural fault costs more than any
 * run of oddities it could explain away, so a fault is only ever read where
 * no consistent reading exists.
 */
export const COST = {
  /** A title, abstract or second date line that is missing, or text where a title belongs. */
  fault: 8,
  /** A title over 300 characters, however long: length is a hint, and many long titles must never outweigh a fault. */
  longTitle: 2,
  /** A title over 150 characters (none of the 493 in the seeds is; their abstracts are all over 500). */
  mediumTitle: 1,
  /** An abstract under 50 characters; under 20, one more. */
  shortAbstract: 1,
  /**
   * An abstract under 50 characters that does not end as a sentence does
   * (`Top papers of the day`), in place of the short abstract's cost: as
   * likely a line of the page as a paper's abstract (see headerWithoutDate).
   */
  unfinishedShortAbstract: 4,
  /** A title that reads like page chrome or a footer item. */
  titleLikeFurniture: 1,
  /**
   * A title or abstract that reads like a card's furniture (a number, an
   * arrow, `Submitted by …`): dropping it costs little, so it is only read
   * as a title or abstract where dropping it breaks the pairs (and a very
   * short abstract under it makes the reading as dear as a fault).
   */
  likeNoise: 6,
  /** A card's furniture dropped between a title and its abstract (`· 5 authors`); between papers it costs nothing. */
  noiseInPair: 1,
  /** A title that reads like a date (in the page header, more than a fault besides: see headerMoves). */
  titleLikeDate: 2,
  /** A title that ends like a sentence, with one full stop: abstracts do, titles almost never (none of 493 in the seeds). */
  titleLikeSentence: 1,
  /**
   * An abstract that reads like chrome or a footer item (it is also short,
   * so a pair of chrome lines between papers is dropped rather than read as
   * a paper). One that reads like a date costs as much as a fault.
   */
  abstractLikeFurniture: 1,
  /** A chrome line dropped between papers. */
  chrome: 1,
  /**
   * A chrome pair (see {@link Shape.pair}: `Load more` over `Showing 5 of 48
   * papers`) read as a paper whose abstract ends as no sentence: on top of
   * what its title and abstract cost. Where a title belongs, the two lines
   * may also be dropped together, for what they cost read as a paper without
   * this (see titleMoves): so they are dropped, and where the second line
   * ends as a sentence both readings cost the same and the run stops naming
   * them. Dropping them never costs less than reading them as a paper did,
   * so no other reading of the listing gains by it.
   */
  chromePair: 1,
  /**
   * A chrome line dropped between a title and its abstract: rarer than a
   * short abstract that reads like chrome (`New.`), so that one is kept.
   */
  chromeInPair: 6,
  /** A line before the date that is not known header chrome, or one after the site footer's first items that is not a footer item it knows. */
  unknownHeader: 1,
  /**
   * A header with such lines ending in the first title, with no date line:
   * two of them cost what the same lines read as a paper with a short
   * abstract that is no sentence do, so the run stops and names them rather
   * than guess (page lines published as a paper, or a paper dropped as page
   * lines); a short abstract that ends as a sentence is a paper's. Three or
   * more: see {@link COST.unknownWithoutDate}.
   */
  headerWithoutDate: 2,
  /**
   * A third line it does not know in a header with no date line, and each
   * after it: with an odd number of them the first title costs one
   * {@link COST.unknownHeader} more (see {@link undatedMoves}). So two of
   * them, however many stand before them, cost what the same two lines read
   * as a paper with a short abstract that is no sentence do, and one left
   * over what one alone does: dropping some and publishing the next two as a
   * paper costs as much as dropping them all, and the run stops naming them.
   */
  unknownWithoutDate: 2,
  /**
   * A line right under the header's date line or day's label that is not
   * known chrome, before the first title (`Top papers of the day`). They are
   * dropped in twos only, each two costing what the same lines read as a
   * paper with a short abstract that is no sentence do (as two before a
   * header without a date line do), so the run stops and names them rather
   * than guess, however many there are: dropping two and publishing the
   * next two as a paper costs as much as dropping all four. One left over
   * can be no paper's title with its abstract, nor dropped: the run stops
   * on it as it did (a title with no abstract, or text with no title).
   */
  unknownUnderDate: 2,
  /** An invisible-only line ignored. */
  invisible: 1,
  /** More blank lines than the layout puts between fields, read as nothing missing. */
  slot: 1,
} as const;

/** A title this long (in visible characters) is accepted with a warning. */
export const LONG_TITLE = 300;
/** A title this long is unusual. */
const MEDIUM_TITLE = 150;
/** An abstract shorter than this (visible characters) is unusual; shorter than the second, more so. */
const SHORT_ABSTRACT = 50;
const VERY_SHORT_ABSTRACT = 20;
/** A field this long where a title belongs reads more like an abstract. */
const ABSTRACT_LIKE = 100;
/** Longest line taken as part of a page header. */
const MAX_HEADER_LINE = 80;

/**
 * Where a reading is: at the start (`head`), in a header that has shown
 * known chrome (`head-known`), one or two lines it does not know
 * (`head-unknown`, `head-unknown-2`: a date line ends them, or the first
 * paper's title), more (`head-unknown-more`) or one that looks like a date
 * not read as one (`head-unread`, `Fri 14/03`), which only a date line
 * ends (else the run stops and names them); or, with no date line to come,
 * three or more, an odd number (`undated-unknown`) or an even one
 * (`undated-unknown-2`), which the first title ends as it ends one or two;
 * right after the header's date line (`dated`) or its period or day's label (`period`), where the other of
 * the two may still stand on a line of its own (`Mar 14` then `Friday`): a
 * weekday and an ISO week may both stand beside the date line, in any order,
 * each once (`period-weekday`, `period-week`, `period-both` before it,
 * `dated-weekday`, `dated-week` after it with one of them seen, `dated-full`
 * when no label may follow), then lines it does not know, an odd number
 * (`dated-unknown`) or an even one (`dated-unknown-2`, which only a title that
 * reads as one ends), expecting a title, expecting the pending title's abstract, or in the footer
 * (`footer-sure` after two of its items: a line it does not know may follow).
 * At the first line of a chrome pair where a title belongs (see
 * {@link COST.chromePair}): read as a title, expecting the second as its
 * abstract (`pair-abstract`); dropped, expecting the second, dropped with it
 * (`pair-second`, or `dated-pair-second` right under the date line, where
 * the header goes on after a pair that is the page's).
 */
type State = 'head' | 'head-known' | 'head-unknown' | 'head-unknown-2' | 'head-unknown-more' | 'head-unread' | 'undated-unknown' | 'undated-unknown-2' | DayLineState | 'dated-unknown' | 'dated-unknown-2' | 'title' | PairSecondState | AbstractState | 'footer' | 'footer-sure';
/** Where the second line of a chrome pair dropped with the first stands (see {@link COST.chromePair}). */
type PairSecondState = 'pair-second' | 'dated-pair-second';
/** Where the pending title's abstract belongs: under the first line of a chrome pair, the second line is no abstract (see {@link COST.chromePair}). */
type AbstractState = 'abstract' | 'pair-abstract';
/** The states at the header's end, where a date line or a day's label stands and the other may follow. */
type DayLineState = 'dated' | 'dated-weekday' | 'dated-week' | 'dated-full' | 'period' | 'period-weekday' | 'period-week' | 'period-both';
const STATES: readonly State[] = ['head', 'head-known', 'head-unknown', 'head-unknown-2', 'head-unknown-more', 'head-unread', 'undated-unknown', 'undated-unknown-2', 'dated', 'dated-weekday', 'dated-week', 'dated-full', 'period', 'period-weekday', 'period-week', 'period-both', 'dated-unknown', 'dated-unknown-2', 'title', 'pair-second', 'dated-pair-second', 'abstract', 'pair-abstract', 'footer', 'footer-sure'];

function isAbstractState(state: State): state is AbstractState {
  return state === 'abstract' || state === 'pair-abstract';
}

interface Move {
  next: State;
  cost: number;
  role: Role;
  afterTitleWithoutAbstract?: boolean;
}

/** What a field reads like, worked out once. */
interface Shape {
  field: Field;
  chrome: boolean;
  date: boolean;
  /** Reads like the period of a weekly or monthly view (a chrome line), which ends the header as a date line does. */
  period: boolean;
  /** Which of the day's labels that may both stand beside the date line a period line is: a weekday (`Friday`) or an ISO week (`2025-W11`). */
  label?: 'weekday' | 'week';
  footer: boolean;
  /** Reads like a card's furniture (see isFurnitureLine); never a date line. */
  noise: boolean;
  /** A count or figures with a date's or time's marks, and nothing else (`42`, `1984`, `24/7`): a card's furniture or a day's label, or a title. */
  count: boolean;
  /** The one word under a `Submitted by` line of its own (see isSubmitterLine): the name the card shows, or a one-word title (`Mamba`). */
  handle: boolean;
  /** A summary of a paper under its label (`AI-generated summary`, `TL;DR`: see isAiSummaryLine): furniture that is never read as a title or an abstract. */
  aiSummary: boolean;
  /** Reads like a line of authors' names, in a dump whose cards show them (see {@link authorLines}): dropped between a title and its abstract. */
  authors: boolean;
  /** The next field reads as an abstract: a sentence of an abstract's length. */
  overAbstract: boolean;
  /** A card's furniture right under the name under `Submitted by`, over a line of authors' names past more furniture: where a card shows its title (see {@link namesUnderTitle}). */
  titleOverAuthors?: boolean;
  /** A line of authors' names under such a line: read as a title, it would leave that title dropped as furniture. */
  authorsUnderTitle?: boolean;
  /** A summary's label (`Summary`, `TL;DR`) standing where a title stands, over a text that reads as its abstract (see {@link labelsAsTitles}). */
  labelAsTitle?: boolean;
  /** A count (see {@link count}) over a line that reads as an abstract, past a card's furniture between them (see {@link countOverAbstract}). */
  countOverAbstract?: boolean;
  /** A repeated line (see {@link repeated}) over a line that reads as an abstract, past any more such lines or furniture: a card's link or badge between its title and abstract. */
  repeatedOverAbstract?: boolean;
  /**
   * This line and the next are a chrome pair: one of them known page chrome
   * (see isChromeLine), the other known chrome too or a line of the page it
   * does not know (see {@link pageLine}), as a button and what it says
   * (`Load more`, `Showing 5 of 48 papers`) or a banner's heading and its
   * line stand. `page` when the second ends as no sentence (the two are the
   * page's), `doubtful` when it ends as one (they may be a paper).
   */
  pair?: 'page' | 'doubtful';
  /** A line every card repeats, or a line standing twice in a row (see {@link repeatedFields}): a card's button, badge or picture text, where it stands between papers. */
  repeated: boolean;
  /** The text or a button of a cookie or consent banner (see consent-banner.ts). */
  banner: boolean;
  /** A block that may be a whole paper, read as its title and its abstract. */
  card?: { title: Shape; abstract: Shape };
  /** Joined from several lines. */
  joined: boolean;
  /** Gives a link's address among its words (see givesLinkAddress): a paper's text, never a line of the page. */
  address: boolean;
  /** Ends with one full stop, as a sentence does (not an ellipsis). */
  sentence: boolean;
  /** Looks like a date in a form not read as one (`Fri 14/03`): perhaps the listing's date line. */
  unreadDate: boolean;
  /** Ends as any sentence may: a full stop, a question or exclamation mark, or an ellipsis, perhaps inside quotes or brackets. */
  finished: boolean;
  /** Holds a letter of some script: an abstract without one (`03/14`, `2025-11`) is no abstract. */
  letters: boolean;
  /** Visible characters (combining marks not counted), capped just above the longest threshold. */
  length: number;
}

/**
 * Whether the first line under a repeated line that is not repeated too, or
 * a card's furniture, reads as an abstract: a sentence of an abstract's
 * length, or text longer than any title, as an abstract that ends in a link
 * or a name rather than a full stop (`… Code at https://…`) is.
 */
function repeatedOverAbstract(shapes: readonly Shape[], index: number): boolean {
  const below = shapes[pastRepeated(shapes, index + 1)];
  return below !== undefined && (readsAsAbstractSentence(below) || (below.field.kind === 'text' && below.letters && below.length > LONG_TITLE));
}

/** The index of the first field at or after `from` that is neither a repeated line nor a card's furniture. */
function pastRepeated(shapes: readonly Shape[], from: number): number {
  let next = from;
  while (next < shapes.length && (shapes[next]!.repeated || shapes[next]!.noise)) next += 1;
  return next;
}

/**
 * {@link repeatedOverAbstract} for each repeated line, also true where the
 * line stands over the abstract of every other card that shows it, two or
 * more: one card's link is every card's (`Paper page`), over an abstract
 * too short to read as one on its own (`… code at https://…`), where the text
 * under it is no title over the line again (a card without its abstract).
 */
function repeatedOverAbstracts(shapes: readonly Shape[]): (boolean | undefined)[] {
  const own = shapes.map((shape, index) => (shape.repeated ? repeatedOverAbstract(shapes, index) : undefined));
  const keys = shapes.map((shape) => (shape.repeated ? shape.field.text.trim().toLowerCase() : undefined));
  // For each repeated line's text: where it stands, and where of those it stands over no abstract of its own.
  const shown = new Map<string, { all: number; notOver: number }>();
  own.forEach((over, index) => {
    if (over === undefined) return;
    const tally = shown.get(keys[index]!) ?? { all: 0, notOver: 0 };
    tally.all += 1;
    if (!over) tally.notOver += 1;
    shown.set(keys[index]!, tally);
  });
  return own.map((over, index) => {
    if (over !== false) return over;
    // Every other place of the line (two or more) stands over an abstract.
    const tally = shown.get(keys[index]!)!;
    if (tally.all - 1 < 2 || tally.notOver > 1) return false;
    const belowAt = pastRepeated(shapes, index + 1);
    const below = shapes[belowAt];
    if (below === undefined || below.field.kind !== 'text' || !below.letters) return false;
    const after = pastRepeated(shapes, belowAt + 1);
    const lineAgain = keys.slice(belowAt + 1, after).some((key) => key === keys[index]);
    return !lineAgain;
  });
}

/**
 * Whether the first line under a count that is no card's furniture reads as
 * an abstract: a title of figures (`1984`) stands over its abstract, or over
 * the furniture a card shows between them (its link address, its arXiv id),
 * where that furniture read as the title would leave the count dropped. Not
 * past the name under a `Submitted by` line, which may itself be a one-word
 * title (a vote count over `Submitted by` over `Mamba`).
 */
function countOverAbstract(shapes: readonly Shape[], index: number): boolean {
  let next = index + 1;
  while (next < shapes.length && shapes[next]!.noise && !shapes[next]!.handle && !shapes[next + 1]?.handle) next += 1;
  return next < shapes.length && readsAsAbstractSentence(shapes[next]!);
}

/**
 * Where a line of a card's furniture (`GitHub`, `PDF`, `Abstract`) stands
 * where the card shows its title, right under the name under `Submitted by`,
 * the index of the line of authors' names it stands over, past the furniture
 * between them (`·`); else undefined. A paper may be called so: read as
 * furniture, the names under it would be read as its title.
 */
function namesUnderTitle(shapes: readonly Shape[], authors: readonly boolean[], index: number): number | undefined {
  if (shapes[index - 1]?.handle !== true) return undefined;
  let next = index + 1;
  while (next < shapes.length && shapes[next]!.noise && !shapes[next]!.handle) next += 1;
  return authors[next] === true ? next : undefined;
}

/**
 * The summary labels (`Summary`, `Summary:`, `TL;DR`) that stand where a
 * paper's title stands: a paper may be called so. A card puts its label
 * between its title and its abstract (`Abstract` and the abstract, or the
 * abstract, under the summary); a title stands under the paper above's
 * abstract (or first, under the page header) and over its abstract, the next
 * title (or another such label) under that. Such a label, over a text that
 * reads as an abstract, is read as a title for what a title like furniture
 * costs, and the text is no summary. Only where the label stands so under
 * the abstract of every card, two or more, is it the cards' own (a summary
 * shown under each abstract, the layout the dump's cards share): how often a
 * label stands so says nothing, as a day may list two papers of one title.
 */
function labelsAsTitles(shapes: readonly Shape[]): Set<number> {
  const nextText = (from: number, step: 1 | -1): number => {
    let at = from;
    while (shapes[at] !== undefined && shapes[at]!.field.kind !== 'text') at += step;
    return at;
  };
  const overText = (label: number) => shapes[label + 1]?.aiSummary === true && (shapes[label + 1]!.sentence || shapes[label + 1]!.length >= SHORT_ABSTRACT);
  const standing = new Set<number>();
  shapes.forEach((_, label) => {
    if (!overText(label)) return;
    const above = shapes[nextText(label - 1, -1)];
    const at = nextText(label + 2, 1);
    const below = shapes[at];
    const underPaper = above === undefined || above.date || above.period || above.chrome || (above.sentence && above.length >= SHORT_ABSTRACT);
    const overTitle = below === undefined || below.footer || overText(at) || (!below.noise && readsAsTitle(below) && !(below.sentence && below.length >= SHORT_ABSTRACT));
    if (underPaper && overTitle) standing.add(label);
  });
  const keyOf = (label: number) => shapes[label]!.field.text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  // The abstracts of the dump's cards: each text of an abstract's length that is neither a summary nor the text under a label standing as a title.
  const abstracts = shapes.flatMap((shape, index) => (readsAsAbstractSentence(shape) && !shape.aiSummary && !standing.has(index - 1) ? [index] : []));
  const underEveryAbstract = (key: string) => abstracts.length > 1 && abstracts.every((index) => {
    const at = nextText(index + 1, 1);
    return standing.has(at) && keyOf(at) === key;
  });
  return new Set([...standing].filter((label) => !underEveryAbstract(keyOf(label))));
}

/**
 * Read a listing's fields: the cheapest consistent reading (see {@link COST}),
 * found by dynamic programming over the fields (linear in their number), and
 * whether another reading is just as good.
 */
export function readStructure(fields: readonly Field[], options: StructureOptions): Structure {
  const repeated = repeatedFields(fields);
  const banners = consentBannerIndices(fields.map((field) => (field.kind === 'text' ? withoutLinkAddresses(field.text).text : '')));
  const found = fields.map((field, index) => ({ ...shapeOf(field, repeated[index]!, isFurnitureField(fields, index)), handle: isSubmitterField(fields, index), aiSummary: isAiSummaryField(fields, index), banner: banners.has(index) }));
  // A label standing where a title stands is the title of the paper under it: that text is its abstract, no summary.
  const labels = labelsAsTitles(found);
  const alone = found.map((shape, index) => (labels.has(index) ? { ...shape, labelAsTitle: true } : labels.has(index - 1) ? { ...shape, noise: false, aiSummary: false } : shape));
  const authors = authorLines(alone);
  const namesUnder = alone.map((shape, index) => (shape.noise ? namesUnderTitle(alone, authors, index) : undefined));
  const titledNames = new Set(namesUnder.filter((at) => at !== undefined));
  const overAbstracts = repeatedOverAbstracts(alone);
  const shapes = alone.map((shape, index) => {
    const next = alone[index + 1];
    const pair: Shape['pair'] = next !== undefined && isChromePair(shape, next) ? (next.finished ? 'doubtful' : 'page') : undefined;
    return { ...shape, authors: authors[index]!, ...(namesUnder[index] === undefined ? {} : { titleOverAuthors: true }), ...(titledNames.has(index) ? { authorsUnderTitle: true } : {}), overAbstract: next !== undefined && readsAsAbstractSentence(next), ...(shape.count ? { countOverAbstract: countOverAbstract(alone, index) } : {}), ...(shape.repeated ? { repeatedOverAbstract: overAbstracts[index]! } : {}), ...(pair === undefined ? {} : { pair }) };
  });
  // Every way to read each field in each state, worked out once for the three passes below.
  const table = shapes.map((shape) => STATES.map((state) => moves(state, shape)));
  const start: State = options.header ? 'head' : 'title';
  const toEnd = costsToEnd(table, endsInDoubtfulPaper(shapes));
  const readings: Reading[] = [];
  let state = start as State;
  for (const index of shapes.keys()) {
    const best = toEnd[index]![STATES.indexOf(state)]!;
    const move = table[index]![STATES.indexOf(state)]!.find((m) => m.cost + toEnd[index + 1]![STATES.indexOf(m.next)]! === best)!;
    readings.push({ role: move.role, afterTitleWithoutAbstract: move.afterTitleWithoutAbstract === true });
    state = move.next;
  }
  const ambiguity = firstAmbiguity(table, start, toEnd);
  return { readings, danglingTitle: isAbstractState(state), ...(ambiguity === undefined ? {} : { ambiguity }) };
}

/** The moves of each field (outer) in each state (inner, in the order of {@link STATES}). */
type MoveTable = ReadonlyArray<ReadonlyArray<readonly Move[]>>;

/** `result[i][s]`: the least cost of reading fields i.. from state s to the end (`doubtful`: see {@link endCost}). */
function costsToEnd(table: MoveTable, doubtful: boolean): number[][] {
  const result: number[][] = Array.from({ length: table.length + 1 }, () => STATES.map(() => Infinity));
  result[table.length] = STATES.map((state) => endCost(state, doubtful));
  for (let index = table.length - 1; index >= 0; index -= 1) {
    result[index] = table[index]!.map((moves) => Math.min(...moves.map((m) => m.cost + result[index + 1]![STATES.indexOf(m.next)]!)));
  }
  return result;
}

/**
 * The first field on which two cheapest readings disagree: a forward pass
 * gives the least cost of reaching each state, and a move lies on a cheapest
 * reading when that cost, its own and the cost to the end add up to no more
 * than the best. Readings that differ only in how many faults they report
 * are equally cheap here: fewer faults is no reason to trust a reading
 * (with none, it would publish its pairs without a word).
 */
function firstAmbiguity(table: MoveTable, start: State, toEnd: readonly number[][]): { index: number; roles: Role[] } | undefined {
  const cheapest = toEnd[0]![STATES.indexOf(start)]!;
  if (!Number.isFinite(cheapest)) return undefined;
  const best = cheapest - (cheapest % SCALE) + SCALE - 1;
  let reach = STATES.map((s) => (s === start ? 0 : Infinity));
  for (let index = 0; index < table.length; index += 1) {
    const next = STATES.map(() => Infinity);
    const labels = new Map<string, Role>();
    STATES.forEach((_, s) => {
      if (!Number.isFinite(reach[s]!)) return;
      for (const move of table[index]![s]!) {
        const n = STATES.indexOf(move.next);
        const cost = reach[s]! + move.cost;
        if (cost < next[n]!) next[n] = cost;
        if (cost + toEnd[index + 1]![n]! <= best) labels.set(`${move.role}${move.afterTitleWithoutAbstract ? '!' : ''}`, move.role);
      }
    });
    if (labels.size > 1) return { index, roles: [...new Set(labels.values())] };
    reach = next;
  }
  return undefined;
}

/**
 * Costs are compared scaled, plus one per fault: of two readings that cost
 * the same, the one with fewer faults wins.
 */
const SCALE = 16;

/**
 * The cost of the file ending in `state`: a pending title has no abstract.
 * The end of the file ends two header lines it does not know as the first
 * title would, for what that costs (a page saved with no papers: its two
 * lines read as well as a paper with a short abstract that is no sentence,
 * so the run stops and names them), with a date line or without, and so
 * any even number of them without a date line. An odd number of three or
 * more without a date line it ends so too, only where the file's last two
 * lines read as that paper (`doubtful`: see {@link endsInDoubtfulPaper}):
 * the reading that publishes them after the lines above them then costs
 * as much, and the run stops naming them. Elsewhere it does not end them,
 * nor one such line alone, one left over under a date line, or one that
 * looks like a date not read as one: a title with no abstract, or text with
 * no title, is reported, as before (were they ended whatever the last two
 * lines, a last title with no abstract, a fault, would be dropped with the
 * paper above it as page header for less).
 */
function endCost(state: State, doubtful: boolean): number {
  if (isAbstractState(state)) return COST.fault * SCALE + 1;
  // The first line of a chrome pair dropped needs the second.
  if (state === 'pair-second' || state === 'dated-pair-second') return Infinity;
  if (state === 'head-unknown-2' || state === 'undated-unknown-2') return COST.headerWithoutDate * SCALE;
  if (state === 'undated-unknown' && doubtful) return (COST.headerWithoutDate + COST.unknownHeader) * SCALE;
  if (state === 'dated-unknown-2') return 0;
  return state.startsWith('head-un') || state === 'undated-unknown' || state === 'dated-unknown' ? Infinity : 0;
}

/** Every way to read `shape` in `state`, in order of preference on equal cost, with scaled costs. */
function moves(state: State, shape: Shape): Move[] {
  return withoutAiSummaryText(shape, bannerMoves(state, shape, unscaledMoves(state, shape))).map((m) => ({ ...m, cost: m.cost * SCALE + (FAULTS.has(m.role) ? 1 : 0) + (m.afterTitleWithoutAbstract ? 1 : 0) }));
}

/**
 * The site's summary of a paper (see {@link Shape.aiSummary}) is only ever
 * dropped: read as the abstract, it would publish the site's words as the
 * authors'. A card that shows it and no abstract leaves its title without
 * one, and the run stops naming the title.
 */
function withoutAiSummaryText(shape: Shape, all: Move[]): Move[] {
  return shape.aiSummary ? all.filter((move) => move.role === 'noise' || move.role === 'footer' || move.role === 'banner') : all;
}

/**
 * A cookie or consent banner's text and buttons are dropped wherever they
 * stand, in the header, between papers or in the footer, leaving the
 * reading where it was; but where an abstract belongs (a title is pending)
 * the text over the buttons is that abstract, and a button is read as
 * anywhere. Elsewhere a field of a banner may still be a title (`Accept`
 * over its abstract), for what that costs, never dropped in another way.
 */
function bannerMoves(state: State, shape: Shape, others: Move[]): Move[] {
  if (!shape.banner || isAbstractState(state) || state === 'pair-second' || state === 'dated-pair-second') return others;
  return [{ next: state, cost: 0, role: 'banner' }, ...others.filter((move) => move.role === 'title' || move.role === 'card')];
}

function unscaledMoves(state: State, shape: Shape): Move[] {
  switch (state) {
    case 'head':
    case 'head-known':
    case 'head-unknown':
    case 'head-unknown-2':
    case 'head-unknown-more':
    case 'head-unread':
      return headerMoves(state, shape);
    case 'undated-unknown':
    case 'undated-unknown-2':
      return undatedMoves(state, shape);
    case 'dated':
    case 'dated-weekday':
    case 'dated-week':
    case 'dated-full':
    case 'period':
    case 'period-weekday':
    case 'period-week':
    case 'period-both':
      return [...dayLineMoves(state, shape), ...unknownUnderDate(shape), ...titleMoves(shape, true)];
    case 'dated-unknown':
    case 'dated-unknown-2':
      return underDateMoves(state, shape);
    case 'title':
      return titleMoves(shape);
    case 'pair-second':
    case 'dated-pair-second':
      return [{ next: PAIR_SECOND_NEXT[state], cost: abstractCost(shape), role: 'page-line' }];
    case 'abstract':
    case 'pair-abstract':
      return abstractMoves(shape, state);
    case 'footer':
    case 'footer-sure':
      return footerMoves(state, shape);
  }
}

type HeadState = 'head' | 'head-known' | 'head-unknown' | 'head-unknown-2' | 'head-unknown-more' | 'head-unread';

/** Where a header goes with one more line it does not know: it counts one, two, then more of them. */
const UNKNOWN_NEXT: Readonly<Record<HeadState, HeadState>> = {
  head: 'head-unknown',
  'head-known': 'head-unknown',
  'head-unknown': 'head-unknown-2',
  'head-unknown-2': 'head-unknown-more',
  'head-unknown-more': 'head-unknown-more',
  'head-unread': 'head-unread',
};

/**
 * In the header: chrome, unknown short lines, the date; or the first title.
 * Unknown lines are ended by a date line, the period of a weekly or monthly
 * view, or, one or two of them, a title that reads as one (not a sentence,
 * not long), for a little more (a dump with no date line); three or more
 * on the way to a date line (`head-unknown-more`), or one that looks like a
 * date not read as one, only by a date line or a period; three or more
 * with no date line to come are read in {@link undatedMoves}. A date
 * line in the header is the header's date: reading it as a title costs more
 * than a fault (a listing whose first title or last abstract is missing is
 * far likelier than one that starts with a date-like title); a chrome line
 * after the header's chrome reading as the first title costs half a fault.
 */
function headerMoves(state: HeadState, shape: Shape): Move[] {
  if (shape.field.kind !== 'text') return [{ next: state, cost: 0, role: 'header' }];
  // The site's navigation heads the page as well as ending it.
  const known = shape.chrome || shape.footer;
  const result: Move[] = [];
  if (shape.noise) result.push({ next: state, cost: 0, role: 'noise' });
  if (known) result.push({ next: state === 'head' ? 'head-known' : state, cost: knownInHeader(shape, state !== 'head' && state !== 'head-known'), role: 'header' });
  if (shape.date) result.push({ next: 'dated', cost: 0, role: 'date' });
  if (shape.period) result.push({ next: shape.label === undefined ? 'period' : `period-${shape.label}`, cost: 0, role: 'header' });
  if (unknownHeaderLine(shape)) {
    result.push({ next: shape.unreadDate ? 'head-unread' : UNKNOWN_NEXT[state], cost: COST.unknownHeader, role: 'header' });
    // A third with no date line to come: the first title may still end them, for what they cost in twos.
    if (state === 'head-unknown-2' && !shape.unreadDate) result.push({ next: 'undated-unknown', cost: COST.unknownWithoutDate, role: 'header' });
  }
  // Three lines it does not know or more on the way to a date line, or one like a date it cannot read: only a date line ends such a header.
  if (state === 'head-unread' || state === 'head-unknown-more') return result;
  const unknown = state === 'head-unknown' || state === 'head-unknown-2';
  // After unknown lines with no date line, only a title that reads as one starts the body.
  if (unknown && !readsAsTitle(shape)) return result;
  // The body may start without a date line; it cannot start with a dropped line or the footer.
  const extra = shape.date ? COST.fault + 1 : unknown ? COST.headerWithoutDate : state === 'head-known' && known ? COST.fault / 2 : 0;
  return [...result, ...firstTitleMoves(shape, extra)];
}

/**
 * Whether the file's last two lines read as a first title over a short
 * abstract that is no sentence, and nothing dearer: what the lines of a page
 * saved with no papers read as (see {@link endCost}).
 */
function endsInDoubtfulPaper(shapes: readonly Shape[]): boolean {
  const [title, abstract] = shapes.filter((shape) => shape.field.kind === 'text').slice(-2);
  if (title === undefined || abstract === undefined || !readsAsTitle(title) || title.card !== undefined) return false;
  const asAbstract = abstractMoves(abstract, 'abstract').find((move) => move.role === 'abstract');
  return titleMove(title).cost === 0 && asAbstract?.cost === COST.unfinishedShortAbstract;
}

/**
 * What known chrome or an item of the site's navigation costs in the header:
 * nothing, but chrome after a line it does not know costs what it costs
 * dropped between papers. The reading that makes a paper of the lines above
 * it drops it so; were it free here, the header would win by that much, and
 * a first paper with a short abstract over such a line would be dropped with
 * the lines above it rather than the run stop (see
 * {@link COST.headerWithoutDate}).
 */
function knownInHeader(shape: Shape, afterUnknown: boolean): number {
  return afterUnknown && shape.chrome ? COST.chrome : 0;
}

/** A line in the header that is not known chrome, a date or a card's furniture, short as header lines are, and giving no link address among its words (a page's links are their text). */
function unknownHeaderLine(shape: Shape): boolean {
  return !shape.chrome && !shape.footer && !shape.date && !shape.noise && !shape.address && shape.length <= MAX_HEADER_LINE;
}

/** Whether a field (a block's first lines) reads as a title: no sentence, not long, no date, with a letter. */
function readsAsTitle(shape: Shape): boolean {
  const title = shape.card?.title ?? shape;
  return !(title.sentence || title.length > MEDIUM_TITLE || title.date || title.unreadDate || !title.letters);
}

/**
 * The field read as the first title, for `extra`: not as chrome on its own,
 * a second date or the footer; the first line of a chrome pair may also be
 * dropped with the second as the page header's, for what the two cost as
 * the first paper (see {@link COST.chromePair}).
 */
function firstTitleMoves(shape: Shape, extra: number): Move[] {
  const result = titleMoves(shape)
    .filter((move) => (move.role !== 'chrome' || move.next === 'pair-second') && move.role !== 'extra-date' && move.role !== 'footer')
    .map((move) => ({ ...move, role: move.role === 'chrome' ? 'header' : move.role, cost: move.cost + extra }));
  // The page header's reading first, as in the header: on a tie, the reading taken is the one that says what the file then holds.
  return [...result.filter((move) => move.role === 'header'), ...result.filter((move) => move.role !== 'header')];
}

/**
 * In a header of three or more lines it does not know, with no date line to
 * come (`undated-unknown`: an odd number of them, `undated-unknown-2`: an
 * even one): known chrome, a card's furniture and more such lines, each for
 * {@link COST.unknownWithoutDate}; or the first title, one that reads as
 * one, for {@link COST.headerWithoutDate}, and one
 * {@link COST.unknownHeader} more after an odd number. So k such lines
 * before the first title cost 2k, and one more when k is odd (3, 4, 7, 8,
 * …): each two what the same lines read as a paper with a short abstract
 * that is no sentence cost, one left over what one alone does. Dropping
 * some and publishing the next two as a paper then costs what dropping
 * them all does, and the run stops naming them, as under a date line
 * ({@link COST.unknownUnderDate}). A date line after them is read on the
 * way through `head-unknown-more`, for less.
 */
function undatedMoves(state: 'undated-unknown' | 'undated-unknown-2', shape: Shape): Move[] {
  if (shape.field.kind !== 'text') return [{ next: state, cost: 0, role: 'header' }];
  const result: Move[] = [];
  if (shape.noise) result.push({ next: state, cost: 0, role: 'noise' });
  if (shape.chrome || shape.footer) result.push({ next: state, cost: knownInHeader(shape, true), role: 'header' });
  const other = state === 'undated-unknown' ? 'undated-unknown-2' : 'undated-unknown';
  if (unknownHeaderLine(shape) && !shape.unreadDate) result.push({ next: other, cost: COST.unknownWithoutDate, role: 'header' });
  if (!readsAsTitle(shape)) return result;
  const extra = state === 'undated-unknown' ? COST.headerWithoutDate + COST.unknownHeader : COST.headerWithoutDate;
  return [...result, ...firstTitleMoves(shape, extra)];
}

/**
 * Right after the header's date line, its day's label or period (`Friday`,
 * `2025-W11`, `Today`) on a line of its own is header too; right after
 * such a label, the date line is the listing's date. A weekday and an ISO
 * week may both stand beside the date line, in any order (`Friday`, `Mar
 * 14`, `2025-W11`), each once: another weekday (`Monday` under `Mar 14`
 * and `Friday`) is no label of the day. Any of them may also be a paper's
 * title, as anywhere a title belongs.
 */
function dayLineMoves(state: DayLineState, shape: Shape): Move[] {
  if (shape.field.kind !== 'text') return [];
  if (shape.date) {
    const next = AFTER_DATE[state];
    return next === undefined ? [] : [{ next, cost: 0, role: 'date' }];
  }
  const next = shape.period ? AFTER_LABEL[state][shape.label ?? 'other'] : undefined;
  return next === undefined ? [] : [{ next, cost: 0, role: 'header' }];
}

/** Where the date line leads after the day's labels before it (none after the date line itself). */
const AFTER_DATE: Readonly<Record<DayLineState, State | undefined>> = {
  dated: undefined,
  'dated-weekday': undefined,
  'dated-week': undefined,
  'dated-full': undefined,
  period: 'dated-full',
  'period-weekday': 'dated-weekday',
  'period-week': 'dated-week',
  'period-both': 'dated-full',
};

/** Where one more day's label leads: only a weekday and an ISO week go together, each once; another period ends the header only right after the date line. */
const AFTER_LABEL: Readonly<Record<DayLineState, Partial<Record<'weekday' | 'week' | 'other', State>>>> = {
  dated: { weekday: 'dated-weekday', week: 'dated-week', other: 'dated-full' },
  'dated-weekday': { week: 'dated-full' },
  'dated-week': { weekday: 'dated-full' },
  'dated-full': {},
  period: {},
  'period-weekday': { week: 'period-both' },
  'period-week': { weekday: 'period-both' },
  'period-both': {},
};

/**
 * A line it does not know right under the header's date line or day's
 * label, or under such lines (a page's `Top papers of the day`): header,
 * for {@link COST.unknownUnderDate}. Known chrome there is read as it is
 * between papers.
 */
function unknownUnderDate(shape: Shape, next: 'dated-unknown' | 'dated-unknown-2' = 'dated-unknown'): Move[] {
  return pageLine(shape) ? [{ next, cost: COST.unknownUnderDate, role: 'header' }] : [];
}

/**
 * Whether a field reads as a line of the page it does not know: short as
 * header lines are, not known chrome, a date or a card's furniture, with a
 * letter, not looking like a date it cannot read, and not one a listing
 * repeats (that is a card's, a placeholder abstract).
 */
function pageLine(shape: Shape): boolean {
  return shape.field.kind === 'text' && unknownHeaderLine(shape) && !shape.repeated && !shape.unreadDate && shape.letters;
}

/**
 * Where a chrome pair dropped leads: to the next title; or, one that is the
 * page's right under the date line, back there, so that lines it does not
 * know after it are counted as the header's, in twos (see
 * {@link COST.unknownUnderDate}). One that may be a paper never goes back:
 * the header's lines after it would cost less than papers whose abstracts
 * read like chrome, and the two would be dropped where the run must stop.
 */
const PAIR_SECOND_NEXT: Readonly<Record<PairSecondState, State>> = { 'pair-second': 'title', 'dated-pair-second': 'dated-full' };

/** Whether two lines are a chrome pair (see {@link Shape.pair}). */
function isChromePair(first: Shape, second: Shape): boolean {
  const ofPage = (shape: Shape) => shape.chrome || pageLine(shape);
  return (first.chrome || second.chrome) && ofPage(first) && ofPage(second);
}

/**
 * Under lines it does not know below the date line: more of them or a
 * card's furniture, dropped; or, after an even number of them, the first
 * title, only one that reads as one (as after such lines in a header
 * without a date line).
 */
function underDateMoves(state: 'dated-unknown' | 'dated-unknown-2', shape: Shape): Move[] {
  if (shape.field.kind !== 'text') return [{ next: state, cost: 0, role: 'header' }];
  const result = unknownUnderDate(shape, state === 'dated-unknown' ? 'dated-unknown-2' : 'dated-unknown');
  if (shape.noise) result.push({ next: state, cost: 0, role: 'noise' });
  if (state === 'dated-unknown' || !readsAsTitle(shape)) return result;
  for (const move of titleMoves(shape)) if (move.role === 'title' || move.role === 'card') result.push(move);
  return result;
}

/** Where a title belongs (`underDate`: right under the date line, see {@link PAIR_SECOND_NEXT}). */
function titleMoves(shape: Shape, underDate = false): Move[] {
  if (shape.field.kind === 'slot') return [{ next: 'title', cost: COST.slot, role: 'gap' }];
  if (shape.field.kind === 'invisible') {
    return [
      { next: 'abstract', cost: COST.fault, role: 'missing-title' },
      { next: 'title', cost: COST.invisible, role: 'gap' },
    ];
  }
  const title = titleMove(shape);
  const orphan: Move = { next: 'title', cost: COST.fault, role: 'orphan' };
  const result: Move[] = [];
  const card = shape.card === undefined ? undefined : cardCost(shape.card);
  if (card !== undefined) result.push({ next: 'title', cost: card, role: 'card' });
  if (shape.noise || (shape.repeated && !shape.chrome)) result.push({ next: 'title', cost: 0, role: 'noise' });
  if (shape.chrome) result.push({ next: 'title', cost: COST.chrome, role: 'chrome' });
  // The first line of a chrome pair: or dropped with the second, for what the two cost as a paper.
  if (shape.pair !== undefined && title.role === 'title') result.push({ next: 'pair-second', cost: title.cost, role: 'chrome' });
  if (shape.pair === 'page' && underDate && title.role === 'title') result.push({ next: 'dated-pair-second', cost: title.cost, role: 'chrome' });
  if (shape.date) result.push({ next: 'title', cost: COST.fault, role: 'extra-date' });
  if (shape.footer) result.push({ next: 'footer', cost: 0, role: 'footer' });
  // On a tie, a field of an abstract's length is more likely an abstract with its title missing than a title with its abstract missing.
  return shape.length >= ABSTRACT_LIKE ? [orphan, title, ...result] : [title, ...result, orphan];
}

/**
 * A field read as a title: a fault where it reads as an abstract (a long
 * sentence) or as a title with its abstract joined to it; otherwise a title
 * whose oddities cost what {@link COST} says.
 */
function titleMove(shape: Shape): Move {
  if (shape.sentence && shape.length > LONG_TITLE) return { next: 'abstract', cost: COST.fault, role: 'sentence-title' };
  if (shape.joined && (shape.length > LONG_TITLE || (shape.card !== undefined && readsAsAbstract(shape.card.abstract)))) return { next: 'abstract', cost: COST.fault, role: 'block' };
  // A count over an abstract, past a card's furniture, or a name under `Submitted by` right over one, is a title (`1984`, `24/7`, `Mamba`): a card's count or name stands over its title, or between papers, and a day's label over the first title; so is a summary's label where a title stands (`Summary`).
  const noise = shape.countOverAbstract === true || (shape.handle && shape.overAbstract) || shape.titleOverAuthors === true || shape.labelAsTitle === true ? COST.titleLikeFurniture : COST.likeNoise;
  // A card's names read as its title cost what its title read as furniture would: the title above them is read instead.
  const names = shape.authorsUnderTitle === true ? COST.likeNoise : COST.titleLikeFurniture;
  const furniture = shape.date ? COST.titleLikeDate : shape.noise ? noise : shape.authors ? names : shape.chrome || shape.footer ? COST.titleLikeFurniture : 0;
  const length = shape.length > LONG_TITLE ? COST.longTitle : shape.length > MEDIUM_TITLE ? COST.mediumTitle : 0;
  // One of an abstract's length, more: the pairs shifted by a dropped line read abstracts as titles.
  const sentence = shape.sentence ? COST.titleLikeSentence * (shape.length >= ABSTRACT_LIKE ? 2 : 1) : 0;
  return { next: shape.pair === undefined ? 'abstract' : 'pair-abstract', cost: length + furniture + sentence, role: 'title' };
}

/** Whether a field reads as an abstract on its own: a sentence of an abstract's length, as titles are not. */
function readsAsAbstractSentence(shape: Shape): boolean {
  return shape.field.kind === 'text' && shape.sentence && shape.length >= SHORT_ABSTRACT;
}

/** Whether a block's lines under its title read as an abstract: a sentence, or long. */
function readsAsAbstract(shape: Shape): boolean {
  return shape.sentence || shape.length >= SHORT_ABSTRACT;
}

/** What a block costs read as a paper, its first lines as a title and the rest as that title's abstract; nothing when it cannot be one. */
function cardCost(card: { title: Shape; abstract: Shape }): number | undefined {
  const title = titleMoves(card.title).find((m) => m.role === 'title');
  const abstract = abstractMoves(card.abstract, 'abstract').find((m) => m.role === 'abstract');
  // A block whose first lines cannot be a title (a fault read so), or whose rest cannot be an abstract, is no paper.
  return title === undefined || abstract === undefined ? undefined : title.cost + abstract.cost;
}

/** What a text field costs read as an abstract: its oddities as {@link COST} says. */
function abstractCost(shape: Shape): number {
  // A card's line of authors is never its abstract: read so only where no other reading holds, however much furniture stands between it and the abstract.
  const furniture = shape.date || !shape.letters || shape.authors ? COST.fault : shape.noise ? COST.likeNoise : shape.chrome || shape.footer ? COST.abstractLikeFurniture : 0;
  const short =
    shape.length < SHORT_ABSTRACT && !shape.finished ? COST.unfinishedShortAbstract : shape.length < VERY_SHORT_ABSTRACT ? COST.shortAbstract + 1 : shape.length < SHORT_ABSTRACT ? COST.shortAbstract : 0;
  return short + furniture;
}

/**
 * Where an abstract belongs (a title is pending; in `pair-abstract`, the
 * first line of a chrome pair, the field being the second); or the pending
 * title had none, and the field is read as if a title belonged here. A
 * field dropped here leaves the pair.
 */
function abstractMoves(shape: Shape, state: AbstractState): Move[] {
  const result: Move[] = [];
  if (shape.noise) result.push({ next: 'abstract', cost: COST.noiseInPair, role: 'noise' });
  if (shape.authors) result.push({ next: 'abstract', cost: 0, role: 'noise' });
  // A line every card repeats, over a line that reads as an abstract: a link or badge between a title and its abstract
  // (`Paper page`), or a line of the page's own there (`Subscribe`, `huggingface.co`), which is never an abstract.
  // Over the next title it stays a placeholder abstract (`Abstract not available`).
  if (shape.repeated && !shape.noise && shape.repeatedOverAbstract === true) result.push({ next: 'abstract', cost: COST.noiseInPair, role: 'noise' });
  if (shape.field.kind === 'text') {
    // The second line of a chrome pair that ends as no sentence: the two read as the page's.
    const page = state === 'pair-abstract' && !shape.finished ? COST.chromePair : 0;
    result.push(shape.card === undefined ? { next: 'title', cost: abstractCost(shape) + page, role: 'abstract' } : { next: 'title', cost: COST.fault, role: 'block' });
    // Known chrome under a line of the page is the second of their pair: not dropped to give that line another abstract.
    if (shape.chrome && state === 'abstract') result.push({ next: 'abstract', cost: COST.chromeInPair, role: 'chrome' });
  } else {
    result.push({ next: 'title', cost: COST.fault, role: 'missing-abstract' });
    result.push({ next: 'abstract', cost: shape.field.kind === 'slot' ? COST.slot : COST.invisible, role: 'gap' });
  }
  for (const move of titleMoves(shape)) result.push({ ...move, cost: move.cost + COST.fault, afterTitleWithoutAbstract: true });
  return result;
}

/**
 * In the footer, which runs to the end of the file and holds nothing but
 * footer items: known ones, and after two of them, lines it does not know
 * (a newer footer's `Inference Endpoints`, its tagline): never right after
 * the first, which may be a last paper's title (`Privacy`) over its abstract.
 */
function footerMoves(state: 'footer' | 'footer-sure', shape: Shape): Move[] {
  if (shape.field.kind !== 'text' || shape.footer || shape.noise) return [{ next: shape.field.kind === 'text' && shape.footer ? 'footer-sure' : state, cost: 0, role: 'footer' }];
  return state === 'footer-sure' && shape.letters && shape.length <= MAX_FOOTER_ITEM ? [{ next: 'footer-sure', cost: COST.unknownHeader, role: 'footer' }] : [];
}

/** Longest line taken as an item of the site footer the ingest does not know. */
const MAX_FOOTER_ITEM = 100;

/**
 * The fields that are a card's author line: lines of names (see
 * isAuthorLine) in a dump whose cards show them, where one stands between
 * a title (a field that reads as no abstract) and an abstract on two cards
 * or more, or on as many cards as half the abstracts. A title may read like
 * names too (`Large Language Models, Small Data`); one such line over the
 * abstract of a title whose own is missing is no sign of author lines, and
 * is left to the structure (a title without an abstract). In such a dump, a
 * paper by one author shows one name (see isAuthorName) there, between a
 * title and its abstract; many a short title reads like one name, so one
 * name alone is never a sign that the cards show author lines.
 */
function authorLines(shapes: readonly Shape[]): boolean[] {
  const text = (shape: Shape) => withoutLinkAddresses(shape.field.text).text;
  const candidate = (shape: Shape) => shape.field.kind === 'text' && !shape.noise && !shape.date;
  const names = shapes.map((shape) => candidate(shape) && isAuthorLine(text(shape)));
  const abstracts = shapes.filter(readsAsAbstractSentence).length;
  // Past the furniture a card shows around its names (`·`, `+3 authors`, `Published on Mar 13`, `Upvote`, `Abstract`).
  const past = (index: number, step: 1 | -1) => {
    let at = index + step;
    while (shapes[at]?.noise === true && !shapes[at]!.handle) at += step;
    return shapes[at];
  };
  const underTitle = (index: number) => {
    const [above, below] = [past(index, -1), past(index, 1)];
    return above?.field.kind === 'text' && !readsAsAbstractSentence(above) && below !== undefined && readsAsAbstractSentence(below);
  };
  const underTitles = names.filter((isNames, index) => isNames && underTitle(index)).length;
  const shown = underTitles >= 2 || (underTitles >= 1 && 2 * underTitles >= abstracts);
  const oneName = (shape: Shape, index: number) => candidate(shape) && !shape.chrome && !shape.footer && underTitle(index) && isAuthorName(text(shape));
  return shapes.map((shape, index) => shown && (names[index]! || oneName(shape, index)));
}

/** A line that stands this often in a listing may be what every card repeats; a word or two (shorter than any abstract), twice. */
const MIN_REPEATS = 3;
const MIN_SHORT_REPEATS = 2;

/**
 * The fields that may be a card's furniture because the listing repeats
 * them: a listing shows a paper once, so a line between papers that stands
 * on card after card is a button, a badge or a picture's text (`Read more`,
 * `arXiv`), and a line right above a copy of itself is a picture's text
 * repeating the title. Such a line is short enough for a title and no date.
 * A line that always stands under the same line is part of a block listed
 * again (the abstract of a paper listed twice), not furniture, unless that
 * line is furniture too (`GitHub` under `arXiv`). A word or two that
 * stands twice is furniture only when what follows it is too, or differs
 * (a short title listed twice is followed by its abstract both times).
 * They are dropped only
 * between papers (see {@link titleMoves}): where an abstract belongs, a
 * repeated line is a placeholder abstract.
 */
function repeatedFields(fields: readonly Field[]): boolean[] {
  const candidate = (field: Field) => field.kind === 'text' && visibleLength(field.text, MEDIUM_TITLE + 1) <= MEDIUM_TITLE && parseDateLabel(field.text) === undefined;
  const short = (text: string | undefined) => text !== undefined && visibleLength(text, VERY_SHORT_ABSTRACT) < VERY_SHORT_ABSTRACT;
  // For each candidate text, how often it stands and the texts right above and below it.
  const seen = new Map<string, { count: number; above: Set<string | undefined>; below: Set<string | undefined> }>();
  fields.forEach((field, index) => {
    if (!candidate(field)) return;
    const record = seen.get(field.text) ?? { count: 0, above: new Set(), below: new Set() };
    record.count += 1;
    record.above.add(fields[index - 1]?.text);
    record.below.add(fields[index + 1]?.text);
    seen.set(field.text, record);
  });
  const often = (text: string) => {
    const { count, below } = seen.get(text)!;
    return count >= MIN_REPEATS || (count >= MIN_SHORT_REPEATS && short(text) && (below.size > 1 || short([...below][0])));
  };
  const furniture = new Map<string, boolean>();
  const isFurniture = (text: string): boolean => {
    const known = furniture.get(text);
    if (known !== undefined) return known;
    // Provisionally not, so that two lines each always under the other end the search.
    furniture.set(text, false);
    const { above } = seen.get(text)!;
    const [under] = above;
    const result = often(text) && (above.size > 1 || (under !== undefined && seen.has(under) && isFurniture(under)));
    furniture.set(text, result);
    return result;
  };
  return fields.map((field, index) => candidate(field) && (isFurniture(field.text) || fields[index + 1]?.text === field.text));
}

function shapeOf(field: Field, repeated = false, furniture = isFurnitureLine(field.text)): Shape {
  // Read without the link addresses a browser's text save writes: a link standing alone (a picture's, an avatar's) is furniture.
  const text = withoutLinkAddresses(field.text).text;
  const date = parseDateLabel(text) !== undefined;
  const period = isPeriodLine(text);
  const label = period ? readDayLabel(text.replace(/[.,]$/u, ''))?.kind : undefined;
  return {
    field,
    chrome: isChromeLine(text),
    date,
    period,
    ...(label === 'weekday' || label === 'week' ? { label } : {}),
    noise: !date && furniture,
    repeated,
    banner: false,
    count: !date && (isCountLine(text) || isFiguresLine(text)),
    handle: false,
    aiSummary: false,
    authors: false,
    overAbstract: false,
    joined: field.lastLine !== undefined && field.lastLine > field.line,
    ...(field.card === undefined ? {} : { card: { title: shapeOf(field.card.title), abstract: shapeOf(field.card.abstract) } }),
    // A block of footer items (the footer saved with no blank line between them) is the footer too.
    footer: isFooterLine(text) || (field.parts !== undefined && isFooterItems(field.parts.map((part) => withoutLinkAddresses(part).text))) || (field.raw !== undefined && isFooterRow(field.raw)),
    sentence: endsLikeSentence(text),
    address: givesLinkAddress(text),
    unreadDate: !date && isUnreadDate(text),
    finished: /[.!?\u2026]["'\u201D\u2019)\]]*$/u.test(text),
    letters: hasLetter(text),
    length: visibleLength(text, LONG_TITLE + 1),
  };
}

/**
 * Whether the field at `index` reads like a card's furniture: on its own
 * (isFurnitureLine), as the name under a `Submitted by` line of its own
 * (isSubmitterLine), or as a block of lines each furniture.
 */
export function isFurnitureField(fields: readonly Field[], index: number): boolean {
  const field = fields[index]!;
  if (isFurnitureLine(field.text) || isSubmitterField(fields, index) || isAiSummaryField(fields, index)) return true;
  // A block of such lines saved with no blank line between them (a print's footer over the next page's header) is too.
  return field.parts !== undefined && field.parts.length > 1 && field.parts.every((part) => isFurnitureLine(part));
}

/** Whether the field at `index` is the one word under a `Submitted by` line of its own (isSubmitterLine): the card's name, or a one-word title. */
function isSubmitterField(fields: readonly Field[], index: number): boolean {
  const above = fields[index - 1];
  return isSubmitterLine(withoutLinkAddresses(fields[index]!.text).text, above && withoutLinkAddresses(above.text).text);
}

/** Whether the field at `index` is a summary of a paper under its label (`AI-generated summary`, `TL;DR`: isAiSummaryLine). */
export function isAiSummaryField(fields: readonly Field[], index: number): boolean {
  const [field, above] = [fields[index]!, fields[index - 1]];
  return field.kind === 'text' && above?.kind === 'text' && isAiSummaryLine(withoutLinkAddresses(field.text).text, withoutLinkAddresses(above.text).text);
}

/** Whether a text holds a letter of some script: an abstract is words, so a line without one (`03/14`, `2+2=4`) is no abstract. */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** Whether a text ends as a sentence does, with one full stop (not an ellipsis): abstracts do, titles almost never. */
export function endsLikeSentence(text: string): boolean {
  return /[^.]\.$/u.test(text);
}

/** Combining marks, which a reader does not see as characters of their own. */
const MARK = /\p{M}/u;

/** Whether a line is longer than any line of the page's own (its header, footer, a card's furniture): an abstract's, at the first one at the latest. */
export function isLongerThanPageLines(text: string): boolean {
  return visibleLength(text, MAX_CHROME_LENGTH + 1) > MAX_CHROME_LENGTH;
}

/** Characters a reader sees (code points that are not combining marks), counted up to `cap`. */
export function visibleLength(text: string, cap = Infinity): number {
  let count = 0;
  for (let index = 0; index < text.length && count < cap; index += 1) {
    const code = text.charCodeAt(index);
    // A low surrogate ends a character already counted; marks start at U+0300.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (code < 0x300 || !MARK.test(String.fromCodePoint(text.codePointAt(index)!))) count += 1;
  }
  return count;
}
