import { dayParts, MONTH_NAMES, type Day } from '../format/day.ts';
import { formulaText } from '../format/formula-text.ts';
import { TEX_FORMULA } from '../format/title-text.ts';

/**
 * Escapes text for a BibTeX field value so LaTeX prints it literally. Braces
 * become `\textbraceleft{}`/`\textbraceright{}`: BibTeX counts `\{` as a
 * brace too, so a title with one unpaired brace would end its field early.
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\textbackslash{}';
      case '{':
        return '\\textbraceleft{}';
      case '}':
        return '\\textbraceright{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${c}`;
    }
  });
}

/**
 * A title as a BibTeX field's text: its formulas (title-text.ts's
 * TEX_FORMULA) kept in TeX between `$`, as LaTeX sets them (their plain
 * text holds `α`, `ᵈ`, which pdfLaTeX cannot print), the rest escaped. A
 * formula whose braces do not pair would end the field early: it is written
 * as its text, escaped.
 */
function bibtexTitle(title: string): string {
  let out = '';
  let last = 0;
  for (const match of title.matchAll(TEX_FORMULA)) {
    const tex = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim();
    out += escapeBibtex(title.slice(last, match.index));
    out += bracesPair(tex) ? `$${tex}$` : escapeBibtex(formulaText(tex));
    last = match.index + match[0].length;
  }
  return out + escapeBibtex(title.slice(last));
}

/** Whether every brace of `tex` pairs with another, as BibTeX counts them (`\{` too). */
function bracesPair(tex: string): boolean {
  let depth = 0;
  for (const c of tex) {
    if (c === '{') depth += 1;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** What a citation names: the paper's slug (its key), title and page URL, the archive, and the day the archive first listed it. */
export interface Citable {
  slug: string;
  /** The title as its entry writes it, formulas in TeX (`$\mathcal{O}(n)$`), not as a page shows it. */
  title: string;
  url: string;
  archive: string;
  /** `YYYY-MM-DD`; none for a paper on undated listings only. */
  listed?: Day | undefined;
}

/** BibTeX's month macro for month `n` (1–12): its English name's first three letters, `jan` to `dec`; styles print them in their own language and form. */
const monthMacro = (n: number) => MONTH_NAMES[n - 1]!.slice(0, 3).toLowerCase();

/**
 * A BibTeX `@misc` entry pointing at the archive page. The title is double
 * braced so BibTeX styles keep its capitalisation. It is dated by the day the
 * archive first listed the paper (styles warn about, and print nothing for,
 * an entry with no year).
 */
export function bibtex(paper: Citable): string {
  return bibtexParts(paper).join('');
}

/**
 * {@link bibtex}'s entry in three parts, the middle one the page's URL as
 * written in its `\url{}`, so a page can mark where the URL stands (the
 * browser gives it the address the page is served from, src/browser/site-links.ts).
 */
export function bibtexParts({ slug, title, url, archive, listed }: Citable): [before: string, url: string, after: string] {
  const date = listed === undefined ? undefined : dayParts(listed);
  return [
    [
      `@misc{${slug},`,
      `  title        = {{${bibtexTitle(title)}}},`,
      ...(date === undefined ? [] : [`  year         = {${date.year}},`, `  month        = ${monthMacro(date.month)},`]),
      '  howpublished = {\\url{',
    ].join('\n'),
    url.replace(/[%#\\{}]/g, (c) => `\\${c}`),
    ['}},', `  note         = {${escapeBibtex(archive)}}`, '}'].join('\n'),
  ];
}
