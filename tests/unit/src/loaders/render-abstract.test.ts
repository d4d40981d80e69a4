import { describe, expect, test } from 'vitest';
import { renderPlainBody, usesMdxFeatures } from '../../../../src/loaders/render-abstract.ts';
import { parseBody } from '../../../../src/format/entry.ts';
import { abstractToMdast } from '../../../../scripts/lib/abstract-to-mdast.ts';
import { serializeEntry, parseEntry } from '../../../../src/format/entry.ts';

/** The body of an entry the ingest would write for this abstract. */
function ingestedBody(abstract: string): string {
  return parseEntry(serializeEntry({ title: 'T' }, abstractToMdast(abstract).tree)).body;
}

describe('usesMdxFeatures', () => {
  test('is false for every abstract the ingest writes, however hostile', () => {
    for (const abstract of ['<SEG> and K << V', '{process.env.HOME}', 'export of goods', 'import duties', '{-1, 0, 1}', '$R^{n}$']) {
      expect(usesMdxFeatures(parseBody(ingestedBody(abstract))), abstract).toBe(false);
    }
  });

  test('is true for a body with a component, an expression or an import', () => {
    expect(usesMdxFeatures(parseBody('See <Figure src="a.png" /> here.'))).toBe(true);
    expect(usesMdxFeatures(parseBody('Sum: {1 + 1}'))).toBe(true);
    expect(usesMdxFeatures(parseBody("import X from '../../../site/unit/x.js'\n\nText."))).toBe(true);
  });
});

describe('renderPlainBody', () => {
  test('escapes text, so markup in an abstract is shown, never injected', async () => {
    const html = await renderPlainBody(parseBody(ingestedBody('A <script>alert(1)</script> tag & {x}')));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> tag &#x26; {x}');
  });

  test('shows the backslashes of a Windows path, a network share and a relative path as written', async () => {
    const html = await renderPlainBody(parseBody(ingestedBody(String.raw`Kept in C:\Users\me\file, \\lab-server\share\v2 and .\tools\run.bat here.`)));
    expect(html).toContain(String.raw`Kept in C:\Users\me\file, \\lab-server\share\v2 and .\tools\run.bat here.`);
  });

  test('renders inline math with KaTeX at build time, giving the search its plain text', async () => {
    const html = await renderPlainBody(parseBody(ingestedBody("a state \\( x'(t) = Ax(t) \\) here")));
    expect(html).toContain('class="katex"');
    expect(html).toContain('data-formula-text="x&#x27;(t) = Ax(t) "');
    expect(html).toContain('<math');
  });

  test('caps every size a formula asks for, so no formula draws a page thousands of pixels wide or tall', async () => {
    const html = await renderPlainBody(parseBody('A rule $\\rule{3000em}{2em}$, a kern $a\\kern{20000em}b$, a space $a\\hspace{5000em}b$, a tall rule $\\rule{1em}{4000em}$ and a raised box $\\raisebox{900em}{y}$.'));
    const sizes = [...html.matchAll(/style="([^"]*)"/g)].flatMap((m) => [...m[1]!.matchAll(/(-?[\d.]+)em/g)].map((n) => Math.abs(Number(n[1]))));
    expect(sizes.length).toBeGreaterThan(0);
    // 10em (maxSize) plus the strut and depth KaTeX adds around a box.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(14);
  });

  test('stops a macro bomb and refuses commands that make links, showing each in the error colour', async () => {
    const bomb = '\\def\\a{xxxxxxxxxx}\\def\\b{\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a}\\def\\c{\\b\\b\\b\\b\\b\\b\\b\\b\\b\\b}\\def\\d{\\c\\c\\c\\c\\c\\c\\c\\c\\c\\c}\\d';
    const html = await renderPlainBody(parseBody(`A bomb $${bomb}$ and a link $\\href{https://example.org}{x}$.`));
    expect(html).toContain('class="katex-error"');
    expect(html).toContain('Too many expansions');
    expect(html).not.toContain('href="https://example.org"');
    expect(html).not.toContain('#cc0000');
    expect(html).toContain('color:var(--math-error)');
  });

  test('renders emphasis and strong from LaTeX as HTML elements', async () => {
    expect(await renderPlainBody(parseBody(ingestedBody('{\\it word} and \\textbf{bold}')))).toBe('<p><em>word</em> and <strong>bold</strong></p>');
  });
});
