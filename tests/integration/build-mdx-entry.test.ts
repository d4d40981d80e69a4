import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { astroBuild as build } from '../support/astro.ts';
import { fixtureContent } from '../support/fixture-content.ts';

test('an entry a user extends with MDX features is compiled by MDX, the rest take the fast path', async () => {
  const { tmp, content } = fixtureContent('folio-mdx-build-');
  const entry = path.join(content, 'papers/foo.mdx');
  await writeFile(entry, `${(await readFile(entry, 'utf8')).trimEnd()}\n\nA note by hand: {2 + 3} and <abbr title="Abbreviation">abbr</abbr>.\n`);

  const log = await build({ FOLIO_CONTENT: content, FOLIO_OUT_DIR: path.join(tmp, 'dist'), FOLIO_CACHE_DIR: path.join(tmp, 'cache') });
  expect(log).toMatch(/1 of \d+ entries use MDX features and are compiled by MDX/);
  const html = await readFile(path.join(tmp, 'dist/papers/foo/index.html'), 'utf8');
  expect(html).toContain('A note by hand: 5 and <abbr title="Abbreviation">abbr</abbr>.');
  const plain = await readFile(path.join(tmp, 'dist/papers/visual-instruction-tuning-on-a-budget/index.html'), 'utf8');
  expect(plain).toContain('A brace expression such as {process.env.HOME} must stay text.');
}, 300_000);

/** The fixture content in a temp folder, with one entry changed by `edit`. */
async function sampleWith(edit: (papers: string) => Promise<void>): Promise<{ tmp: string; content: string }> {
  const { tmp, content } = fixtureContent('folio-bad-build-');
  await edit(path.join(content, 'papers'));
  return { tmp, content };
}

test('the build refuses an entry whose slug differs from its file name, naming the file and the line', async () => {
  let text = '';
  const { tmp, content } = await sampleWith(async (papers) => {
    const file = path.join(papers, 'foo.mdx');
    text = (await readFile(file, 'utf8')).replace('slug: foo\n', 'slug: foo-elsewhere\n');
    await writeFile(file, text);
  });
  const line = text.split('\n').indexOf('slug: foo-elsewhere') + 1;
  await expect(build({ FOLIO_CONTENT: content, FOLIO_OUT_DIR: path.join(tmp, 'dist'), FOLIO_CACHE_DIR: path.join(tmp, 'cache') })).rejects.toThrow(
    // foo is published (the sample's published.json): its URL never moves, so the fix is the slug put back, not the file renamed.
    new RegExp(`papers/foo\\.mdx:${line}: has slug \`foo-elsewhere\`, but /papers/foo/ is published \\(published\\.json records it\\), and a published URL never moves; expected \`slug: foo\` back`),
  );
}, 300_000);

test('the build names the file and place of a body broken by hand', async () => {
  let text = '';
  const { tmp, content } = await sampleWith(async (papers) => {
    const file = path.join(papers, 'foo.mdx');
    text = `${(await readFile(file, 'utf8')).trimEnd()}\n\nCost is {a + } here.\n`;
    await writeFile(file, text);
  });
  // The line of the file, not of the body after the frontmatter.
  const line = text.split('\n').indexOf('Cost is {a + } here.') + 1;
  await expect(build({ FOLIO_CONTENT: content, FOLIO_OUT_DIR: path.join(tmp, 'dist'), FOLIO_CACHE_DIR: path.join(tmp, 'cache') })).rejects.toThrow(
    new RegExp(`papers/foo\\.mdx:${line}: Could not parse expression with acorn \\(column \\d+, in the body after the frontmatter\\)`),
  );
}, 300_000);

test('the build stops on a broken taxonomy with the ingest’s file:line problem', async () => {
  const { tmp, content } = fixtureContent('folio-bad-taxonomy-');
  const taxonomy = path.join(content, 'topics.yaml');
  await writeFile(taxonomy, (await readFile(taxonomy, 'utf8')).replace('  - id: other\n', '  - id: Other Things\n'));
  await expect(build({ FOLIO_CONTENT: content, FOLIO_OUT_DIR: path.join(tmp, 'dist'), FOLIO_CACHE_DIR: path.join(tmp, 'cache') })).rejects.toThrow(
    /topics\.yaml:\d+: topic 1?\d*.*expected a lowercase id/,
  );
}, 300_000);

test('the build stops on a broken published.json, naming it', async () => {
  const { tmp, content } = fixtureContent('folio-bad-manifest-');
  await writeFile(path.join(content, 'published.json'), '{ "papers": { "Not A Slug": { "title": "x", "key": "x" } } }\n');
  await expect(build({ FOLIO_CONTENT: content, FOLIO_OUT_DIR: path.join(tmp, 'dist'), FOLIO_CACHE_DIR: path.join(tmp, 'cache') })).rejects.toThrow(
    /published\.json:1: does not fit the manifest format: papers\.Not A Slug: /,
  );
}, 300_000);
