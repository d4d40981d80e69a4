import type { PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { abstractToMdast, titleToText } from '../../../../scripts/lib/abstract-to-mdast.ts';

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
      literal: [],
      notes: [],
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
      expect(abstractToMdast(`a ${input} b`)).toEqual({ tree: paragraph(text(`a ${expected} b`)), literal: [], notes: [] });
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

    test('drops a style command whose brace never closes, keeping its text and the styles closed inside it, and says so', () => {
      expect(abstractToMdast('We \\textbf{emphasise \\textbf{this} claim.')).toEqual({
        tree: paragraph(text('We emphasise '), strong(text('this')), text(' claim.')),
        literal: [],
        notes: ['dropped the unclosed `\\textbf{`'],
      });
    });

    test('keeps the words of a footnote whose brace never closes apart from the word before it, and says so', () => {
      expect(abstractToMdast('A mixer note\\footnote{see the appendix.')).toEqual({
        tree: paragraph(text('A mixer note see the appendix.')),
        literal: [],
        notes: ['dropped the unclosed `\\footnote{`'],
      });
    });

    test('says so when it drops a brace that never closes before TeX, or the word of a spacing command a page stripped', () => {
      expect(abstractToMdast('the set {\\emph{x} and more')).toMatchObject({ tree: paragraph(text('the set '), emphasis(text('x')), text(' and more')), notes: ['dropped the unclosed `{`'] });
      expect(abstractToMdast('about {raise.17ex\\scriptstyle\\sim}5')).toMatchObject({ tree: paragraph(text('about ∼5')), notes: ['removed `raise.17ex` (a spacing command the page printed without its backslash)'] });
      expect(abstractToMdast('a \\begin{equation} x = 1 with no end')).toMatchObject({ notes: ['dropped `\\begin{equation}`, which has no `\\end{equation}` (its formula is read as text)'] });
    });

    test('keeps a brace that never closes as the character it is, also with a command after it', () => {
      expect(abstractToMdast('the set { of indices and \\emph{closed} sets').tree).toEqual(paragraph(text('the set { of indices and '), emphasis(text('closed')), text(' sets')));
      expect(abstractToMdast('the set { of indices').tree).toEqual(paragraph(text('the set { of indices')));
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
      expect(abstractToMdast(`x${input}y`)).toEqual({ tree: paragraph(text(`x${expected}y`)), literal: [], notes: [] });
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
      expect(abstractToMdast('a \\" b')).toEqual({ tree: paragraph(text('a \\" b')), literal: ['\\"'], notes: [] });
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
        literal: [],
      notes: [],
      });
    });

    test('keeps TeX inside math untouched and does not report it', () => {
      expect(abstractToMdast('$\\alpha \\% ~ 5$')).toEqual({
        tree: paragraph(math('\\alpha \\% ~ 5')),
        literal: [],
      notes: [],
      });
    });

    test('leaves prices as text: "costs $5 and $10"', () => {
      expect(abstractToMdast('costs $5 and $10').tree).toEqual(paragraph(text('costs $5 and $10')));
    });

    test('does not open math at a dollar followed by a space', () => {
      expect(abstractToMdast('a $ b$ c').tree).toEqual(paragraph(text('a $ b$ c')));
    });

    test('does not close math at a dollar followed by a digit, nor span another dollar', () => {
      expect(abstractToMdast('$x$5 and $y$').tree).toEqual(paragraph(text('$x$5 and '), math('y')));
      expect(abstractToMdast('It costs $5 and $10, a lone $ sign, a triple $$$ and $$ x').tree).toEqual(paragraph(text('It costs $5 and $10, a lone $ sign, a triple $$$ and $$ x')));
    });

    test('keeps an unclosed \\( as literal text and reports it', () => {
      expect(abstractToMdast('a \\( b')).toEqual({ tree: paragraph(text('a \\( b')), literal: ['\\('], notes: [] });
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

    test.each(['\u2020', '\u2021', '\u00A7', '\u00B9', '\u00B2\u00B3', '\u201D', '\u2019', '\u00BB', '\u2026', '\u201D.'])('leaves a footnote mark, a closing quote or an ellipsis after a URL (%j) outside the link', (after) => {
      expect(abstractToMdast(`see https://example.org/a${after}`).tree).toEqual(paragraph(text('see '), link('https://example.org/a'), text(after)));
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
    test('keeps \\foo{x} as visible text and reports it', () => {
      expect(abstractToMdast('as shown \\foo{doe} before')).toEqual({ tree: paragraph(text('as shown \\foo{doe} before')), literal: ['\\foo'], notes: [] });
    });

    test('reports each command once, in order of first appearance', () => {
      expect(abstractToMdast('\\foo \\bar \\foo \\\\ \\,').literal).toEqual(['\\foo', '\\bar']);
    });

    test('keeps a backslash before a space, a non-ASCII letter or the end without reporting it', () => {
      expect(abstractToMdast('a \\ b \\é c \\')).toEqual({ tree: paragraph(text('a \\ b \\é c \\')), literal: [], notes: [] });
    });

    test('reads a bare \\it as styling the rest of its group, as TeX does', () => {
      expect(abstractToMdast('{a \\it b} c').tree).toEqual(paragraph(text('a '), emphasis(text('b')), text(' c')));
    });
  });

  describe('backslash paths', () => {
    test.each([
      ['a drive path', String.raw`We store them under C:\Users\me\file for now.`],
      ['a lowercase drive and a file name', String.raw`see c:\data\run_2.log).`],
      ['a drive alone', String.raw`copy it to D:\ and run it`],
      ['a network share', String.raw`on \\lab-server\share\models\v2 each night`],
      ['a relative path', String.raw`call .\tools\run.bat or ..\bin\go.exe first`],
    ])('keeps %s as it is, not read as TeX', (_, input) => {
      const { tree, literal, notes } = abstractToMdast(input);
      expect(tree).toEqual(paragraph(text(input)));
      expect([...literal, ...notes]).toEqual([]);
    });

    test('still reads TeX next to a path, and a command with an argument after a colon', () => {
      expect(abstractToMdast(String.raw`in C:\tmp, \textbf{fast}`).tree).toEqual(paragraph(text(String.raw`in C:\tmp, `), strong(text('fast'))));
      expect(abstractToMdast(String.raw`a map $f:\mathbb{R}\to X$ and f:\textbf{g}`).tree).toEqual(paragraph(text('a map '), math(String.raw`f:\mathbb{R}\to X`), text(' and f:'), strong(text('g'))));
    });

    test('reads TeX after a letter and a colon as TeX, not as a drive, where every name is a command the reader knows (`f:\\alpha`, `P:\\Omega\\to`)', () => {
      expect(abstractToMdast(String.raw`a measure P:\Omega\to[0,1] on it`).tree).toEqual(paragraph(text('a measure P:Ω→[0,1] on it')));
      expect(abstractToMdast(String.raw`Let X:\mathcal X be given`).tree).toEqual(paragraph(text('Let X:'), math(String.raw`\mathcal{X}`), text(' be given')));
      expect(abstractToMdast(String.raw`We show A:\quad B holds`).tree).toEqual(paragraph(text('We show A: B holds')));
      // A name the reader does not know as a command, or one with a dot, makes it a path.
      for (const path of [String.raw`D:\data\alpha`, String.raw`C:\it\logs`, String.raw`C:\log.txt`]) {
        expect(abstractToMdast(`kept in ${path} today`)).toEqual({ tree: paragraph(text(`kept in ${path} today`)), literal: [], notes: [] });
      }
    });

    test.each([
      ['a word then a command', String.raw`one \\second\ldots end`],
      ['a letter then a command', String.raw`a \\bx\alpha c`],
      ['a capitalised word then a spacing command', String.raw`so \\Second\quad part`],
      ['a word then two commands', String.raw`rows \\row\alpha\beta here`],
      ['at the start', String.raw`\\second\ldots then`],
      ['a word then another line break', String.raw`a \\first\\second\\third end`],
      ['a word with a full stop then a command', String.raw`so \\end.\alpha here`],
    ])('reads a TeX line break glued to %s as TeX, as with a space after it, not as a network share', (_, input) => {
      const spaced = input.replaceAll('\\\\', '\\\\ ');
      expect(abstractToMdast(input)).toEqual(abstractToMdast(spaced));
    });

    test.each([
      ['a share and a folder', String.raw`on \\nas\it\logs daily`],
      ['a server by its address', String.raw`from \\10.0.0.5\data today`],
      ['a share named like a word', String.raw`under \\fs01\second now`],
      ['a share named `it`, like a style declaration (`{\\it x}`, in braces in TeX)', String.raw`from the share \\nas\it and more`],
      ['a share named `em`', String.raw`from \\fs01\em on every host`],
      ['a share named `tt` then a folder named `small`', String.raw`under \\files\tt\small today`],
    ])('keeps %s as a network share: a server and a share name, not all of its names TeX commands', (_, input) => {
      expect(abstractToMdast(input)).toEqual({ tree: paragraph(text(input)), literal: [], notes: [] });
    });

    test.each([
      ['a folder named `it`, like a style declaration', String.raw`logs under C:\it on each host`],
      ['a folder named `it` with its closing backslash', String.raw`copy it to C:\it\ and run`],
      ['folders named `em` then `bf`', String.raw`under D:\em\bf today`],
      ['folders named `tt` then `small`', String.raw`copy to c:\tt\small please`],
      ['a command then a declaration', String.raw`kept in E:\alpha\it now`],
      ['a relative folder named `sl`', String.raw`run .\sl first`],
    ])('keeps a drive or relative path with %s as a path: TeX writes a declaration in braces (`{\\it x}`), never glued after `C:\\`', (_, input) => {
      expect(abstractToMdast(input)).toEqual({ tree: paragraph(text(input)), literal: [], notes: [] });
    });

    test('keeps a path in a title as it is', () => {
      expect(titleToText(String.raw`Reading C:\Windows\Logs at Scale`)).toEqual({ text: String.raw`Reading C:\Windows\Logs at Scale`, literal: [], notes: [] });
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
      const { tree, literal, notes } = abstractToMdast(input);
      expect(tree).toEqual(paragraph(text(input)));
      expect(toString(tree)).toBe(input);
      expect([...literal, ...notes]).toEqual([]);
    });
  });
});

