import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import { endsLikeSentence, hasLetter, visibleLength } from './listing-structure.ts';
import { finalMark } from './final-mark.ts';
import { isChromeLine } from './page-chrome.ts';
import { isEnglishFunctionWord } from '../../src/text/words.ts';
import { isMinorTitleWord } from './title-words.ts';
import { countsOn, listItemMark, type ListItemMark } from './list-item-mark.ts';
import { abstractRepeatsTitle } from './unrelated-abstracts.ts';
import type { ListingEntry } from './parse-listing.ts';

/**
 * The errors for papers read upside down: a title that ends as a sentence
 * does, over an abstract shorter than it that ends with no full stop (`Experiments on
 * four benchmarks show gains.` over `Plans That Repair Themselves`, or a
 * title that asks a question, `Does One Shot Suffice?`). A
 * paragraph split off an abstract (a blank line inside it, or an abstract
 * the page showed in two paragraphs) reads so when the next title follows
 * it: each title and abstract after it shifts by one, and where another
 * split paragraph shifts them back, no pair is left without its other half
 * and the listing reads as papers with no fault. A paper's title that ends
 * with a full stop sits over an abstract longer than itself, or one that
 * ends with a full stop too, so it is not named here.
 */
export function abstractsSplitIntoTitles(entries: readonly ListingEntry[], file: string): Problem[] {
  return entries
    .filter(readsUpsideDown)
    .map(({ title, abstract, line, abstractLine }) =>
      problemAt(
        file,
        line,
        `${quote(title, 40)} reads as a title over ${quote(abstract, 40)} (line ${abstractLine}) as its abstract: a title that ends as a sentence, over an abstract shorter than it with no full stop at its end, as where a paragraph split off the abstract above shifts each title and abstract after it by one; expected a title over each abstract: if ${quote(title, 40)} is a paragraph of the abstract above it, join the two (delete the blank line or line break between them) and ingest again; if the two lines are a paper's title and abstract, end the abstract with its full stop`,
      ),
    );
}

/**
 * The errors for a part of an abstract read as a paper: a title that is
 * text of an abstract, ending with a full stop (as titles all but never
 * do) and saying `we`, `our` or `us`; holding two sentences (`… with full
 * fine-tuning. The savings hold…`) and ending with a full stop or over
 * text that goes on from it (`savings hold…`, in small letters); or
 * starting with a small function word as the middle of a sentence does
 * (`and compares…`) under text cut mid-sentence and over text that goes
 * on from it (an abstract that ends with an address or its keywords ends
 * whole, with no mark). An abstract in three parts
 * (paragraphs, or lines broken anywhere in the layout of a line per field;
 * or any odd number) reads so, its second a title over its third, the
 * first standing alone under its title, and every title and abstract after
 * it paired as before. A title that asks a question, then gives a subtitle
 * (`Do Adapters Suffice? A Study`, `Can we trust adapters? A study.`: only
 * the subtitle is asked for `we`), holds an initial (`J. Doe`) or an abbreviation
 * (`vs. Full`), starts with a name in small letters (`smolroute: …`), or
 * is in small letters under a whole abstract, is a title's own. So is one
 * told by its own words alone (a full stop and `we`, two sentences and a
 * full stop) over an abstract that repeats half its words or more, where the paper above does not: see
 * {@link titlesLikeAbstractText}.
 */
export function abstractTextAsTitles(entries: readonly ListingEntry[], file: string): Problem[] {
  return abstractTextReadings(entries).flatMap(({ entry, above, sign, own }) =>
    own
      ? []
      : [
          problemAt(
            file,
            entry.line,
            `${quote(entry.title, 40)} reads as a title, but it is text of an abstract (it ${sign.said}): a part of the abstract of ${quote(above.title, 40)} (line ${above.abstractLine}) read as a paper, the text under it as its abstract; expected a title over each abstract: join the lines of that abstract (delete the line breaks and blank lines between them) and ingest again${sign.byFullStop ? "; if it is a paper's title, take the full stop off its end" : ''}`,
          ),
        ],
  );
}

