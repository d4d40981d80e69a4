import { cleanLine, splitLines } from '../../src/text/normalize.ts';
import { leadingAbstractLabel } from './abstract-label.ts';
import { trailingButton, type TrailingButton } from './trailing-button.ts';
import { tabbedCard } from './tabbed-card.ts';
import { dumpHandles, gluedFurniture, gluedVoteCount, type UnsureHandle } from './glued-furniture.ts';
import { findAffix, TITLE_AFFIXES, withoutAffix } from './title-affixes.ts';
import { readBackReferences } from './html-references.ts';
import { COUNT_ICONS, MAX_CHROME_LENGTH, isBareAddress, isPublisherNotice, isAiSummaryLabel, isSummaryLabel, isAuthorLine, isCardLabel, isNameParticle, splitCardLabel, isChromeLine, isErrorPageHeading, isFiguresLine, isFooterLine, isConsentButton, isFurnitureLine, isPeriodLine, LIST_MARKER, stripGluedSubscribe, stripSpacedSubscribe, withoutLinkAddresses } from './page-chrome.ts';
import { isUnreadDate, parseDateLabel, READ_DATE_FORMS, readDateLabel, readDayLabel, sameLabelDate } from './listing-date.ts';
import { endsLikeSentence, FAULTS, hasLetter, isAiSummaryField, isFurnitureField, isLongerThanPageLines, LONG_TITLE, readStructure, visibleLength, type Field, type Reading, type Role, type Structure } from './listing-structure.ts';
import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import { titleToText } from './abstract-to-mdast.ts';
import { isRealAbstract } from '../../src/format/paper-key.ts';
import { isMojibake, repairMojibake } from './mojibake.ts';
import { translatedPage } from './translated-page.ts';
import { pageLinesAsPapers } from './page-lines-as-papers.ts';
import { paperPage } from './paper-page.ts';
import { abstractsGoingOn, abstractsSplitIntoTitles, listItemsAsTitles, loneListItems, abstractTextAsTitles, titlesLikeAbstractText, titlesUnderAbstractsGoingOn } from './split-abstracts.ts';
import { withoutClosers } from './final-mark.ts';
import { isMinorTitleWord } from './title-words.ts';
import { titlesWithoutWords } from './titles-without-words.ts';
import { abstractsUnlikeTitles } from './unrelated-abstracts.ts';
import { joinWrappedLines } from './join-wrapped-lines.ts';
import { cutWords, softBreaks } from './soft-breaks.ts';
import { consentBannerIndices, consentBanners } from './consent-banner.ts';
import { append } from '../../src/lib/append.ts';

/** One title / abstract pair as it appears in a dump. */
export interface ListingEntry {
  /** The title, cleaned (see `cleanLine`): NFC, whitespace folded. */
  title: string;
  /** The abstract, cleaned the same way. */
  abstract: string;
  /** 1-based position of the entry in the listing. */
  position: number;
  /** 1-based line of the title in the file. */
  line: number;
  /** 1-based line where the abstract starts. */
  abstractLine: number;
}

/** What the parse changed in the text, for the ingest's summary. */
export interface Alterations {
  /** Control, invisible, noncharacter and unbalanced bidi characters removed. */
  characters: number;
  /** Characters saved as UTF-8 and read as Windows-1252, read back. */
  mojibake: number;
  /** Times the page's `Subscribe` was removed from a first title (0 or 1 per dump). */
  subscribe: number;
  /** LaTeX commands in titles kept as literal text. */
  tex: number;
  /** LaTeX in titles dropped or simplified (an unclosed `\\textbf{`): the notes of titleToText. */
  simplifiedTex: number;
  /** Link addresses a browser's text save wrote after titles, removed. */
  links: number;
  /** Titles whose list marker (`* `, `1. `) a browser's text save wrote, removed. */
  markers: number;
  /** Titles whose listing's words (an arXiv id, the site's page title, the authors' names, a venue's tag, a footnote mark: title-affixes.ts), shown around every title of the dump, were removed. */
  affixes: number;
  /** The page's vote button (`Upvote`, a count) removed from titles, counted once for each place it was glued on. */
  votes: number;
  /** A card's `Abstract` label removed from the start of abstracts (abstract-label.ts). */
  labels: number;
  /** A page's button (`…more`, `Show less`) removed from the end of abstracts (trailing-button.ts). */
  buttons: number;
  /** HTML character references read back in a dump copied from a page's source (html-references.ts). */
  references: number;
}

/** No alterations yet. */
export function noAlterations(): Alterations {
  return { characters: 0, mojibake: 0, subscribe: 0, tex: 0, simplifiedTex: 0, links: 0, markers: 0, affixes: 0, votes: 0, labels: 0, buttons: 0, references: 0 };
}

/** Add the counts of `more` to `into`, in place. */
export function addAlterations(into: Alterations, more: Alterations): void {
  for (const key of Object.keys(into) as (keyof Alterations)[]) into[key] += more[key];
}

/** A day's label on a line of its own, and that line. */
export interface DayLabelLine {
  text: string;
  line: number;
}

/** What a dump holds: its entries, its date label, and what went wrong. */
export interface ParsedListing {
  entries: ListingEntry[];
  /** The listing's date label (`Mar 14`) when the dump has one. */
  date?: string;
  /** 1-based line of the date label. */
  dateLine?: number;
  /**
   * The day's labels the page header ends with that give no full date
   * (`14/03`, `Friday`, `2025-W11`; listing-date.ts `readDayLabel`), beside
   * its date line or without one, each with its 1-based line: checked
   * against the listing's day, never dating it.
   */
  dayLabels?: DayLabelLine[];
  /** Problems that make the dump unusable; the ingest writes nothing while there are any. */
  errors: Problem[];
  /** Things worth knowing that did not stop the parse, each naming its line. */
  warnings: Problem[];
  altered: Alterations;
}

/** A line of the file, cleaned. */
interface Line {
  text: string;
  /** As in the file. */
  raw: string;
  number: number;
  /** Nothing but whitespace: a separator. */
  blank: boolean;
}

/** A field with the lines it was joined from, when there were several. */
interface SourceField extends Field {
  lastLine: number;
  /** A block that may be a whole paper: its title lines, then its abstract's (see {@link cardOf}). */
  card?: Card;
  /** Joined from lines wrapped by the layout (text wrapped at a width, an abstract under its title in one block): not an oddity worth a warning. */
  wrapped?: boolean;
}

/** Fields before a glued `Subscribe` that may still be page header (the site's navigation, the tabs, the listing's header). */
const MAX_HEADER_FIELDS = 40;

/**
 * Parse one saved Daily Papers listing, by its structure rather than its
 * words. Both layouts are read: blank-line separated (blocks; a block
 * wrapped over several lines is joined) and one line per field (with the
 * page's `Subscribe` glued onto the first title). The header (chrome and the
 * date line) is recognised by its position at the top, the site footer by
 * its position at the end, and the rest pairs up as titles and abstracts
 * (see listing-structure.ts). Only a listing whose structure is broken or
 * ambiguous gives errors; everything else that is odd is a warning naming
 * its line.
 */
export function parseListing(raw: string, file: string): ParsedListing {
  const readBack = readBackReferences(raw);
  if (readBack === undefined) return parseText(raw, file);
  const parsed = parseText(readBack.text, file);
  const { found, read, line } = readBack.first;
  const count = readBack.count === 1 ? 'an HTML character reference' : `${readBack.count} HTML character references`;
  parsed.warnings.unshift(problemAt(file, line, `read back ${count} (the first ${quote(found)} as ${quote(read)}): every \`&\` in the dump starts one, as in text copied from a page's source; check that the text reads as written`));
  parsed.altered.references += readBack.count;
  return parsed;
}

/** {@link parseListing}, the text's character references read back if it had any. */
function parseText(raw: string, file: string): ParsedListing {
  // Translated, the page's own words are gone: any reading of its lines would be wrong, and say something misleading.
  const translated = translatedPage(raw, file);
  if (translated !== undefined) return { entries: [], errors: [translated], warnings: [], altered: noAlterations() };
  // A paper's own page: its lines around the paper read as papers, and no reading of them says what the page is.
  const paper = paperPage(raw, file);
  if (paper !== undefined) return { entries: [], errors: [paper], warnings: [], altered: noAlterations() };
  const copies = pageCopies(raw);
  if (copies === undefined) return parseCopy(raw, file);
  const lines = splitLines(raw);
  // Each copy is read on its own, its lines numbered from where it starts in the file; the last first, so that each copy
  // knows the titles the copies after it list (a save cut short, then the page again, gives its last paper whole). Read
  // as the whole file with the others' lines blank, as it once was, a file of many copies took time in their square.
  const listedLater = new Set<string>();
  const parsed = copies.starts
    .map((start, k) => ({ start, end: copies.starts[k + 1] ?? lines.length }))
    .reverse()
    .map(({ start, end }) => {
      const copy = parseCopy(lines.slice(start, end).join('\n'), file, new Set(listedLater), end < lines.length ? end + 1 : undefined, start + 1);
      for (const entry of copy.entries) listedLater.add(entry.title);
      return copy;
    })
    .reverse();
  return joinCopies(parsed, copies, file);
}

/** Lines a page header holds at most, up to its date line (or the glued first title). */
const MAX_HEADER_LINES = 60;

/** Where each copy of the page starts, when the file holds it more than once (see {@link pageCopies}). */
interface PageCopies {
  /** The 0-based line each copy starts at, the first at 0. */
  starts: number[];
  /** The date line the copies' repeated header ends with, when it has one. */
  date?: string;
  /** The starts found by a first title with the page's `Subscribe` glued on (see {@link gluedSaves}), not by a repeated header. */
  glued: ReadonlySet<number>;
  /** The starts found after the site footer (see {@link afterFooters}), each with the 0-based line of the footer's first item. */
  afterFooter: ReadonlyMap<number, number>;
}

/**
 * Where each copy of the page starts, when the file holds it more than once
 * (pasted twice, or two saves of the day pasted into one file): by a header
 * repeated line for line (see {@link repeatedHeaders}), or by a later save's
 * first title with the page's `Subscribe` glued on (see {@link gluedSaves}),
 * which a save in another layout than the first's repeats no header of.
 * Undefined when the file holds the page once.
 */
function pageCopies(raw: string): PageCopies | undefined {
  const lines = splitLines(raw);
  const header = repeatedHeaders(lines);
  const repeats = header?.starts ?? [];
  // A save found both ways is the copy its repeated header starts.
  const glued = gluedSaves(lines).flatMap(({ start, title }) => (repeats.some((at) => at >= start && at <= title) ? [] : [start]));
  const found = new Set([...repeats, ...glued]);
  // The footer of a copy whose header repeats ends right above that header (whose navigation may read as footer items too).
  const afterFooter = new Map(afterFooters(lines).filter(({ start, footer }) => ![...found].some((at) => at >= footer && at <= start)).map(({ start, footer }) => [start, footer] as const));
  if (found.size === 0 && afterFooter.size === 0) return undefined;
  return { starts: [0, ...found, ...afterFooter.keys()].sort((a, b) => a - b), ...(header?.date === undefined ? {} : { date: header.date }), glued: new Set(glued), afterFooter };
}

/** Items of the site footer in a row that end a copy of the page where text follows them. */
const MIN_FOOTER_ITEMS = 2;

/**
 * Where papers go on after the site footer, which ends the page: the
 * 0-based line after two of its items in a row or more (known ones, see
 * page-chrome.ts `isFooterLine`) under a paper, with that of its first item,
 * where an abstract (a line longer than any of the page's own) follows. The
 * page, or the part of it, pasted again after a first copy starts there,
 * with a title: a footer's word right over an abstract is that abstract's
 * title (`Models`), so the footer ends with the item above it, and `Privacy`
 * over it is one item alone, no footer. The header's navigation (`Models`,
 * `Datasets`) stands over no paper, and the footer's own lines it does not
 * know (a newer footer's items, its tagline) are short; a cookie or consent
 * banner's text (see consent-banner.ts) is the page's, not an abstract.
 */
function afterFooters(lines: readonly string[]): Array<{ start: number; footer: number }> {
  const candidates: Array<{ start: number; footer: number }> = [];
  const long: number[] = [];
  let afterPaper = false;
  let items = 0;
  let first = 0;
  let last = 0;
  const texts = lines.map((raw) => cleanLine(raw).text);
  // A cookie or consent banner is the page's wherever it stands, in the footer too: no paper, nor the end of the footer.
  const banner = consentBannerIndices(texts);
  texts.forEach((text, i) => {
    if (text === '' || banner.has(i)) return;
    if (isFooterLine(text)) {
      if (items === 0) first = i;
      items += 1;
      last = i;
      return;
    }
    const isLong = isLongerThanPageLines(text);
    // Over an abstract, the last item is its title: the copy starts there, and the footer is the items above it.
    const [footerItems, start] = isLong && items > 0 ? [items - 1, last] : [items, i];
    if (footerItems >= MIN_FOOTER_ITEMS && afterPaper) candidates.push({ start, footer: first });
    items = 0;
    if (isLong) {
      afterPaper = true;
      long.push(i);
    }
  });
  return candidates.filter(({ start }, k) => long.some((i) => i >= start && i < (candidates[k + 1]?.start ?? lines.length)));
}

/**
 * Where later copies of the page start by their header: the 0-based line of
 * each later copy's header, which repeats the file's opening lines exactly,
 * up to and including its date line, or up to the first title with the
 * page's `Subscribe` glued onto it (the one-line layout). Undefined when no
 * header repeats. Another day's page is not a copy: its date differs, and it
 * stays a second date line.
 */
function repeatedHeaders(lines: readonly string[]): { starts: number[]; date?: string } | undefined {
  const text = (i: number) => cleanLine(lines[i]!).text;
  const filled: number[] = [];
  for (let i = 0; i < lines.length && filled.length < MAX_HEADER_LINES + 1; i++) if (text(i) !== '') filled.push(i);
  const dateAt = filled.findIndex((i) => parseDateLabel(text(i)) !== undefined);
  const gluedAt = filled.findIndex((i) => stripGluedSubscribe(lines[i]!.replace(/^[\s\uFEFF]+/u, '')) !== undefined);
  // The header is the lines up to its date; with none, those before the glued first title (and at least one of them).
  const glued = dateAt === -1 || (gluedAt !== -1 && gluedAt < dateAt);
  const size = glued ? gluedAt : dateAt + 1;
  if (size <= 0) return undefined;
  const header = filled.slice(0, size).map(text);
  const starts: number[] = [];
  let matched = 0;
  let start = 0;
  for (let i = filled[size - 1]! + 1; i < lines.length; i++) {
    const line = text(i);
    if (line === '') continue;
    if (matched === header.length) {
      // A whole header seen: with a glued first title, it must follow.
      if (!glued || stripGluedSubscribe(lines[i]!.replace(/^[\s\uFEFF]+/u, '')) !== undefined) starts.push(start);
      matched = 0;
    }
    if (line === header[matched]) {
      if (matched === 0) start = i;
      matched += 1;
      if (matched === header.length && !glued) {
        starts.push(start);
        matched = 0;
      }
    } else {
      matched = line === header[0] ? 1 : 0;
      if (matched === 1) start = i;
    }
  }
  return starts.length === 0 ? undefined : { starts, ...(glued ? {} : { date: header.at(-1)! }) };
}

