import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import { describe, expect, test } from 'vitest';
import { parseListing } from '../../../../scripts/lib/parse-listing.ts';
import type { Listing } from '../../../../scripts/lib/merge-papers.ts';
import { planIngest, type ExistingEntry } from '../../../../scripts/lib/plan-ingest.ts';
import { titleToText } from '../../../../scripts/lib/abstract-to-mdast.ts';
import { hashText } from '../../../../scripts/lib/ingest-cache.ts';
import { parseEntry } from '../../../../src/format/entry.ts';
import { titleKey } from '../../../../src/format/paper-key.ts';
import { cleanLine } from '../../../../src/text/normalize.ts';
import { paperSchema } from '../../../../src/format/paper-schema.ts';
import type { Taxonomy } from '../../../../src/format/taxonomy-schema.ts';

/**
 * Dumps nobody has seen: random papers whose titles hold page-chrome words,
 * any case, quotes, Unicode, long lines, TeX and control characters, some of
 * them listed twice or in another case, written in either layout (with
 * CRLF, a BOM, NFD) and ingested, then ingested again. Every paper must come
 * out exactly once, titled as in the dump after the documented folding
 * (whitespace, NFC, controls removed, text-level TeX read), under a slug of
 * its own, as an entry that compiles; and a second ingest changes nothing.
 */

const TITLE_PIECES = [
  'New', 'Subscribe', 'Daily Papers', 'Get trending papers in your email inbox!', 'by AK and the research community', 'SubscribeNet',
  '"Quoted"', "'single'", '“curly”', '[Re]', 'xLSTM', 'Caf\u0065\u0301', '\u4E2D\u6587\u6807\u9898', '\u{1F9EA}', '\u05E2\u05D1\u05E8\u05D9\u05EA', '\u01C5ungla',
  "Schr\\\"odinger", '\\&', '40\\%', '$\\mathcal{O}(n)$', '\\textit{Scaling}', '{\\em Tiny}',
  '\u0007', '\u0000', '\uFFFE', '\u200B', '\u00AD', '\t', '\u00A0', 'C++', 'C#', '2024-01-01', 'import', '{x}', '<T>', '---', ':', '?',
];
const word = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TITLE_PIECES) }, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).map((s) => s.replace(/[\r\n\u2028\u2029]/g, ' ')));
const anyCase = (text: string) => fc.constantFrom(text, text.toUpperCase(), text.toLowerCase());
const shortTitle = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '));
const longTitle = fc.tuple(shortTitle, fc.integer({ min: 301, max: 1200 })).map(([title, length]) => `${title} ${'Long Title Words '.repeat(80)}`.slice(0, length).trim());
const titleArb = fc.oneof({ weight: 6, arbitrary: shortTitle }, { weight: 1, arbitrary: longTitle }).chain(anyCase);

const ABSTRACT_PIECES = ['We study', 'a sparse adapter', 'on four benchmarks', '$x^2$', '\\textbf{strong}', '{\\it emphasis}', '40\\%', 'R^d', 'https://example.org/a', '<SEG>', '{-1, 0, 1}', '\u0001', '\u200B', 'caf\u0065\u0301', 'import x'];
const abstractArb = fc.array(fc.constantFrom(...ABSTRACT_PIECES), { minLength: 3, maxLength: 12 }).map((pieces) => pieces.join(' '));

/**
 * Added to every abstract to give it a real one's length (250 letters and digits or more,
 * `REAL_ABSTRACT` in src/format/paper-key.ts): a paper listed again in upper case is known by its
 * abstract even where that changes its title beyond case (`{\em Tiny}` is emphasis, `{\EM TINY}`
 * no command Folio reads), as a real paper is.
 */
const LONG_ENOUGH =
  'We compare the method against strong baselines under matched compute, report the variance over five seeds, and study which of its parts matter in ablations. ' +
  'It holds up on held-out domains and degrades gracefully on the smallest budgets, though long inputs remain hard; we discuss where it fails and release the code.';

/** A paper, and how often and how it is listed again. */
const paperArb = fc.record({ title: titleArb, abstract: abstractArb, again: fc.constantFrom('no', 'no', 'same', 'case') });

