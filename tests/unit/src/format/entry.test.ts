import { compile } from '@mdx-js/mdx';
import type { PhrasingContent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import { describe, expect, test } from 'vitest';
import { abstractToMdast } from '../../../../scripts/lib/abstract-to-mdast.ts';
import { parseEntry, serializeEntry } from '../../../../src/format/entry.ts';
import { frontmatterItemLine } from '../../../../src/format/frontmatter.ts';
import { MDX_TYPES, readBack } from '../../../support/mdx-read-back.ts';


/** Serialise, read back and compile; fail on any difference. */
async function expectRoundTrip(frontmatter: Record<string, unknown>, body: Root): Promise<string> {
  const mdx = serializeEntry(frontmatter, body);
  const back = readBack(mdx);
  expect(back.yaml).toEqual(frontmatter);
  expect(back.body).toEqual(body.children);
  expect([...back.types].filter((type) => MDX_TYPES.has(type))).toEqual([]);
  await expect(compile(mdx, { remarkPlugins: [remarkFrontmatter, remarkMath] })).resolves.toBeDefined();
  return mdx;
}

const paragraph = (...children: PhrasingContent[]): Root => ({ type: 'root', children: [{ type: 'paragraph', children }] });
const text = (value: string): PhrasingContent => ({ type: 'text', value });

describe('serializeEntry', () => {
  test('writes YAML frontmatter, a blank line and the body, ending in one newline', () => {
    const mdx = serializeEntry({ title: 'A toy study', slug: 'a-toy-study', topics: ['other'] }, paragraph(text('Short.')));
    expect(mdx).toMatchInlineSnapshot(`
      "---
      title: A toy study
      slug: a-toy-study
      topics:
        - other
      ---

      Short.
      "
    `);
  });

  test('writes an entry with an empty body as frontmatter only', () => {
    expect(serializeEntry({ title: 'x' }, { type: 'root', children: [] })).toBe('---\ntitle: x\n---\n');
  });

  test('is deterministic', () => {
    const body = abstractToMdast('We use \\textbf{care} and $x$ at https://example.org.').tree;
    expect(serializeEntry({ title: 't' }, body)).toBe(serializeEntry({ title: 't' }, structuredClone(body)));
  });

  test('leaves optional fields that are undefined out of the frontmatter', () => {
    expect(serializeEntry({ title: 'x', date: undefined }, { type: 'root', children: [] })).toBe('---\ntitle: x\n---\n');
  });

  describe('frontmatter', () => {
    test.each([
      ['null'],
      ['~'],
      ['2024-01-01'],
      ['1e3'],
      ['0x1F'],
      ['.inf'],
      ['true'],
      ['yes'],
      ['no'],
      ['on'],
      ['"Quoted": with colon'],
      ['Key: value'],
      ['[x] # y'],
      ['{a: 1}'],
      ['- leading dash'],
      ['? leading question'],
      ['%leading percent'],
      ['@leading at'],
      ['`leading backtick'],
      ['!tag'],
      ['&anchor *alias'],
      ['| pipe'],
      ['> fold'],
      ["it's"],
      ['  padded  '],
      ['---'],
      ['...'],
      ['tab\there'],
    ])('keeps the title %j a string through js-yaml', async (title) => {
      await expectRoundTrip({ title }, paragraph(text('Body.')));
    });

    test('quotes with double quotes', () => {
      expect(serializeEntry({ title: 'null' }, { type: 'root', children: [] })).toBe('---\ntitle: "null"\n---\n');
    });
  });

  describe('body', () => {
    test.each([
      ['# not a heading'],
      ['> not a quote'],
      ['- not a list'],
      ['+ not a list'],
      ['* not a list'],
      ['1. not a list'],
      ['1) not a list'],
      ['= not a setext underline'],
      ['--- not a rule'],
      ['*** not a rule'],
      ['| not | a table |'],
      ['<SEG> not JSX'],
      ['{not an expression}'],
      ['    not code'],
      ['\tnot code either'],
      ['```not a fence'],
      ['~~~not a fence'],
      ['$$ not display math'],
      ['[^1]: not a footnote'],
      ['[a]: not a definition'],
      ['<!-- not a comment -->'],
      ['import x from "not-esm"'],
      ['export const notEsm = 1'],
      ['importance is fine'],
      ['K << V, x<3, {-1, 0, 1}, {process.env.HOME}, a}b'],
      ["x'(t) --- ~100 40% * _ # ! | : - + = . &amp; &#x41;"],
      ['\u00a0no-break space first'],
    ])('keeps a paragraph starting %j as text', async (value) => {
      await expectRoundTrip({ title: 't' }, paragraph(text(value)));
    });

    test('writes a leading export as a character reference so MDX does not read ESM', async () => {
      const mdx = await expectRoundTrip({ title: 't' }, paragraph(text('export default 1')));
      expect(mdx.split('\n').at(-2)).toMatchInlineSnapshot(`"&#x65;xport default 1"`);
    });

    test('writes a leading import as a character reference so MDX does not read ESM', async () => {
      const mdx = await expectRoundTrip({ title: 't' }, paragraph(text('import a')));
      expect(mdx.split('\n').at(-2)).toMatchInlineSnapshot(`"&#x69;mport a"`);
    });

    test('writes links in [text](url) form since MDX has no <url> autolinks', async () => {
      const mdx = await expectRoundTrip({ title: 't' }, abstractToMdast('at https://example.org/a_(b)').tree);
      expect(mdx.split('\n').at(-2)).toMatchInlineSnapshot(`"at [https://example.org/a\\_(b)](https://example.org/a_\\(b\\))"`);
    });

    test('keeps styles, code and math that the tokenizer built', async () => {
      const { tree } = abstractToMdast(
        'A \\textbf{bold \\emph{claim}} with \\texttt{a`b{c}}, $\\frac{1}{2} < x$ and \\( y_{i} \\).\n\nSecond {\\it part}.',
      );
      const mdx = await expectRoundTrip({ title: 't' }, tree);
      expect(mdx).toMatchInlineSnapshot(`
        "---
        title: t
        ---

        A **bold _claim_** with \`\`a\`b{c}\`\`, $\\frac{1}{2} < x$ and $y_{i}$.

        Second *part*.
        "
      `);
    });

    test('keeps unknown LaTeX visible', async () => {
      const mdx = await expectRoundTrip({ title: 't' }, abstractToMdast('as in \\foo{doe}').tree);
      expect(mdx.split('\n').at(-2)).toMatchInlineSnapshot(`"as in \\foo\\{doe}"`);
    });

    test('keeps leading and trailing spaces of emphasis', async () => {
      await expectRoundTrip({ title: 't' }, abstractToMdast('a\\emph{ b }c').tree);
    });

    test('refuses U+0000, which Markdown cannot carry', () => {
      expect(() => serializeEntry({ title: 't' }, paragraph(text('a\u0000b')))).toThrowErrorMatchingInlineSnapshot(
        `[TypeError: Cannot write U+0000 in an MDX body (found in \`a\\u0000b\`): Markdown reads it as U+FFFD; remove it when normalising text]`,
      );
    });
  });
});

describe('parseEntry', () => {
  test('reads back what serializeEntry wrote', () => {
    const frontmatter = { title: '2024-01-01', slug: 'x', listings: [{ listing: 'a', source: 'a.txt', position: 1 }] };
    const mdx = serializeEntry(frontmatter, paragraph(text('One.')));
    expect(parseEntry(mdx)).toEqual({ data: frontmatter, body: 'One.\n' });
  });

  test('reads CRLF line endings and a byte order mark', () => {
    expect(parseEntry('\uFEFF---\r\ntitle: x\r\n---\r\n\r\nBody\r\n')).toEqual({ data: { title: 'x' }, body: 'Body\r\n' });
  });

  test('reads empty frontmatter as undefined', () => {
    expect(parseEntry('---\n---\nBody\n')).toEqual({ data: undefined, body: 'Body\n' });
  });

  test('rejects a file without frontmatter', () => {
    expect(() => parseEntry('title: x\n')).toThrowErrorMatchingInlineSnapshot(
      `[SyntaxError: Expected an entry to start with a \`---\` frontmatter line, found \`title: x\`]`,
    );
  });

  test('rejects frontmatter that is never closed, saying so', () => {
    expect(() => parseEntry('---\ntitle: x\n\nBody.\n')).toThrow('Expected a `---` line closing the frontmatter, found none');
    expect(() => parseEntry('--- \ntitle: x\n---\n\nBody.\n')).toThrow('Expected an entry to start with a `---` frontmatter line, found `--- `');
  });

  test('rejects frontmatter that is not YAML, keeping the cause', () => {
    let error: unknown;
    try {
      parseEntry('---\ntitle: [x\n---\n');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchInlineSnapshot(`[SyntaxError: Could not read the frontmatter as YAML]`);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  test('names the line of the file where the frontmatter stops being YAML, and why', () => {
    const read = (source: string) => {
      try {
        parseEntry(source);
      } catch (error) {
        return { line: (error as { line?: number }).line, reason: (error as { reason?: string }).reason };
      }
      return undefined;
    };
    // An unclosed quote runs to the end of the frontmatter: js-yaml names where it ended.
    expect(read('---\ntitle: A\nslug: a\ntopics:\n  - x\nsummary: "unclosed\nmore: 1\n---\nBody.\n')).toEqual({ line: 8, reason: expect.stringContaining('double quoted') });
    expect(read('\uFEFF---\ntitle: A\ntitle: B\n---\n')).toEqual({ line: 3, reason: expect.stringContaining('duplicated mapping key') });
    expect(read('---\ntitle: A\n\tslug: a\n---\n')?.line).toBe(3);
  });
});

describe('frontmatterItemLine', () => {
  const entry = ['---', 'title: Knots', 'slug: knots', 'topics:', '  - other', '  - rope-theory', 'keywords: [rope, other]', 'listings: []', '---', '', 'An abstract.', ''].join('\n');
  test('gives the line of an item of a list in the frontmatter, in the entry file', () => {
    expect(frontmatterItemLine(entry, 'topics', 'rope-theory')).toBe(6);
    expect(frontmatterItemLine(entry, 'topics', 'other')).toBe(5);
    expect(frontmatterItemLine(entry, 'keywords', 'other')).toBe(7);
  });
  test('gives the line of a flow list item, after a BOM or CRLF line ends', () => {
    expect(frontmatterItemLine(`\uFEFF${entry.replace(/\n/g, '\r\n')}`, 'topics', 'rope-theory')).toBe(6);
    expect(frontmatterItemLine('---\ntopics: [a, b]\n---\n', 'topics', 'b')).toBe(2);
  });
  test('gives none for an item the list lacks, a key that is no list, or no frontmatter', () => {
    expect(frontmatterItemLine(entry, 'topics', 'knots')).toBeUndefined();
    expect(frontmatterItemLine(entry, 'title', 'Knots')).toBeUndefined();
    expect(frontmatterItemLine('no frontmatter', 'topics', 'a')).toBeUndefined();
    expect(frontmatterItemLine('---\ntopics: [a\n---\n', 'topics', 'a')).toBeUndefined();
  });
});
