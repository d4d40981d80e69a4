import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { runAstro } from '../support/astro.ts';
import { FIXTURE_DUMPS, fixtureContent } from '../support/fixture-content.ts';

const repo = path.resolve(import.meta.dirname, '../..');

/** `astro build` of `content` into its temp folder; exit code and everything it printed. */
async function build(tmp: string, content: string): Promise<{ code: number; output: string }> {
  const run = await runAstro(['build'], { FOLIO_CONTENT: content, FOLIO_OUT_DIR: path.join(tmp, 'dist'), FOLIO_CACHE_DIR: path.join(tmp, 'cache') });
  return { code: run.code, output: `${run.stdout}${run.stderr}` };
}

/** A mistake in the content is the user's to fix: the clear line, no stack trace, a non-zero exit. */
function expectUserError(run: { code: number; output: string }, line: RegExp): void {
  expect(run.code).not.toBe(0);
  expect(run.output).toMatch(line);
  expect(run.output).not.toMatch(/Stack trace|Location:|\n\s+at /);
}

test('an entry naming a topic not in topics.yaml stops the build with the file and the fix, no stack trace', async () => {
  const { tmp, content } = fixtureContent('folio-user-error-topic-');
  const file = path.join(content, 'papers/foo.mdx');
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace(/^topics:\n/m, 'topics:\n  - made-up-topic\n'));
  // Named as the content loader names an entry, at the line of the topic.
  const line = text.split('\n').indexOf('topics:') + 2;
  expect(line).toBeGreaterThan(1);
  expectUserError(await build(tmp, content), new RegExp(`${escapeRegExp(file)}:${line}: topic \`made-up-topic\` is not in topics\\.yaml`));
}, 300_000);

test('an entry whose frontmatter a hand edit left outside the paper schema stops the build at the field\'s line, no stack trace', async () => {
  const { tmp, content } = fixtureContent('folio-user-error-schema-');
  const file = path.join(content, 'papers/foo.mdx');
  const text = fs.readFileSync(file, 'utf8').replace(/^(\s+position: )\d+$/m, '$1first');
  fs.writeFileSync(file, text);
  const line = text.split('\n').findIndex((l) => l.endsWith('position: first')) + 1;
  expect(line).toBeGreaterThan(1);
  expectUserError(await build(tmp, content), new RegExp(`${escapeRegExp(file)}:${line}: does not fit the paper schema: listings\\.0\\.position: Invalid input: expected number, received string`));
}, 300_000);

test('a published entry deleted by hand stops the build naming published.json, no stack trace', async () => {
  const { tmp, content } = fixtureContent('folio-user-error-deleted-');
  fs.rmSync(path.join(content, 'papers/foo.mdx'));
  expectUserError(await build(tmp, content), /published\.json: `\/papers\/foo\/` was published but no paper has it/);
}, 300_000);

test('a published topic renamed in topics.yaml without keeping its old id as an alias stops the build naming published.json, the id and the fix, no stack trace', async () => {
  const { tmp, content } = fixtureContent('folio-user-error-topic-renamed-');
  // Renamed everywhere, entries too (as the next ingest of their dumps would write them), but not kept in `aliases`.
  const taxonomy = path.join(content, 'topics.yaml');
  fs.writeFileSync(taxonomy, fs.readFileSync(taxonomy, 'utf8').replace('  - id: language-models\n', '  - id: large-language-models\n'));
  const papers = path.join(content, 'papers');
  for (const f of fs.readdirSync(papers)) fs.writeFileSync(path.join(papers, f), fs.readFileSync(path.join(papers, f), 'utf8').replaceAll('\n  - language-models\n', '\n  - large-language-models\n'));
  expectUserError(
    await build(tmp, content),
    /published\.json: `topics` records `language-models`, which no topic in topics\.yaml has as its id or in its aliases\. For each: if a deployed site served \/topics\/<id>\/, add it to the `aliases` of the topic that replaced it in topics\.yaml .*; if none ever did .*, remove it from `topics` in published\.json/,
  );
}, 300_000);