/**
 * Later saves of the page found by their first title, onto which the
 * one-line layout glues the page's `Subscribe`: such a title right under
 * lines of the page header (`Get trending papers in your email inbox!`,
 * known chrome; not a day's label, which may be another day's), after a
 * paper (a line longer than any of the header's, not a cookie or consent
 * banner's text). Each with the 0-based
 * line the save starts at, the first of those header lines, and that of its
 * first title. A title that merely starts with the word (`Subscribers
 * Leave`) is not one (see {@link readsAsGluedTitle}).
 */
function gluedSaves(lines: readonly string[]): Array<{ start: number; title: number }> {
  const saves: Array<{ start: number; title: number }> = [];
  let afterPaper = false;
  // The first of the header lines right above, if any.
  let header: number | undefined;
  const texts = lines.map((raw) => cleanLine(raw).text);
  // A cookie or consent banner over the header is the page's: no paper before it.
  const banner = consentBannerIndices(texts);
  lines.forEach((raw, i) => {
    const text = texts[i]!;
    if (text === '' || banner.has(i)) return;
    const glued = stripGluedSubscribe(raw.replace(/^[\s\uFEFF]+/u, ''));
    if (glued !== undefined && header !== undefined && afterPaper && readsAsGluedTitle(glued)) saves.push({ start: header, title: i });
    header = isChromeLine(text) && !isPeriodLine(text) ? (header ?? i) : undefined;
    afterPaper ||= isLongerThanPageLines(text);
  });
  return saves;
}

/**
 * Whether a title could start as `text` does: not with a lowercase word
 * that has no capital (`to Reason`, `and more`); `Sparse …`, `iFlow`,
 * `xLSTM`, `3D …` can.
 */
function readsAsTitleStart(text: string): boolean {
  const words = text.replace(LIST_MARKER, '');
  return !/^\p{Ll}/u.test(words) || /\p{Lu}/u.test(words.split(/\s/u)[0]!);
}

/**
 * Whether what follows a glued `Subscribe` reads as a title the word was
 * glued onto: not the rest of a word that starts with it (`Subscribers`,
 * `Subscribed`, `Subscriber-Aware`, `Subscriber's`), an ending of the word
 * that ends where its letters do. A title starting in lowercase (`iflow`,
 * `dLLM`) is one: a real save glues the button on whatever the title is.
 */
