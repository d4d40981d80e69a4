/**
 * A card's furniture glued onto a line, as a copy that joins a title or an
 * abstract to the text beside it writes it: after a tab (a table's cell,
 * `Sparse Adapters<TAB>Submitted by alice-w`, `…benchmarks.<TAB>View arXiv
 * page`, `View arXiv page<TAB>We propose…`), or with no space at all, onto
 * the end (`Sparse AdaptersSubmitted by alice-w`, `…benchmarks.View arXiv
 * page`, `…the art.GitHub 1.2k`) or the start (`Submitted by
 * alice-wSparse Adapters`, `Upvote 42Sparse Adapters`, `View arXiv pageWe
 * propose…`); and the vote count glued after an abstract's last sentence
 * (`…prior work.127`). Only the page's exact phrases (page-chrome.ts), and
 * only where the glue shows: a title or an abstract may end or start in the
 * same words of its own after or before a space (`Papers as Submitted by
 * Reviewers`, `…code on GitHub.`), or glued into a word of its own
 * (`ChatPDF`, `3DGS`), and an abstract may end in figures of its own
 * (`Section 4.2`, `p < 0.05`, `Eq.3`).
 */
import { HANDLE_WORD, MAX_CHROME_LENGTH, isCardLabel, isCardPhrase } from './page-chrome.ts';

/** A line without the furniture glued onto its start and its end. */
export interface GluedFurniture {
  /** The line as in the file, without the furniture and what glued it on (its indentation kept). */
  text: string;
  /** The furniture taken off the start, as the page writes it, in the line's order. */
  start: string[];
  /** The furniture taken off the end, as the page writes it, in the line's order. */
  end: string[];
  /** `Submitted by` glued onto the start with a handle whose end cannot be told ({@link gluedHandle}): the line's start is left as it is. */
  unsure?: UnsureHandle;
}

/** `Submitted by` and a handle glued onto a title whose end cannot be told: `found` as the line has it, and the handles it may end as. */
export interface UnsureHandle {
  found: string;
  ends: string[];
}

/** Where a phrase was found on a line: the text it leaves starts or ends at `index`. */
interface Found {
  index: number;
  phrase: string;
}

/** What shows glue before a phrase starting in a capital: a letter, a figure, or a sentence's or a bracket's end, with no space. */
const GLUE = String.raw`[\p{L}\p{N}.!?)\]"”’]`;
/**
 * A sentence's or a bracket's end after its last letter, with no space: the
 * only glue that shows before a phrase a word may end in (`arXiv page`,
 * `PDF`: `ChatPDF`). A mark after a space starts a name (`to .PDF`, a
 * file's extension), it ends no sentence.
 */
const SENTENCE_END = String.raw`\S[.!?)\]"”’]`;
/** A count as a card shows it beside a link or a button (`42`, `1,204`, `1.2k`). */
const COUNT = String.raw`\d[\d,.]*[km]?`;
/**
 * The page's phrases glued onto the end with no space: those of several
 * words, starting in a capital, after glue ({@link GLUE}); `GitHub` (with
 * its stars) after a lowercase letter or a sentence's end (a figure may be
 * a name's own: `v4GitHub`); `arXiv page` and `PDF` only after a
 * sentence's end (glued onto a word, they cannot be told from it).
 */
const GLUED_PHRASE = new RegExp(String.raw`(?:(?<=${GLUE})(?:Submitted by(?: ${HANDLE_WORD})?|View arXiv page|View PDF|Add to collection)|(?<=[\p{Ll}]|${SENTENCE_END})GitHub(?: ${COUNT})?|(?<=${SENTENCE_END})(?:arXiv page|PDF))[\s\u00A0]*$`, 'u');
/**
 * The page's phrases glued onto the start with no space, before a capital
 * (`View arXiv pageWe propose`): `Submitted by` with no handle (with one:
 * {@link gluedHandle}), the links, and a count (`Upvote 42`, `GitHub 1.2k`)
 * only before a capital and a lowercase letter (`Upvote 427B Models`,
 * `Upvote 3DGS` are kept), and after a space as the card writes it.
 * `Upvote`, `GitHub` and `PDF` without a count, or with figures glued on,
 * may start a word of a title (`UpvoteNet`, `GitHubCopilot`, `PDFormer`,
 * `Upvote2Vec`, `Upvote4All`).
 */