/** What the ingest must make of a title: the documented folding. */
const folded = (title: string) => titleToText(cleanLine(title).text).text;
/** A title the structure can read: a letter or figure left after folding (`---` or an emoji alone stops the run), and not a page word glued onto nothing. */
const usable = (title: string) => /[\p{L}\p{N}]/u.test(folded(title)) && cleanLine(title).text !== '';

function writeDump(fields: Array<{ title: string; abstract: string }>, layout: 'blank' | 'lines', crlf: boolean, bom: boolean): string {
  const lines =
    layout === 'blank'
      ? ['new', '', 'Get trending papers in your email inbox!', '', 'Subscribe', '', 'byAK and the research community', '', 'Mar 14', '', ...fields.flatMap((p) => [p.title, '', p.abstract, ''])]
      : ['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!', ...fields.flatMap((p, i) => [i === 0 ? `Subscribe${p.title.trimStart()}` : p.title, p.abstract])];
  return (bom ? '\uFEFF' : '') + lines.join(crlf ? '\r\n' : '\n');
}

const taxonomy: Taxonomy = { topics: [{ id: 'other', name: 'Other', description: 'Everything.', terms: [] }] };

const existingFrom = (entries: ReadonlyArray<{ text: string }>): ExistingEntry[] =>
  entries.map((e) => {
    const data = paperSchema.parse(parseEntry(e.text).data);
    return { path: `papers/${data.slug}.mdx`, text: e.text, hash: hashText(e.text), data };
  });

describe('the ingest pipeline on dumps it has never seen', () => {
  test('turns every paper into exactly one valid entry with its folded title, and is idempotent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ papers: fc.array(paperArb, { minLength: 1, maxLength: 5 }), layout: fc.constantFrom('blank' as const, 'lines' as const), crlf: fc.boolean(), bom: fc.boolean() }), { minLength: 1, maxLength: 3 }),
        async (dumps) => {
          fc.pre(dumps.every((d) => d.papers.every((p) => usable(p.title))));
          // Each paper gets an abstract of its own; a paper listed again keeps it, in the same or another case.
          let id = 0;
          const identities: Array<Set<string>> = [];
          const listings: Listing[] = dumps.map((dump, d) => {
            const fields = dump.papers.flatMap((p) => {
              id += 1;
              const abstract = `${p.abstract} (paper ${id}: a study of ${id * 7919} samples across several benchmark suites) ${LONG_ENOUGH}`;
              const variants = [p.title, ...(p.again === 'same' ? [p.title] : p.again === 'case' ? [p.title.toUpperCase()] : [])];
              identities.push(new Set(variants.map((t) => titleKey(folded(t)))));
              return variants.map((title) => ({ title, abstract }));
            });
            const parsed = parseListing(writeDump(fields, dump.layout, dump.crlf, dump.bom), `d${d}.txt`);
            expect(parsed.errors).toEqual([]);
            return { id: `d${d}`, source: `d${d}.txt`, path: `d${d}.txt`, entries: parsed.entries };
          });
          // Distinct papers with titles that fold alike are one paper (same title, whatever the abstract).
          fc.pre(new Set(identities.flatMap((keys) => [...keys])).size === identities.reduce((n, keys) => n + keys.size, 0));

          const first = planIngest({ listings, existing: [], manifest: { papers: {}, listings: {}, topics: [] }, taxonomy });
          expect(first.errors).toEqual([]);
          expect(first.entries).toHaveLength(identities.length);
          expect(new Set(first.entries.map((e) => e.slug)).size).toBe(identities.length);
          const matched = new Set<number>();
          for (const entry of first.entries) {
            const data = paperSchema.parse(parseEntry(entry.text).data);
            const owner = identities.findIndex((keys) => keys.has(titleKey(data.title)));
            expect(owner, data.title).not.toBe(-1);
            matched.add(owner);
            await compile(entry.text, { remarkPlugins: [remarkFrontmatter, remarkMath] });
          }
          expect(matched.size).toBe(identities.length);

          const again = planIngest({ listings, existing: existingFrom(first.entries), manifest: first.manifest, taxonomy, cache: first.cache });
          expect(again.entries.map((e) => e.status)).toEqual(first.entries.map(() => 'unchanged'));
          expect(again.manifest).toEqual(first.manifest);
        },
      ),
      { numRuns: 120 },
    );
  }, 180_000);
});