function readsAsGluedTitle(glued: string): boolean {
  return !/^(?:d|s|r|rs|r['\u2019]s|rship|rships)(?![\p{L}\p{M}\p{N}])/u.test(glued);
}

/**
 * One listing of the copies of a page read each on its own: every paper of
 * the first, and of each later copy those not listed the same (title and
 * abstract) in an earlier one, numbered on; with a warning saying so.
 */
function joinCopies(parsed: readonly ParsedListing[], copies: PageCopies, file: string): ParsedListing {
  const seen = new Set<string>();
  const entries: ListingEntry[] = [];
  let repeated = 0;
  const titles = new Set<string>();
  const strays: Problem[] = [];
  parsed.forEach((copy, k) => {
    const footer = copies.afterFooter.get(copies.starts[k]!);
    for (const entry of copy.entries) {
      const key = `${entry.title}\u0000${entry.abstract}`;
      // Past the footer, only the page again: a paper it does not list may be another page's, which no day should take.
      if (footer !== undefined && !titles.has(entry.title) && strays.length === 0) strays.push(strayAfterFooter(entry, footer, file));
      if (seen.has(key)) repeated += 1;
      else entries.push({ ...entry, position: entries.length + 1 });
      seen.add(key);
      titles.add(entry.title);
    }
  });
  const n = copies.starts.length;
  const where = copies.glued.has(copies.starts[1]!)
    ? "a save of it starts again here, its first title with the page's `Subscribe` glued on"
    : copies.afterFooter.has(copies.starts[1]!)
      ? 'its papers again after the site footer here'
      : copies.date === undefined
      ? 'its header again here'
      : `its header and date ${quote(copies.date)} again here`;
  const kept = repeated === 0 ? '' : `, ${repeated === 1 ? 'a paper' : `${repeated} papers`} listed the same in ${n === 2 ? 'both' : 'more than one'} kept once`;
  const note = problemAt(file, copies.starts[1]! + 1, `the page is in this file ${n} times (${where}: pasted twice, or two saves of the day); read every copy${kept}`);
  const otherDays = otherDaysWarning(unsharedCopies(parsed).map((k) => copies.starts[k]! + 1), file);
  const first = parsed[0]!;
  return {
    entries,
    ...(first.date === undefined ? {} : { date: first.date, dateLine: first.dateLine! }),
    ...(first.dayLabels === undefined ? {} : { dayLabels: first.dayLabels }),
    errors: [...parsed.flatMap((p) => p.errors), ...strays],
    warnings: [note, ...otherDays, ...parsed.flatMap((p) => p.warnings)],
    altered: parsed.reduce((sum, p) => (addAlterations(sum, p.altered), sum), noAlterations()),
  };
}

/**
 * The warning for the copies of the page that list none of the other
 * copies' papers (`lines`: the 1-based line each starts at), once for the
 * file: naming the first, and how many more from which line on (a file of
 * thousands of days pasted together gets one warning, not thousands).
 */
function otherDaysWarning(lines: readonly number[], file: string): Problem[] {
  const [first, next] = lines;
  if (first === undefined) return [];
  const rest = "(a dump is one day's listing); read as one listing with the rest";
  if (next === undefined) return [problemAt(file, first, `the copy of the page from here lists none of the papers of the rest of the file: if it is another day's listing, move it to a dump of its own ${rest}`)];
  const more = lines.length - 1 === 1 ? 'does 1 more copy' : `do ${lines.length - 1} more copies`;
  return [problemAt(file, first, `the copy of the page from here lists none of the papers of the rest of the file, and neither ${more} after it (the next from line ${next}): if they are other days' listings, move each to a dump of its own ${rest}`)];
}

/**
 * The copies of the page (their indices) that list papers, none of which
 * the rest of the file lists: two saves of a day share their papers (a
 * later one lists more), two days' listings pasted into one file share
 * none. The first copy is named only where another names none (of two,
 * the second says it).
 */
function unsharedCopies(parsed: readonly ParsedListing[]): number[] {
  const titles = parsed.map((copy) => new Set(copy.entries.map((e) => e.title)));
  // How many copies list each title: a copy shares none where each of its titles is in it alone.
  const copiesListing = new Map<string, number>();
  for (const own of titles) for (const title of own) copiesListing.set(title, (copiesListing.get(title) ?? 0) + 1);
  const listing = titles.filter((own) => own.size > 0).length;
  const unshared = titles.flatMap((own, k) => (own.size > 0 && listing > 1 && [...own].every((title) => copiesListing.get(title) === 1) ? [k] : []));
  return unshared.length > 1 ? unshared.filter((k) => k > 0) : unshared;
}

/**
 * The error for a paper after the site footer that the page above it does
 * not list (`footer`: the 0-based line of the footer's first item). Titled
 * with an item of the footer (`Docs`), it is that item over text of the
 * page's (a notice, a banner saved without its buttons) as likely as a
 * paper: the text is what stands out, and the error names its line.
 */
function strayAfterFooter(entry: ListingEntry, footer: number, file: string): Problem {
  const expected = 'expected the footer at the end of the file';
  if (!isFooterLine(entry.title)) {
    return problemAt(file, entry.line, `${quote(entry.title)} stands after the site footer (line ${footer + 1}), which ends the page, and is not listed above it: ${expected}; if the lines after it are another page's, put them in a file of their own, or delete them`);
  }
  return problemAt(
    file,
    entry.abstractLine,
    `${quote(entry.abstract, 60)} stands after the site footer (line ${footer + 1}), which ends the page, under its item ${quote(entry.title)} (line ${entry.line}), and is not listed above it: ${expected}; if the text is the page's (a notice, a banner saved without its buttons), delete it; if it is an abstract under its title ${quote(entry.title)}, or the lines after the footer are another page's, put them in a file of their own`,
  );
}

/**
 * Parse one copy of the page (see {@link parseListing}); `listedLater`: the
 * titles the copies after it in the file list; `nextCopy`: the 1-based line
 * the next copy starts at, if one follows.
 */
function parseCopy(raw: string, file: string, listedLater: ReadonlySet<string> = new Set(), nextCopy?: number, firstLine = 1): ParsedListing {
  const read = readCopy(raw, file, listedLater, nextCopy, false, firstLine);
  if (read.errors.length === 0 || !raw.includes('\t')) return read;
  // A line holding a title and its abstract a tab apart (tabbed-card.ts) is read as two only where the dump reads so
  // and not otherwise: a tab inside an abstract's sentence (`Graph Neural<TAB>Networks …`) reads as a space.
  const split = readCopy(raw, file, listedLater, nextCopy, true, firstLine);
  if (split.errors.length === 0) return split;
  // Both readings fail: where two lines or more are cards, the dump is a table, and its faults are the table's (a row
  // without its abstract cell names that row, not the first row's title run into its abstract).
  return splitLines(raw).filter((line) => line.includes('\t') && tabbedCard(line) !== undefined).length >= 2 ? split : read;
}

/** {@link parseCopy}, with the lines that hold a title and its abstract a tab apart read as two (`tabbedCards`) or not. */
function readCopy(raw: string, file: string, listedLater: ReadonlySet<string>, nextCopy: number | undefined, tabbedCards: boolean, firstLine: number): ParsedListing {
  const warnings: Problem[] = [];
  const altered = noAlterations();
  const glued: GluedLine[] = [];
  const soft = withSoftBreaksJoined(readLines(raw, file, warnings, altered, tabbedCards, firstLine, glued));
  const unsure = unsureHandles(glued, file);
  if (unsure.length > 0) return { entries: [], errors: unsure, warnings, altered };
  const softWidth = soft.width;
  const { lines, notices } = withAbstractEndsJoined(soft.lines);
  const layout = readLayout(lines);
  if (layout.kind === 'wrapped-without-blanks') return { entries: [], errors: [wrappedWithoutBlanks(lines, layout, file)], warnings, altered };
  const oneLine = allOnOneLine(lines, file);
  if (oneLine !== undefined) return { entries: [], errors: [oneLine], warnings, altered };
  const blankLayout = layout.kind === 'blank';
  const fields = blankLayout ? blockFields(lines, layout.width) : lineFields(lines);
  // The blank-line layout too: a one-line save spaced out by a tool (a paragraph per line) keeps the glued word.
  const firstTitle = gluedFirstTitle(fields);

  let structure: Structure;
  /** The line the page's `Subscribe` was glued onto without a space (said below when that line is a paper's title). */
  let gluedLine: number | undefined;
  if (firstTitle === undefined) {
    structure = readStructure(fields, { header: true });
  } else {
    const { index: glued, title } = firstTitle;
    // The header has no `Subscribe` of its own, so the button's word is on the first title; spaced off, it is taken
    // only where the rest starts as a title does (`Subscribe Sparse …`), not with a lowercase word (`Subscribe to Reason`).
    const kept = firstTitle.spaced && !readsAsTitleStart(title);
    if (kept) {
      const whole = fields[glued]!.text;
      const first = title.replace(LIST_MARKER, '').split(/\s/u)[0]!;
      warnings.push(problemAt(file, fields[glued]!.line, `kept the first title ${quote(whole)} whole: without the page's \`Subscribe\` button (the page header has no \`Subscribe\` line of its own) it would start with the lowercase word ${quote(first)}; if the word is the button's, delete it from the entry`));
    } else {
      const card = fields[glued]!.card;
      fields[glued] = { ...fields[glued]!, text: title, kind: title === '' ? 'invisible' : 'text', ...(card && { card: { ...card, title: { ...card.title, text: cleanLine(stripGluedSubscribe(card.title.text) ?? stripSpacedSubscribe(card.title.text) ?? card.title.text).text } } }) };
      if (firstTitle.spaced) {
        altered.subscribe = 1;
        warnings.push(problemAt(file, fields[glued]!.line, `removed the page's \`Subscribe\` from the start of the first title ${quote(title)} (the page header has no \`Subscribe\` line of its own); if the title starts with that word, put the word back in its entry`));
      } else gluedLine = fields[glued]!.line;
    }
    const body = readStructure(fields.slice(glued), { header: false });
    const ambiguity = body.ambiguity && { ...body.ambiguity, index: body.ambiguity.index + glued };
    structure = { ...body, readings: [...headerReadings(fields.slice(0, glued)), ...body.readings], ...(ambiguity ? { ambiguity } : {}) };
  }
  const parsed = describe(fields, structure, file);
  append(parsed.errors, shiftedTitles(fields, structure, file), titlesOverPageLines(fields, structure, file));
  append(warnings, describeWarnings(fields, structure, file));
  parsed.entries = ENTRY_CLEANUPS.reduce((entries, cleanup) => cleanup(entries, file, warnings, altered), parsed.entries).map((entry) => ({ ...entry, title: readTitleTex(entry, file, warnings, altered) }));
  const voted = withoutGluedVoteCounts(parsed.entries);
  parsed.entries = voted.entries;
  append(warnings, noticesJoined(notices, parsed.entries, file), gluedFurnitureWarning(parsed.entries, [...glued, ...voted.glued].sort((a, b) => a.number - b.number), file));
  // Said where it is removed, as every change to a paper's text is; glued onto page chrome (a heading the reading drops
  // with a warning of its own), or standing on a line of its own, it changes no paper's text and goes unsaid.
  const gluedTitle = gluedLine === undefined ? undefined : parsed.entries.find((e) => e.line === gluedLine);
  if (gluedTitle !== undefined) {
    altered.subscribe = 1;
    warnings.push(problemAt(file, gluedTitle.line, `removed the page's \`Subscribe\` glued onto the first title ${quote(gluedTitle.title)} (the page's button, copied with the title)`));
  }
  append(warnings, cutShortWarnings(parsed.entries, lines.find((line) => line.text !== '')?.number, file, { listedLater, nextCopy }));
  // Read from a listing whose structure holds: in a broken one, its faults say what is wrong.
  if (parsed.errors.length === 0) {
    // An abstract's lines read as papers read as short abstracts under titles that are no page's lines: said as what they are.
    const listed = listItemsAsTitles(parsed.entries, file);
    append(parsed.errors, listed.length > 0 ? listed : pageLinesAsPapers(parsed.entries, file, { footer: structure.readings.some((r) => r.role === 'footer'), listedLater }), titlesWithoutWords(parsed.entries, file), abstractsSplitIntoTitles(parsed.entries, file), abstractTextAsTitles(parsed.entries, file), abstractsGoingOn(parsed.entries, file));
    if (parsed.errors.length === 0) append(warnings, loneListItems(parsed.entries, file), titlesLikeAbstractText(parsed.entries, file), titlesUnderAbstractsGoingOn(parsed.entries, file), abstractsUnlikeTitles(parsed.entries, file));
  }
  const errorPage = errorPageRead(fields, parsed, file);
  if (errorPage !== undefined) return { ...parsed, ...errorPage, altered: errorPage.errors.length === 0 ? noAlterations() : altered, warnings: errorPage.errors.length === 0 ? errorPage.warnings : warnings };
  if (parsed.entries.length === 0 && parsed.errors.length === 0) {
    // A byte order mark alone is how some editors save an empty file; invisible characters alone (`U+200B`) show as white space.
    const found = fields.some((field) => field.kind === 'text') ? 'found only the page header' : raw.replace(/^\uFEFF/u, '') === '' ? 'the file is empty' : 'the file holds only white space (spaces, tabs, line breaks)';
    warnings.push(problemAt(file, undefined, `holds no papers: expected title and abstract lines after the page header, ${found}`));
  }
  const wrappedAt = softWidth ?? layout.width;
  return { ...parsed, errors: wrappedAt === undefined ? parsed.errors : parsed.errors.map((problem) => saidHardWrapped(problem, wrappedAt)), warnings, altered };
}

/**
 * What a copy's entries lose of the page once read, in this order, each
 * step saying what it took off (`warnings`) and counting it (`altered`).
 */
type EntryCleanup = (entries: ListingEntry[], file: string, warnings: Problem[], altered: Alterations) => ListingEntry[];
const ENTRY_CLEANUPS: readonly EntryCleanup[] = [withoutTitleLinks, withoutListMarkers, withoutTitleAffixes, withoutGluedVotes, withoutAbstractLabels, withoutTrailingButtons];

/**
 * A problem in a text hard-wrapped at a width, saying so: a wrap can hide
 * where a title ends (a title that fills its line over an abstract that
 * starts in title case reads either way), so saving the page again
 * unwrapped is the first thing to try. A problem that says so already is
 * kept as it is.
 */
function saidHardWrapped(problem: Problem, width: number): Problem {
  if (problem.reason.includes('hard-wrapped')) return problem;
  return problemAt(problem.file, problem.line, `${problem.reason}; the text looks hard-wrapped at about ${width} characters a line (most of its lines end near that column), which can hide where a title ends and its abstract starts: save the page again without wrapping lines`);
}

/**
 * The error for a dump hard-wrapped at a width with no blank lines: named
 * at the first line that goes on mid-sentence from the line above, where
 * the one-line layout starts a title or an abstract of its own.
 */
function wrappedWithoutBlanks(lines: readonly Line[], layout: { width?: number; wrappedLine?: number }, file: string): Problem {
  const above = layout.wrappedLine === undefined ? undefined : lines[layout.wrappedLine];
  const goesOn = layout.wrappedLine === undefined ? undefined : lines[layout.wrappedLine + 1];
  const where = above === undefined || goesOn === undefined ? '' : `: this line goes on mid-sentence from line ${above.number} (${quote(`\u2026${above.text.slice(-30).trimStart()}`)}), where a title or an abstract of its own was expected, so titles and abstracts cannot be told apart`;
  return problemAt(file, goesOn?.number, `the text looks hard-wrapped at about ${layout.width} characters a line with no blank lines between titles and abstracts${where}; save the page again without wrapping lines (or with a blank line between each title and abstract)`);
}

/**
 * The error for a dump whose text is one line longer than any of the
 * page's own: a paper takes two lines (its title, its abstract), so such a
 * line is a listing whose line breaks were lost, which no reading of its
 * fields can pair. A line of the page alone (`Subscribe`) is read as before.
 */
function allOnOneLine(lines: readonly Line[], file: string): Problem | undefined {
  const text = lines.filter((line) => line.text !== '');
  if (text.length !== 1 || !isLongerThanPageLines(text[0]!.text)) return undefined;
  const [line] = text as [Line];
  return problemAt(
    file,
    line.number,
    `the text is all on one line (${visibleLength(line.text)} characters): expected each title and each abstract on a line of its own; were the line breaks lost (a paste into a one-line field, or an editor that joined lines)? Save the page again`,
  );
}

/**
 * A dump that is the page a server or a browser shows when the listing did
 * not load (`429 Too Many Requests`, `Something went wrong`): a dump with no
 * date line (a listing that loaded shows its day) whose first title, or a
 * line of the header over it, is an error page's heading. Its lines are the
 * error's, never papers: no entries, with one warning naming the heading.
 * Over an abstract of a real paper's length it is no error page only, and the
 * run stops, naming both lines. Undefined for any other dump.
 */
function errorPageRead(fields: readonly SourceField[], parsed: Omit<ParsedListing, 'warnings' | 'altered'>, file: string): Pick<ParsedListing, 'entries' | 'errors' | 'warnings'> | undefined {
  if (parsed.date !== undefined) return undefined;
  const firstTitle = parsed.entries[0]?.line ?? Number.POSITIVE_INFINITY;
  const heading = fields.find((field) => field.line <= firstTitle && isErrorPageHeading(field.text));
  if (heading === undefined) return undefined;
  const real = fields.find((field) => field.line > heading.line && isRealAbstract(field.text));
  if (real !== undefined) {
    const problem = problemAt(file, heading.line, `${quote(heading.text)} reads as the heading of an error page, yet line ${real.line} holds an abstract of a paper's length: expected an error page (no papers) or the listing; if the listing is whole, delete line ${heading.line}, else save the page again once it shows the day's papers`);
    return { entries: parsed.entries, errors: [...parsed.errors, problem], warnings: [] };
  }
  const problem = problemAt(file, heading.line, `holds no papers: ${quote(heading.text)} is the heading of an error page (the site did not serve the listing when the page was saved), not a Daily Papers listing: save the page again once it shows the day's papers`);
  return { entries: [], errors: [], warnings: [problem] };
}

/**
 * The entries with the link address a browser's text save wrote after each
 * title taken off (a title is the text of its link), with one warning for
 * the dump. A title that is nothing but an address keeps it.
 */
function withoutTitleLinks(entries: ListingEntry[], file: string, warnings: Problem[], altered: Alterations): ListingEntry[] {
  let first: { line: number; address: string } | undefined;
  let count = 0;
  const result = entries.map((entry) => {
    const { text, addresses } = withoutLinkAddresses(entry.title);
    if (addresses.length === 0 || text === '') return entry;
    count += 1;
    first ??= { line: entry.line, address: addresses[0]! };
    return { ...entry, title: text };
  });
  if (first !== undefined) {
    altered.links += count;
    warnings.push(problemAt(file, first.line, `removed the link address a browser wrote after ${count === 1 ? 'a title' : `${count} titles`}, the first ${quote(first.address)}`));
  }
  return result;
}

/** The first `count` words of `text`, and `…` where it goes on. */
function firstWords(text: string, count: number): string {
  const words = text.split(' ');
  return `${words.slice(0, count).join(' ')}${words.length > count ? '…' : ''}`;
}

/**
 * Abstracts with a card's `Abstract` label and no colon at their start
 * (abstract-label.ts): each is read right under its title, so the label is
 * no title's word. Where the abstract alone shows it is the label (glued
 * onto a word, `AbstractWe study…`, or before a colon) it is taken off;
 * otherwise (`Abstract We study…`, `AbstractKV caches…`), where every card
 * of the dump shows a label, two or more (a save writes it on every card),
 * too, with one warning for the dump. Where some cards show none it stays,
 * with a warning on each: abstracts may start with a term whose first word
 * it is (`Abstract Meaning Representation (AMR) is…`, `Abstract Syntax
 * Trees…`), two as well as one.
 */
function withoutAbstractLabels(entries: ListingEntry[], file: string, warnings: Problem[], altered: Alterations): ListingEntry[] {
  const found = entries.map((entry) => leadingAbstractLabel(entry.abstract, entry.title));
  const withAbstract = entries.flatMap((entry, i) => (entry.abstract === '' ? [] : [found[i]]));
  const onCards = withAbstract.length >= 2 && withAbstract.every((label) => label !== undefined);
  let removed: ListingEntry | undefined;
  let count = 0;
  const result = entries.map((entry, i) => {
    const label = found[i];
    if (label === undefined) return entry;
    if (!label.certain && !onCards) {
      warnings.push(problemAt(file, entry.abstractLine, `kept ${quote(label.label)} at the start of the abstract of ${quote(entry.title)} (${quote(firstWords(entry.abstract, 3))}): it may be the card's label or the abstract's own words (\`Abstract Meaning Representation\`), and a save writes the label on every card, where other cards here show none; if it is the label, delete it from the entry`));
      return entry;
    }
    count += 1;
    removed ??= entry;
    return { ...entry, abstract: label.text };
  });
  if (removed !== undefined) {
    altered.labels += count;
    const what = count === 1 ? 'an abstract' : `${count} abstracts`;
    warnings.push(problemAt(file, removed.abstractLine, `removed the card's ${quote(found[entries.indexOf(removed)]!.label)} label from the start of ${what} (glued onto the text, after a colon, a full stop or a dash, or on every card), the first ${quote(removed.abstract)}`));
  }
  return result;
}

/**
 * A title's first word all in lowercase letters, as the end of a word cut by
 * a selection reads (`ers Under Noise`); not `mPLUG`, `xLSTM`, `3D`, nor a
 * name with a dot (`llama.cpp`) or a method's before its colon (`mixup:`).
 * A name's particle (`von Neumann`) is no cut word either: see cutShortWarnings.
 */
const WORD_END = /^(\p{Ll}+)(?![\p{L}\p{N}\p{M}.:-])/u;

/**
 * The entries without a page's button glued onto the end of their abstract
 * (`…more`, `Show less`: trailing-button.ts), with one warning for the dump,
 * naming the first and how it now ends. Where its place alone shows it is a
 * button it is taken off; one word after an ellipsis (`…more`), only where
 * two abstracts of the dump or more end in that same button after one (a
 * page cuts each long abstract, and writes one button: `… more` is no
 * button where the others end `… Show more`), else kept with a warning
 * (`less is… more`); two
 * words after any other word (`… Language Model Show less`), only where
 * every abstract of the dump, two or more, ends in one.
 */
function withoutTrailingButtons(entries: ListingEntry[], file: string, warnings: Problem[], altered: Alterations): ListingEntry[] {
  const found = entries.map((entry) => trailingButton(entry.abstract));
  const withAbstract = entries.flatMap((entry, i) => (entry.abstract === '' ? [] : [found[i]]));
  const onEvery = withAbstract.length >= 2 && withAbstract.every((button) => button !== undefined);
  // A page writes one button after each abstract it cut: one word after an ellipsis is its button where another abstract ends in the same.
  const keyOf = (button: TrailingButton) => button.button.trim().replace(/\s+/gu, ' ').toLowerCase();
  const cut = new Map<string, number>();
  for (const button of found) if (button?.afterEllipsis === true) cut.set(keyOf(button), (cut.get(keyOf(button)) ?? 0) + 1);
  const cutMany = (button: TrailingButton) => (cut.get(keyOf(button)) ?? 0) >= 2;
  let first: { entry: ListingEntry; button: string } | undefined;
  let count = 0;
  const result = entries.map((entry, i) => {
    const button = found[i];
    if (button === undefined) return entry;
    if (!button.certain && button.afterEllipsis && !cutMany(button)) {
      warnings.push(problemAt(file, entry.abstractLine, `kept ${quote(button.button.trim())} at the end of the abstract of ${quote(entry.title)}: it follows an ellipsis as a page's \`…more\` button does, but no other abstract of the dump ends so (a page cuts every long abstract); if it is the page's button, delete it from the dump`));
      return entry;
    }
    if (!button.certain && !button.afterEllipsis && !onEvery) return entry;
    count += 1;
    const trimmed = { ...entry, abstract: button.text };
    first ??= { entry: trimmed, button: button.button.trim() };
    return trimmed;
  });
  if (first !== undefined) {
    altered.buttons += count;
    const what = count === 1 ? 'an abstract' : `${count} abstracts`;
    warnings.push(problemAt(file, first.entry.abstractLine, `removed the page's button ${quote(first.button)} from the end of ${what} (its text, copied with them), the first now ending ${quote(`\u2026${first.entry.abstract.slice(-30).trimStart()}`)}`));
  }
  return result;
}

/**
 * Warnings for papers that look cut short, which the ingest publishes as
 * they are (a complete save of the day later replaces them, the longest
 * abstract being kept): abstracts ending in an ellipsis, as a page that
 * shortens them shows them, once for the dump; the last abstract when it
 * stops mid-sentence, as a page saved before it had loaded ends; and the
 * first title when it is the dump's first line (`firstLine`), nothing
 * above it, and starts with a word in lowercase, as a selection begun
 * inside the first card starts (`ers Under Noise`). A title cut between
 * words (`Under Noise`) cannot be told from a whole one, and a headerless
 * dump of whole cards is common, so that alone goes unsaid.
 */
function cutShortWarnings(entries: readonly ListingEntry[], firstLine: number | undefined, file: string, copies: { listedLater: ReadonlySet<string>; nextCopy: number | undefined }): Problem[] {
  const warnings: Problem[] = [];
  const first = entries[0];
  const cutWord = first === undefined ? undefined : WORD_END.exec(first.title)?.[1];
  if (first !== undefined && first.line === firstLine && cutWord !== undefined && !isNameParticle(cutWord)) {
    warnings.push(problemAt(file, first.line, `the dump starts with the title ${quote(first.title)}, in lowercase, with no page header above it, as a selection copied from inside the page does; if the selection began inside that card, the title is cut: put the whole title in the dump (a later complete save of the day retitles the entry, but its URL keeps the cut title)`));
  }
  const ending = (entry: ListingEntry) => withoutClosers(entry.abstract);
  const shortened = entries.filter((entry) => /(?:\u2026|\.\.\.)$/u.test(ending(entry)));
  if (shortened.length > 0) {
    const which = shortened.length === 1 ? 'an abstract ends' : `${shortened.length} abstracts end`;
    const pronoun = shortened.length === 1 ? 'it is' : 'they are';
    warnings.push(problemAt(file, shortened[0]!.abstractLine, `${which} in an ellipsis, as ones a page shortened do, the first that of ${quote(shortened[0]!.title)}; if ${pronoun} shortened, ingest a save of the page that shows them whole as well (the longest abstract is kept)`));
  }
  const last = entries.at(-1);
  // Before another copy of the page, the last paper is the last of this copy, and one a later copy lists again is given there too.
  const listedAgain = last !== undefined && copies.nextCopy !== undefined && copies.listedLater.has(last.title);
  if (last !== undefined && !listedAgain && !shortened.includes(last) && !/[.!?\u3002\uFF01\uFF1F]$/u.test(ending(last))) {
    const which = copies.nextCopy === undefined ? 'the last in the dump' : `the last before the page starts again at line ${copies.nextCopy}`;
    warnings.push(problemAt(file, last.abstractLine, `the abstract of ${quote(last.title)}, ${which}, ends mid-sentence (${quote(`\u2026${last.abstract.slice(-20).trim()}`)}), as one cut short by a page saved before it had loaded does; if it is, ingest a complete save of the day as well (the longest abstract is kept)`));
  }
  return warnings;
}

/** A number a list marker writes before an item, with its full stop and space. */
const NUMBER_MARKER = /^\d+\. (?=\S)/u;

/**
 * The entries without the list marker a browser's text save writes before
 * each item of a list (Firefox: `* `, `o `, `+ `, `# ` by depth, or `1. `,
 * `2. `, …, counting from each list's start), when every title of the dump
 * starts with it: the marker is the dump's, not the titles'. One title
 * starting so is its own (`* Starred`).
 */
function withoutListMarkers(entries: ListingEntry[], file: string, warnings: Problem[], altered: Alterations): ListingEntry[] {
  if (entries.length < 2) return entries;
  const marker = LIST_MARKER.exec(entries[0]!.title)?.[0];
  const bullet = marker !== undefined && !/^\d/u.test(marker) ? marker[0] : undefined;
  let markers: string[] | undefined;
  if (bullet !== undefined && entries.every((e) => e.title.startsWith(`${bullet} `) && e.title.length > 2)) markers = entries.map(() => `${bullet} `);
  // Numbered, each list of the page counts from its own start (a page of two lists, a card deleted from the save).
  else if (bullet === undefined && entries.every((e) => NUMBER_MARKER.test(e.title))) markers = entries.map((e) => NUMBER_MARKER.exec(e.title)![0]);
  if (markers === undefined) return entries;
  const named = bullet !== undefined ? quote(bullet) : `${quote(markers[0]!.trim())}, ${quote(markers[1]!.trim())}, …`;
  warnings.push(problemAt(file, entries[0]!.line, `removed the list marker (${named}) a browser's text save wrote before every title of the dump`));
  altered.markers += entries.length;
  return entries.map((entry, i) => ({ ...entry, title: entry.title.slice(markers![i]!.length) }));
}

/**
 * The entries without the words a listing writes around every title of the
 * dump (two or more; title-affixes.ts: an arXiv id, the site's page title, the authors' names, a venue's tag, a footnote mark),
 * with one warning for each kind: the listing's, not the titles' words.
 * Around some titles only they may be a title's own: kept, with a warning
 * naming the first.
 */
function withoutTitleAffixes(entries: ListingEntry[], file: string, warnings: Problem[], altered: Alterations): ListingEntry[] {
  for (const affix of TITLE_AFFIXES) {
    const found = entries.map((e) => findAffix(e.title, affix, e.abstract));
    const shown = entries.flatMap((e, i) => (found[i] === undefined ? [] : [{ entry: e, shown: found[i].shown }]));
    if (shown.length === 0) continue;
    if (entries.length < 2 || shown.length < entries.length) {
      const [first] = shown;
      const bare = entries.find((_, i) => found[i] === undefined);
      const why =
        entries.length < 2 ? "it is the dump's only title, so nothing tells it from the title's own; if it is the listing's, delete it from the dump"
        : shown.length < 2 ? "other titles of the dump show none, so it may be the title's own; if it is the listing's, delete it from the dump"
        : `${shown.length} of the dump's ${entries.length} titles show such words, not ${quote(bare!.title)} (line ${bare!.line}), so they may be the titles' own; if they are the listing's, delete them from the dump`;
      warnings.push(problemAt(file, first!.entry.line, `kept ${affix.what} ${quote(first!.shown)} at the ${affix.at} of the title ${quote(first!.entry.title)}: ${why}`));
      continue;
    }
    const listed = `${affix.at === 'start' ? 'before' : 'after'} every title of the dump (${shown.slice(0, 2).map((s) => quote(s.shown)).join(', ')}, …)`;
    if (affix.together !== undefined && !affix.together.test(shown.map((s) => s.shown))) {
      warnings.push(problemAt(file, entries[0]!.line, `kept what may be ${affix.what} ${listed}: ${affix.together.why}; if they are the listing's, delete them from the dump`));
      continue;
    }
    warnings.push(problemAt(file, entries[0]!.line, `removed ${affix.what} ${listed}: the listing's, not the titles' words`));
    altered.affixes += entries.length;
    entries = entries.map((e, i) => ({ ...e, title: withoutAffix(e.title, affix, found[i]!.written) }));
  }
  return entries;
}

/** The vote button's word glued onto the end of a title, with its count (`ModelsUpvote`, `Models.Upvote 12`). */
const GLUED_UPVOTE = /(?<=\S)Upvote(?:\s*\d[\d,.]*k?)?$/u;
/** A vote count glued onto the start of a title, before a word (`42Sparse`, `1.2kPaper`); not `3DGS`, `4DGen` (2D, 3D and 4D start titles), nor a model size or a unit (`7B Models`, `4M-21`). */
const GLUED_COUNT = /^\d[\d,.]*k?(?=\p{Lu}\p{Ll})(?!D(?!\p{Ll}))/u;
/** The same before a word that starts in lowercase (`23iFlow`, `5mPLUG`), not an ordinal (`51st`): taken off only in a dump whose titles start with counts (hasGluedCounts). */
const GLUED_COUNT_ANY_CASE = /^\d[\d,.]*k?(?=\p{Lu}|\p{Ll}+[\p{Lu}\d-])(?!D(?!\p{Ll}))/u;

/**
 * The entries without the page's vote button glued onto their titles (a
 * copy that joins a card's title to the button beside it): its word at the
 * end of a title, wherever it is (a title's own word is spaced: `Why We
 * Upvote`); its count at the start, only when every title of the dump has
 * one (`4Real` alone is a title). One warning for each.
 */
function withoutGluedVotes(entries: ListingEntry[], file: string, warnings: Problem[], altered: Alterations): ListingEntry[] {
  const ended = entries.filter((e) => GLUED_UPVOTE.test(e.title) && e.title.replace(GLUED_UPVOTE, '') !== '');
  if (ended.length > 0) {
    const which = ended.length === 1 ? 'the title' : `${ended.length} titles, the first`;
    warnings.push(problemAt(file, ended[0]!.line, `removed the page's \`Upvote\` glued onto the end of ${which} ${quote(ended[0]!.title)}`));
    altered.votes += ended.length;
    entries = entries.map((e) => (ended.includes(e) ? { ...e, title: e.title.replace(GLUED_UPVOTE, '') } : e));
  }
  entries = withoutTrailingCounts(entries, file, warnings, altered);
  if (!hasGluedCounts(entries.map((e) => e.title))) return entries;
  const counts = entries.map((e) => GLUED_COUNT_ANY_CASE.exec(e.title)?.[0]);
  const first = counts.filter((c) => c !== undefined).slice(0, 2);
  warnings.push(problemAt(file, entries[0]!.line, `removed the vote count glued onto the start of every title of the dump (${first.map((c) => quote(c)).join(', ')}, …)`));
  altered.votes += counts.filter((c) => c !== undefined).length;
  entries.forEach((e, i) => {
    if (counts[i] === undefined) {
      warnings.push(problemAt(file, e.line, `kept the figures at the start of the title ${quote(e.title)} as they are: the page's vote count is glued onto every title of the dump, but where it ends in this one cannot be told (check the entry's title)`));
    }
  });
  return entries.map((e, i) => (counts[i] === undefined ? e : { ...e, title: e.title.slice(counts[i]!.length) }));
}

/**
 * A vote count after a title, a space before it (`Folded Ropes 7`, `Paper
 * Cranes 1.2k`, `1,234`), perhaps after the mark (`· 42`, `| 42`) or the
 * icon (`▲ 42`, `👍 42`: page-chrome.ts COUNT_ICONS) a card shows it beside.
 * A whole number or thousands: a card never shows a decimal (`Qwen 2.5`).
 * The icon, or a mark no title writes before its own figures (`·`, `|`;
 * a dash it may: `Phi – 4`), is the first group; the count the second.
 */
const TRAILING_COUNT = new RegExp(String.raw`(?<=\S)\s+(?:([${COUNT_ICONS}]+|[·•|])\s*|[\u2013\u2014-]\s*)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d)?k|\d+)$`, 'iu');
/** Figures a title ends in of its own as often as a card's count: a version (`Llama 3`, `GPT 4`) or a year (`SemEval 2025`). */
const TITLE_FIGURES = /^(?:\d|(?:19|20)\d{2})$/u;

/**
 * The entries without the vote count a copy writes after every title of a
 * dump of three or more (`Folded Ropes 7`), with one warning. Fewer, where
 * some title ends in none, or where two titles would then read the same
 * (`Paper 1`, `Paper 2`: the figures tell them apart), a title's own
 * figures (`Llama 3`) stay; so do figures after every title that each read
 * as a title's own (`Llama 3`, `GPT 4`, `Gemma 3`), with no icon or mark
 * before them, with a warning.
 */
function withoutTrailingCounts(entries: ListingEntry[], file: string, warnings: Problem[], altered: Alterations): ListingEntry[] {
  const counts = entries.map((e) => TRAILING_COUNT.exec(e.title));
  if (entries.length < 3 || counts.some((c) => c === null)) return entries;
  const without = entries.map((e, i) => e.title.slice(0, counts[i]!.index));
  if (new Set(without.map((title) => title.toLowerCase())).size < new Set(entries.map((e) => e.title.toLowerCase())).size) return entries;
  const shown = `${counts.slice(0, 2).map((c) => quote(c![2]!)).join(', ')}, …`;
  if (counts.every((c) => c![1] === undefined && TITLE_FIGURES.test(c![2]!))) {
    warnings.push(problemAt(file, entries[0]!.line, `kept the figures after every title of the dump (${shown}) as the titles' own: each reads as a version or a year (\`Llama 3\`, \`SemEval 2025\`) as well as a vote count; if they are the page's vote counts, delete them from the dump`));
    return entries;
  }
  warnings.push(problemAt(file, entries[0]!.line, `removed the vote count after every title of the dump (${shown})`));
  altered.votes += entries.length;
  return entries.map((e, i) => ({ ...e, title: without[i]! }));
}

/**
 * Whether the page's vote counts are glued onto the titles: three titles at
 * least (two that start with figures by chance, `4Real`, `3Dream`, are
 * likelier than a dump of two papers), half of them at least with a count
 * before a capital, and every one with a count before a letter (`23iFlow`);
 * or, in a dump of five or more, every one starting with figures (a count
 * glued onto figures of the title's own, `123DGS`, cannot be told apart).
 */
function hasGluedCounts(titles: readonly string[]): boolean {
  if (titles.length < 3 || 2 * titles.filter((t) => GLUED_COUNT.test(t)).length < titles.length) return false;
  return titles.every((t) => GLUED_COUNT_ANY_CASE.test(t)) || (titles.length >= 5 && titles.every((t) => /^\d/u.test(t)));
}

/** A title with its text-level LaTeX read (`Schr\\"odinger` → `Schrödinger`; formulas stay as written), warning about what stays literal. */
function readTitleTex(entry: ListingEntry, file: string, warnings: Problem[], altered: Alterations): string {
  const { text, literal, notes } = titleToText(entry.title);
  altered.tex += literal.length;
  altered.simplifiedTex += notes.length;
  for (const command of literal) warnings.push(problemAt(file, entry.line, `kept the unknown LaTeX command ${quote(command)} as literal text in the title ${quote(text)}`));
  for (const note of notes) warnings.push(problemAt(file, entry.line, `${note} in the title ${quote(text)}`));
  return text === '' ? entry.title : text;
}

/**
 * The lines with those a tool wrapped at a width joined back where it
 * marked its breaks (see soft-breaks.ts): `fold -s` output reads as the
 * dump it wrapped, each line numbered as its first line in the file, with
 * the width it was wrapped at. Text wrapped with no marks is left to
 * {@link readLayout}.
 */
function withSoftBreaksJoined(lines: readonly Line[]): { lines: Line[]; width?: number } {
  const raws = lines.map((line) => line.raw);
  const soft = softBreaks(raws);
  // Unmarked, the breaks are readLayout's to find, but for a word cut at the width, which no reading of the lines can join.
  const { joins, width } = soft ?? { joins: cutWords(raws) ?? [], width: undefined };
  const joined: Line[] = [];
  let open: ' ' | '' | undefined;
  lines.forEach((line, i) => {
    const last = joined.at(-1);
    if (open !== undefined && last !== undefined) joined[joined.length - 1] = { ...last, text: `${last.text}${open}${line.text}`, raw: `${last.raw.trimEnd()}${open}${line.raw}` };
    else joined.push(line);
    open = joins[i];
  });
  return { lines: joined, ...(width === undefined ? {} : { width }) };
}

/** A line joined to the abstract above it: its text and its line, and what it is. */
interface JoinedNotice {
  text: string;
  line: number;
  /** A publisher's copyright notice, or a link's address under an abstract that ends with a colon. */
  kind: 'notice' | 'address';
}

/**
 * The lines with each line that ends the abstract above it joined to that
 * abstract, where the abstract reads as one (longer than any line of the
 * page's own), across any blank lines between them: a publisher's
 * copyright notice (`(c) 2025 Elsevier Ltd. All rights reserved.`,
 * page-chrome.ts isPublisherNotice) under an abstract that ends as a
 * sentence does, which arXiv keeps as the abstract's last line; and a
 * link's address alone (`https://github.com/…`) under an abstract that
 * ends with a colon (`Code is available at:`). A save may put either on a
 * line or a paragraph of its own. Apart, a notice read as a title without
 * an abstract, or after the last paper as the site footer, and an address
 * as a card's link, dropped, the abstract ending with its colon.
 */
function withAbstractEndsJoined(lines: readonly Line[]): { lines: Line[]; notices: JoinedNotice[] } {
  const result: Line[] = [];
  const notices: JoinedNotice[] = [];
  // The last line of `result` that is not blank, kept as it goes: looked for again at each line, a file of mostly blank
  // lines (each copy of a page is read with the others' lines blank) took time in the square of its lines.
  let above = -1;
  for (const line of lines) {
    const abstract = above === -1 ? undefined : result[above]!;
    const kind = line.blank || abstract === undefined || !isLongerThanPageLines(abstract.text) ? undefined : endOfAbstract(line.text, abstract.text);
    if (kind !== undefined) {
      result.splice(above, result.length - above, { ...abstract!, text: `${abstract!.text} ${line.text}`, raw: `${abstract!.raw.trimEnd()} ${line.raw.trim()}` });
      notices.push({ text: line.text, line: line.number, kind });
    } else {
      result.push(line);
      if (!line.blank) above = result.length - 1;
    }
  }
  return { lines: result, notices };
}

/** What `text` is as the end of the abstract `abstract` it stands under (see {@link withAbstractEndsJoined}), if it is one. */
function endOfAbstract(text: string, abstract: string): JoinedNotice['kind'] | undefined {
  if (isPublisherNotice(text) && /[.!?]["'\u201D\u2019)\]]*$/u.test(abstract)) return 'notice';
  if (isBareAddress(text) && abstract.endsWith(':')) return 'address';
  return undefined;
}

/** The warnings for the lines joined to abstracts, each naming its line and the paper it is now part of. */
function noticesJoined(notices: readonly JoinedNotice[], entries: readonly ListingEntry[], file: string): Problem[] {
  return notices.map((notice) => {
    const entry = entries.find((e) => e.abstract.endsWith(` ${notice.text}`));
    const of = entry === undefined ? '' : `, of ${quote(entry.title)}`;
    const what = notice.kind === 'notice' ? `the publisher's notice ${quote(notice.text)}` : `the address ${quote(notice.text)}`;
    const why = notice.kind === 'notice' ? 'as its last line (arXiv keeps one so)' : 'which ends with `:` before it';
    return problemAt(file, notice.line, `joined ${what} to the abstract above it${of}, ${why}; if it is no part of that abstract, delete it from the dump`);
  });
}

/**
 * Split and clean every line; warn where characters were removed. With
 * `tabbedCards`, a line holding a title and its abstract with a tab between
 * them (tabbed-card.ts) is two lines of one number, the title's over the
 * abstract's, with one warning for the dump. `firstLine`: the number in
 * the file of `raw`'s first line (a copy of the page starts further down).
 */
function readLines(raw: string, file: string, warnings: Problem[], altered: Alterations, tabbedCards: boolean, firstLine: number, glued: GluedLine[]): Line[] {
  const garbled = isMojibake(raw);
  const tabbed: Line[] = [];
  const rawLines = splitLines(raw);
  // The handles the dump shows on lines of their own end a handle glued onto a title (glued-furniture.ts dumpHandles).
  const handles = dumpHandles(rawLines);
  const lines = rawLines.flatMap((rawLine, i) => {
    const index = i + firstLine - 1;
    const read = garbled ? repairMojibake(rawLine) : { text: rawLine, repaired: 0 };
    // A card's furniture glued onto the start or the end of the line (glued-furniture.ts) is taken off before the line is read, a cell of a table's row as well.
    const furniture = gluedFurniture(read.text, handles);
    if (furniture !== undefined) glued.push({ number: index + 1, start: furniture.start, end: furniture.end, ...(furniture.unsure && { unsure: furniture.unsure, line: read.text }) });
    const mojibake = furniture === undefined ? read : { ...read, text: furniture.text };
    if (mojibake.first !== undefined) {
      altered.mojibake += mojibake.repaired;
      const count = mojibake.repaired === 1 ? 'a character' : `${mojibake.repaired} characters`;
      warnings.push(problemAt(file, index + 1, `read back ${count} saved as UTF-8 read as Windows-1252 (the first ${quote(mojibake.first.found)} as ${quote(mojibake.first.read)}); check that the line reads as written`));
    }
    const { text, removed, removedCodes } = cleanLine(mojibake.text);
    if (removed > 0) {
      altered.characters += removed;
      warnings.push(problemAt(file, index + 1, `removed ${removed === 1 ? 'a control or invisible character' : `${removed} control or invisible characters`} (${removedCodes.join(', ')})`));
    }
    const line = { text, raw: furniture === undefined ? rawLine : furniture.text, number: index + 1, blank: /^[\s\u0085]*$/u.test(rawLine) };
    const card = tabbedCards && mojibake.text.includes('\t') ? tabbedCard(mojibake.text) : undefined;
    if (card === undefined) return [line];
    const title = { ...line, text: cleanLine(card.title).text, raw: card.title };
    tabbed.push(title);
    return [title, { ...line, text: cleanLine(card.abstract).text, raw: card.abstract }];
  });
  if (tabbed.length > 0) {
    const which = tabbed.length === 1 ? 'a line' : `${tabbed.length} lines`;
    warnings.push(problemAt(file, tabbed[0]!.number, `read ${which} holding a title and its abstract with a tab between them as the title over its abstract (the first ${quote(tabbed[0]!.text)}), as a table's row copies them; check that each title and abstract reads as written`));
  }
  return lines;
}

/** A line of the file the card's furniture was taken off the start or the end of (glued-furniture.ts): its 1-based number, and the furniture. */
interface GluedLine {
  number: number;
  start: readonly string[];
  end: readonly string[];
  /** `Submitted by` and a handle glued onto its start whose end cannot be told, and the line as read. */
  unsure?: UnsureHandle;
  line?: string;
}

/** The stop for each line with `Submitted by` and a handle glued onto its start whose end cannot be told (glued-furniture.ts gluedHandle): a title makes the paper's URL, so it is not guessed. */
function unsureHandles(glued: readonly GluedLine[], file: string): Problem[] {
  return glued.flatMap(({ number, unsure, line }) => {
    if (unsure === undefined) return [];
    const ends = unsure.ends.map((end) => quote(end));
    const which = ends.length === 2 ? `${ends[0]} or ${ends[1]}, and the dump shows neither` : `${ends.slice(0, -1).join(', ')} or ${ends.at(-1)}, and the dump shows none of them`;
    return [problemAt(file, number, `cannot tell where the handle ends in the page's ${quote(unsure.found)} glued onto the start of the line ${quote((line ?? '').trim())}: it may end after ${which} on a line of its own; expected the title on a line of its own: put it on the next line, or remove \`Submitted by <handle>\` from the line`)];
  });
}

/**
 * The entries without a vote count glued on after their abstract's last
 * sentence (glued-furniture.ts gluedVoteCount: `…prior work.127`), and
 * where each was, at the abstract's first line, for the warning.
 */
function withoutGluedVoteCounts(entries: readonly ListingEntry[]): { entries: ListingEntry[]; glued: GluedLine[] } {
  const glued: GluedLine[] = [];
  const kept = entries.map((entry) => {
    const vote = gluedVoteCount(entry.abstract);
    if (vote === undefined) return entry;
    glued.push({ number: entry.abstractLine, start: [], end: [vote.count] });
    return { ...entry, abstract: vote.text };
  });
  return { entries: kept, glued };
}

/**
 * The warning for the card's furniture taken off the start or the end of
 * lines (glued-furniture.ts), and the vote counts off the end of
 * abstracts, once for the dump: naming the first title or abstract it was
 * glued onto, and how many more. Taken off a line no paper's text comes
 * from (the page header), it changes no paper and goes unsaid. `entries`
 * and `glued` are both in the file's order, and read so, side by side.
 */
function gluedFurnitureWarning(entries: readonly ListingEntry[], glued: readonly GluedLine[], file: string): Problem[] {
  const places: Array<{ number: number; start: boolean; end: boolean; said: string }> = [];
  let i = 0;
  for (const { number, start, end } of glued) {
    // The paper a line belongs to: the last whose title is at or above it.
    while (i + 1 < entries.length && entries[i + 1]!.line <= number) i += 1;
    const entry = entries[i];
    if (entry === undefined || number < entry.line) continue;
    // A table's row holds the title and the abstract on one line: its start is the title's, its end the abstract's.
    const startField = number < entry.abstractLine || number === entry.line ? 'title' : 'abstract';
    const endField = number < entry.abstractLine ? 'title' : 'abstract';
    const field = (which: string) => (which === 'title' ? `the title ${quote(entry.title)}` : `the abstract of ${quote(entry.title)}`);
    const onStart = `${furnitureNames(start)} glued onto the start of ${field(startField)}`;
    const onEnd = start.length === 0 ? `${furnitureNames(end)} glued onto the end of ${field(endField)}` : `, and ${furnitureNames(end)} onto the end of ${startField === endField ? 'it' : 'its abstract'}`;
    places.push({ number, start: start.length > 0, end: end.length > 0, said: `${start.length > 0 ? onStart : ''}${end.length > 0 ? onEnd : ''}` });
  }
  const [first] = places;
  if (first === undefined) return [];
  const where = places.every((p) => !p.start) ? 'the end' : places.every((p) => !p.end) ? 'the start' : 'the start or the end';
  const more = places.length === 1 ? '' : `, and ${places.length - 1} more such from ${where} of titles and abstracts`;
  return [problemAt(file, first.number, `removed the page's ${first.said} (a card's text, copied with it)${more}`)];
}

/** The furniture taken off, each quoted, a bare count named as the card's vote count. */
function furnitureNames(furniture: readonly string[]): string {
  return furniture.map((f) => (/^[\d,]+$/u.test(f) ? `vote count ${quote(f)}` : quote(f))).join(' and ');
}

/**
 * How a dump lays out its fields: separated by blank lines (`blank`), one
 * per line (`lines`), or wrapped at a width with no blank lines at all, which
 * cannot be read (`wrapped-without-blanks`). Blank-line layout: most lines
 * are blank-separated, or the text is wrapped at a width (see
 * {@link wrapping}) and blank lines separate its paragraphs. `width`: the
 * width the text is wrapped at, when it is.
 */
function readLayout(lines: readonly Line[]): { kind: 'blank' | 'lines' | 'wrapped-without-blanks'; width?: number; wrappedLine?: number } {
  let separated = 0;
  let adjacent = 0;
  let previous: Line | undefined;
  let blankSince = false;
  for (const line of lines) {
    if (line.blank) {
      blankSince = true;
      continue;
    }
    if (previous !== undefined) {
      if (blankSince) separated += 1;
      else adjacent += 1;
    }
    previous = line;
    blankSince = false;
  }
  const wrap = wrapping(lines);
  const width = wrap !== undefined && wrap.wrapped >= MIN_WRAPS && 3 * wrap.wrapped >= adjacent ? wrap.width : undefined;
  // With no blank line to go by, only text that is plainly wrapped is refused: most of its lines that run on into text
  // (not the page's header or footer) are wrapped, and some paragraph is wrapped over three lines or more (long titles
  // over abstracts that start in lowercase look wrapped once each, never twice in a row).
  if (separated === 0) {
    const refused = wrap !== undefined && wrap.wrapped >= MIN_WRAPS_UNSEPARATED && wrap.runs > 0 && 2 * wrap.wrapped >= runsIntoText(lines);
    return refused ? { kind: 'wrapped-without-blanks', width: wrap.width, wrappedLine: wrap.first } : { kind: 'lines' };
  }
  const kind = separated > adjacent || width !== undefined ? 'blank' : 'lines';
  return { kind, ...(width === undefined ? {} : { width }) };
}

/**
 * The width a dump's text would be wrapped at, how many of its lines are
 * wrapped there, and how many of those the next line is wrapped too
 * (`runs`), and the first wrapped line (its 0-based index, `first`): where a paragraph runs on over several lines, each line but
 * its last ends where the next line's first word would not have fitted,
 * mostly in the middle of a sentence. The width is taken from the lines that
 * run on (the longest but a tenth of them, so that an unbreakable URL does
 * not set it). A title over its one-line abstract, or abstracts cut to one
 * length, are not wrapped: the next line starts a field of its own, with a
 * capital.
 */
function wrapping(lines: readonly Line[]): { width: number; wrapped: number; runs: number; first: number } | undefined {
  const runOn = runOnLines(lines);
  if (runOn.length < 2) return undefined;
  const lengths = runOn.map((i) => visibleLength(lines[i]!.text)).sort((a, b) => a - b);
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))]!;
  if (width < MIN_WRAP_WIDTH) return undefined;
  // A wrapped line is nearly as wide as the text (only a word longer than a quarter of it ends one sooner), and mostly
  // breaks a sentence: the next line goes on in lowercase, where a title or an abstract of its own starts with a capital.
  const wraps = (i: number) => visibleLength(lines[i]!.text) >= 0.75 * width && !fitsAfter(lines[i]!.text, lines[i + 1]!.text, width) && /^\p{Ll}/u.test(lines[i + 1]!.text);
  const wrapped = runOn.filter(wraps);
  return { width, wrapped: wrapped.length, runs: wrapped.filter((i, k) => wrapped[k + 1] === i + 1).length, first: wrapped[0] ?? runOn[0]! };
}

/** The indexes of the lines that run on into the next one (neither is blank). */
function runOnLines(lines: readonly Line[]): number[] {
  return lines.flatMap((line, i) => (!line.blank && i + 1 < lines.length && !lines[i + 1]!.blank ? [i] : []));
}

/** How many lines run on from text into text, the page's header, footer and card furniture aside. */
function runsIntoText(lines: readonly Line[]): number {
  const furniture = (i: number) => isChromeLine(lines[i]!.text) || isFooterLine(lines[i]!.text) || isFurnitureLine(lines[i]!.text);
  return runOnLines(lines).filter((i) => !furniture(i) && !furniture(i + 1)).length;
}

/** Text is not wrapped narrower than this. */
const MIN_WRAP_WIDTH = 40;
/** Wrapped text shows at least this many wrapped lines; with no blank lines, the second. */
const MIN_WRAPS = 2;
const MIN_WRAPS_UNSEPARATED = 4;

/** Whether the first word of `next` would have fitted on the line `text`, at `width` characters: a line that ends short is not wrapped. */
function fitsAfter(text: string, next: string, width: number): boolean {
  return visibleLength(text) + 1 + visibleLength(next.split(' ')[0]!) <= width;
}

/** One field per non-blank line; a line that held only invisible characters is an empty field. */
function lineFields(lines: readonly Line[]): SourceField[] {
  return lines.filter((l) => !l.blank).flatMap((l) => withLabelsOff([l])).map((l) => ({ text: l.text, raw: l.raw, line: l.number, lastLine: l.number, kind: l.text === '' ? 'invisible' : 'text' }));
}

/**
 * One field per block of non-blank lines, the lines joined with a space. A
 * run of blank lines longer than the dump's usual separator leaves room for
 * a field that is missing, which becomes an empty slot. A line holding only
 * invisible characters (`\u200B`, a null byte) right under a line of text
 * ends its block as a blank line does: it stands where a blank line stood
 * (an empty paragraph a page or an editor kept), and no field is wrapped
 * over such a line.
 */
function blockFields(lines: readonly Line[], width: number | undefined): SourceField[] {
  const blocks: Array<{ lines: Line[]; gap: number }> = [];
  let gap = 0;
  for (const line of lines) {
    const underText = gap === 0 && blocks.at(-1)?.lines.at(-1)?.text !== undefined && blocks.at(-1)!.lines.at(-1)!.text !== '';
    if (line.blank || (line.text === '' && underText)) gap += 1;
    else if (gap === 0 && blocks.length > 0) blocks.at(-1)!.lines.push(line);
    else {
      blocks.push({ lines: [line], gap: blocks.length === 0 ? 0 : gap });
      gap = 0;
    }
  }
  const usual = mostCommon(blocks.slice(1).map((b) => b.gap)) ?? 1;
  const fields: SourceField[] = [];
  for (const block of blocks.flatMap(withoutHeaderLines).map((b) => ({ ...b, lines: withLabelsOff(b.lines) })).flatMap(withLabelsApart)) {
    const first = block.lines[0]!.number;
    const slots = block.gap > usual ? Math.floor((block.gap - usual) / (usual + 1)) : 0;
    for (let slot = 0; slot < slots; slot += 1) fields.push({ text: '', line: first - 1, lastLine: first - 1, kind: 'slot' });
    const parts = block.lines.map((l) => l.text).filter(Boolean);
    const text = joinWrappedLines(parts);
    const card = cardOf(block.lines, width);
    fields.push({ text, line: first, lastLine: block.lines.at(-1)!.number, kind: text === '' ? 'invisible' : 'text', ...(block.lines.length === 1 ? { raw: block.lines[0]!.raw } : {}), ...(parts.length > 1 ? { parts } : {}), ...(card ? { card } : {}), ...(width === undefined ? {} : { wrapped: true }) });
  }
  return withoutCaseCardsUnlessCardLayout(fields);
}

/**
 * The fields, each card split by case alone (see {@link cardOf}) taken for
 * one block only where most blocks of several lines are cards: the layout
 * that puts a title over its abstract in one block. Where titles stand in
 * blocks of their own, a block's first lines in title case are the start of
 * an abstract wrapped narrow (`Large Language Models (LLMs) such as`), not
 * a title: read as a card, the abstract would stop the ingest as a title
 * with its abstract under it, or shift every paper after it.
 */
function withoutCaseCardsUnlessCardLayout(fields: readonly SourceField[]): SourceField[] {
  const several = fields.filter((f) => f.kind === 'text' && f.lastLine > f.line);
  const cards = several.filter((f) => f.card !== undefined).length;
  if (cards > several.length - cards) return [...fields];
  return fields.map(({ card, ...field }) => (card?.byCase ? field : { ...field, ...(card && { card }) }));
}

/**
 * The block with the lines of the page header it starts with (known chrome,
 * a date or a day's label) as blocks of their own (a date and the day's
 * labels beside it as one): a save may keep the
 * header's lines together (`new`, `Subscribe`, `Mar 14`, even the first
 * title under them) where it puts blank lines between papers, and joined,
 * they would read as a title. A title's or an abstract's text never starts
 * with a whole line of the page's header, nor holds a date line under
 * short lines of which one is known chrome (the site's navigation saved
 * as one block over the date: `Models`, `Datasets`, …, `Daily Papers`,
 * `Mar 14`); the blocks after the first keep no gap, so they leave no room
 * for a missing field.
 */
function withoutHeaderLines(block: { lines: Line[]; gap: number }): Array<{ lines: Line[]; gap: number }> {
  const split: Array<{ lines: Line[]; gap: number }> = [];
  let rest = block.lines;
  // The site's navigation over the date line (`Models`, `Datasets`, …, `Daily Papers`, `Mar 14`): each line over the date a block of its own.
  const date = rest.findIndex((line) => isDayLine(line.text));
  const over = date > 0 ? rest.slice(0, date) : [];
  if (over.some((line) => isChromeLine(line.text)) && over.every((line) => line.text.length <= MAX_CHROME_LENGTH)) {
    for (const line of over) split.push({ lines: [line], gap: split.length === 0 ? block.gap : 0 });
    rest = rest.slice(date);
  }
  while (rest.length > 1) {
    // A date and its weekday stay one block, the date line they are read as together (`Mar 14` over `Friday`).
    const day = rest.findIndex((line) => !isDayLine(line.text));
    const size = day === -1 ? 0 : day > 0 ? day : isChromeLine(rest[0]!.text) ? 1 : 0;
    if (size === 0) break;
    split.push({ lines: rest.slice(0, size), gap: split.length === 0 ? block.gap : 0 });
    rest = rest.slice(size);
  }
  return [...split, { lines: rest, gap: split.length === 0 ? block.gap : 0 }];
}

/**
 * The block with each line that is a card's label (`AI-generated summary`,
 * `Abstract`: see isCardLabel) as a block of its own, and the lines between
 * them as blocks too: a save may keep a label in one block with the text
 * under it, or with the title over it, where it puts blank lines between
 * the rest. Joined, the label would read as a title, or the site's summary
 * as part of an abstract; apart, the card reads as when each stands alone.
 * The blocks after the first keep no gap, as in {@link withoutHeaderLines}.
 */
function withLabelsApart(block: { lines: Line[]; gap: number }): Array<{ lines: Line[]; gap: number }> {
  const runs: Line[][] = [];
  for (const line of block.lines) {
    const label = isCardLabel(line.text);
    if (label || runs.length === 0 || isCardLabel(runs.at(-1)![0]!.text)) runs.push([line]);
    else runs.at(-1)!.push(line);
  }
  return runs.map((lines, index) => ({ lines, gap: index === 0 ? block.gap : 0 }));
}

/**
 * The lines of one field (a block, or a line of the one-line layout) with a
 * card's label that starts a line before its text (`Abstract: We study…`,
 * see splitCardLabel) on a line of its own, the text on the next, both
 * numbered as the line was: withLabelsApart and the structure then read
 * them as a label standing alone. Only where the text, with the lines under
 * it up to the next label, ends as a sentence, as an abstract or a summary
 * does: a title that starts with a label's word (`Summary: Fast
 * Distillation`) stays whole.
 */
function withLabelsOff(lines: readonly Line[]): Line[] {
  return lines.flatMap((line, i) => {
    const split = splitCardLabel(line.text);
    if (split === undefined) return [line];
    const next = lines.findIndex((other, k) => k > i && (isCardLabel(other.text) || splitCardLabel(other.text) !== undefined));
    const text = [split.text, ...lines.slice(i + 1, next === -1 ? undefined : next).map((l) => l.text)].join(' ');
    if (!endsLikeSentence(text)) return [line];
    return [
      { ...line, text: split.label, raw: split.label },
      { ...line, text: split.text, raw: split.text },
    ];
  });
}

/** Whether a line is a date, a day's label or a period, which the page header ends with. */
function isDayLine(text: string): boolean {
  return text !== '' && (parseDateLabel(text) !== undefined || readDayLabel(text) !== undefined || isPeriodLine(text));
}

/** A block read as a whole paper: its title lines over its abstract's. */
interface Card {
  title: SourceField;
  abstract: SourceField;
  /** Split where its lines stop being in title case, as no line ends short (the title fills its last line): see {@link cardOf}. */
  byCase?: true;
}

/**
 * A block that may hold a whole paper, title lines over abstract lines (a
 * save that puts a blank line between papers only): split after its one
 * line that ends short, where the next line's first word would have fitted
 * had the text been wrapped at the block's width. Lines wrapped at a width
 * all end full, so a wrapped title or abstract is not split, and a block of
 * several short lines is not one paper; the listing's structure decides
 * which reading holds (a `card`, see listing-structure.ts).
 *
 * A title that fills its last line ends no line short: then the block is
 * split after its last line in title case that a title can end with (not a
 * comma, not `and` or `such as`: a sentence going on, as where the first
 * line of an abstract that starts with names, `Large Language Models (LLMs)
 * such as`, is in title case too), over a line that starts as a sentence
 * does (`byCase`). Where two of its lines could end the title so, the
 * block is no card: a title that fills its line over an abstract whose
 * first line is in title case (`Greedy Text Decoding (GTD) and Sampled
 * Text`) reads either way, and a guess would publish the abstract's words
 * as the title's; read whole, the block stops the ingest, naming its line.
 */
function cardOf(lines: readonly Line[], wrappedAt: number | undefined): Card | undefined {
  const visible = lines.filter((l) => l.text !== '');
  if (visible.length < 2) return undefined;
  const width = wrappedAt ?? visible.reduce((most, l) => Math.max(most, visibleLength(l.text)), 0);
  const short = visible.flatMap((l, i) => (i < visible.length - 1 && fitsAfter(l.text, visible[i + 1]!.text, width) ? [i] : []));
  // A title wrapped to the width ends no line short: its lines are in title case, over a line that starts a sentence.
  const titled = visible.findIndex((l) => !isTitleCase(l.text));
  const ends = short.length === 0 && titled > 0 && titled <= MAX_TITLE_LINES ? visible.slice(0, titled).flatMap((l, i) => (canEndTitle(l.text) && !/^\p{Ll}/u.test(visible[i + 1]!.text) ? [i] : [])) : [];
  const end = short.length === 1 ? short[0]! : ends.length === 1 ? ends[0] : undefined;
  // The title does not end as a sentence does (unless in title case); the abstract under it is one paragraph (a block of
  // several is not one paper) and starts as a sentence does, not in lowercase (a sentence going on after a line broken by hand).
  if (end === undefined || (endsLikeSentence(visible[end]!.text) && !isTitleCase(visible[end]!.text)) || /^\p{Ll}/u.test(visible[end + 1]!.text)) return undefined;
  const part = (from: number, to: number): SourceField => {
    const text = joinWrappedLines(visible.slice(from, to).map((l) => l.text));
    return { text, line: visible[from]!.number, lastLine: visible[to - 1]!.number, kind: 'text' };
  };
  // Lines of an abstract under its title in one block are that layout's wrapping, and so are a title's in text wrapped at a width.
  const title = part(0, end + 1);
  return { title: wrappedAt === undefined ? title : { ...title, wrapped: true }, abstract: { ...part(end + 1, visible.length), wrapped: true }, ...(short.length === 1 ? {} : { byCase: true as const }) };
}

/** Whether a title can end with the line `text`: not after a comma or an opening bracket, nor after a word that joins it to more (`and`, `such as`, `for`). */
function canEndTitle(text: string): boolean {
  const last = text.split(' ').at(-1)!;
  return !/[,;(\[\-\u2010\u2013\u2014]$/u.test(last) && !isMinorTitleWord(last) && !JOINING_WORDS.has(last.toLowerCase());
}

/** Words, other than those of {@link isMinorTitleWord}, a title does not end with: a sentence goes on after them. */
const JOINING_WORDS = new Set(['such', 'e.g.', 'i.e.', 'nor', 'than', 'like', 'including', 'namely']);

/** Lines a title may be wrapped over. */
const MAX_TITLE_LINES = 3;

/**
 * Whether a line is written in title case, as titles are and sentences are
 * not: of two or more words with letters, all but the minor ones start
 * with something other than a lowercase letter (`Sparse Routing for
 * Efficient Models`, `xLSTM` aside: one such word is allowed).
 */
function isTitleCase(text: string): boolean {
  const words = text.split(' ').filter((w) => /\p{L}/u.test(w) && !isMinorTitleWord(w));
  if (words.length === 0) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower <= 1 && lower * 4 < words.length;
}

/** The most common value (the smallest on a tie), if any. */
function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a, ca], [b, cb]) => cb - ca || a - b)[0]?.[0];
}