describe('abstractToMdast text symbols', () => {
  test('turns \\textless and \\textgreater into the characters, even glued to a number', () => {
    const { tree, literal } = abstractToMdast('needs \\textless2MB and \\textgreater 5 GB');
    expect(literal).toEqual([]);
    expect(toString(tree)).toBe('needs <2MB and >5 GB');
  });
});

describe('abstractToMdast: formulas a listing page shows bare', () => {
  test.each([
    ['space mathbb R^d and', [text('space '), math('\\mathbb{R}^{d}'), text(' and')]],
    ['space \\mathbb{R}^d and', [text('space '), math('\\mathbb{R}^{d}'), text(' and')]],
    ['enable mathcal O(1) compute', [text('enable '), math('\\mathcal{O}(1)'), text(' compute')]],
    ['complexity O(L^2) with', [text('complexity '), math('O(L^{2})'), text(' with')]],
    ['reach O(L^{{4}/{3}}) globally', [text('reach '), math('O(L^{{4}/{3}})'), text(' globally')]],
    ['using BERT_{BASE} and', [text('using '), math('BERT_{BASE}'), text(' and')]],
    ['on CoSQA^+, and the 3^{rd}-stage', [text('on '), math('CoSQA^{+}'), text(', and the '), math('3^{rd}'), text('-stage')]],
    ['decays as Theta_n(1{n}). Finally', [text('decays as '), math('\\Theta_n(1{n})'), text('. Finally')]],
    ['a HyperZ{cdotZ{cdot}W} operator', [text('a '), math('HyperZ{\\cdot Z{\\cdot }W}'), text(' operator')]],
    ['time O (log(D) cdot |p|), where', [text('time O (log(D) '), math('\\cdot'), text(' |p|), where')]],
  ])('shows %j as a formula', (input, nodes) => {
    expect(abstractToMdast(input)).toEqual({ tree: paragraph(...(nodes as PhrasingContent[])), literal: [], notes: [] });
  });

  // The function a formula is the argument of is part of the formula: `O(L^2)` is one formula, not `O(` and `L^2` and `)`.
  test.each([
    ['is O(n^2) locally', [text('is '), math('O(n^{2})'), text(' locally')]],
    ['cost (O(n^2)).', [text('cost ('), math('O(n^{2})'), text(').')]],
    ['bound f(x_{i}) and', [text('bound '), math('f(x_{i})'), text(' and')]],
    ['takes Theta(n^2) or \\Omega(k^2) steps', [text('takes '), math('\\Theta(n^{2})'), text(' or '), math('\\Omega(k^{2})'), text(' steps')]],
    ['is O(g(n^2)) here', [text('is '), math('O(g(n^{2}))'), text(' here')]],
  ])('shows %j, a bare formula filling the parentheses of a one-letter or Greek function, as one formula with it', (input, nodes) => {
    expect(abstractToMdast(input)).toEqual({ tree: paragraph(...(nodes as PhrasingContent[])), literal: [], notes: [] });
  });

  test.each([
    ['as O (n^2) and', [text('as O ('), math('n^{2}'), text(') and')]],
    ['with ratio(L^2) and', [text('with ratio('), math('L^{2}'), text(') and')]],
    ['in xO(L^2) and', [text('in xO('), math('L^{2}'), text(') and')]],
    ['is O(L^2 d) and', [text('is O('), math('L^{2}'), text(' d) and')]],
    ['sets (CoSQA^+) and', [text('sets ('), math('CoSQA^{+}'), text(') and')]],
  ])('leaves what is not a one-letter or Greek function around the whole formula outside it: %j', (input, nodes) => {
    expect(abstractToMdast(input).tree).toEqual(paragraph(...(nodes as PhrasingContent[])));
  });

  // `$4.5\times$` with its dollars and backslash stripped: a number glued to `times` is no English. Text says it as well as a formula, and weighs no more on the page.
  test.each([
    ['an end-to-end 4.5times speedup', 'an end-to-end 4.5× speedup'],
    ['retrieving 2-5times fewer', 'retrieving 2-5× fewer'],
    ['images up to 4096times4096 resolution', 'images up to 4096×4096 resolution'],
    ['scales by up to 1.7times. We', 'scales by up to 1.7×. We'],
  ])('reads %j as the sign it lost', (input, shown) => {
    expect(abstractToMdast(input)).toEqual({ tree: paragraph(text(shown)), literal: [], notes: [] });
  });

  test.each(['call load_all() and x_1', 'a ^ b, 5 ^2', 'snake_case_name', 'mathbb alone', '4.5 times faster', 'sometimes 3 times', 'v2times', '5timestamp', 'model_2times', 'run 4times.py', 'see foo.org/2times/x', 'the 2times_dir'])('leaves %j as text', (input) => {
    expect(abstractToMdast(input).tree).toEqual(paragraph(text(input)));
  });

  test('leaves formulas already delimited alone', () => {
    expect(abstractToMdast('so $x^2$ holds').tree).toEqual(paragraph(text('so '), math('x^2'), text(' holds')));
  });
});

