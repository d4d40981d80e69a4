import { compile } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import { dump, load } from 'js-yaml';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import { describe, expect, test } from 'vitest';
import { abstractToMdast } from '../../../../scripts/lib/abstract-to-mdast.ts';
import { parseEntry, serializeEntry } from '../../../../src/format/entry.ts';
import { MDX_TYPES, readBack } from '../../../support/mdx-read-back.ts';

/** Pieces that mean something to Markdown, MDX, YAML or our LaTeX tokenizer. */
const HOSTILE = [
  ...'<>{}[]()\\$%&_#*~`\'"!|:-+=.,;?@^/ 0123456789aehimnoptx\t\u00a0\u2028é',
  'import ', 'export ', 'export default {}', 'import{a}from"b"',
  '\\textbf{', '\\emph{', '\\textit{', '\\texttt{', '{\\it ', '{\\em ', '{\\bf ', '}',
  '$x$', '$$', '$ ', ' $', '$5', '\\(', '\\)', '\\[', '\\]', '\\%', '\\&', '\\_', '\\$', '\\{', '\\}', '\\\\',
  "\\'e", '\\"{o}', '\\c{c}', '\\ss', '\\i', '\\cite{a}', '\\foo', '\\,',
  'https://', 'http://a.b/c_(d)', 'https://x.org/a.', 'www.x.org',
  '&amp;', '&#x41;', '&#0;', '&nbsp', '<!--', '-->', '<a>', '</a>', '<SEG>', '<>', '{/* c */}', '{x}',
  '---', '***', '___', '1.', '1)', '> ', '# ', '    ', '```', '~~~', ':::', '[^1]:', '[a]: b', '![x](y)', '[x](y)',
  'null', 'yes', '~', '2024-01-01', '1e3', '? ', '- ', '%YAML', '...', '\n', '\n\n',
  'e\u0301', '\u0301', '\ufeff',
];

/** Random text biased towards `pieces`, plus arbitrary code points. */
function textFrom(pieces: string[], codePoints: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, codePoints);
  return fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
}

const hostileText = textFrom(HOSTILE, fc.string({ unit: 'binary', maxLength: 2 }));
/** Hostile text without LaTeX: no backslash and no dollar. */
/** Text with no TeX: no backslash, no dollar, and no `^` or `_{`, which read as formulas a listing page shows bare (`R^d`). */
const latexFreeText = textFrom(
  HOSTILE.filter((piece) => !/[\\$^]/.test(piece)),
  fc.string({ unit: 'binary', maxLength: 2 }).map((value) => value.replace(/[\\$^]/g, '')),
).filter((value) => !value.includes('_{'));

/**
 * What the ingest hands on: NFC, no U+0000 (Markdown cannot carry it), and
 * whitespace folded, keeping blank-line paragraph breaks when `paragraphs`.
 */
function normalise(value: string, paragraphs: boolean): string {
  const fold = (part: string): string => part.replace(/\s+/g, ' ').trim();
  const clean = value.normalize('NFC').replaceAll('\u0000', '');
  return paragraphs ? clean.split(/\n\s*\n/).map(fold).filter(Boolean).join('\n\n') : fold(clean);
}

const title = hostileText.map((value) => normalise(value, false));
const abstract = hostileText.map((value) => normalise(value, true));


describe('abstractToMdast → serializeEntry → MDX parse', () => {
  test('gives back the same frontmatter and body tree, with no JSX, expressions or ESM', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(title, abstract, (title, abstract) => {
        const frontmatter = { title, slug: 'a-slug', keywords: [title] };
        const { tree } = abstractToMdast(abstract);
        const mdx = serializeEntry(frontmatter, tree);
        const back = readBack(mdx);
        expect(back.yaml).toEqual(frontmatter);
        expect(back.body).toEqual(tree.children);
        expect([...back.types].filter((type) => MDX_TYPES.has(type))).toEqual([]);
        expect(mdx).toMatch(/[^\n]\n$/);
      }),
      { numRuns: 2000 },
    );
  });

  test('compiles with @mdx-js/mdx', { timeout: 30_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(title, abstract, async (title, abstract) => {
        const mdx = serializeEntry({ title }, abstractToMdast(abstract).tree);
        await compile(mdx, { remarkPlugins: [remarkFrontmatter, remarkMath] });
      }),
      { numRuns: 300 },
    );
  });
});

describe('abstractToMdast', () => {
  test("loses no text when there is no LaTeX (a tie, `~`, may become the no-break space it prints, and TeX's quotes ``a'' and `a' the marks it prints)", { timeout: 30_000 }, () => {
    const plain = latexFreeText.map((value) => normalise(value, true));
    const tiesAsTyped = (text: string) => text.replace(/\u00a0/g, '~').replace(/\u201c/g, '``').replace(/\u201d/g, "''").replace(/\u2018/g, '`').replace(/\u2019/g, "'");
    fc.assert(
      fc.property(plain, (value) => {
        const { tree } = abstractToMdast(value);
        expect(tiesAsTyped(tree.children.map((node) => toString(node)).join('\n\n'))).toBe(tiesAsTyped(value));
      }),
      { numRuns: 2000 },
    );
  });

  test('leaves everything it reports as literal visible in the text', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(abstract, (value) => {
        const { tree, literal } = abstractToMdast(value);
        const shown = toString(tree);
        for (const command of literal) expect(shown).toContain(command);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('js-yaml', () => {
  test('reads back every title as the same string', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string({ unit: 'binary' })), (value) => {
        const yaml = dump({ title: value }, { lineWidth: -1, noRefs: true, quotingType: '"' });
        expect((load(yaml) as { title: unknown }).title).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("Astro's frontmatter parser", () => {
  // Astro (7.4 on) reads the frontmatter of an MDX file it compiles with the
  // `yaml` package, the ingest writes it and the loader reads it with js-yaml:
  // both must read every entry alike.
  test('reads every frontmatter the ingest writes as the loader does', { timeout: 30_000 }, () => {
    const value = fc.oneof(hostileText, fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(value, fc.array(value, { maxLength: 3 }), (title, keywords) => {
        const mdx = serializeEntry({ title, slug: 'a-slug', keywords, listings: ['2025-03-14'], added: '2025-03-14' }, { type: 'root', children: [] });
        expect(parseFrontmatter(mdx).frontmatter).toEqual(parseEntry(mdx).data);
      }),
      { numRuns: 2000 },
    );
  });
});
