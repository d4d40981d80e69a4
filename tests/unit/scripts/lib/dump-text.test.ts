import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { dumpText } from '../../../../scripts/lib/dump-text.ts';
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

  test('refuses a web archive and JSON, saying what to save instead', () => {
    const mhtml = 'From: <Saved by Blink>\r\nSubject: Daily Papers\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html"\r\n\r\n<html></html>';
    expect(dumpText(mhtml, 'day.mhtml')).toEqual({ line: 1, reason: expect.stringMatching(/^it is a web archive \(MHTML.*saved as text or as HTML/) });
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