describe('abstractToMdast: TeX a reader should not see', () => {
  test.each([
    ['concepts\\footnote{A concept is a fragment.} that', 'concepts (A concept is a fragment.) that'],
    ['{Further, {\\it model size} matters.} Then', 'Further, model size matters. Then'],
    ['train Atari in {raise.17ex\\scriptstyle\\sim}4 hours', 'train Atari in ∼4 hours'],
    ['one \\\\ two \\\\[2pt] three \\newline four', 'one two three four'],
    ['\\begin{itemize} \\item fast \\item small \\end{itemize}', '• fast • small'],
    ['\\LaTeX, \\textsc{Bert} and \\underline{this}', 'LaTeX, Bert and this'],
    ['ternary, i.e., {-1, 0, 1}.', 'ternary, i.e., {-1, 0, 1}.'],
  ])('reads %j as clean text', (input, shown) => {
    const { tree, literal } = abstractToMdast(input);
    expect(toString(tree)).toBe(shown);
    expect(literal).toEqual([]);
  });

  test.each([
    ['Large Language Models~(LLMs) and KV cache~(MiKV).', 'Large Language Models\u00a0(LLMs) and KV cache\u00a0(MiKV).'],
    ['codecs~(H.264, HEVC), e.g.,~SVD, Fig.~3 and Table~2', 'codecs\u00a0(H.264, HEVC), e.g.,\u00a0SVD, Fig.\u00a03 and Table\u00a02'],
    ['construction~-- that', 'construction\u00a0-- that'],
  ])('a tie between two words (%j) is the no-break space LaTeX prints', (input, shown) => {
    const { tree, literal, notes } = abstractToMdast(input);
    expect(tree).toEqual(paragraph(text(shown)));
    expect([...literal, ...notes]).toEqual([]);
  });

  test.each([['about ~4 times, (~310M) and ~33.5%'], ['see https://example.org/~user/page for~'], ['a ~ b, ~~ and x~~y']])(
    'a tilde that is not a tie stays a tilde: %j',
    (input) => {
      expect(toString(abstractToMdast(input).tree)).toBe(input);
    },
  );

  test.each([
    ["we call it ``real'' data", 'we call it \u201creal\u201d data'],
    ["a `coarse' grid and a `fine' one", 'a \u2018coarse\u2019 grid and a \u2018fine\u2019 one'],
    ["the `model's output' here", 'the \u2018model\'s output\u2019 here'],
    ["``Tiny++'', a toolkit", '\u201cTiny++\u201d, a toolkit'],
    ["as in ``an open quote that never closes", 'as in \u201can open quote that never closes'],
    ["a `mismatched'' pair", 'a \u2018mismatched\u201d pair'],
    ["a ``mismatched' pair", 'a \u201cmismatched\u2019 pair'],
    ["the `model's output'' here", 'the \u2018model\'s output\u201d here'],
    // Mixed and nested marks: each prints as TeX prints it, the nearest closer closing the innermost open quote.
    ["``a' and `b''", '\u201ca\u2019 and \u2018b\u201d'],
    ["``a `b' c''", '\u201ca \u2018b\u2019 c\u201d'],
    ["`a ``b'' c'", '\u2018a \u201cb\u201d c\u2019'],
    ["``a ``b'' c''", '\u201ca \u201cb\u201d c\u201d'],
    ["`a `b' c'", '\u2018a \u2018b\u2019 c\u2019'],
    ["``a `b'' c", '\u201ca \u2018b\u201d c'],
    ["`a' and ``b' then `c''", '\u2018a\u2019 and \u201cb\u2019 then \u2018c\u201d'],
    ["``the authors' work''", '\u201cthe authors\' work\u201d'],
  ])('TeX quotes %j read as the quotation marks TeX prints', (input, shown) => {
    const { tree, literal, notes } = abstractToMdast(input);
    expect(tree).toEqual(paragraph(text(shown)));
    expect([...literal, ...notes]).toEqual([]);
  });

  test('a backquote or apostrophe after a backslash is an accent, kept as TeX keeps one with nothing to sit on, never a quote', () => {
    const { tree, literal } = abstractToMdast("a \\``x'' b");
    expect(literal).toEqual(['\\`']);
    expect(toString(tree)).toContain('\\`');
  });

  test('TeX quotes around a style or a formula pair across it; inside a formula or code they are TeX or code', () => {
    expect(abstractToMdast("``\\textbf{bold}'' and `$x$' end").tree).toEqual(paragraph(text('\u201c'), strong(text('bold')), text('\u201d and \u2018'), math('x'), text('\u2019 end')));
    expect(abstractToMdast("so $f''(x)$ and \\texttt{`a'} hold").tree).toEqual(paragraph(text('so '), math("f''(x)"), text(' and '), code("`a'"), text(' hold')));
  });

  test.each([["use `torch.compile` here"], ["a lone `tick. The authors' work"], ["the 12'' screen and 5' rope"], ["a ` b' c"], ["a ```fence``` and ```x''"], ["x ````y'' z"]])(
    'a backquote or apostrophe that opens or closes no TeX quote stays as it is: %j',
    (input) => {
      expect(toString(abstractToMdast(input).tree)).toBe(input);
    },
  );

  test('a tie inside a formula is TeX, left to KaTeX', () => {
    expect(abstractToMdast('so $a~b$ holds').tree).toEqual(paragraph(text('so '), math('a~b'), text(' holds')));
  });

  test('drops citations and labels, and says so', () => {
    const { tree, notes } = abstractToMdast('as shown \\cite{doe,roe} in Eq.~\\eqref{eq:1}\\label{sec:a}.');
    expect(toString(tree)).toBe('as shown in Eq..');
    expect(notes).toEqual(['dropped the reference `\\cite{doe,roe}`', 'dropped the reference `\\eqref{eq:1}`', 'dropped the reference `\\label{sec:a}`']);
  });

  test('links \\url and \\href', () => {
    expect(abstractToMdast('at \\url{https://example.org/code} or \\href{https://x.org}{\\textbf{here}}').tree).toEqual(
      paragraph(text('at '), link('https://example.org/code'), text(' or '), { type: 'link', url: 'https://x.org', title: null, children: [strong(text('here'))] }),
    );
  });

  test('reads math environments as formulas', () => {
    expect(abstractToMdast('We derive \\begin{equation} E = mc^2 \\end{equation} and \\begin{align} a &= b \\\\ c &= d \\end{align}.').tree).toEqual(
      paragraph(text('We derive '), math('E = mc^2'), text(' and '), math('\\begin{aligned}a &= b \\\\ c &= d\\end{aligned}'), text('.')),
    );
  });

  test('keeps a formula KaTeX cannot render as its source, and reports it', () => {
    expect(abstractToMdast('bad $\\frac{1}{$ and good $x$')).toMatchObject({ tree: paragraph(text('bad $\\frac{1}{$ and good '), math('x')), literal: ['$\\frac{1}{$'] });
  });

  test('reads text that ends inside a construct without losing it', () => {
    for (const end of ['\\textbf{', '{\\it', '\\(', '$$', "\\'", '\\c', '\\', '\\footnote{note']) {
      const { tree } = abstractToMdast(`Ends here ${end}`);
      expect(toString(tree).startsWith('Ends here')).toBe(true);
    }
  });
});