/**
 * In the one-line layout (also spaced out into blocks by a tool, a
 * paragraph a line), the first title, which the page saves with
 * `Subscribe` glued on: the first field that starts with the glued word,
 * when everything before it can be page header (known chrome, the site's
 * navigation (the footer's items), a date or a day's label without one
 * (`Today`, `Friday`, `14/03`), and other short lines only alongside them). A `Subscribe` of its own before it
 * means the page's word was not glued on, and a word that merely starts with
 * it (`Subscribers`) is not it (see {@link readsAsGluedTitle}). After known
 * page header, the word followed by spaces is found too (`spaced`): the
 * caller takes it off only where the rest starts as a title does
 * (`readsAsTitleStart`). Gives the field's index and its text without the
 * word.
 */
function gluedFirstTitle(fields: readonly SourceField[]): { index: number; title: string; spaced: boolean } | undefined {
  let known = false;
  let unknown = false;
  const banner = consentBannerIndices(fields.map((field) => (field.kind === 'text' ? field.text : '')));
  for (let index = 0; index < Math.min(fields.length, MAX_HEADER_FIELDS); index += 1) {
    const { text, raw } = fields[index]!;
    // A cookie or consent banner is page chrome, its text as long as it is.
    if (banner.has(index)) {
      known = true;
      continue;
    }
    // Glued onto the line as saved: `Subscribe` then anything but whitespace, even a character cleaning removes.
    const line = (raw ?? text).replace(/^[\s\uFEFF]+/u, '');
    const glued = stripGluedSubscribe(line);
    // A word that merely starts with the button's (`Subscribers`, `Subscribed`) is not it, in either layout.
    if (glued !== undefined && !readsAsGluedTitle(glued)) return undefined;
    if (glued !== undefined) return index === 0 || known ? { index, title: cleanLine(glued).text, spaced: false } : undefined;
    // With a space after the word, only after page header and nothing else: `Subscribe to …` may be any later title.
    const spaced = known && !unknown ? stripSpacedSubscribe(line) : undefined;
    if (spaced !== undefined) return { index, title: cleanLine(spaced).text, spaced: true };
    if (/^subscribe\W*$/i.test(text)) return undefined;
    // A day's label the header may end with instead of a date (`Friday`, `14/03`, `10:00`) is header too.
    if (isChromeLine(text) || isFooterLine(text) || isPeriodLine(text) || isFiguresLine(text) || parseDateLabel(text) !== undefined) known = true;
    else if (isLongerThanPageLines(text)) return undefined;
    else unknown = true;
  }
  return undefined;
}

