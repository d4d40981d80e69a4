/**
 * A card's `Abstract` label at the start of an abstract: glued onto the text
 * (`AbstractWe study…`, a copy that lost the line break between them),
 * before it with a space (`Abstract We study…`), or with a colon (or a full
 * stop or a dash, `Abstract.`, `Abstract—`) where the label was not split
 * off the line before the structure was read
 * (page-chrome's splitCardLabel splits it only where the text ends as a
 * sentence: not `Abstract: We study… code at https://…`). Only the text's
 * place tells it from a title's word: an abstract line right under its
 * title, where a title such as `Abstract Reasoning in LLMs` never stands.
 */

/** The label, the text after it, and whether the abstract alone shows it is the label (`certain`) or only the rest of the dump can. */
export interface LeadingLabel {
  label: string;
  text: string;
  certain: boolean;
}

/**
 * The label, then: a mark that sets a label off its text, as journals print
 * it (certain, but after a dash only before a capital, a figure or a name:
 * see SMALL_WORD): a colon (`Abstract:`, `Abstract：`), a full stop
 * (`Abstract.`), an em dash (`Abstract—`), or an en dash or a hyphen with a
 * space beside it (`Abstract – `, `Abstract - `; glued onto a small letter
 * they join a compound, `Abstract-level`), or an en dash glued onto a
 * capital or a figure (`Abstract–We`); glued onto a capital and a small letter (certain:
 * `AbstractWe`); glued onto another capital or a figure (`AbstractKV cache`,
 * `AbstractA critical`, `Abstract3D`), or after one space before a capital or
 * a figure (`Abstract We`): a term may start so.
 */
const LABEL = /^(Abstract|ABSTRACT)(?:(\s*[:\uFF1A.\u2014\u2015]\s*|\s+[\u2013-]\s*|[\u2013-]\s+|\u2013(?=[\p{Lu}\p{N}]))(?=\S)|(?=\p{Lu}\p{Ll})|(?=[\p{Lu}\p{N}])| (?=[\p{Lu}\p{N}]))/u;

/** A dash among the marks after the label. */
const DASH = /[\u2013\u2014\u2015-]/u;

/**
 * A word in small letters only at the text's start: after a dash it may
 * continue the text's own first sentence (`Abstract—and concrete—syntax`,
 * `Abstract - level features`), so the label is certain only after a colon
 * or a full stop, or before a capital, a figure or a name (`mPLUG`).
 */
const SMALL_WORD = /^\p{Ll}+(?![\p{L}\p{N}])/u;

/**
 * The label at the start of `abstract` (the abstract of `title`), or
 * undefined where the word is the text's own: before a small letter
 * (`Abstract reasoning is…`), part of a word (`Abstractions`), or glued into
 * a name that the title or the text names again (`AbstractNet`,
 * `AbstractGPT`). A label that is not certain may still be a term's first
 * word (`Abstract Meaning Representation`, `AbstractKV`): the caller decides
 * by the rest of the dump.
 */
export function leadingAbstractLabel(abstract: string, title: string): LeadingLabel | undefined {
  const match = LABEL.exec(abstract);
  if (match === null) return undefined;
  const text = abstract.slice(match[0].length);
  if (match[2] !== undefined) return { label: match[1]!, text, certain: !(DASH.test(match[2]) && SMALL_WORD.test(text)) };
  const glued = match[0] === match[1];
  if (glued) {
    const name = /^[\p{L}\p{N}]+/u.exec(abstract)![0];
    if (title.includes(name) || text.includes(name)) return undefined;
  }
  return { label: match[1]!, text, certain: glued && /^\p{Lu}\p{Ll}/u.test(text) };
}