const GLUED_START = new RegExp(String.raw`(?:Submitted by(?=\p{Lu})|(?:View arXiv page|arXiv page|View PDF|Add to collection)(?=\p{Lu})|(?:Upvote|GitHub) ${COUNT}(?=\p{Lu}\p{Ll}))`, 'uy');

/** The page's button glued onto the first title in the one-line layout. */
const SUBSCRIBE = 'Subscribe';

/**
 * How far back from a line's end, or on from a place in it, a phrase of the
 * card is looked for: a phrase is at most {@link MAX_CHROME_LENGTH} long
 * (and its glue a mark or two), so a line is read a window at a time, never
 * again from its start for each phrase taken off (a line of thousands of
 * glued phrases stays linear). A longer count or padding is not read as the
 * card's: the line is kept as it is.
 */
const WINDOW = MAX_CHROME_LENGTH + 2;

/** The line without the card's furniture glued onto its start or its end (see above), or `undefined` when none is, or nothing but it is on the line. */
export function gluedFurniture(line: string, handles: ReadonlySet<string> = new Set()): GluedFurniture | undefined {
  // Where the line's first and last letter or figure are: a text left beside the furniture holds one, a line of nothing but
  // the page's phrases is the page's own, read as such elsewhere.
  const firstWord = line.search(/[\p{L}\p{N}]/u);
  if (firstWord === -1) return undefined;
  let stop = line.length;
  const end: string[] = [];
  for (;;) {
    const cell = lastCell(line, stop);
    const glued = cell !== undefined && isCardPhrase(cell.phrase) ? cell : gluedPhrase(line, stop);
    if (glued === undefined || firstWord >= glued.index) break;
    end.push(glued.phrase);
    stop = glued.index;
  }
  // Found from the end back, listed in the line's order.
  end.reverse();
  const text = line.slice(0, stop);
  let lastWord = stop - 1;
  while (lastWord >= 0 && !/[\p{L}\p{N}]/u.test(text[lastWord]!)) lastWord -= 1;
  // Read on from a place in the line rather than cut it a phrase at a time: a line of many phrases is read once.
  const indent = text.length - text.trimStart().length;
  // The one-line layout glues the page's `Subscribe` onto the first title (page-chrome.ts stripGluedSubscribe, which
  // takes it off later): glued furniture behind it is taken off, the word kept.
  const kept = text.startsWith(SUBSCRIBE, indent) && gluedStart(text, indent + SUBSCRIBE.length, handles) !== undefined ? indent + SUBSCRIBE.length : indent;
  const start: string[] = [];
  let from = kept;
  for (;;) {
    const cell = firstCell(text, from);
    const glued = cell !== undefined && isLeadingCell(cell.phrase) ? cell : gluedStart(text, from, handles);
    // A handle whose end cannot be told: nothing is taken off the start, the line is said to be in question.
    if (glued !== undefined && 'ends' in glued) return { text, start: [], end, unsure: glued };
    if (glued === undefined || glued.index > lastWord) break;
    start.push(glued.phrase);
    from = glued.index;
  }
  return end.length === 0 && start.length === 0 ? undefined : { text: start.length > 0 ? text.slice(0, kept) + text.slice(from) : text, start, end };
}

/** Where the white space before `stop` starts in the line (native trimming: a long run of it is passed over once, quickly). */
function spaceBefore(line: string, stop: number): number {
  return line.slice(0, stop).trimEnd().length;
}

/** Where the white space from `from` on ends in the line. */
function spaceAfter(line: string, from: number): number {
  return line.length - line.slice(from).trimStart().length;
}

/** The last cell of the line up to `stop` after a tab, and where the white space before that tab starts; read back from `stop` a {@link WINDOW} at most. */
function lastCell(line: string, stop: number): Found | undefined {
  const end = spaceBefore(line, stop);
  const from = Math.max(0, end - WINDOW);
  const cell = line.slice(from, end).lastIndexOf('\t');
  if (cell === -1) return undefined;
  const tab = from + cell;
  return { index: spaceBefore(line, tab), phrase: line.slice(tab + 1, end).trim() };
}