/** The fields before a glued first title: the page header, its first date line the listing's date, a cookie or consent banner's fields the banner. */
function headerReadings(fields: readonly Field[]): Reading[] {
  let dated = false;
  const banner = consentBannerIndices(fields.map((field) => (field.kind === 'text' ? field.text : '')));
  return fields.map((field, index) => {
    const date = parseDateLabel(field.text) !== undefined;
    const role: Role = banner.has(index) ? 'banner' : date ? (dated ? 'extra-date' : 'date') : 'header';
    dated ||= date;
    return { role, afterTitleWithoutAbstract: false };
  });
}

/** The entries, date and errors a reading gives. */
function describe(fields: readonly SourceField[], structure: Structure, file: string): Omit<ParsedListing, 'warnings' | 'altered'> {
  const entries: ListingEntry[] = [];
  const errors: Problem[] = [];
  let date: Field | undefined;
  const dayLabels = headerDayLabels(fields, structure);
  let title: Field | undefined;
  structure.readings.forEach((reading, index) => {
    const field = fields[index]!;
    if (reading.afterTitleWithoutAbstract && title !== undefined) errors.push(noAbstract(file, title, ...nextRead(fields, structure, index)));
    if (reading.afterTitleWithoutAbstract) title = undefined;
    if (FAULTS.has(reading.role)) errors.push(fault(file, fields, index, reading.role, date, title, entries));
    if (reading.role === 'missing-abstract') title = undefined;
    if (reading.role === 'date') date = field;
    else if (reading.role === 'title' || reading.role === 'sentence-title') title = field;
    // A block read whole: as the pending title's abstract, or as a title.
    else if (reading.role === 'block') title = title === undefined ? field : undefined;
    else if (reading.role === 'abstract' && title !== undefined) {
      entries.push({ title: title.text, abstract: field.text, position: entries.length + 1, line: title.line, abstractLine: field.line });
      append(errors, hugeAbstract(file, title, field));
      title = undefined;
    } else if (reading.role === 'card') {
      const { title: cardTitle, abstract } = field.card!;
      entries.push({ title: cardTitle.text, abstract: abstract.text, position: entries.length + 1, line: cardTitle.line, abstractLine: abstract.line });
      append(errors, hugeAbstract(file, cardTitle, abstract));
    }
  });
  if (structure.danglingTitle && title !== undefined) errors.push(noAbstract(file, title, undefined));
  if (errors.length === 0 && structure.ambiguity !== undefined) errors.push(ambiguous(file, fields, structure.ambiguity, entries.length === 0));
  return { entries, errors, ...(date === undefined ? {} : { date: date.text, dateLine: date.line }), ...(dayLabels.length === 0 ? {} : { dayLabels }) };
}

