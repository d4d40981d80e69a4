import { describe, expect, test } from 'vitest';
import { bibtex, escapeBibtex } from '../../../../src/lib/cite.ts';

describe('escapeBibtex and bibtex', () => {
  test('escapes the characters LaTeX treats specially', () => {
    expect(escapeBibtex('50% of {x} & y_1 ~ #2 ^ \\')).toBe('50\\% of \\{x\\} \\& y\\_1 \\textasciitilde{} \\#2 \\textasciicircum{} \\textbackslash{}');
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
});