/** `Submitted by` with a handle, nothing more: the words a title may start with (`Submitted by Reviewers: A Study`) are not the card's. */
const SUBMITTED_BY = new RegExp(String.raw`^submitted by(?: ${HANDLE_WORD})?$`, 'iu');

/**
 * Whether the cell before a tab at the start of a line is the card's: one
 * of its phrases, but not a label over the text (`Abstract`, `TL;DR`, read
 * as such by abstract-label.ts and the summary rules), and `Submitted by`
 * only with a handle of one word.
 */
function isLeadingCell(phrase: string): boolean {
  return isCardPhrase(phrase) && !isCardLabel(phrase) && (!/^submitted by/iu.test(phrase) || SUBMITTED_BY.test(phrase));
}

/** The cell before a tab from `from` on, and where the text after the white space past that tab starts; read on from `from` a {@link WINDOW} at most. */
function firstCell(text: string, from: number): Found | undefined {
  const tab = text.slice(from, from + WINDOW).indexOf('\t');
  if (tab === -1) return undefined;
  return { index: spaceAfter(text, from + tab + 1), phrase: text.slice(from, from + tab).trim() };
}

/** The page's phrase glued onto the end of the line up to `stop` with no space ({@link GLUED_PHRASE}), and where it starts; read in a {@link WINDOW} before the line's white space at `stop`. */
function gluedPhrase(line: string, stop: number): Found | undefined {
  const from = Math.max(0, spaceBefore(line, stop) - WINDOW);
  const match = GLUED_PHRASE.exec(line.slice(from, stop));
  return match === null ? undefined : { index: from + match.index, phrase: match[0].trim() };
}

/** The page's phrase glued onto the text from `from` on with no space ({@link GLUED_START}, {@link gluedHandle}), and where the text after it starts. */
function gluedStart(text: string, from: number, handles: ReadonlySet<string>): Found | UnsureHandle | undefined {
  const handle = gluedHandle(text, from, handles);
  if (handle !== undefined) return handle;
  GLUED_START.lastIndex = from;
  const match = GLUED_START.exec(text);
  return match === null ? undefined : { index: from + match[0].length, phrase: match[0] };
}

/** `Submitted by ` and the letters, figures and `._-` after it: a handle (39 characters at most) and the word glued onto it, read no further. */
const SUBMITTED_RUN = /Submitted by ([\p{L}\p{N}][\p{L}\p{N}._-]{0,39})/uy;
/** Where a handle may end before a capital: after a lowercase letter, a figure or `._-` (`alice-w|Sparse`, `carlos_99|LLaMA`). */
const HANDLE_END = /[\p{Ll}\p{N}._-]/u;
const CAPITAL = /\p{Lu}/u;

/**
 * `Submitted by <handle>` glued onto a title at `from` (`Submitted by
 * alice-wSparse Adapters`), and where the title starts. The handle is the
 * longest of `handles` (those the dump shows elsewhere, {@link dumpHandles})
 * the text starts with before a capital; else it ends where it alone can, at
 * the one capital after a lowercase letter, a figure or `._-`. Where it may
 * end in more than one place (`NielsRoggeSparse`: `Niels` or `NielsRogge`;
 * `akhaliqDeepSeek`: `akhaliq` or `akhaliqDeep`), the places are given, not
 * guessed: a title makes the paper's URL. `undefined` where no handle is
 * glued on (`AKSparse` cannot be split, and is kept), or where the text is
 * one of `handles` alone (the page's own line).
 */
function gluedHandle(text: string, from: number, handles: ReadonlySet<string>): Found | UnsureHandle | undefined {
  SUBMITTED_RUN.lastIndex = from;
  const match = SUBMITTED_RUN.exec(text);
  if (match === null) return undefined;
  const run = match[1]!;
  // A handle the dump shows, on its own: the page's line, with nothing glued on (`Submitted by NielsRogge`).
  if (handles.has(run) && !/[\p{L}\p{N}._-]/u.test(text[from + match[0].length] ?? '')) return undefined;
  const cut = (at: number): Found => ({ index: from + 'Submitted by '.length + at, phrase: `Submitted by ${run.slice(0, at)}` });
  const last = Math.min(run.length - 1, 39);
  for (let at = last; at > 0; at -= 1) if (CAPITAL.test(run[at]!) && handles.has(run.slice(0, at))) return cut(at);
  const ends: number[] = [];
  for (let at = 1; at <= last; at += 1) if (CAPITAL.test(run[at]!) && HANDLE_END.test(run[at - 1]!)) ends.push(at);
  if (ends.length === 0) return undefined;
  if (ends.length === 1) return cut(ends[0]!);
  return { found: match[0], ends: ends.map((at) => run.slice(0, at)) };
}

