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
 * A BibTeX `@misc` entry pointing at the archive page. The title is double
 * braced so BibTeX styles keep its capitalisation.
 */
export function bibtex(paper: { slug: string; title: string; url: string; archive: string }): string {
  return bibtexParts(paper).join('');
}

/**
 * {@link bibtex}'s entry in three parts, the middle one the page's URL as
 * written in its `\url{}`, so a page can mark where the URL stands (the
 * browser gives it the address the page is served from, src/browser/site-links.ts).
 */
export function bibtexParts({ slug, title, url, archive }: { slug: string; title: string; url: string; archive: string }): [before: string, url: string, after: string] {
  return [
    [`@misc{${slug},`, `  title        = {{${escapeBibtex(title)}}},`, '  howpublished = {\\url{'].join('\n'),
    url.replace(/[%#\\{}]/g, (c) => `\\${c}`),
    ['}},', `  note         = {${escapeBibtex(archive)}}`, '}'].join('\n'),
  ];
}
