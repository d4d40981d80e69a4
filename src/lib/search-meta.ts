/**
 * The words a paper's search index needs besides its text as the page gives
 * it (src/text/search-fold.ts: folded compatibility characters, the pieces of
 * Chinese and Japanese text; the words formulas are part of,
 * {@link formulaWords}; and the formulas' TeX, {@link texWords}), as
 * Pagefind metadata: the paper page and its search record
 * (src/integrations/search-records.ts) both carry them, so the index finds
 * `fine-tuning` in a paper that writes `ﬁne-tuning`, `言語` in
 * `大規模言語モデル`, `O(L^2)` in one whose page writes `O(` before a
 * formula, or `\mathbb{R}^{d}` where the page gives `Rᵈ`, while the text the
 * page shows, and Pagefind keeps for excerpts, stays as readers read it.
 * Pagefind 1.6 indexes metadata as searchable words; the search weighs
 * these fields as the text they come from (pagefind-api.ts). Pure.
 */
import { formulaText } from '../format/formula-text.ts';
import { slugWords } from '../format/slug-words.ts';
import { extraSearchWords, searchFold } from '../text/search-fold.ts';
import { compoundParts, indexForm } from '../text/search-terms.ts';
import { SEARCH_TEXT_FIELD, SEARCH_TITLE_FIELD } from './search-meta-fields.ts';

/** What a paper's extra words are made from. */
export interface SearchMetaSource {
  title: string;
  formerTitles: readonly string[];
  /** The abstract as text, math as `$tex$`. */
  text: string;
  /** The abstract as plain text, formulas written out (`O(L²)`; abstract-text.ts). */
  plain: string;
}

/**
 * What a paper page gives the search index of a formula (its TeX): its plain
 * text (formula-text.ts, `O(n²)`, `Rᵈ`, `≥`), as card leads and feeds write
 * it, so the excerpts the search shows, made of the indexed text, read as
 * they do and never show TeX; the TeX's own words go in as extra words
 * ({@link texWords}). rehype-pagefind-ignore-math puts it on the page.
 */
export function indexedFormula(tex: string): string {
  return formulaText(tex);
}

/**
 * An abstract's text (formulas as `$tex$`) as its page gives it to the
 * index: each formula's {@link indexedFormula} between spaces, as Pagefind
 * reads an indexed attribute (it puts a space before one, and
 * rehype-pagefind-ignore-math ends it with one), so the text around a
 * formula is a word of its own (`O($L^{2}$)` is `O(`, `L²`, `)`).
 */
export function indexedAbstract(text: string): string {
  return text.includes('$') ? text.replace(/\$([^$]*)\$/g, (_, tex: string) => ` ${indexedFormula(tex)} `) : text;
}

/**
 * The `data-pagefind-meta` values of a paper's extra words (`field:words`),
 * each `undefined` when that part needs none (most papers): one value an
 * element, since Pagefind reads one field from each attribute.
 */
export function searchMeta(paper: SearchMetaSource): { title: string | undefined; text: string | undefined } {
  const titles = [paper.title, ...paper.formerTitles];
  const title = [extraSearchWords(titles), latinSpellings(titles)].filter(Boolean).join(' ');
  const indexed = indexedAbstract(paper.text);
  const words = [extraSearchWords([indexed]), formulaWords(paper.plain, indexed), texWords(paper.text, indexed)];
  const text = [...new Set(words.join(' ').split(' '))].filter(Boolean).join(' ');
  return { title: title ? `${SEARCH_TITLE_FIELD}:${title}` : undefined, text: text ? `${SEARCH_TEXT_FIELD}:${text}` : undefined };
}

/** A letter of a script other than Latin. */
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;

/**
 * The words of titles in another script as their addresses spell them in
 * Latin letters ({@link slugWords}: `Глубокое обучение` → `glubokoe
 * obuchenie`), each once, space-separated; `''` for titles in Latin letters
 * (most) and for scripts an address does not spell (Hebrew, Japanese). A link
 * to such a paper cut short lands on the 404 page, whose search is given the
 * words the link still holds (src/browser/missing-paper.ts): words no title
 * or abstract writes, so they found nothing.
 */
export function latinSpellings(titles: readonly string[]): string {
  const words = new Set<string>();
  for (const title of titles) {
    if (!NON_LATIN_LETTER.test(title)) continue;
    for (const token of title.split(/\s+/)) if (NON_LATIN_LETTER.test(token)) for (const word of slugWords(token).split('-')) if (word) words.add(word);
  }
  return [...words].join(' ');
}

/** The searchable forms a text gives the index: each word's, folded (the folded words are extra words), and its parts'. */
function indexedForms(indexed: string): Set<string> {
  const forms = new Set<string>();
  for (const token of indexed.split(/\s+/)) {
    const folded = searchFold(token);
    forms.add(indexForm(folded));
    for (const part of compoundParts(folded)) forms.add(part);
  }
  return forms;
}

/**
 * The words of an abstract's plain text that hold a formula and that its
 * page does not give the index, in their searchable form, each once,
 * space-separated (`''` for most papers). The page gives the index each
 * formula apart from the text around it ({@link indexedAbstract}:
 * `O($L^{2}$)` is indexed as `O(`, `L²` and `)`, `$M^{2}$-Encoders` as `M²`
 * and `-Encoders`), so the words a reader reads there (`O(L²)`,
 * `M²-Encoders`) or copies from the abstract's source (`O(L^2)`,
 * `M^2-Encoders`), which a query reduces to the same letters and digits,
 * would be missing. `indexed` is the abstract as the page gives it.
 */
export function formulaWords(plain: string, indexed: string): string {
  if (plain === indexed) return '';
  const given = indexedForms(indexed);
  const words = new Set<string>();
  for (const token of plain.split(/\s+/)) {
    const folded = searchFold(token);
    const form = indexForm(folded);
    if (form && !given.has(form)) words.add(folded);
  }
  return [...words].join(' ');
}

/**
 * The words of the formulas' TeX (`text`, formulas between `$`, split there
 * as a page gave them to the index before it gave their plain text) whose
 * searchable form or parts the page does not give the index
 * (`\mathbb{R}^{d}`, read `Rᵈ`, for `mathbb`; `\geq`, read `≥`), each
 * once, space-separated: what a search typed as the abstract writes it finds.
 * A formula whose TeX reads as its plain text (`O(n^{2})`, `O(n²)` folded to
 * `O(n2)`: both `on2`) adds nothing.
 */
export function texWords(text: string, indexed: string): string {
  if (text === indexed) return '';
  const given = indexedForms(indexed);
  const words = new Set<string>();
  for (const token of text.replace(/\$/g, ' ').split(/\s+/)) {
    const folded = searchFold(token);
    const forms = [indexForm(folded), ...compoundParts(folded)].filter(Boolean);
    if (forms.some((form) => !given.has(form))) words.add(folded);
  }
  return [...words].join(' ');
}