/**
 * The warnings for a title that reads as an abstract's text by its own
 * words alone (`Attention is not all you need. Pure attention loses
 * rank.`, `What we learned from replicating Smith et al.`) over an
 * abstract that repeats half its words or more, where the paper above does not (see
 * {@link abstractRepeatsTitle}): a paper's, published, with the line named
 * in case it is an abstract's. Stopping a day's ingest for it left no
 * way on but changing the title.
 */
export function titlesLikeAbstractText(entries: readonly ListingEntry[], file: string): Problem[] {
  return abstractTextReadings(entries).flatMap(({ entry, above, sign, own }) =>
    own
      ? [
          problemAt(
            file,
            entry.line,
            `read ${quote(entry.title, 40)} as a paper's title, though it reads as text of an abstract (it ${sign.said}): ${repeatsSaid(entry)}; if it is a part of the abstract of ${quote(above.title, 40)} (line ${above.abstractLine}), join the lines of that abstract (delete the line breaks and blank lines between them) and ingest again`,
          ),
        ]
      : [],
  );
}

/** Why a title that reads as an abstract's text is read as a paper's: said alike by each rule that asks. */
const repeatsSaid = (entry: ListingEntry) => `the abstract under it (line ${entry.abstractLine}) repeats half its words or more, as a paper's abstract does its title's, and the paper above does not`;

/**
 * Whether the abstract under `entry`'s title repeats half its telling words
 * or more (a paper's abstract does its title's), and the paper read above
 * it (its title and abstract) does not: the parts of one abstract all say
 * its words, so text repeated under it and above it is that abstract's
 * going on, not a paper's title.
 */
function repeatedUnderOnly(entry: ListingEntry, above: ListingEntry): boolean {
  return abstractRepeatsTitle(entry) && !abstractRepeatsTitle({ title: entry.title, abstract: `${above.title} ${above.abstract}` });
}

/**
 * Each title that reads as an abstract's text, what says so, the paper
 * read before it, and whether it is a paper's own all the same: told by
 * its words alone, over an abstract that repeats half of them or more, where the paper above does not.
 */
function abstractTextReadings(entries: readonly ListingEntry[]): { entry: ListingEntry; above: ListingEntry; sign: AbstractSign; own: boolean }[] {
  return entries.flatMap((entry, i) => {
    const above = entries[i - 1];
    // Named as what they are by the rules for papers read upside down and for a list's items.
    if (above === undefined || readsUpsideDown(entry) || listItemMark(entry.title) !== undefined) return [];
    const sign = abstractSign(entry, above);
    return sign === undefined ? [] : [{ entry, above, sign, own: sign.byTitle && repeatedUnderOnly(entry, above) }];
  });
}

/** What makes a title an abstract's text: said so; its full stop is what does; its own words alone do (not the text under it). */
type AbstractSign = { said: string; byFullStop: boolean; byTitle: boolean };

/**
 * What makes a title an abstract's text (see {@link abstractTextAsTitles}),
 * if anything, and whether its full stop is what does; `above` is the paper
 * read before it.
 */
function abstractSign({ title, abstract }: ListingEntry, above: ListingEntry): AbstractSign | undefined {
  // A line of the page (`by AK and the research community`) where a title stands is a paper's title: said elsewhere.
  if (isChromeLine(title)) return undefined;
  const endsWithFullStop = finalMark(title) === '.' && !title.endsWith('..');
  // The text under it goes on from it, in small letters (`savings hold…`, `tried, with…`), as an abstract's first word is not.
  const goesOn = /^\p{Ll}+[\s,;:]/u.test(abstract);
  const first = /^\p{Ll}+(?=\s)/u.exec(title)?.[0];
  // Under an abstract that ends with no sentence's mark but whole (an address, its keywords), a title in small letters is a paper's: only text going on under it says it is a sentence's middle.
  if (first !== undefined && isEnglishFunctionWord(first) && goesOn && !SENTENCE_ENDS.has(finalMark(above.abstract))) return { said: `starts with ${quote(first)}, as the middle of a sentence does`, byFullStop: false, byTitle: false };
  const twoSentences = holdsTwoSentences(title);
  if (twoSentences && (endsWithFullStop || goesOn)) return { said: 'holds two sentences', byFullStop: false, byTitle: !goesOn };
  // A question then a subtitle (`Can we trust adapters? A study of routing.`) is a title's: only the subtitle is asked.
  const person = endsWithFullStop ? /\b(we|our|us)\b/u.exec(title.split(QUESTION_THEN_MORE).at(-1)!)?.[1] : undefined;
  return person === undefined ? undefined : { said: `ends with a full stop and says ${quote(person)}`, byFullStop: true, byTitle: true };
}

