import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../../../src/browser/search/query.ts';
import { abstractText } from '../../../../src/format/abstract-text.ts';
import { formulaText } from '../../../../src/format/formula-text.ts';
import { pageTermsReader } from '../../../../src/integrations/page-terms.ts';
import { searchMeta } from '../../../../src/lib/search-meta.ts';
import { searchStem, stripMarks } from '../../../../src/text/search-terms.ts';

/**
 * An abstract as Pagefind indexes its page: the text, each formula's plain
 * text (formula-text.ts, as card leads write it and search excerpts show it)
 * between spaces (Pagefind puts one before an indexed attribute, and
 * rehype-pagefind-ignore-math ends the attribute with one), so the text
 * around a formula is a word of its own (`O(`, `L²`, `)`); and the page's
 * extra words as metadata.
 */
function indexedPage(body: string) {
  const abstract = abstractText(body);
  const extra = searchMeta({ title: 'T', formerTitles: [], text: abstract.text, plain: abstract.plain }).text;
  const meta = extra === undefined ? {} : { [extra.slice(0, extra.indexOf(':'))]: extra.slice(extra.indexOf(':') + 1) };
  return { extra, terms: pageTermsReader()({ url: '/papers/x/', content: abstract.text.replace(/\$([^$]*)\$/g, (_, tex: string) => ` ${formulaText(tex)} `), meta }) };
}

/**
 * The query words the search would call missing from the page (search.ts:
 * a word is found, whole, when its stem or its form is the page's, joined or
 * by all its parts).
 */
function missingWords(body: string, query: string): string[] {
  const { terms } = indexedPage(body);
  const written = new Set([...terms.forms, ...terms.otherForms]);
  const has = (form: string) => terms.terms.includes(searchStem(form)) || written.has(stripMarks(form));
  return parseQuery(query)
    .terms.filter((t) => !has(t.joined) && !(t.parts.length > 0 && t.parts.every(has)))
    .map((t) => t.token);
}

describe('searchMeta: a formula is found as the abstract writes it and as plain text shows it', () => {
  test.each([
    // Written by the ingest before `O(L^2)` became one formula: the page's text keeps `O(` and `)` apart from it.
    ['the complexity O($L^{2}$) with', ['O(L^2)', 'O(L²)', 'O(L^{2})', 'L^2']],
    ['is $O(n^{2})$ locally', ['O(n^2)', 'O(n²)', 'O(n^{2})']],
    ['dubbed $M^{2}$-Encoders (pronounced', ['M^2-Encoders', 'M²-Encoders', 'M^2']],
    ['as the $3^{rd}$-stage of', ['3^{rd}-stage', '3rd-stage']],
    ['in continuous space $\\mathbb{R}^{d}$ and', ['R^d', 'Rᵈ', '\\mathbb{R}^{d}']],
    ['enable $\\mathcal{O}(1)$ compute', ['O(1)']],
    ['the $k$-NN graph', ['k-NN']],
    // The TeX as a listing page writes it (`mathbb R^d`, its backslashes and braces lost) or as the entry does.
    ['in continuous space $\\mathbb{R}^{d}$ and', ['mathbb R^d', 'mathbb']],
    ['at $\\geq$ 50% sparsity', ['\\geq', 'geq']],
    ["the $x'(t) = Ax(t)$ state", ["x'(t)", 'Ax(t)']],
  ])('in %j: %j', (body, queries) => {
    for (const query of queries) expect(missingWords(body, query), query).toEqual([]);
  });

  test('adds no words where the page already has every one: formulas standing apart whose plain text is their TeX', () => {
    expect(indexedPage("model $x'(t) = Ax(t)$ with matrix $A$ and $BERT_{BASE}$ per point").extra).toBeUndefined();
    expect(indexedPage('Plain words only.').extra).toBeUndefined();
  });

  test('adds the searchable form of a formula whose plain text folds, and the TeX words its plain text does not give', () => {
    expect(indexedPage('x in $R^{d}$, $k^{2}$ at $\\geq$ 50%').extra).toBe('search-text:Rd k2 \\geq');
  });

  test('adds each missing word once, in its searchable form', () => {
    expect(indexedPage('Our $M^{2}$-Encoder and $M^{2}$-Encoder series, O($L^{2}$).').extra).toBe('search-text:M2 L2 M2-Encoder O(L2).');
  });
});

describe('searchMeta: a title in another script is found by the Latin letters its address spells it in', () => {
  // A link to such a paper cut short lands on the 404 page, which searches for the words the link holds (missing-paper.ts): `glubokoe obuchenie`.
  const titleWords = (title: string, formerTitles: string[] = []) => searchMeta({ title, formerTitles, text: 'Text.', plain: 'Text.' }).title;

  test.each([
    ['Глубокое обучение для распознавания речи', 'glubokoe obuchenie dlya raspoznavaniya rechi'],
    ['نماذج اللغة الكبيرة للترجمة', 'nmadhj allght alkbyrt lltrjmt'],
    // Only the words in another script: the Latin ones are the title's own.
    ['Модели GPT-4 для перевода', 'modeli dlya perevoda'],
  ])('%s: %s', (title, spelled) => {
    expect(titleWords(title)).toBe(`search-title:${spelled}`);
  });

  test('a former title too, as its address (an alias) spells it', () => {
    expect(titleWords('Speech Recognition', ['Распознавание речи'])).toBe('search-title:raspoznavanie rechi');
  });

  test('adds nothing for a title in Latin letters, accents and all, or in a script the address does not spell (Hebrew, Japanese: `paper-…`)', () => {
    expect(titleWords('Schrödinger Bridges for Kraków')).toBeUndefined();
    expect(titleWords('מודלים גדולים של שפה')).toBeUndefined();
    expect(titleWords('大規模言語モデルの推論')).toBe('search-title:大規 規模 模言 言語 語モ モデ デル ルの の推 推論');
  });
});