/**
 * Problems for titles that end as a sentence does right under a line
 * dropped as a card's furniture (`We study spaces.` under `Spaces`, `We
 * study 42.` under `42`): the reading that drops the line shifts the pairs
 * after it, so that an abstract becomes a title and the next title its
 * abstract, which costs little where abstracts are one short sentence: so
 * only where the abstract under the title is no longer than a line of the
 * page's. A title that ends with a full stop is rare (none of the 493 in the
 * seeds does): the run stops, naming both lines, rather than publish a
 * paper's abstract as a title.
 */
function shiftedTitles(fields: readonly Field[], structure: Structure, file: string): Problem[] {
  return structure.readings.flatMap((reading, index) => {
    const above = index > 0 ? structure.readings[index - 1]! : undefined;
    const field = fields[index]!;
    if (reading.role !== 'title' || above?.role !== 'noise' || !endsLikeSentence(field.text)) return [];
    // Over an abstract of a paper's length, nothing shifted: read the other way, that abstract would have no title.
    const abstract = structure.readings.findIndex((r, at) => at > index && r.role === 'abstract');
    if (abstract === -1 || isLongerThanPageLines(fields[abstract]!.text)) return [];
    const dropped = fields[index - 1]!;
    return [
      problemAt(
        file,
        dropped.line,
        `${quote(dropped.text, 40)} reads as a card's furniture and would be dropped, but then ${quote(field.text, 40)} at line ${field.line}, which ends as a sentence, would be a title, and the titles and abstracts after it shifted by one; expected a title over each abstract: if ${quote(dropped.text, 40)} is a paper's title, the ingest cannot tell it from the card's furniture here (its abstract is one short sentence): give the paper a longer abstract, or delete the paper from the dump`,
      ),
    ];
  });
}