/** A handle on a line of its own under `Submitted by`, or after it on its line. */
const HANDLE_LINE = new RegExp(String.raw`^(?:Submitted by )?(${HANDLE_WORD})$`, 'u');

/**
 * The handles a dump shows on lines of their own, for the cards whose
 * `Submitted by` is not glued on: `Submitted by alice-w`, or `Submitted by`
 * over `alice-w`. {@link gluedFurniture} ends a handle glued onto a title
 * where one of them ends.
 */
export function dumpHandles(lines: readonly string[]): Set<string> {
  const handles = new Set<string>();
  let submitted = false;
  for (const line of lines) {
    const text = line.trim();
    if (text === '') continue;
    const handle = text.length <= 'Submitted by '.length + 39 && (submitted || text.startsWith('Submitted by ')) ? HANDLE_LINE.exec(text) : null;
    if (handle !== null) handles.add(handle[1]!);
    submitted = text === 'Submitted by';
  }
  return handles;
}

/** A vote count glued on after an abstract's end, found and the abstract without it. */
export interface GluedVoteCount {
  /** The abstract up to the count, its last mark kept. */
  text: string;
  /** The count, as the abstract shows it. */
  count: string;
}

/** A vote as a card shows it: a whole number of at most four figures, or thousands with commas (`127`, `1,204`); never a leading zero. */
const VOTE_COUNT = /^(?:0|[1-9]\d{0,3}|[1-9]\d{0,2}(?:,\d{3})+)$/u;
/**
 * The word a sentence ends with, right before the count: letters (two at
 * least, with hyphens and apostrophes between), then a sentence's end
 * (`work.`, `it?`, `“simple.”`) or a closing bracket (`licence)`). Not a
 * figure (`4.2`, `0.05`, `3.127`, `GPT-4.127`: decimals and versions), a
 * formula (`O(n)`, `(a)`), an address (`example.org/v.`) nor an
 * abbreviation with dots in it (`e.g.`).
 */
const SENTENCE_END_WORD = /^[(\[“‘"']*\p{L}[\p{L}'’-]*\p{L}[)\]"”’]*(?:[.!?][)\]"”’]*|\))$/u;
/** Abbreviations a figure follows in a sentence (`Eq.3`, `Fig.2`, `et al.2024`), compared in lowercase without their mark. */
const BEFORE_FIGURES = new Set(['al', 'app', 'appx', 'ch', 'chap', 'cf', 'def', 'eq', 'eqs', 'ex', 'fig', 'figs', 'lem', 'no', 'nos', 'pp', 'prop', 'ref', 'refs', 'sec', 'sect', 'tab', 'thm', 'ver', 'vol', 'vs']);

/**
 * The vote count glued on after the end of an abstract's last sentence
 * (`…outperforms prior work.127`), and the abstract without it; `undefined`
 * for any other ending (see {@link SENTENCE_END_WORD}, {@link BEFORE_FIGURES}).
 * The ends are read without a pattern going over the whole text, which would
 * go over a long run of figures once for each of them.
 */
export function gluedVoteCount(abstract: string): GluedVoteCount | undefined {
  let start = abstract.length;
  while (start > 0 && /[\d,]/u.test(abstract[start - 1]!)) start -= 1;
  const count = abstract.slice(start);
  if (!VOTE_COUNT.test(count)) return undefined;
  const text = abstract.slice(0, start);
  let word = text.length;
  while (word > 0 && !/\s/u.test(text[word - 1]!)) word -= 1;
  const last = text.slice(word);
  if (!SENTENCE_END_WORD.test(last) || BEFORE_FIGURES.has(last.replace(/[^\p{L}]/gu, '').toLowerCase())) return undefined;
  return { text, count };
}