test('a topic renamed without an alias, its entries still naming the old id, stops the build with Folio’s one message, not one content-reference error per entry', async () => {
  const { tmp, content } = fixtureContent('folio-user-error-topic-flood-');
  const taxonomy = path.join(content, 'topics.yaml');
  fs.writeFileSync(taxonomy, fs.readFileSync(taxonomy, 'utf8').replace('  - id: language-models\n', '  - id: large-language-models\n'));
  const run = await build(tmp, content);
  expectUserError(run, /published\.json: `topics` records `language-models`, which no topic in topics\.yaml has as its id or in its aliases/);
  expect(run.output).not.toMatch(/Invalid content reference/);
}, 300_000);

test('an archive whose every paper is retired stops the build naming the papers folder and the fix, before Pagefind\'s index of no page, no stack trace', async () => {
  const { tmp, content } = fixtureContent('folio-user-error-all-retired-');
  const papers = path.join(content, 'papers');
  const files = fs.readdirSync(papers);
  for (const f of files) {
    const text = fs.readFileSync(path.join(papers, f), 'utf8');
    fs.writeFileSync(path.join(papers, f), text.replace(/^slug: .*\n/m, (line) => `${line}retired: "Withdrawn by its authors."\n`));
  }
  expectUserError(
    await build(tmp, content),
    new RegExp(`${escapeRegExp(papers)}: every one of its ${files.length} paper entries is retired, so the site would have no paper to show or search; put one back on show \\(remove its \`retired\`\\) or ingest a dump`),
  );
}, 300_000);

test('a listing an earlier ingest named like a year keeps its URL; that year’s calendar moves beside it', async () => {
  const { tmp, content } = fixtureContent('folio-year-listing-');
  // Another year of days, and an undated dump saved as `2025.txt`.
  const dumps = path.join(tmp, 'dumps');
  fs.mkdirSync(dumps);
  fs.copyFileSync(path.join(FIXTURE_DUMPS, '2026-03-14-daily.txt'), path.join(dumps, '2025-03-14.txt'));
  // Papers of no other listing: a copy of a day's dump, undated, would be filed under that day.
  fs.writeFileSync(
    path.join(dumps, '2025.txt'),
    'Get trending papers in your email inbox!\n\nSubscribe\n\n' +
      'Tidal Forecasting with Sparse Buoys\n\nWe forecast coastal tides from a few sparse buoys by fitting a small recurrent model to each harbour, and show that twelve buoys predict the water level of a whole bay within four centimetres a day ahead.\n\n' +
      'Counting Birds in Thermal Video\n\nWe count roosting birds in thermal video at night with a detector trained on synthetic heat signatures, halving the counting error of the manual survey on three colonies while needing no labelled frames from the site.\n',
  );
  execFileSync(path.join(repo, 'node_modules/.bin/node'), [path.join(repo, 'scripts/ingest.js'), '--content', content, dumps], { cwd: repo, stdio: 'pipe' });
  const papers = path.join(content, 'papers');
  const named = fs.readdirSync(papers).filter((f) => fs.readFileSync(path.join(papers, f), 'utf8').includes('listing: listing-2025'));
  expect(named.length).toBeGreaterThan(0);
  // What an ingest before the fix published: the listing `2025`.
  for (const f of named) fs.writeFileSync(path.join(papers, f), fs.readFileSync(path.join(papers, f), 'utf8').replaceAll('listing: listing-2025', 'listing: "2025"'));
  const manifest = path.join(content, 'published.json');
  fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('"listing-2025": "listing-2025"', '"2025": "2025"'));

  const run = await build(tmp, content);
  expect(run.output).not.toMatch(/Stack trace|is both the listing/);
  expect(run.code).toBe(0);
  const page = (p: string) => fs.readFileSync(path.join(tmp, 'dist', p, 'index.html'), 'utf8');
  expect(page('listings/2025')).toContain('Saved as 2025.txt');
  expect(page('listings/calendar-2025')).toContain('Listings of 2025');
  expect(page('listings')).toContain('/listings/calendar-2025/');
}, 600_000);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
