import { describe, expect, test } from 'vitest';
import { dumpText } from '../../../../scripts/lib/dump-text.ts';

const SAVE_AS_TEXT = /expected the Daily Papers page saved as text: select the page in the browser, copy it and paste it into a \.txt file/;

describe('dumpText', () => {
  test('gives a text dump as it is, even one whose lines start with markup-like text or brackets', () => {
    expect(dumpText('Mar 14\n\nA Title\n\nAn abstract.', 'a.txt')).toEqual({ text: 'Mar 14\n\nA Title\n\nAn abstract.' });
    expect(dumpText('<SEG> Tokens for Speech\n\nWe add <SEG> tokens.', 'b.txt')).toEqual({ text: '<SEG> Tokens for Speech\n\nWe add <SEG> tokens.' });
    expect(dumpText('<div>A Title</div>\n\nAn abstract.', 'c.txt')).toMatchObject({ text: expect.any(String) });
    expect(dumpText('[Re] Reproducing a Result\n\nWe reproduce it.', 'd.txt')).toMatchObject({ text: expect.any(String) });
    expect(dumpText('<html> Is All You Need\n\nWe show that markup tokens suffice.', 'e.txt')).toMatchObject({ text: expect.any(String) });
    const mentions = 'Mar 14\n\nMail Parsing at Scale\n\nWe parse headers such as\nMIME-Version: 1.0 and Content-Type in a billion e-mails.';
    expect(dumpText(mentions, 'f.txt')).toEqual({ text: mentions });
  });

  test('refuses a page saved as HTML, whatever its name, naming the line where its markup starts and what to save instead', () => {
    const page = '<!DOCTYPE html>\n<html><body><h3>A Title</h3><p>An abstract.</p></body></html>';
    expect(dumpText(page, '2025-03-14.html')).toEqual({ line: 1, reason: expect.stringMatching(/^it is a web page saved as HTML, which Folio does not read/) });
    expect(dumpText(page, '2025-03-14.html')).toMatchObject({ reason: expect.stringMatching(SAVE_AS_TEXT) });
    expect(dumpText(`\n<!-- saved from url=(0030)https://huggingface.co/papers -->\n${page}`, 'saved.txt')).toMatchObject({ line: 3 });
    expect(dumpText('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body></body></html>', 'day.xhtml')).toMatchObject({ line: 2 });
    expect(dumpText('<div><h3>A Title</h3><p>An abstract.</p></div>', 'fragment.htm')).toMatchObject({ line: 1, reason: expect.stringContaining('saved as HTML') });
    expect(dumpText('\r\r<html lang="en"><body></body></html>', 'cr.txt')).toMatchObject({ line: 3 });
  });

  test('refuses HTML markup without its page (the list of cards copied from the developer tools), naming its first tag and what to save instead', () => {
    const cards = '<div class="grid">\n<article class="flex">\n<h3><a href="/papers/2503.00001">Sparse Routing</a></h3>\n<p>We route sparsely.</p>\n</article>\n</div>\n';
    expect(dumpText(cards, 'day.txt')).toEqual({ line: 1, reason: expect.stringMatching(/^it is HTML markup \(`<div class="grid">` at line 1 is a tag; 6 lines of markup in all\), as the browser's developer tools or the page's source give it, which Folio does not read: its tags would be published as titles and abstracts; expected the Daily Papers page saved as text/) });
    expect(dumpText(`Mar 14\n\n${cards}`, 'day.txt')).toMatchObject({ line: 3 });
    // The same markup with its line breaks gone: one line of many tags.
    expect(dumpText(cards.replace(/\n/g, ''), 'day.txt')).toMatchObject({ line: 1, reason: expect.stringContaining('1 line of markup in all') });
  });

  test('refuses a rich-text (RTF) document, as a word processor or TextEdit saves the pasted page, saying what to save instead', () => {
    const rtf = '{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n\\f0\\fs24 \\cf0 new\\\nSubscribe\\\nMar 14\\\nSparse Adapters\\\n}';
    for (const text of [rtf, `\uFEFF${rtf}`, `\n  ${rtf}`]) {
      expect(dumpText(text, '2025-03-14.txt')).toEqual({ line: text.startsWith('\n') ? 2 : 1, reason: expect.stringMatching(/^it is a rich-text \(RTF\) document/) });
      expect(dumpText(text, '2025-03-14.txt')).toMatchObject({ reason: expect.stringMatching(SAVE_AS_TEXT) });
    }
    // A title that starts with a brace is a title.
    expect(dumpText('{Rtf} Is a Format\n\nWe study it.', 'a.txt')).toMatchObject({ text: expect.any(String) });
  });

  test('refuses a web archive, an e-mail and JSON, saying what to save instead', () => {
    const mhtml = 'From: <Saved by Blink>\r\nSubject: Daily Papers\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html"\r\n\r\n<html></html>';
    expect(dumpText(mhtml, 'day.mhtml')).toEqual({ line: 3, reason: expect.stringMatching(/^it is a MIME message \(a web archive .*MHTML.*e-mail\)/) });
    const mail = 'From: a@example.org\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nMar 14\n';
    expect(dumpText(mail, '2025-03-14.txt')).toMatchObject({ line: 2, reason: expect.stringMatching(SAVE_AS_TEXT) });
    expect(dumpText('[{"title": "A Title", "summary": "An abstract."}]', 'api.json')).toEqual({ line: 1, reason: expect.stringMatching(/^it is JSON /) });
  });

  test('refuses a directory listing (`ls -l`, `dir`), naming its first row, and reads a listing whose abstract quotes one row', () => {
    const ls = 'total 24\ndrwxr-xr-x 2 ana ana 4096 Mar 14 10:00 .\n-rw-r--r-- 1 ana ana 1234 Mar 14 10:00 papers.txt\n-rw-r--r--@ 1 ana staff 5678 Mar 14 10:01 notes.txt\n';
    expect(dumpText(ls, 'ls.txt')).toEqual({ line: 2, reason: expect.stringMatching(/^it is a directory listing \(`drwxr-xr-x 2 ana ana 4096 Mar 14 10:00 \.` at line 2 names a file; 3 such lines in all\), not a listing page: .*expected the Daily Papers page saved as text/) });
    const dir = ' Volume in drive C has no label.\r\n Directory of C:\\Users\\ana\\papers\r\n\r\n03/14/2025  10:00 AM    <DIR>          .\r\n03/14/2025  10:00 AM             1,234 day.txt\r\n               1 File(s)          1,234 bytes\r\n';
    expect(dumpText(dir, 'dir.txt')).toMatchObject({ line: 4, reason: expect.stringMatching(/^it is a directory listing /) });
    const quoted = 'Mar 14\n\nPermissions Leak\n\nWe find rows such as\n-rw-r--r-- 1 root root 1234 Mar 14 10:00 shadow\nin a thousand public buckets, and show how to close them.\n\nA Second Paper\n\nWe study it at length here.';
    expect(dumpText(quoted, 'q.txt')).toEqual({ text: quoted });
  });

  test('reads a run of empty comments before a dump in one pass (a backtracking pattern took minutes)', () => {
    const text = `${'<!---->'.repeat(40)}\nMar 14\n\nA Title\n\nAn abstract.`;
    expect(dumpText(text, 'comments.txt')).toEqual({ text });
    expect(dumpText(`${'<!---->'.repeat(40)}<!doctype html><html></html>`, 'comments.txt')).toMatchObject({ line: 1 });
  });

  test('refuses a Markdown copy of the page, naming its first line of markup, what it is and what to save instead', () => {
    const headings = '# Daily Papers\n\n**Mar 14**\n\n## [Sparse Routing](https://huggingface.co/papers/2503.00001)\n\nWe route sparsely.\n';
    expect(dumpText(headings, 'day.md')).toEqual({ line: 3, reason: expect.stringMatching(/^it is a Markdown copy of the page \(`\*\*Mar 14\*\*` at line 3 is bold text; 2 lines of Markdown in all\), which Folio does not read: its markup would be published in titles and abstracts; expected the Daily Papers page saved as text/) });
    const bold = 'Mar 14\n\n**Sparse Routing**\n\nWe route sparsely.\n\n**Dense Retrieval**\n\nWe retrieve densely.\n';
    expect(dumpText(bold, 'day.txt')).toMatchObject({ line: 3, reason: expect.stringContaining('2 lines of Markdown') });
    const quotes = 'Mar 14\n\nSparse Routing\n\n> We route sparsely across experts.\n\nDense Retrieval\n\n> We retrieve densely.\n';
    expect(dumpText(quotes, 'day.txt')).toMatchObject({ line: 5, reason: expect.stringContaining('a quotation') });
    const pictures = 'Mar 14\n\n![thumb](https://cdn.example/a.png)\n\nSparse Routing\n\nWe route. See [the code](https://github.com/x/y).\n\n### Dense Retrieval\n\nWe retrieve densely.\n';
    expect(dumpText(pictures, 'day.txt')).toMatchObject({ line: 3, reason: expect.stringContaining('a picture') });
    expect(dumpText('Mar 14\n\n```\nSparse Routing\n```\n\nWe route.\n', 'day.txt')).toMatchObject({ line: 3, reason: expect.stringContaining('a code block') });
  });

  test('reads a text dump whose titles and abstracts merely hold asterisks, brackets, a hash or a quotation mark', () => {
    const text = [
      'Mar 14', '', 'A* Search Meets Transformers', '',
      'We combine A* search with a learned heuristic [1] and show *large* gains; see [Vaswani et al.](2017) and **bold** claims.', '',
      '[Re] Thinking Attention', '', '> 90% of heads are redundant, we find, and prune them.', '',
      '# of Parameters Is Not All You Need', '', 'We count parameters. **Key result:** fewer suffice.', '',
      '**Bold** Claims in Machine Learning', '', 'A single line of Markdown is no Markdown copy: [code](https://github.com/x/y).', '',
    ].join('\n');
    expect(dumpText(text, 'day.txt')).toEqual({ text });
    // A browser's text save writes `# ` before the items of a list four deep: those are titles, not headings.
    const firefox = 'Mar 14\n\n# Sparse Routing\n\nWe route sparsely.\n\n# Dense Retrieval\n\nWe retrieve densely.\n';
    expect(dumpText(firefox, 'day.txt')).toEqual({ text: firefox });
  });
  test('refuses a text-mode browser\'s dump with numbered links (lynx, elinks, w3m), naming the first number or the list of addresses and how to save it without them', () => {
    const cards = ['   [1]Hugging Face', '', '   May 2', '', '[5]Sparse Adapters', '', '   We study sparse adapters that route', '   long documents through few experts.', '', '[6]Robust Tokenizers', '', '   Tokenizers break on typos; ours do not.', ''];
    const references = ['References', '', '   1. https://huggingface.co/', '   5. https://huggingface.co/papers/2505.00001', '   6. https://huggingface.co/papers/2505.00002', ''];
    const lynx = [...cards, ...references].join('\n');
    expect(dumpText(lynx, '2025-05-02.txt')).toEqual({ line: 1, reason: expect.stringMatching(/^it is a text-mode browser's dump with its links numbered \(`\[1\]Hugging Face` at line 1, and the list of their addresses under `References` at line 14\), which Folio does not read: the numbers would be published in titles and abstracts, and the list as a paper; save the page again without them \(`lynx -dump -nolist`, `elinks -dump -no-numbering -no-references`, `w3m -dump`\), or expected the Daily Papers page saved as text/) });
    // The list cut off: the numbers alone.
    expect(dumpText(cards.slice(2).join('\n'), 'day.txt')).toMatchObject({ line: 3, reason: expect.stringContaining('(`[5]Sparse Adapters` at line 3)') });
    // The numbers taken off by hand, the list left: it would be published as a paper titled `References`.
    const plain = ['May 2', '', 'Sparse Adapters', '', 'We route long documents.', '', ...references].join('\n');
    expect(dumpText(plain, 'day.txt')).toMatchObject({ line: 7, reason: expect.stringContaining('(the list of their addresses under `References` at line 7)') });
    // w3m's list.
    const w3m = ['May 2', '', 'Sparse Adapters', '', 'We route long documents.', '', 'References:', '', '[1] https://huggingface.co/', '[2] https://huggingface.co/papers/2505.00001'].join('\n');
    expect(dumpText(w3m, 'day.txt')).toMatchObject({ line: 7 });
  });

  test('reads a dump whose abstracts cite by number and whose paper is titled `References`', () => {
    const text = [
      'May 2', '', '[1]Prior Work Is a Title', '', 'We extend [12] and [3], as in [4]-[6]; see [7]: it holds.', '',
      'References', '', 'We study how papers cite their references, e.g. 1. https://arxiv.org/abs/2501.00001 in a list.', '',
      'Counting [2]Citations', '', 'An abstract.', '',
      '[3D] Scenes', '', 'A title in brackets.', '',
    ].join('\n');
    expect(dumpText(text, 'day.txt')).toEqual({ text });
  });
});
