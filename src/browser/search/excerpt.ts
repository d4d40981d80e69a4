/**
 * A result's excerpt, built from the text Pagefind indexed rather than from
 * Pagefind's `excerpt` HTML: that HTML escapes only `<` and `>`, so an
 * abstract holding the characters `&lt;b&gt;` would show as a bold tag. Pure;
 * the runs are rendered as text nodes and `<mark>` elements.
 */

import { searchFold, spacelessPairs } from '../../text/search-fold.ts';
import { compoundParts, indexForm, searchStem, stripMarks } from '../../text/search-terms.ts';

/** A piece of an excerpt: plain text, or a matched word to highlight. */
export interface ExcerptRun {
  text: string;
  mark: boolean;
}

/** The punctuation that ends a clause or sentence after a word (not `;`, which ends a character reference written as text, `&gt;`). */
const CLAUSE_END = /[,.:!?…]+$/u;

/** Words in the header's excerpts and the search page's. */
export const EXCERPT_WORDS = 24;

/**
 * The window of `length` words of `content` (words are what Pagefind's
 * `locations` count) holding the most matched words, skipping the first
 * `skip` words (the title, which the indexed text opens with), as runs.
 */
export function excerptRuns(content: string, locations: readonly number[], length: number, skip = 0): ExcerptRun[] {
  const words = content.split(/\s+/).filter(Boolean);
  const matched = [...new Set(locations)].filter((l) => l >= skip && l < words.length).sort((a, b) => a - b);
  let start = skip;
  let bestCount = -1;
  for (const location of matched) {
    const from = Math.max(skip, Math.min(location - Math.floor(length / 3), words.length - length));
    const count = matched.filter((l) => l >= from && l < from + length).length;
    if (count > bestCount) {
      bestCount = count;
      start = from;
    }
  }
  const end = Math.min(words.length, start + length);
  const marked = new Set(matched);
  const runs: ExcerptRun[] = [];
  const push = (text: string, mark: boolean) => {
    const last = runs.at(-1);
    if (last && last.mark === mark && !mark) last.text += text;
    else runs.push({ text, mark });
  };
  if (start > skip) push('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false);
    const word = words[i]!;
    // A matched word is marked without the punctuation that ends its clause (`inpainting,` shows `inpainting` marked).
    const clauseEnd = marked.has(i) ? CLAUSE_END.exec(word) : null;
    if (clauseEnd && clauseEnd.index > 0) {
      push(word.slice(0, clauseEnd.index), true);
      push(clauseEnd[0], false);
    } else push(word, marked.has(i));
  }
  if (end < words.length) push(' …', false);
  return runs;
}

/** How many words of `content` the title takes when the content opens with it (0 otherwise). */
export function titleWords(content: string, title: string): number {
  const titleTokens = title.split(/\s+/).filter(Boolean);
  const contentTokens = content.split(/\s+/, titleTokens.length);
  const same = titleTokens.every((t, i) => contentTokens[i] === t || (i === titleTokens.length - 1 && contentTokens[i]?.startsWith(t)));
  return titleTokens.length > 0 && same ? titleTokens.length : 0;
}

/**
 * Positions of the words of `content` that Pagefind matched through the
 * extra words of the page (search-meta.ts), which are not in `content`, so
 * its `locations` miss them: words written with compatibility characters
 * (`ﬁne-tuning`, `ＬＬＭ`) whose searchable form, or a part of it, starts with
 * one of the query's `stems`, and Chinese or Japanese text holding a piece
 * that does.
 */
export function extraLocations(content: string, stems: readonly string[]): number[] {
  if (!stems.length || /^[\x00-\x7f]*$/.test(content)) return [];
  const found: number[] = [];
  content
    .split(/\s+/)
    .filter(Boolean)
    .forEach((word, i) => {
      const folded = searchFold(word);
      const pairs = spacelessPairs(folded);
      if (folded === word && !pairs.length) return;
      const forms = [indexForm(folded), ...compoundParts(folded), ...pairs].map((form) => searchStem(stripMarks(form)));
      if (forms.some((form) => form && stems.some((stem) => form.startsWith(stem)))) found.push(i);
    });
  return found;
}