/** A question or an exclamation with more after it (`Do Adapters Suffice? A Study`). */
const QUESTION_THEN_MORE = /[?!] (?=\S)/u;

/** Marks a sentence ends with. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '\u2026']);

/** Small words a full stop ends in a title with more after them. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['vs', 'al', 'etc', 'cf', 'viz', 'resp', 'approx', 'incl', 'prof', 'inc', 'ltd', 'co']);

/** Whether a text holds two sentences: a word's full stop and a capital after it (`… with full fine-tuning. The savings hold…`), but an abbreviation's (`vs. Full`). */
function holdsTwoSentences(text: string): boolean {
  return [...text.matchAll(/\b(\p{Ll}{2,})\. \p{Lu}/gu)].some(([, word]) => !ABBREVIATIONS.has(word!));
}

/**
 * The errors for an abstract cut where it goes on: an abstract that ends
 * with a colon, a semicolon or a comma (`… as the title of an essay
 * puts it:`) over the next paper's title. An abstract with a line of its
 * own inside it (a quotation, a formula, the first item of a list) reads
 * so, that line taken for the next paper's title and the rest of the
 * abstract for its abstract, and nothing else is wrong. No abstract ends
 * so (one ending with a smiley, `:)`, ends with its bracket), though a
 * copy may cut one short with more of the page pasted under it: the error
 * says to copy the page again then. The last one of a dump, cut short by a
 * save, is said elsewhere; a next title over an abstract that repeats half
 * of its words, where the paper above does not, is a paper's (an abstract may end `Code is available at:`,
 * its link's address lost): see {@link titlesUnderAbstractsGoingOn}.
 */
export function abstractsGoingOn(entries: readonly ListingEntry[], file: string): Problem[] {
  return goingOn(entries).flatMap(({ entry: { title, abstractLine }, next, mark, own }) =>
    own
      ? []
      : [
          problemAt(
            file,
            next.line,
            `${quote(next.title, 40)} reads as a title, but the abstract above it, of ${quote(title, 40)} (line ${abstractLine}), ends with ${quote(mark)}, as a sentence that goes on does: a line of that abstract (a quotation, a formula, a list) reads as the next paper's title; expected each abstract whole under its title: join the lines of that abstract (delete the line breaks and blank lines between them) and ingest again; if the copy cut that abstract short, copy the page again whole and ingest that; if they are a paper's title and abstract, end the abstract above with its full stop`,
          ),
        ],
  );
}

/**
 * The warnings for a title under an abstract that ends with a colon, a
 * semicolon or a comma (see {@link abstractsGoingOn}), over an abstract
 * that repeats half its words or more, where the paper above does not: a paper's, published, with the line
 * named in case it is the abstract's above.
 */
export function titlesUnderAbstractsGoingOn(entries: readonly ListingEntry[], file: string): Problem[] {
  return goingOn(entries).flatMap(({ entry: { title, abstractLine }, next, mark, own }) =>
    own
      ? [
          problemAt(
            file,
            next.line,
            `read ${quote(next.title, 40)} as a paper's title, though the abstract above it, of ${quote(title, 40)} (line ${abstractLine}), ends with ${quote(mark)}, as a sentence that goes on does: ${repeatsSaid(next)}; if it is a line of that abstract, join the lines of that abstract (delete the line breaks and blank lines between them) and ingest again; if the copy cut that abstract short, copy the page again whole and ingest that`,
          ),
        ]
      : [],
  );
}

