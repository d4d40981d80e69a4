import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { dumpText, headingProblems } from '../../../../scripts/lib/dump-text.ts';
import { parseListing } from '../../../../scripts/lib/parse-listing.ts';

/** The text and, for each of its lines, the file line it names. */
function read(text: string, file: string) {
  const result = dumpText(text, file);
  if (!('text' in result)) throw new Error(`refused: ${result.reason}`);
  const lines = result.text.split('\n');
  return { ...result, lines, sources: lines.map((_, i) => result.sourceLine?.(i + 1) ?? i + 1) };
}

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head><title>Daily Papers</title><style>.x { color: red }</style><script>var papers = ["Not A Title"];</script></head>
<body>
<header><a href="/">Home</a><nav><a href="/models">Models</a></nav></header>
<main>
<p>Mar 14</p>
<article>
<header><h3>Tiny Graphs &amp; Big
  Claims</h3></header>
<p>We show that <em>tiny</em> graphs suffice when K &lt;&lt; V.</p>
<button>Upvote 3</button>
</article>
<article>
<h3>Second Paper</h3>
<p>Its abstract,<br>on two lines.</p>
</article>
</main>
<footer>All rights reserved</footer>
</body>
</html>`;

describe('dumpText', () => {
  test('gives a text dump as it is, even one whose first line starts with markup-like text', () => {
    expect(dumpText('Mar 14\n\nA Title\n\nAn abstract.', 'a.txt')).toEqual({ text: 'Mar 14\n\nA Title\n\nAn abstract.', format: 'text' });
    expect(dumpText('<SEG> Tokens for Speech\n\nWe add <SEG> tokens.', 'b.txt')).toMatchObject({ format: 'text' });
    expect(dumpText('[Re] Reproducing a Result\n\nWe reproduce it.', 'c.txt')).toMatchObject({ format: 'text' });
  });

  test('reads a page saved as HTML as a browser renders it: no markup, scripts, styles, controls, navigation, page header or footer', () => {
    const { format, lines } = read(PAGE, 'day.html');
    expect(format).toBe('html');
    expect(lines.filter((l) => l.trim() !== '')).toEqual(['Mar 14', 'Tiny Graphs & Big Claims', 'We show that tiny graphs suffice when K << V.', 'Second Paper', 'Its abstract,', 'on two lines.']);
  });

  test('leaves out what the browser does not show: hidden by style, a closed disclosure and its toggle', () => {
    const page = '<!doctype html><html><body><p>Mar 14</p><div style="display: none"><h3>Ghost</h3><p>Ghost abstract.</p></div><p style="color: red; visibility:hidden !important">Also hidden</p><details><summary>More</summary><p>Closed text.</p></details><details open><summary>Less</summary><p>Open text.</p></details><h3>Kept</h3></body></html>';
    expect(read(page, 'day.html').lines.filter((l) => l.trim() !== '')).toEqual(['Mar 14', 'Open text.', 'Kept']);
  });

  test('ties each line of the text to the HTML line it came from, within a text node too', () => {
    const { lines, sources } = read('<!doctype html>\n<html><body>\n<pre>First Title\n\nFirst abstract.\n\nSecond Title</pre>\n</body></html>', 'pre.html');
    expect(lines.map((l, i) => [l, sources[i]]).filter(([l]) => l !== '')).toEqual([
      ['First Title', 3],
      ['First abstract.', 5],
      ['Second Title', 7],
    ]);
  });

  test('ties each line of the text to the HTML line it came from', () => {
    const { lines, sources } = read(PAGE, 'day.html');
    const at = (text: string) => sources[lines.indexOf(text)];
    expect(at('Mar 14')).toBe(7);
    expect(at('Tiny Graphs & Big Claims')).toBe(9);
    expect(at('We show that tiny graphs suffice when K << V.')).toBe(11);
    expect(at('on two lines.')).toBe(16);
  });

  test('gives a formula the page rendered with KaTeX as its TeX, once, as a text dump has it', () => {
    const inline = katex.renderToString("x'(t) = Ax(t)", { output: 'htmlAndMathml' });
    const display = katex.renderToString('\\sum_i a_i', { output: 'htmlAndMathml', displayMode: true });
    const { lines } = read(`<!doctype html><html><body><p>We study ${inline} and</p><div>${display}</div><p>Bare <math><mi>y</mi><mo>=</mo><mn>2</mn></math> stays.</p></body></html>`, 'math.html');
    expect(lines.filter((l) => l.trim() !== '')).toEqual(["We study \\(x'(t) = Ax(t)\\) and", '\\[\\sum_i a_i\\]', 'Bare y=2 stays.']);
  });

  test('knows an HTML page by its content, whatever its name, and a markup fragment by an .html name', () => {
    expect(read(`<!-- saved from url=(0030)https://huggingface.co/papers -->\n<html><body><p>Mar 14</p></body></html>`, 'saved.txt').format).toBe('html');
    expect(read('<div><h3>A Title</h3><p>An abstract.</p></div>', 'fragment.htm').format).toBe('html');
    expect(read('<div>A Title</div>', 'fragment.txt').format).toBe('text');
  });

  test('refuses a web archive, an e-mail, JSON, a page\'s source and absurd nesting, saying what to save instead', () => {
    const mhtml = 'From: <Saved by Blink>\r\nSubject: Daily Papers\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html"\r\n\r\n<html></html>';
    expect(dumpText(mhtml, 'day.mhtml')).toEqual({ line: 1, reason: expect.stringMatching(/^it is a MIME message \(a web archive .*MHTML.*e-mail\).*saved as text or as HTML/) });
    const mail = 'From: a@example.org\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nMar 14\n';
    expect(dumpText(mail, '2025-03-14.txt')).toMatchObject({ line: 1, reason: expect.stringContaining('MIME message') });
    const source = `<!doctype html><html><head><title>view-source:https://huggingface.co/papers</title></head><body id="viewsource"><pre>${'<!DOCTYPE html>\n<html>\n<body><h3>A Title</h3><p>An abstract.</p></body>\n</html>'.replace(/</g, '&lt;')}</pre></body></html>`;
    expect(dumpText(source, 'day.html')).toEqual({ line: 1, reason: expect.stringMatching(/^it is the source of a page \(saved from "view source"\), not the page/) });
    expect(dumpText(`<!doctype html><html><body>${'<div>'.repeat(2000)}deep${'</div>'.repeat(2000)}</body></html>`, 'deep.html')).toEqual({ line: 1, reason: expect.stringMatching(/^its markup nests more than 500 elements deep/) });
    expect(dumpText(`<!doctype html><html><body>${'<span>'.repeat(3000)}unclosed</body></html>`, 'deep.html')).toMatchObject({ line: 1 });
    expect(dumpText('[{"title": "A Title", "summary": "An abstract."}]', 'api.json')).toEqual({ line: 1, reason: expect.stringMatching(/^it is JSON .*saved as text or as HTML$/) });
  });

  test("a page saved as HTML has its problems named at the HTML's lines", () => {
    const page = [
      '<html><body>',
      '<p>Mar 14</p>',
      '<h3>A Title</h3>',
      '<p>An abstract that is long enough to read as one, with several words in it.</p>',
      '<h3>Second Title</h3>',
      '<p>Another abstract that is long enough to read as one, with words.</p>',
      '',
      '<p>A stray paragraph that is long enough to read as an abstract, with many words.</p>',
      '<h3>Third Title</h3>',
      '<p>A third abstract that is long enough to read as one, with words.</p>',
      '</body></html>',
    ].join('\n');
    const text = dumpText(page, 'day.html');
    if (!('text' in text)) throw new Error(text.reason);
    const parsed = parseListing(text.text, 'day.html', { sourceLine: text.sourceLine! });
    expect(parsed.entries.map((e) => [e.line, e.title])).toEqual([
      [3, 'A Title'],
      [5, 'Second Title'],
      [9, 'Third Title'],
    ]);
    expect(parsed.errors.map((e) => [e.line, e.reason])).toEqual([[8, expect.stringMatching(/^title `A stray paragraph.*found `Third Title` at line 9, which reads as the next title$/)]]);
  });
});

describe('headingProblems', () => {
  const headings = new Map([
    ['Daily Papers', new Set(['h1'])],
    ['First Title', new Set(['h3'])],
    ['Second Title', new Set(['h3'])],
    ['Third Title', new Set(['h3'])],
  ]);
  const entry = (title: string, abstract: string, line: number) => ({ title, abstract, line, abstractLine: line + 1 });

  test('accepts titles that are headings of one level, with abstracts that are not headings', () => {
    expect(headingProblems([entry('First Title', 'An abstract.', 3), entry('Second Title', 'Another.', 5)], headings, 'day.html')).toEqual([]);
  });

  test('stops at a title that is not a heading, a heading of another level, or a heading read as an abstract', () => {
    const problems = headingProblems(
      [entry('Daily Papers', 'Picked today.', 2), entry('First Title', 'An abstract.', 3), entry('87', 'Submitted by bob', 5), entry('Second Title', 'Third Title', 7), entry('Third Title', 'More.', 9)],
      headings,
      'day.html',
    );
    expect(problems.map((p) => [p.line, p.reason.replace(/: in a page saved as HTML.*$/u, '')])).toEqual([
      [2, 'read `Daily Papers` as a title, but it is a heading of another level (h1) than the other titles (h3)'],
      [5, 'read `87` as a title, but it is not a heading of the page'],
      [8, 'read the heading `Third Title` as the abstract of `Second Title`'],
    ]);
    expect(problems[0]!.reason).toMatch(/save the page as text instead$/);
  });
});
