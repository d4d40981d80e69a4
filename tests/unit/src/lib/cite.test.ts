import { describe, expect, test } from 'vitest';
import { bibtex, bibtexParts, escapeBibtex } from '../../../../src/lib/cite.ts';

describe('escapeBibtex and bibtex', () => {
  test('escapes the characters LaTeX treats specially', () => {
    expect(escapeBibtex('50% of {x} & y_1 ~ #2 ^ \\')).toBe('50\\% of \\textbraceleft{}x\\textbraceright{} \\& y\\_1 \\textasciitilde{} \\#2 \\textasciicircum{} \\textbackslash{}');
  });
  test('keeps the braces of every field balanced as BibTeX counts them (a backslash does not hide a brace from it), whatever braces the title holds', () => {
    /** Depth of the braces BibTeX counts, or -1 once one closes more than opened. */
    const depth = (text: string) => [...text].reduce((d, c) => (d < 0 ? d : c === '{' ? d + 1 : c === '}' ? d - 1 : d), 0);
    for (const title of ['Sets {a, b', 'Closing } First', '}{', '{{{', 'Balanced {x} Stays']) {
      const entry = bibtex({ slug: 's', title, url: 'https://x.org/papers/s/', archive: 'Folio' });
      for (const line of entry.split('\n').slice(1, -1)) expect(depth(line), `${title}: ${line}`).toBe(0);
    }
  });
  test('gives the URL, as written in its \\url{}, a part of its own, for the page to mark', () => {
    const paper = { slug: 's', title: 'A URL: https://x.org/papers/s/', url: 'https://x.org/papers/50%/#x', archive: 'Folio' };
    const parts = bibtexParts(paper);
    expect(parts[1]).toBe('https://x.org/papers/50\\%/\\#x');
    expect(parts[0].endsWith('howpublished = {\\url{')).toBe(true);
    expect(parts.join('')).toBe(bibtex(paper));
  });
  test('writes a @misc entry with the double-braced title and the URL', () => {
    expect(bibtex({ slug: 'a-b', title: 'A & B', url: 'https://x.org/papers/a-b/', archive: 'Folio' })).toMatchInlineSnapshot(`
      "@misc{a-b,
        title        = {{A \\& B}},
        howpublished = {\\url{https://x.org/papers/a-b/}},
        note         = {Folio}
      }"
    `);
  });
  test('dates the entry by the day the archive first listed the paper, as BibTeX styles want a year: year and month (its three-letter macro)', () => {
    expect(bibtex({ slug: 'a-b', title: 'A', url: 'https://x.org/papers/a-b/', archive: 'Folio', listed: '2025-03-14' })).toMatchInlineSnapshot(`
      "@misc{a-b,
        title        = {{A}},
        year         = {2025},
        month        = mar,
        howpublished = {\\url{https://x.org/papers/a-b/}},
        note         = {Folio}
      }"
    `);
    for (const [day, month] of [['2024-01-02', 'jan'], ['2024-12-31', 'dec']]) expect(bibtex({ slug: 's', title: 'T', url: 'u', archive: 'F', listed: day })).toContain(`month        = ${month},`);
  });

  test('keeps a title\'s formulas in TeX, as LaTeX sets them (no `α` or `ᵈ` that pdfLaTeX cannot print), and its literal dollars escaped', () => {
    const title = (t: string) => /title {8}= \{\{(.*)\}\},/.exec(bibtex({ slug: 's', title: t, url: 'u', archive: 'F' }))![1];
    expect(title('Sorting in $\\mathcal{O}(n \\log n)$ Time')).toBe('Sorting in $\\mathcal{O}(n \\log n)$ Time');
    expect(title('Pay $5, Get $\\beta$: 50% Off')).toBe('Pay \\$5, Get $\\beta$: 50\\% Off');
    expect(title('Graphs in \\(\\mathbb{R}^d\\)')).toBe('Graphs in $\\mathbb{R}^d$');
  });

  test('writes a formula whose braces do not pair as its text, escaped, so the field still ends where it should', () => {
    const entry = bibtex({ slug: 's', title: 'Odd $\\frac{a}{b$ Sets', url: 'u', archive: 'F' });
    expect(entry).toContain('title        = {{Odd a/b Sets}},');
  });
});