describe('abstractToMdast: nesting', () => {
  test('reads emphasis inside emphasis as one emphasis, which Markdown can write', () => {
    expect(abstractToMdast('{\\it {\\it {\\it {\\it x}}}} y').tree).toEqual(paragraph(emphasis(text('x')), text(' y')));
    expect(abstractToMdast('\\textbf{a \\textbf{b \\emph{c \\textbf{d}}}}').tree).toEqual(paragraph(strong(text('a b '), emphasis(text('c d')))));
  });

  test('reads 2,000 nested \\textbf as one strong, flattening what nests deeper than the limit', () => {
    const { tree, notes } = abstractToMdast(`${'\\textbf{a '.repeat(2000)}x${'}'.repeat(2000)} after`);
    expect(tree.children[0]).toMatchObject({ children: [{ type: 'strong' }, { type: 'text', value: ' after' }] });
    expect(toString(tree)).toBe(`${'a '.repeat(2000)}x after`);
    expect(notes).toEqual(['flattened TeX nested deeper than 64 levels (its text is shown without the styles inside)']);
  });

  test('keeps the style of a group closed inside one that never closes, however deep, since only the unclosed one is dropped', () => {
    expect(abstractToMdast('{\\it a {\\it b} c').tree).toEqual(paragraph(text('a '), emphasis(text('b')), text(' c')));
    expect(abstractToMdast('\\emph{a \\textbf{b \\emph{c} d} e').tree).toEqual(paragraph(text('a '), strong(text('b '), emphasis(text('c')), text(' d')), text(' e')));
    expect(abstractToMdast('\\textbf{a \\emph{b \\textbf{c}} \\textbf{d}').tree).toEqual(paragraph(text('a '), emphasis(text('b '), strong(text('c'))), text(' '), strong(text('d'))));
    // Closed, the outer style still takes in the same style inside it.
    expect(abstractToMdast('\\textbf{a \\emph{b \\textbf{c}} \\textbf{d}}').tree).toEqual(paragraph(strong(text('a '), emphasis(text('b c')), text(' d'))));
  });

  test('drops thousands of unclosed commands, keeping their text', () => {
    const { tree, notes } = abstractToMdast(`Open ${'\\textbf{x {\\it y '.repeat(3000)}end.`);
    expect(toString(tree)).toBe(`Open ${'x y '.repeat(3000)}end.`);
    expect(notes).toContain('dropped the unclosed `\\textbf{`');
  });
});

describe('titleToText', () => {
  test.each([
    ["Caf\\'e Recommendations with $k$-NN", 'Café Recommendations with $k$-NN'],
    ['Beyond \\textit{Scaling}: Data \\& Quality, 40\\%', 'Beyond Scaling: Data & Quality, 40%'],
    ['{\\em Tiny} Models', 'Tiny Models'],
    ['$\\mathcal{O}(n)$ Attention', '$\\mathcal{O}(n)$ Attention'],
    ['Schr\\"odinger Bridges \\( x^2 \\)', 'Schrödinger Bridges \\( x^2 \\)'],
    ['R^d and {-1, 0, 1}', 'R^d and {-1, 0, 1}'],
    ["``Lost'' in the `Middle'", '\u201cLost\u201d in the \u2018Middle\u2019'],
  ])('reads %j as %j', (input, output) => expect(titleToText(input).text).toBe(output));

  test('leaves a title without TeX as it is', () => expect(titleToText('Plain: A Title (2)')).toEqual({ text: 'Plain: A Title (2)', literal: [], notes: [] }));
});