/**
 * The day's labels in a form that gives no full date that the page header
 * ends with, right above the first paper: the lines dropped there, up from
 * the first paper, beside the date line, each kind once (a weekday, an ISO
 * week, a day in figures), in the order of the file. A line of another kind,
 * or a second of one kind, ends them: a calendar's weekday names higher up
 * are not the day.
 */
function headerDayLabels(fields: readonly Field[], structure: Structure): DayLabelLine[] {
  const first = structure.readings.findIndex((r) => r.role === 'title' || r.role === 'card');
  const labels: DayLabelLine[] = [];
  const kinds = new Set<string>();
  let dated = false;
  for (let index = first - 1; index >= 0; index -= 1) {
    const field = fields[index]!;
    const { role } = structure.readings[index]!;
    if (field.kind !== 'text' || role === 'gap' || role === 'banner') continue;
    if (role === 'date' && !dated) {
      dated = true;
      continue;
    }
    const kind = role === 'header' || role === 'noise' || role === 'chrome' ? readDayLabel(field.text)?.kind : undefined;
    if (kind === undefined || kinds.has(kind)) break;
    kinds.add(kind);
    labels.unshift({ text: field.text, line: field.line });
  }
  return labels;
}

/**
 * What stands where a title's abstract was expected, from `index` on: the
 * first field read as more than a card's furniture (the next title), and the
 * site's AI-generated summary dropped on the way, if any, which a reader may
 * take for the abstract.
 */
function nextRead(fields: readonly SourceField[], structure: Structure, index: number): [Field | undefined, (Field & { label: string }) | undefined] {
  let at = index;
  while (at < fields.length && (structure.readings[at]!.role === 'noise' || structure.readings[at]!.role === 'gap') && isFurnitureField(fields, at)) at += 1;
  const offset = fields.slice(index, at).findIndex((_, k) => isAiSummaryField(fields, index + k));
  return offset === -1 ? [fields[index], undefined] : [fields[at], { ...fields[index + offset]!, label: summaryLabel(fields, index + offset) }];
}

/** The label over the summary at `index` (isAiSummaryField), as the dump writes it, without the colon after it. */
function summaryLabel(fields: readonly Field[], index: number): string {
  return fields[index - 1]!.text.replace(/\s*[:\uFF1A]$/u, '');
}

/**
 * The warning for the summaries dropped (`labels`: the label over each):
 * the site's `AI-generated summary` named as the site's, other labels
 * (`TL;DR`, `Summary`) as the dump writes them, each once.
 */
function summariesWarning(dropped: readonly Field[], labels: readonly string[], file: string): Problem {
  const first = quote(dropped[0]!.text);
  if (labels.every(isAiSummaryLabel)) {
    const what = dropped.length === 1 ? 'an AI-generated summary' : `${dropped.length} AI-generated summaries`;
    return problemAt(file, dropped[0]!.line, `dropped ${what} (the site's summary of a paper under its \`AI-generated summary\` label, not the authors' abstract), the first ${first}`);
  }
  const what = dropped.length === 1 ? 'a summary' : `${dropped.length} summaries`;
  const named = [...new Set(labels)].map((label) => quote(label)).join(' or ');
  return problemAt(file, dropped[0]!.line, `dropped ${what} (the text under a card's ${named} label: a summary of the paper, not the authors' abstract), the first ${first}`);
}

/** A title whose abstract is missing (`summary`: the site's AI-generated summary under it, dropped). */
function noAbstract(file: string, title: Field, next: Field | undefined, summary?: Field & { label: string }): Problem {
  if (summary !== undefined) {
    const after = next === undefined ? 'the end of the file' : `${quote(next.text, 60)} at line ${next.line}`;
    const what = isAiSummaryLabel(summary.label) ? "the site's AI-generated summary" : `a summary under its ${quote(summary.label)} label`;
    return problemAt(file, title.line, `title ${quote(title.text)} has no abstract: expected an abstract line after it, found only ${what} (line ${summary.line}), which is not the authors' abstract, then ${after}; add the paper's abstract under its summary, or delete the paper from the dump`);
  }
  const names = next?.kind === 'text' && isAuthorLine(withoutLinkAddresses(next.text).text);
  const hint = names ? " (if it is the authors' names, remove the line: names are dropped as a card's furniture only where most papers have them)" : '';
  // A date line is never read as a title: where an abstract belongs, it is a card's day (a week's listing shows one on each card).
  const day = next?.kind === 'text' && parseDateLabel(next.text) !== undefined;
  const found =
    next === undefined
      ? 'the end of the file'
      : day
        ? `the date line ${quote(next.text)} at line ${next.line}, where its abstract belongs: a card's day, as a week's listing shows one on each card? Expected one day's listing per file: split the file into one dump per day, or delete the cards' date lines`
        : next.kind === 'text'
          ? `${quote(next.text, 60)} at line ${next.line}, which reads as the next title${hint}`
          : 'an empty line';
  // A date line in a form not read as one reads as a title with no abstract: say what it may be.
  const date = isUnreadDate(title.text) ? UNREAD_DATE_HINT(title) : '';
  return problemAt(file, title.line, `title ${quote(title.text)} has no abstract: expected an abstract line after it, found ${found}${date}`);
}

/** What to ask of a line that looks like a date in a form not read as one. */
const UNREAD_DATE_HINT = (field: Field) => `; is ${quote(field.text)} at line ${field.line} the listing's date? It is not in a form read as a date: write it as \`Mar 14\` or \`2025-03-14\` (read: ${READ_DATE_FORMS})`;

/**
 * A line like a date not read as one, where the page header ends, read as
 * the first title: the real first title became its abstract, and the first
 * abstract has no title. Named as the date line it most likely is.
 */
function unreadDateOverFirstTitle(file: string, line: ListingEntry, orphan: Field): Problem {
  return problemAt(
    file,
    line.line,
    `${quote(line.title)} ends the page header as a date line does, but is not in a form read as a date, so the lines under it read shifted (${quote(line.abstract, 40)} at line ${line.abstractLine} as its abstract, and ${quote(orphan.text, 40)} at line ${orphan.line} with no title); expected the listing's date line in a form the ingest reads: ${READ_DATE_FORMS}; write it so, or delete the line`,
  );
}

/**
 * Whether the first paper read is a line like a date over the real first
 * title: the text read as its abstract ends as no sentence does, as a title
 * does. A first title with a year in it (`ImageNet 2012 Revisited`) over its
 * abstract, a sentence, read as it is: the field with no title is elsewhere.
 */
function readShiftedUnderUnreadDate(first: ListingEntry): boolean {
  return isUnreadDate(first.title) && !endsLikeSentence(first.abstract);
}

/** A structural fault at `fields[index]`. */
function fault(file: string, fields: readonly Field[], index: number, role: Role, date: Field | undefined, title: Field | undefined, read: readonly ListingEntry[]): Problem {
  const field = fields[index]!;
  switch (role) {
    case 'orphan':
      if (date === undefined && read.length === 1 && readShiftedUnderUnreadDate(read[0]!)) return unreadDateOverFirstTitle(file, read[0]!, field);
      return problemAt(file, field.line, `expected a title, found ${quote(field.text, 60)} (${visibleLength(field.text)} characters), which has no title before it; is a title missing, or is it a further paragraph of the abstract above? (add the title, or join the paragraph to that abstract)`);
    case 'block': {
      const lines = `lines ${field.line}–${field.lastLine ?? field.line} (${quote(field.text, 60)}, ${visibleLength(field.text)} characters)`;
      if (field.card === undefined) {
        return problemAt(file, field.line, `${lines} join into a title far longer than titles are (over 300 characters); is it a title with its abstract under it (put a blank line between them), or an abstract whose title is missing?`);
      }
      return problemAt(
        file,
        field.line,
        `${lines} read as one ${title === undefined ? 'title' : `abstract of ${quote(title.text)}`}, but look like a title with its abstract under it; is a line missing before them, or do a title and its abstract need a blank line between them?`,
      );
    }
    case 'sentence-title':
      return problemAt(file, field.line, `expected a title, found ${quote(field.text, 60)} (${visibleLength(field.text)} characters, ending in a full stop), which reads as an abstract; is a title missing near it, or is a paragraph split off an abstract nearby? (add the title, or join the paragraph to its abstract)`);
    case 'missing-title':
      return problemAt(file, field.line, 'expected a title, found a line holding only invisible characters; is a title missing?');
    case 'missing-abstract':
      return problemAt(file, title?.line ?? field.line, `title ${quote(title?.text ?? '')} has no abstract: expected an abstract after it, found an empty line`);
    default:
      if (date !== undefined && sameDay(field.text, date.text)) {
        return problemAt(
          file,
          field.line,
          `found the date line ${quote(field.text)} again (the listing's date line is at line ${date.line}), with no page header before it: expected it once, above the papers; delete this line if it is not a paper's title (a second save of the day in this file is read as one when its page header is kept with it)`,
        );
      }
      if (date === undefined && read.length > 0) return dateUnderPapers(file, fields, index, read);
      return problemAt(file, field.line, `found a second date line ${quote(field.text)}${date ? ` (the listing is dated ${quote(date.text)} at line ${date.line})` : ''}: expected one day's listing per file (split the file into one dump per date)`);
  }
}

/**
 * The file's only date line under lines read as papers (a banner's text over
 * the page header, another page's text pasted above it): named with the
 * papers read above it, not as a second date line, since there is no first.
 */
function dateUnderPapers(file: string, fields: readonly Field[], index: number, read: readonly ListingEntry[]): Problem {
  const field = fields[index]!;
  const above = fields.slice(0, index);
  const last = above.at(-1)!;
  const lines = `lines ${above[0]!.line}–${(last as SourceField).lastLine ?? last.line}`;
  const papers = read.length === 1 ? 'a paper titled' : `${read.length} papers, the first titled`;
  return problemAt(
    file,
    field.line,
    `found the date line ${quote(field.text)} under ${lines}, read as ${papers} ${quote(read[0]!.title, 60)} (line ${read[0]!.line}): expected the date line above the papers, ending the page header; delete those lines if they are not the listing's (a banner, a notice, another page's text), or split the file if they are another day's listing`,
  );
}

/** Whether two date lines name one day (`Mar 14`, `March 14, 2025`): splitting the file by date would not part them. */
function sameDay(a: string, b: string): boolean {
  const [x, y] = [readDateLabel(a), readDateLabel(b)];
  return x !== undefined && y !== undefined && sameLabelDate(x, y);
}

const ROLE_NAMES: Partial<Record<Role, string>> = {
  title: 'a title',
  abstract: 'an abstract',
  chrome: 'page chrome',
  'page-line': 'a line of the page dropped with the one above it',
  banner: 'a cookie or consent banner',
  footer: 'the site footer',
  header: 'the page header',
  date: 'the date line',
  noise: "a card's furniture (a count, `Submitted by`)",
  card: 'a title over its abstract',
  block: 'a title over its abstract, read whole',
  'sentence-title': 'an abstract where a title belongs',
};

/** `noPapers`: the reading taken, one of those as good as any, finds no papers (the page header's reading is taken first). */
function ambiguous(file: string, fields: readonly Field[], { index, roles }: { index: number; roles: readonly Role[] }, noPapers: boolean): Problem {
  const field = fields[index]!;
  const readings = roles.map((r) => ROLE_NAMES[r] ?? r).join(' or ');
  // Where the page header ends is what is in doubt: its date line, which would end it, may be in a form not read as a date.
  const date = roles.includes('header') ? dateLikeLine(fields) : undefined;
  const hint = date === undefined ? '' : UNREAD_DATE_HINT(date);
  // Read as the page header, the file may hold no papers at all: say so, as for a file of nothing but the page header.
  const none = noPapers && roles.includes('header') ? '; read as the page header, the file holds no papers' : '';
  return problemAt(file, field.line, `cannot tell how ${quote(field.text, 60)} pairs with the lines around it: it reads equally well as ${readings}; expected titles and abstracts to alternate (check the lines around it)${none}${hint}`);
}


/**
 * The first short line before the first paragraph that looks like a date in
 * figures without being read as one (`03/14/2025`, `14-3-2025`, `Friday 2025`):
 * a page header whose date line is not read has no end the structure can tell.
 */
function dateLikeLine(fields: readonly Field[]): Field | undefined {
  for (const field of fields) {
    if (isLongerThanPageLines(field.text)) return undefined;
    if (isUnreadDate(field.text)) return field;
  }
  return undefined;
}

/**
 * A dump whose median abstract is this long at least is a real listing's
 * (the seeds' median is about 1,100 characters): among its abstracts, a very
 * short one stands out, as none of a test's or an example's does among its like.
 */
const TYPICAL_ABSTRACT = 200;

/** Among such abstracts, one this short is odd (the seeds' shortest of 438 is 537 characters): a banner between the cards, read as a paper, is a sentence or two. */
const ODD_ABSTRACT = 100;

/** The median length of a reading's abstracts (visible characters; 0 with none). */
function medianAbstractLength(fields: readonly SourceField[], structure: Structure): number {
  const lengths = structure.readings
    .flatMap((r, i) => (r.role === 'abstract' ? [fields[i]!.text] : r.role === 'card' ? [fields[i]!.card!.abstract.text] : []))
    .map((text) => visibleLength(text, TYPICAL_ABSTRACT * 10))
    .sort((a, b) => a - b);
  return lengths.length === 0 ? 0 : lengths[Math.floor(lengths.length / 2)]!;
}

