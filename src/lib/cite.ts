import { dayParts, MONTH_NAMES, type Day } from '../format/day.ts';

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

/** What a citation names: the paper's slug (its key), title and page URL, the archive, and the day the archive first listed it. */
export interface Citable {
  slug: string;
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
      `  title        = {{${escapeBibtex(title)}}},`,
      ...(date === undefined ? [] : [`  year         = {${date.year}},`, `  month        = ${monthMacro(date.month)},`]),
      '  howpublished = {\\url{',
    ].join('\n'),
    url.replace(/[%#\\{}]/g, (c) => `\\${c}`),
    ['}},', `  note         = {${escapeBibtex(archive)}}`, '}'].join('\n'),
  ];
}
