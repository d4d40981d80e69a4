import type { PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { abstractToMdast } from '../../../../scripts/lib/abstract-to-mdast.ts';

/** A root with one paragraph holding `children`. */
function paragraph(...children: PhrasingContent[]): Root {
  return { type: 'root', children: [{ type: 'paragraph', children }] };
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const emphasis = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children });
const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
const math = (value: string): PhrasingContent => ({ type: 'inlineMath', value });
const link = (url: string): PhrasingContent => ({ type: 'link', url, title: null, children: [text(url)] });

describe('abstractToMdast', () => {
  test('turns plain text into one paragraph with one text node', () => {
    expect(abstractToMdast('We train a small model on toy data.')).toEqual({
      tree: paragraph(text('We train a small model on toy data.')),
      unknownCommands: [],
    });
  });

  test('makes one paragraph per blank-line separated block', () => {
    const { tree } = abstractToMdast('First block.\n\n  \nSecond block.');
    expect(tree).toEqual({
      type: 'root',
      children: [
        { type: 'paragraph', children: [text('First block.')] },
        { type: 'paragraph', children: [text('Second block.')] },
      ],
    });
  });

  test('folds a single line break inside a block into a space', () => {
    expect(abstractToMdast('one\ntwo').tree).toEqual(paragraph(text('one two')));
  });

  test('returns no paragraphs for empty text', () => {
    expect(abstractToMdast('').tree).toEqual({ type: 'root', children: [] });
  });

  describe('escaped characters', () => {
    test.each([
      ['\\%', '%'],
      ['\\&', '&'],
      ['\\_', '_'],
      ['\\#', '#'],
      ['\\$', '$'],
      ['\\{', '{'],
      ['\\}', '}'],
    ])('turns %s into the character', (input, expected) => {
      expect(abstractToMdast(`a ${input} b`)).toEqual({ tree: paragraph(text(`a ${expected} b`)), unknownCommands: [] });
    });

    test('does not open math at an escaped dollar', () => {
      expect(abstractToMdast('from \\$3 to \\$4$').tree).toEqual(paragraph(text('from $3 to $4$')));
    });
  });

  describe('styles', () => {
    test.each([
      ['\\textit{fast}'],
      ['\\emph{fast}'],
      ['{\\it fast}'],
      ['{\\em fast}'],
    ])('turns %s into emphasis', (input) => {
      expect(abstractToMdast(`a ${input} run`).tree).toEqual(paragraph(text('a '), emphasis(text('fast')), text(' run')));
    });

    test.each([['\\textbf{bold}'], ['{\\bf bold}'], ['\\textbf {bold}']])('turns %s into strong', (input) => {
      expect(abstractToMdast(`a ${input} claim`).tree).toEqual(
        paragraph(text('a '), strong(text('bold')), text(' claim')),
      );
    });

    test('turns \\texttt{x} into inline code, keeping what is inside as text', () => {
      expect(abstractToMdast('call \\texttt{load\\_all()}').tree).toEqual(paragraph(text('call '), code('load_all()')));
    });

    test('nests styles', () => {
      expect(abstractToMdast('\\textbf{very \\emph{very} sure}').tree).toEqual(
        paragraph(strong(text('very '), emphasis(text('very')), text(' sure'))),
      );
    });

    test('matches nested braces to find the end of an argument', () => {
      expect(abstractToMdast('\\emph{a {b} c} d').tree).toEqual(paragraph(emphasis(text('a {b} c')), text(' d')));
    });

    test('drops an empty \\emph{} since it shows nothing', () => {
      expect(abstractToMdast('a\\emph{}b').tree).toEqual(paragraph(text('ab')));
    });

    test('keeps a style command without a closing brace as literal text and reports it', () => {
      expect(abstractToMdast('\\textbf{open ended')).toEqual({
        tree: paragraph(text('\\textbf{open ended')),
        unknownCommands: ['\\textbf'],
      });
    });

    test('merges adjacent code spans, which Markdown cannot tell apart', () => {
      expect(abstractToMdast('\\texttt{a}\\texttt{b}').tree).toEqual(paragraph(code('ab')));
    });
  });

  describe('accents and letters', () => {
    test.each([
      ['\\"a', 'ä'],
      ["\\'e", 'é'],
      ["{\\'e}", 'é'],
      ["\\'{e}", 'é'],
      ['\\`a', 'à'],
      ['\\^o', 'ô'],
      ['\\~n', 'ñ'],
      ['\\=a', 'ā'],
      ['\\.z', 'ż'],
      ['\\c{c}', 'ç'],
      ['\\c c', 'ç'],
      ['\\v{s}', 'š'],
      ['\\u{a}', 'ă'],
      ['\\H{o}', 'ő'],
      ['\\r{a}', 'å'],
      ['\\k{a}', 'ą'],
      ["\\'\\i ", 'í'],
      ['\\"{\\i}', 'ï'],
    ])('turns %s into %s', (input, expected) => {
      expect(abstractToMdast(`x${input}y`)).toEqual({ tree: paragraph(text(`x${expected}y`)), unknownCommands: [] });
    });

    test('composes accents to NFC', () => {
      const [node] = abstractToMdast("\\'E").tree.children;
      expect(toString(node)).toBe('\u00C9');
    });

    test.each([
      ['\\ss', 'ß'],
      ['\\o', 'ø'],
      ['\\O', 'Ø'],
      ['\\ae', 'æ'],
      ['\\AE', 'Æ'],
      ['\\oe', 'œ'],
      ['\\aa', 'å'],
      ['\\l', 'ł'],
      ['\\L', 'Ł'],
      ['\\i', 'ı'],
    ])('turns %s into %s', (input, expected) => {
      expect(abstractToMdast(`{${input}}`).tree).toEqual(paragraph(text(expected)));
    });

    test('swallows the space or empty group after a letter command, as TeX does', () => {
      expect(abstractToMdast('Stra\\ss e, Stra\\ss{}e').tree).toEqual(paragraph(text('Straße, Straße')));
    });

    test('keeps an accent with nothing to sit on as literal text and reports it', () => {
      expect(abstractToMdast('a \\" b')).toEqual({ tree: paragraph(text('a \\" b')), unknownCommands: ['\\"'] });
    });
  });

  describe('math', () => {
    test.each([
      ['\\( x^2 \\)', 'x^2'],
      ['$x^2$', 'x^2'],
      ['$$x^2$$', 'x^2'],
      ['\\[ x^2 \\]', 'x^2'],
    ])('turns %s into inline math', (input, expected) => {
      expect(abstractToMdast(`so ${input} holds`)).toEqual({
        tree: paragraph(text('so '), math(expected), text(' holds')),
        unknownCommands: [],
      });
    });

    test('keeps TeX inside math untouched and does not report it', () => {
      expect(abstractToMdast('$\\alpha \\% \\cite{x} ~ 5$')).toEqual({
        tree: paragraph(math('\\alpha \\% \\cite{x} ~ 5')),
        unknownCommands: [],
      });
    });

    test('leaves prices as text: "costs $5 and $10"', () => {
      expect(abstractToMdast('costs $5 and $10').tree).toEqual(paragraph(text('costs $5 and $10')));
    });

    test('does not open math at a dollar followed by a space', () => {
      expect(abstractToMdast('a $ b$ c').tree).toEqual(paragraph(text('a $ b$ c')));
    });

    test('does not close math at a dollar followed by a digit', () => {
      expect(abstractToMdast('$x$5 and $y$').tree).toEqual(paragraph(math('x$5 and $y')));
    });

    test('keeps an unclosed \\( as literal text and reports it', () => {
      expect(abstractToMdast('a \\( b')).toEqual({ tree: paragraph(text('a \\( b')), unknownCommands: ['\\('] });
    });

    test('joins adjacent formulas with a space so commands do not fuse', () => {
      expect(abstractToMdast('$\\alpha$$b$').tree).toEqual(paragraph(math('\\alpha b')));
    });
  });

  describe('links', () => {
    test('turns a bare URL into a link', () => {
      expect(abstractToMdast('Code: https://example.org/tool').tree).toEqual(
        paragraph(text('Code: '), link('https://example.org/tool')),
      );
    });

    test('leaves sentence punctuation after a URL outside the link', () => {
      expect(abstractToMdast('see http://example.org/a.').tree).toEqual(
        paragraph(text('see '), link('http://example.org/a'), text('.')),
      );
    });

    test('keeps balanced parentheses in a URL and drops an unbalanced closing one', () => {
      expect(abstractToMdast('(at https://example.org/a_(b))').tree).toEqual(
        paragraph(text('(at '), link('https://example.org/a_(b)'), text(')')),
      );
    });

    test('does not link a URL glued to the end of a word', () => {
      expect(abstractToMdast('xhttps://example.org').tree).toEqual(paragraph(text('xhttps://example.org')));
    });

    test('does not link a scheme with nothing after it', () => {
      expect(abstractToMdast('https:// alone').tree).toEqual(paragraph(text('https:// alone')));
    });
  });

  describe('unknown commands', () => {
    test('keeps \\cite{x} as visible text and reports it', () => {
      expect(abstractToMdast('as shown \\cite{doe} before')).toEqual({
        tree: paragraph(text('as shown \\cite{doe} before')),
        unknownCommands: ['\\cite'],
      });
    });

    test('reports each command once, in order of first appearance', () => {
      expect(abstractToMdast('\\foo \\bar \\foo \\\\ \\,').unknownCommands).toEqual(['\\foo', '\\bar', '\\\\', '\\,']);
    });

    test('keeps a backslash before a space, a non-ASCII letter or the end without reporting it', () => {
      expect(abstractToMdast('a \\ b \\é c \\')).toEqual({ tree: paragraph(text('a \\ b \\é c \\')), unknownCommands: [] });
    });

    test('keeps {\\it} styles only as group heads: a bare \\it is unknown', () => {
      expect(abstractToMdast('\\it x').unknownCommands).toEqual(['\\it']);
    });
  });

  describe('literal text', () => {
    test.each([
      ['<SEG>'],
      ['K << V'],
      ['x<3'],
      ['{-1, 0, 1}'],
      ['{process.env.HOME}'],
      ["x'(t)"],
      ['---'],
      ['~100'],
      ['40%'],
      ['*'],
      ['_'],
      ['#'],
      ['import a from "b"'],
      ['export const c = 1'],
      ['a & b &amp; c'],
      ['[1](2) ![x](y)'],
      ['|a| <!-- b -->'],
      ['h, hh and http:/x'],
    ])('keeps %s as it is', (input) => {
      const { tree, unknownCommands } = abstractToMdast(input);
      expect(tree).toEqual(paragraph(text(input)));
      expect(toString(tree)).toBe(input);
      expect(unknownCommands).toEqual([]);
    });
  });
});

describe('abstractToMdast text symbols', () => {
  test('turns \\textless and \\textgreater into the characters, even glued to a number', () => {
    const { tree, unknownCommands } = abstractToMdast('needs \\textless2MB and \\textgreater 5 GB');
    expect(unknownCommands).toEqual([]);
    expect(toString(tree)).toBe('needs <2MB and >5 GB');
  });
});