/** Warnings for what the reading dropped, joined or kept although it looks odd. */
function describeWarnings(fields: readonly SourceField[], structure: Structure, file: string): Problem[] {
  const warnings: Problem[] = [];
  const median = medianAbstractLength(fields, structure);
  const dateIndex = structure.readings.findIndex((r) => r.role === 'date');
  const dateField = fields[dateIndex];
  const inPairs = authorLinesDropped(fields, structure);
  // A line every card repeats there is a link or a badge (`Paper page`), not its authors, who differ from card to card, unless it reads as a list of names (a group's papers, by the same authors).
  const authors = inPairs.filter((field) => inPairs.filter((other) => other.text === field.text).length === 1 || isAuthorLine(withoutLinkAddresses(field.text).text));
  const dropped = fields.filter((field, index) => structure.readings[index]!.role === 'noise' && !authors.includes(field));
  const furniture = new Set(fields.filter((_, index) => isFurnitureField(fields, index)));
  const summaryIndexes = fields.flatMap((_, index) => (isAiSummaryField(fields, index) ? [index] : []));
  const summaries = new Set(summaryIndexes.map((index) => fields[index]!));
  const noise = dropped.filter((field) => furniture.has(field) && !summaries.has(field));
  const summariesDropped = dropped.filter((field) => summaries.has(field));
  append(warnings, repeatWarnings(dropped.filter((field) => !furniture.has(field)), new Set(inPairs), file));
  if (authors.length > 0) {
    const lines = authors.length === 1 ? "a line of authors' names between a title and its abstract" : `${authors.length} lines of authors' names between titles and their abstracts`;
    warnings.push(problemAt(file, authors[0]!.line, `dropped ${lines}, the first ${quote(authors[0]!.text)}`));
  }
  if (noise.length > 0) {
    const lines = noise.length === 1 ? 'a line that is not a title or abstract' : `${noise.length} lines that are not titles or abstracts`;
    warnings.push(problemAt(file, noise[0]!.line, `dropped ${lines} (numbers and symbols, "Submitted by", author, vote and comment counts, labels and links), the first ${quote(noise[0]!.text)}`));
  }
  if (summariesDropped.length > 0) warnings.push(summariesWarning(summariesDropped, summaryIndexes.filter((index) => summariesDropped.includes(fields[index]!)).map((index) => summaryLabel(fields, index)), file));
  append(warnings, bannerWarnings(fields, structure, file), papersOverBanners(fields, structure, file));
  let title: Field | undefined;
  structure.readings.forEach(({ role }, index) => {
    const field = fields[index]!;
    const under = role === 'chrome' || role === 'header' ? pageLineUnder(fields, structure, index) : undefined;
    if (under !== undefined) {
      if (!mayBeTitleOverPageLine(fields, structure, index)) warnings.push(pageLinesDropped(file, field, under));
    } else if (role === 'header' && field.kind === 'text' && !isChromeLine(field.text)) {
      warnings.push(problemAt(file, field.line, `dropped ${quote(field.text)} as part of the page header (it comes ${dateField ? `${index > dateIndex ? 'after' : 'before'} the date line ${quote(dateField.text)}` : 'before the first title'})`));
    } else if (role === 'chrome') {
      warnings.push(problemAt(file, field.line, `dropped ${quote(field.text)} as page chrome between papers (read as a title or abstract, it would leave the titles and abstracts after it unpaired)`));
    } else if (role === 'footer' && structure.readings.slice(0, index).findLast((r) => r.role !== 'banner')?.role !== 'footer') {
      // A banner in the footer is said on its own.
      const rest = structure.readings.slice(index + 1).filter((r) => r.role !== 'banner').length;
      warnings.push(problemAt(file, field.line, `dropped ${quote(field.text)}${rest > 0 ? ` and the ${rest === 1 ? 'line' : `${rest} lines`} after it` : ''} as the site footer`));
    } else if (role === 'gap' && field.kind === 'invisible') {
      warnings.push(problemAt(file, field.line, 'ignored a line holding only invisible characters'));
    }
    if (role === 'title' && field.kind === 'text' && isSummaryLabel(withoutLinkAddresses(field.text).text)) warnings.push(labelTitleWarning(fields, structure, index, title, file));
    if (role === 'title' || role === 'abstract') append(warnings, contentWarnings(file, field, role, title, median));
    if (role === 'card') append(warnings, contentWarnings(file, field.card!.title, 'title', undefined, median), contentWarnings(file, field.card!.abstract, 'abstract', field.card!.title, median));
    if (role === 'title') title = field;
  });
  return warnings;
}

/**
 * A summary's label (`Summary`, `TL;DR`) read as a paper's title, where a
 * title stands (listing-structure's labelsAsTitles): said, naming the text
 * read as its abstract, since a card's summary shown under the abstract of
 * the paper above, on that card alone, stands the same.
 */
function labelTitleWarning(fields: readonly SourceField[], structure: Structure, index: number, above: Field | undefined, file: string): Problem {
  const field = fields[index]!;
  const under = structure.readings.findIndex((r, i) => i > index && r.role === 'abstract');
  const text = under === -1 ? undefined : fields[under]!;
  const abstract = text === undefined || text.kind !== 'text' ? '' : `, the text under it (line ${text.line}, ${quote(firstWords(text.text, 6))}) as its abstract`;
  const where = above === undefined || above.kind !== 'text' ? 'first under the page header' : `under the abstract of ${quote(above.text)}`;
  return problemAt(file, field.line, `read ${quote(field.text)} as the title of a paper${abstract}, as it stands where a title stands, ${where}; if it is a card's label over a summary of that paper, delete both lines from the dump`);
}

/**
 * One warning for each cookie or consent banner dropped with its text (see
 * consent-banner.ts), naming the text and the buttons: the text is what a
 * paper's abstract would be. Its buttons alone, like other known chrome,
 * go unsaid.
 */
function bannerWarnings(fields: readonly SourceField[], structure: Structure, file: string): Problem[] {
  const groups: SourceField[][] = [];
  let group: SourceField[] = [];
  structure.readings.forEach(({ role }, index) => {
    if (role === 'gap') return;
    if (role === 'banner') group.push(fields[index]!);
    else if (group.length > 0) (groups.push(group), (group = []));
  });
  if (group.length > 0) groups.push(group);
  return groups.flatMap((banner) => {
    const texts = banner.filter((field) => !isConsentButton(withoutLinkAddresses(field.text).text));
    if (texts.length === 0) return [];
    const buttons = banner.filter((field) => !texts.includes(field));
    const last = banner.at(-1)!;
    return [problemAt(file, banner[0]!.line, `dropped a cookie or consent banner, its text ${texts.map((field) => quote(field.text, 60)).join(', ')} and its buttons ${buttons.map((field) => quote(field.text)).join(', ')} (lines ${banner[0]!.line}–${last.lastLine ?? last.line}), as page chrome`)];
  });
}

/**
 * A paper kept whose abstract is the text right over a cookie or consent
 * banner's buttons: where an abstract belongs, that text is read as one
 * (listing-structure.ts), but a banner with a heading (`Your privacy`)
 * reads just so, its heading a title and its text an abstract. Kept, as a
 * paper may stand there, but never published without a word.
 */
function papersOverBanners(fields: readonly SourceField[], structure: Structure, file: string): Problem[] {
  return consentBanners(fields.map((field) => (field.kind === 'text' ? withoutLinkAddresses(field.text).text : ''))).flatMap(({ text, buttons }) => {
    // The banner's text, or the field right over its buttons when it has none.
    const over = text ?? fields.slice(0, buttons[0]).findLastIndex((field) => field.kind === 'text' && field.text !== '');
    const role = structure.readings[over]?.role;
    // A button read as a title (`Accept`, over its abstract) is a paper's, with a warning of its own.
    if ((role !== 'abstract' && role !== 'card') || structure.readings[buttons[0]!]!.role !== 'banner') return [];
    const abstract = fields[over]!;
    const titleIndex = role === 'card' ? over : structure.readings.slice(0, over).findLastIndex((r) => r.role === 'title');
    if (titleIndex < 0) return [];
    const title = role === 'card' ? abstract.card!.title : fields[titleIndex]!;
    const abstractField = role === 'card' ? abstract.card!.abstract : abstract;
    const named = buttons.filter((index) => structure.readings[index]!.role === 'banner').map((index) => quote(fields[index]!.text)).join(', ');
    return [problemAt(file, title.line, `kept ${quote(title.text)} as a paper, though its abstract (line ${abstractField.line}) stands right over the buttons of a cookie or consent banner, ${named} (dropped): a banner's heading and text read so too; if they are, delete lines ${title.line}–${abstractField.lastLine} and ingest again`)];
  });
}

/** The line dropped with the one at `index` as a chrome pair (see listing-structure.ts), if any: always the next field. */
function pageLineUnder(fields: readonly SourceField[], structure: Structure, index: number): SourceField | undefined {
  return structure.readings[index + 1]?.role === 'page-line' ? fields[index + 1] : undefined;
}

/**
 * Whether the chrome pair whose first line is at `index` may be a paper
 * whose abstract the save lost: its first line is no chrome the page is
 * known to show, and it stands between papers, where titles stand (under
 * the date line or after the last paper, it is the page header's or
 * footer's). Dropped, such a paper would reach neither the site nor the
 * error report (listing-structure.ts drops the two for what they cost read
 * as a paper: no reading tells them apart), so the run stops naming it.
 */
function mayBeTitleOverPageLine(fields: readonly SourceField[], structure: Structure, index: number): boolean {
  const field = fields[index]!;
  const paper = (r: { role: string }) => r.role === 'title' || r.role === 'card';
  return (
    structure.readings[index]!.role === 'chrome' &&
    pageLineUnder(fields, structure, index) !== undefined &&
    field.kind === 'text' &&
    !isChromeLine(withoutLinkAddresses(field.text).text) &&
    structure.readings.slice(0, index).some(paper) &&
    structure.readings.slice(index + 2).some(paper)
  );
}

/** Such pairs (see {@link mayBeTitleOverPageLine}), each named as a title with no abstract. */
function titlesOverPageLines(fields: readonly SourceField[], structure: Structure, file: string): Problem[] {
  return fields.flatMap((field, index) => {
    if (!mayBeTitleOverPageLine(fields, structure, index)) return [];
    const under = fields[index + 1]!;
    return [problemAt(file, field.line, `title ${quote(field.text)} has no abstract: expected an abstract line after it, found ${quote(under.text)} (line ${under.line}), a line of the page; add the paper's abstract under its title, or, if the two lines are the page's, delete them from the dump`)];
  });
}

/** A chrome pair dropped: a line of the page and a known chrome line, which read as a paper would be one whose abstract is no abstract. */
function pageLinesDropped(file: string, first: Field, under: Field): Problem {
  const length = visibleLength(under.text);
  return problemAt(file, first.line, `dropped ${quote(first.text)} and the line under it, ${quote(under.text)} (line ${under.line}), as lines of the page (read as a paper, one of them reads like page chrome and its abstract is ${length} characters that end as no sentence)`);
}

/**
 * The lines of names dropped right under a title: a card's author line (see
 * listing-structure.ts), one name or several. Between a title and its
 * abstract, the reading drops nothing else but a card's furniture.
 */
function authorLinesDropped(fields: readonly SourceField[], structure: Structure): SourceField[] {
  let afterTitle = false;
  const result: SourceField[] = [];
  structure.readings.forEach(({ role }, index) => {
    const field = fields[index]!;
    if (role === 'noise' && afterTitle && !isFurnitureField(fields, index)) result.push(field);
    if (role !== 'gap' && role !== 'noise') afterTitle = role === 'title';
  });
  return result;
}

/** One warning for each line dropped as repeated between papers or between titles and their abstracts (`inPairs`; see listing-structure.ts), at its first place. */
function repeatWarnings(fields: readonly Field[], inPairs: ReadonlySet<Field>, file: string): Problem[] {
  const places = Map.groupBy(fields, (field) => field.text);
  return [...places].map(([text, [first, ...others]]) => {
    const where = inPairs.has(first!) ? 'between titles and their abstracts' : 'between papers';
    const shown = others.slice(0, 5).map((f) => f.line).join(', ');
    const also = others.length === 0 ? '' : ` (also at ${others.length === 1 ? 'line' : 'lines'} ${shown}${others.length > 5 ? ` and ${others.length - 5} more` : ''})`;
    return problemAt(file, first!.line, `dropped ${quote(text)}${also}, a line repeated ${where}, as a card's furniture (a button, a badge, the text of a picture); if it is a title, its abstract is missing`);
  });
}

/**
 * An abstract longer than this (visible characters) is kept with a warning:
 * arXiv caps abstracts at 1,920 characters and the seeds' longest is 1,973,
 * so one three times as long is more likely the papers after it run
 * together, or a paper's whole text, than one abstract.
 */
const LONG_ABSTRACT = 6000;

/**
 * An abstract longer than this (visible characters) stops the run: a
 * thousand times arXiv's cap is no paper's abstract but a file's text pasted
 * into the page, and planning it (its TeX, keywords and Markdown) took about
 * 110 bytes of memory a character (a 20 MB one, 2.2 GB), so a longer one
 * would end in Node running out of memory instead of a message.
 */
const HUGE_ABSTRACT = 2_000_000;

/** The error for an abstract over {@link HUGE_ABSTRACT} characters, if `abstract` is one. */
function hugeAbstract(file: string, title: Field, abstract: Field): Problem[] {
  if (visibleLength(abstract.text, HUGE_ABSTRACT + 1) <= HUGE_ABSTRACT) return [];
  return [
    problemAt(
      file,
      abstract.line,
      `the abstract of ${quote(title.text, 60)} is over ${HUGE_ABSTRACT.toLocaleString('en-US')} characters long: expected one paper's abstract (arXiv's are at most 1,920 characters), not a file's text pasted into the page; cut it to the paper's abstract, or delete the paper from the dump`,
    ),
  ];
}

/** Warnings about a title or abstract: joined lines, a long title or abstract, words that look like page furniture. */
function contentWarnings(file: string, field: SourceField, role: 'title' | 'abstract', title: Field | undefined, medianAbstract: number): Problem[] {
  const warnings: Problem[] = [];
  const what = role === 'title' ? 'title' : 'abstract';
  if (field.lastLine > field.line && field.wrapped !== true) {
    warnings.push(problemAt(file, field.line, `joined lines ${field.line}–${field.lastLine} into one ${what} (this layout puts each title and abstract on one line)`));
  }
  // Counted up to a cap (a 100 MB line is possible): past it, the warning says "over".
  const cap = LONG_ABSTRACT * 100;
  const counted = visibleLength(field.text, cap);
  const length = counted >= cap ? `over ${cap.toLocaleString('en-US')}` : String(counted);
  if (role === 'title' && counted > LONG_TITLE) {
    warnings.push(problemAt(file, field.line, `title ${quote(field.text, 60)} is ${length} characters long; kept it whole (titles over ${LONG_TITLE} characters are rare: check it is not an abstract)`));
  }
  if (role === 'abstract' && counted > LONG_ABSTRACT) {
    warnings.push(
      problemAt(
        file,
        field.line,
        `the abstract of ${quote(title?.text ?? '', 60)} is ${length} characters long; kept it whole (abstracts are rarely over ${LONG_ABSTRACT.toLocaleString('en-US')} characters: check that it is one paper's abstract, not the papers after it or the paper's text)`,
      ),
    );
  }
  // A date-like title is common enough (`2024-01-01`) not to warn about; a date where an abstract belongs is not, nor a
  // line without a letter, which the structure reads as an abstract only where every other reading has a fault.
  const looks = isChromeLine(field.text)
    ? 'page chrome'
    : isFooterLine(field.text)
      ? 'an item of the site footer'
      : role === 'abstract' && parseDateLabel(field.text) !== undefined
        ? 'a date line'
        : role === 'title' && isFiguresLine(field.text) && parseDateLabel(field.text) === undefined
          ? 'a time or a day\'s label (is a title missing above its abstract?)'
          : undefined;
  const letterless = role === 'abstract' && looks === undefined && !hasLetter(withoutLinkAddresses(field.text).text);
  if (looks !== undefined || letterless) {
    const as = role === 'title' ? 'a title, as an abstract follows it' : `the abstract of ${quote(title?.text ?? '')}, where an abstract belongs`;
    warnings.push(problemAt(file, field.line, `kept ${quote(field.text)} as ${as}, though ${looks === undefined ? 'it has no letter (an abstract is words)' : `it reads like ${looks}`}`));
  } else if (role === 'abstract' && counted < ODD_ABSTRACT && medianAbstract >= TYPICAL_ABSTRACT) {
    // A line of the page read as a paper has a short abstract (`Sign in to see more papers.`), among the dump's abstracts of papers.
    const paper = quote(title?.text ?? '', 60);
    warnings.push(problemAt(file, field.line, `the abstract of ${paper} is only ${counted} characters long; kept it (abstracts of papers are rarely under ${ODD_ABSTRACT} characters: check that ${paper} is a paper, not a line of the page)`));
  }
  return warnings;
}
