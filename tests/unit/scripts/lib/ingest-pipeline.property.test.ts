import { compile } from '@mdx-js/mdx';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import { describe, expect, test } from 'vitest';
import { parseListing } from '../../../../scripts/lib/parse-listing.ts';
import { mergePapers, type Listing } from '../../../../scripts/lib/merge-papers.ts';
import { planIngest } from '../../../../scripts/lib/plan-ingest.ts';
import { parseEntry } from '../../../../src/format/entry.ts';
import { paperKey } from '../../../../src/format/paper-key.ts';
import { foldWhitespace } from '../../../../src/text/normalize.ts';
import { isChromeLine } from '../../../../scripts/lib/page-chrome.ts';
import { parseDateLabel } from '../../../../scripts/lib/listing-date.ts';
import { paperSchema } from '../../../../src/format/paper-schema.ts';
import type { Taxonomy } from '../../../../src/format/taxonomy-schema.ts';

/**
 * Dumps nobody has seen: random hostile titles and abstracts, written in
 * either layout with page chrome, CRLF, a BOM and NFD thrown in. Whatever
 * they hold, every distinct paper must come out as exactly one valid entry
 * whose title is the source title, whitespace folded, and which compiles.
 */

const HOSTILE = [
  ...'<>{}[]()\\$%&_#*~`\'"!|:-+=.,;?@^/ 0123456789aeimnoptxCS\t\u00a0é',
  'import ', 'export ', '\\textbf{', '{\\it ', '}', '$x$', '\\(', '\\)', '\\%', "\\'e", '\\cite{a}',
  '<SEG>', 'K << V', '{-1, 0, 1}', '{process.env.HOME}', "x'(t)", '---', 'null', '2024-01-01', '1e3', '"Quoted": with colon', '[x] # y',
  'C++', 'C#', 'e\u0301', 'https://x.org/a',
];
const piece = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...HOSTILE) }, fc.string({ unit: 'grapheme', maxLength: 2 }));
const text = (max: number) => fc.array(piece, { minLength: 1, maxLength: max }).map((parts) => parts.join('').replace(/[\r\n\u2028\u2029]/g, ' '));

/** A line the parser must take as content: not blank, not chrome, not too long for a title. */
const usable = (line: string) => foldWhitespace(line) !== '' && !isChromeLine(foldWhitespace(line)) && !/^\s*Subscribe/.test(line);
const titleArb = text(12).filter((t) => usable(t) && foldWhitespace(t).length <= 300 && parseDateLabel(foldWhitespace(t)) === undefined);
const abstractArb = text(30).filter(usable);
const paperArb = fc.record({ title: titleArb, abstract: abstractArb });

function writeDump(papers: Array<{ title: string; abstract: string }>, layout: 'blank' | 'lines', crlf: boolean, bom: boolean): string {
  const lines =
    layout === 'blank'
      ? ['new', '', 'Get trending papers in your email inbox!', '', 'Subscribe', '', 'Mar 14', '', ...papers.flatMap((p) => [p.title, '', p.abstract, ''])]
      : ['Get trending papers in your email inbox!', ...papers.flatMap((p, i) => [i === 0 ? `Subscribe${p.title.trimStart()}` : p.title, p.abstract])];
  const body = lines.join(crlf ? '\r\n' : '\n');
  return (bom ? '\uFEFF' : '') + body;
}

const taxonomy: Taxonomy = { topics: [{ id: 'other', name: 'Other', description: 'Everything.', terms: [] }] };

describe('the ingest pipeline on dumps it has never seen', () => {
  test('turns every distinct paper into exactly one valid entry with its source title', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ papers: fc.array(paperArb, { minLength: 1, maxLength: 6 }), layout: fc.constantFrom('blank' as const, 'lines' as const), crlf: fc.boolean(), bom: fc.boolean() }), { minLength: 1, maxLength: 3 }),
        async (dumps) => {
          const listings: Listing[] = dumps.map((dump, i) => {
            const parsed = parseListing(writeDump(dump.papers, dump.layout, dump.crlf, dump.bom), `d${i}.txt`);
            expect(parsed.errors).toEqual([]);
            return { id: `d${i}`, source: `d${i}.txt`, path: `d${i}.txt`, entries: parsed.entries };
          });
          const expected = new Map<string, string>();
          for (const dump of dumps) for (const p of dump.papers) {
            const title = foldWhitespace(p.title.normalize('NFC'));
            if (!expected.has(paperKey(title))) expected.set(paperKey(title), title);
          }
          const { papers } = mergePapers(listings);
          const plan = planIngest({ listings, papers, existing: [], manifest: { papers: {}, listings: {} }, taxonomy, manifestPath: 'p.json' });
          expect(plan.errors).toEqual([]);
          expect(plan.entries).toHaveLength(expected.size);
          expect(new Set(plan.entries.map((e) => e.slug)).size).toBe(expected.size);
          for (const entry of plan.entries) {
            const data = paperSchema.parse(parseEntry(entry.text).data);
            expect(expected.get(paperKey(data.title))).toBe(data.title);
            await compile(entry.text, { remarkPlugins: [remarkFrontmatter, remarkMath] });
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