/** Each paper whose abstract ends where a sentence goes on, over a next one; the mark; whether the next is a paper's all the same. */
function goingOn(entries: readonly ListingEntry[]): { entry: ListingEntry; next: ListingEntry; mark: string; own: boolean }[] {
  return entries.flatMap((entry, i) => {
    const next = entries[i + 1];
    const mark = finalMark(entry.abstract);
    if (next === undefined || !GOING_ON_MARKS.has(mark) || CLOSING_BRACKET.test(entry.abstract)) return [];
    return [{ entry, next, mark, own: repeatedUnderOnly(next, entry) }];
  });
}

/** Marks a sentence goes on after. */
const GOING_ON_MARKS: ReadonlySet<string> = new Set([':', ';', ',']);

/** A bracket an abstract ends with (perhaps inside quotes): it closes what it opened, a smiley (`:)`, `;)`) as an aside, so the mark before it is no sentence going on. */
const CLOSING_BRACKET = /[)\]}]["'\u201D\u2019\u00BB]*$/u;

/** Whether a title over its abstract reads as the two upside down (see {@link abstractsSplitIntoTitles}). */
function readsUpsideDown({ title, abstract }: ListingEntry): boolean {
  return endsLikeSentence(title) && !endsAsStatement(abstract) && visibleLength(abstract) < visibleLength(title);
}

/** Whether a text ends as a statement does: a full stop or an ellipsis (a shortened abstract), perhaps inside quotes or brackets; a question is what many titles end as. */
function endsAsStatement(text: string): boolean {
  return STATEMENT_MARKS.has(finalMark(text));
}

const STATEMENT_MARKS: ReadonlySet<string> = new Set(['.', '\u2026']);

/**
 * Whether a list's item reads as a sentence, as an abstract's points do
 * (`We design a cache that shares keys…`): it ends with a full stop, or a
 * word after its first is in small letters and no small word of a title's
 * (`with`, `in`, `at`: see title-words.ts). A title in title case (`Dash: Leading Title with a
 * Colon`) is a paper's, its dash its own.
 */
function readsAsSentence(text: string): boolean {
  if (finalMark(text) === '.') return true;
  return text
    .split(/\s+/u)
    .slice(1)
    .map((word) => word.replace(/[^\p{L}]+$/u, ''))
    .some((word) => /^\p{Ll}{2,}/u.test(word) && !isEnglishFunctionWord(word) && !isMinorTitleWord(word));
}

/**
 * How each title of a dump reads as an item of a list in an abstract
 * (`- We design…`, `(A) Prefix Sharing`, `→ …`, `1.1 …`; see
 * list-item-mark.ts): `'listed'` where a line beside it in the dump (the
 * abstract above it or its own) starts with a mark of the same shape, as
 * an abstract's list of two items or more read as papers does whatever its
 * items' case (two titles in a row may start alike by chance); `'lone'`
 * where neither does but it reads as a sentence; else `undefined`. A shape
 * more than half the dump's titles start with is the dump's own, a save's
 * marker, and names none.
 */
function listItems(entries: readonly ListingEntry[]): ('listed' | 'lone' | undefined)[] {
  const marks = entries.map(({ title }) => listItemMark(title));
  const counts = new Map<string, number>();
  for (const mark of marks) if (mark !== undefined) counts.set(mark.shape, (counts.get(mark.shape) ?? 0) + 1);
  return entries.map((entry, i) => {
    const mark = marks[i];
    if (mark === undefined || 2 * counts.get(mark.shape)! > entries.length) return undefined;
    // Two items of a list or more read as papers stand as a title and an abstract beside it, whatever their number.
    const above = entries[i - 1];
    const next = entries[i + 1];
    if (
      (itemsInTurn(above?.abstract, entry.title, [above?.title, entry.abstract]) && !(above !== undefined && startsAsItsTitle(above, mark))) ||
      (itemsInTurn(entry.title, entry.abstract, [above?.abstract, next?.title]) && !namesItsSubject(entry, mark.mark))
    )
      return 'listed';
    return readsAsSentence(entry.title.slice(mark.mark.length)) ? 'lone' : undefined;
  });
}

/**
 * Whether `earlier` and `later`, a title and a line beside it (the abstract
 * above it, or its own under it), start as two items of one list in turn
 * do: with marks of the same shape, a counter counting on (`a.` then `b.`,
 * `1.1 ` then `1.2 `, `Step 1:` then `Step 2:`) or a lone figure written
 * alike (`1. ` before every item, as Markdown lets a list be typed), a
 * bullet, or pictures before lines alike in form (see {@link picturesListed}).
 * Counters that do not count on are a paper's own words: an initial
 * or a figure its title and abstract start with (`C. elegans…` over `C.
 * elegans has…`, `1.58 Bits…` under `3.5 million hours…`). `around` are
 * the lines before `earlier` and after `later`.
 */
function itemsInTurn(earlier: string | undefined, later: string | undefined, around: readonly (string | undefined)[]): boolean {
  const first = earlier === undefined ? undefined : listItemMark(earlier);
  const next = later === undefined ? undefined : listItemMark(later);
  if (first === undefined || next === undefined || first.shape !== next.shape) return false;
  if (first.kind === 'picture') return picturesListed(earlier!.slice(first.mark.length), later!.slice(next.mark.length), around);
  return first.kind === 'bullet' || countsOn(first.mark, next.mark) || (LONE_FIGURE.test(first.shape) && first.written === next.written);
}

/**
 * Whether two lines after pictures (the same or each its own: `🚀`, `⚡`)
 * are a list's items, not a title and its abstract (`🦙 Llama Tales…` over
 * `🦙 We present…`, `🔥 Burning tokens for faster reasoning` over `🚀 We
 * present a method… https://…`): they read alike (see {@link readAlike}),
 * both headings (`🚀 Prefix Sharing` over `⚡ Prefix-Aware Scheduling`) or
 * both whole sentences (`🔹 We design….` over `🔹 We build….`); two that
 * read as sentences with neither ended (a title in sentence case over a
 * one-sentence abstract with no full stop) are a list's only where a line
 * `around` them starts with a picture too, a third item.
 */
function picturesListed(one: string, other: string, around: readonly (string | undefined)[]): boolean {
  if (!readAlike(one, other)) return false;
  if (!readsAsSentence(one) || endsASentence(one)) return true;
  return around.some((line) => line !== undefined && listItemMark(line)?.kind === 'picture');
}

/**
 * Whether two lines read alike, as a list's items do: both as sentences or
 * neither, and both with a sentence's end or neither. A title over its
 * abstract does not: a heading over sentences, or a title with no full
 * stop over an abstract with one, at its end, before its next sentence
 * (`… reason faster. Code: https://…`, an abstract ending with its link),
 * or shortened by the page (`…`).
 */
function readAlike(one: string, other: string): boolean {
  return readsAsSentence(one) === readsAsSentence(other) && endsASentence(one) === endsASentence(other);
}

/** Whether a text ends a sentence: at its end (a full stop, or the page's ellipsis), or before another sentence (see {@link holdsTwoSentences}). */
const endsASentence = (text: string) => endsAsStatement(text) || holdsTwoSentences(text);

/**
 * Whether a paper's abstract starts with the counter its title starts with
 * (`Part 1: Foundations…` over `Part 1: foundations. We lay…`), where the
 * next title counts on from it (`Part 2: …`, its `mark`): a paper of a
 * series naming itself, not a list's first item, whose items each count
 * on. A list typed with one figure before every item (`1. `, `1. `) says
 * so by its marks written alike and is not read here.
 */
function startsAsItsTitle({ title, abstract }: ListingEntry, mark: ListItemMark): boolean {
  const own = listItemMark(title);
  return own !== undefined && own.kind === 'counter' && own.written === listItemMark(abstract)?.written && own.written !== mark.written;
}

/**
 * Whether an abstract starts with its title's bullet and first word, a
 * name (no function word), and repeats the title's words, the title
 * reading as no sentence: a paper's abstract naming its subject as its
 * title does (`🤗 Transformers at Scale` over `🤗 Transformers is a
 * library…`), not two items of a list (`- We design…` over `- We build…`).
 */
function namesItsSubject(entry: ListingEntry, mark: string): boolean {
  const text = entry.title.slice(mark.length);
  const name = firstWord(text);
  return entry.abstract.startsWith(mark.trimEnd()) && firstWord(entry.abstract.slice(mark.trimEnd().length)) === name && !isEnglishFunctionWord(name.toLowerCase()) && !readsAsSentence(text) && abstractRepeatsTitle(entry);
}

/** A text's first word, without the marks after it (`Arrow` of `Arrow: Columnar…`). */
const firstWord = (text: string) => text.trim().split(/\s/u)[0]!.replace(/[^\p{L}\p{N}]+$/u, '');

/** The shape of a counter of one figure alone (`1. `, `(1) `, `[1] `), which a list typed in Markdown writes alike before every item. */
const LONE_FIGURE = /^[(\[]?1[.):\]]*$/u;

/**
 * The errors for an abstract whose lines were read as papers: an abstract
 * that lists its points one a line (`- We design…`, `(1) We formalise…`,
 * `(A) Prefix Sharing`), in the layout that puts each title and abstract on
 * a line of its own, reads as its first line over papers each titled by a
 * line of the list, and where an even number of its lines follow the
 * first, every title and abstract after it is paired as before and nothing
 * else is wrong. Named where a title and an abstract beside it start with
 * marks of one shape (see {@link listItems}); a save that writes a list marker
 * before every title has had it taken off, and one that writes it before
 * most titles is not named here.
 */
export function listItemsAsTitles(entries: readonly ListingEntry[], file: string): Problem[] {
  const items = listItems(entries);
  // Each run of such papers under a paper of the dump's is that paper's abstract, named once.
  return entries.flatMap(({ title, line }, i) => {
    const above = entries[i - 1];
    if (items[i] !== 'listed' || above === undefined || items[i - 1] === 'listed') return [];
    // The run's end looked for from its start: from the dump's, each run scanned every card before it.
    let end = i + 1;
    while (end < items.length && items[end] === 'listed') end++;
    const last = entries[end - 1]!;
    return [
      problemAt(
        file,
        line,
        `${quote(title, 40)} reads as a title, but starts as an item of a list in an abstract does (${quote(listItemMark(title)!.mark.trim())}), where the dump's titles start with no such mark: the lines of the abstract of ${quote(above.title, 40)} (lines ${above.abstractLine}\u2013${last.abstractLine}) are read as papers; expected each abstract on one line: join the lines of that abstract to its first and ingest again`,
      ),
    ];
  });
}

/**
 * The warnings for a title that starts as an item of a list does and reads
 * as a sentence (`- We design a cache…`, `🍷 Finewine: decanting the web…`)
 * with no line beside it starting so: a list of one item is none, and a
 * title may start with a mark of its own, so the paper is published, with
 * the line named in case it is an abstract's.
 */
export function loneListItems(entries: readonly ListingEntry[], file: string): Problem[] {
  const items = listItems(entries);
  return entries.flatMap(({ title, line }, i) => {
    const above = entries[i - 1];
    if (items[i] !== 'lone' || above === undefined) return [];
    return [
      problemAt(
        file,
        line,
        `read ${quote(title, 40)} as a paper's title, though it starts as an item of a list does (${quote(listItemMark(title)!.mark.trim())}) and no other line around it does; if it is a line of the abstract of ${quote(above.title, 40)} (line ${above.abstractLine}), join it to that abstract and ingest again`,
      ),
    ];
  });
}
