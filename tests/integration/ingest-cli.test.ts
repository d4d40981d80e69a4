import { chmod, mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { parseEntry } from '../../src/format/entry.ts';
import { paperSchema } from '../../src/format/paper-schema.ts';
import { parseTaxonomy } from '../../src/format/taxonomy.ts';
import { compareStrings } from '../../src/format/compare-strings.ts';
import { ROOT, runIngest, snapshotDir, tempDir } from './run-ingest.ts';
import { hashText } from '../../scripts/lib/ingest-cache.ts';
import { STAGING_DIR } from '../../scripts/lib/content-transaction.ts';

const ROPES = 'Folded Ropes\nRopes fold into knots.\n';
const KNOTS = 'Knots Hold\nKnots hold under load.\n';

async function dumps(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('folio-dumps-');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

/** A paper's listings, as its entry records them. */
const listingsOf = async (content: string, slug: string) => paperSchema.parse(parseEntry(await readFile(path.join(content, `papers/${slug}.mdx`), 'utf8')).data).listings;
/** The listing URLs published.json records. */
const manifestListings = async (content: string) => JSON.parse(await readFile(path.join(content, 'published.json'), 'utf8')).listings;

/** Error output with the temp folder replaced, for stable snapshots. */
function scrub(text: string, ...dirs: string[]): string {
  return dirs.reduce((t, d) => t.split(d).join('<tmp>'), text).trim();
}

describe('npm run ingest', () => {
  test('writes one entry per paper, the manifest and the default taxonomy into a new folder', async () => {
    const input = await dumps({ '2025-03-01.txt': `Mar 1\n${ROPES}${KNOTS}`, 'daily-2025-03-02.txt': ROPES });
    const content = path.join(await tempDir(), 'content');
    const result = await runIngest(['--content', content, input]);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'read 2 files: 2 papers (2 new, 0 updated, 0 unchanged), 3 counting a paper once for each listing it is on, 0 warnings',
      `started a new archive in ${content} (it held no papers): if you meant to add to an existing one, check --content`,
    ]);
    const files = [...(await snapshotDir(content)).keys()].sort();
    expect(files).toEqual(['papers/folded-ropes.mdx', 'papers/knots-hold.mdx', 'published.json', 'topics.yaml']);
    const ropes = parseEntry(await readFile(path.join(content, 'papers/folded-ropes.mdx'), 'utf8'));
    const data = paperSchema.parse(ropes.data);
    expect(data.listings).toEqual([
      { listing: '2025-03-01', source: '2025-03-01.txt', position: 1 },
      { listing: '2025-03-02', source: 'daily-2025-03-02.txt', position: 1 },
    ]);
    expect(JSON.parse(await readFile(path.join(content, 'published.json'), 'utf8')).listings).toEqual({ '2025-03-01': '2025-03-01', '2025-03-02': '2025-03-02' });
    expect(ropes.body.trim()).toBe('Ropes fold into knots.');
  });

  test('says so when published.json or topics.yaml was deleted from a folder that holds papers (neither is a cache), writes them again, and says nothing more on the next run', async () => {
    const input = await dumps({ '2025-03-01.txt': `Mar 1\n${ROPES}`, '2025-03-02.txt': `Mar 2\n${KNOTS}` });
    const content = await tempDir();
    await runIngest(['--content', content, path.join(input, '2025-03-01.txt')]);
    const manifest = path.join(content, 'published.json');
    const taxonomy = path.join(content, 'topics.yaml');
    await rm(manifest);
    await rm(taxonomy);
    const result = await runIngest(['--content', content, path.join(input, '2025-03-02.txt')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `warning: ${manifest}: was missing, though the papers folder holds 1 entry; wrote it again from the entries. It is no cache: it alone records URLs the entries do not (listings moved to their day, topics and papers no longer in the folder), which the build checks are still served; restore it from Git if you can (\`git checkout -- ${manifest}\`), then ingest again\n` +
        `warning: ${taxonomy}: was missing, though the papers folder holds 1 entry; wrote the default taxonomy there. If the archive had its own, restore it from Git (\`git checkout -- ${taxonomy}\`), then ingest again\n`,
    );
    expect(result.stdout).toMatch(/, 2 warnings\b/);
    expect(Object.keys(JSON.parse(await readFile(manifest, 'utf8')).papers)).toEqual(['folded-ropes', 'knots-hold']);
    expect((await runIngest(['--content', content, path.join(input, '2025-03-02.txt')])).stderr).toBe('');
  });

  test('warns, naming published.json and the fix, while a published paper’s entry is gone (deleted by hand) and no dump of the run lists it', async () => {
    const input = await dumps({ '2025-03-01.txt': `Mar 1\n${ROPES}`, '2025-03-02.txt': `Mar 2\n${KNOTS}` });
    const content = await tempDir();
    await runIngest(['--content', content, path.join(input, '2025-03-01.txt'), path.join(input, '2025-03-02.txt')]);
    await rm(path.join(content, 'papers/folded-ropes.mdx'));
    const result = await runIngest(['--content', content, path.join(input, '2025-03-02.txt')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`warning: ${path.join(content, 'published.json')}: \`/papers/folded-ropes/\` was published but no paper has it as its slug or in its aliases; expected its entry, papers/folded-ropes.mdx: restore it from Git`);
    expect(result.stderr).toContain('the site will not build until then');
    // Its dump ingested again writes it again, at its URL, saying that it knows only that dump's listings.
    expect((await runIngest(['--content', content, path.join(input, '2025-03-01.txt')])).stderr).toBe(
      `warning: ${path.join(content, 'papers/folded-ropes.mdx')}: was missing, though published.json records \`/papers/folded-ropes/\`; wrote it again from this run's dumps, with their listings only (2025-03-01): if the paper was on other listings too, restore the entry from Git instead (\`git checkout -- papers/folded-ropes.mdx\`), then ingest these dumps again\n`,
    );
    expect(await readFile(path.join(content, 'papers/folded-ropes.mdx'), 'utf8')).toContain('slug: folded-ropes\n');
  });

  test('says so when it writes again a published paper\'s entry deleted by hand: only the listings of its dumps are known', async () => {
    const input = await dumps({ '2025-03-01.txt': `Mar 1\n${ROPES}`, '2025-03-02.txt': `Mar 2\n${KNOTS}${ROPES}` });
    const content = await tempDir();
    await runIngest(['--content', content, input]);
    await rm(path.join(content, 'papers/folded-ropes.mdx'));
    const result = await runIngest(['--content', content, path.join(input, '2025-03-02.txt')]);
    expect(result.code).toBe(0);
    // Written from the later day alone, the entry no longer lists the paper on Mar 1: that day's page would drop it without a word.
    expect(await listingsOf(content, 'folded-ropes')).toEqual([{ listing: '2025-03-02', source: '2025-03-02.txt', position: 2 }]);
    expect(result.stderr).toContain(
      `warning: ${path.join(content, 'papers/folded-ropes.mdx')}: was missing, though published.json records \`/papers/folded-ropes/\`; wrote it again from this run's dumps, with their listings only (2025-03-02): if the paper was on other listings too, restore the entry from Git instead (\`git checkout -- papers/folded-ropes.mdx\`), then ingest these dumps again`,
    );
    // Counted in the run's summary with the others, not said after it: a run that prints a warning does not report 0.
    expect(result.stdout).toMatch(/, 1 warning\b/);
    // Said once: the next run finds the entry there.
    expect((await runIngest(['--content', content, path.join(input, '2025-03-02.txt')])).stderr).toBe('');
  });

  test('changes no byte on disk when run again on the same input', async () => {
    const input = await dumps({ 'a.txt': ROPES + KNOTS });
    const content = await tempDir();
    await runIngest(['--content', content, input]);
    const before = await snapshotDir(content);
    const again = await runIngest(['--content', content, input]);
    expect(again.stdout).toContain('(0 new, 0 updated, 2 unchanged)');
    expect(await snapshotDir(content)).toEqual(before);
  });

  test('gives the same entries when its cache is deleted', async () => {
    const input = await dumps({ 'a.txt': ROPES + KNOTS });
    const content = await tempDir();
    await runIngest(['--content', content, input]);
    const before = await snapshotDir(content);
    await rm(path.join(ROOT, 'node_modules/.cache/folio', `ingest-${hashText(path.resolve(content))}.json`));
    const again = await runIngest(['--content', content, input]);
    expect(again.stdout).toContain('(0 new, 0 updated, 2 unchanged)');
    expect(await snapshotDir(content)).toEqual(before);
  });

  test('gives the same content folder, byte for byte, and the same report, whether or not its memo is there (a fresh clone, another machine), day after day', async () => {
    // Day 1, then day 2 with a longer abstract for one paper, a shorter one for another, and a paper whose abstract, edited by hand, day 2 repeats (kept, and nothing to say);
    // day 3 retitles the paper over its longer abstract. Days 2 and 3 are ingested twice: what a run changed is not said again.
    // One folder keeps its memo, the other loses it before every run.
    // The abstract the retitle is known by is of a real one's length.
    const knots =
      'Knots hold under load, and we measure how much load they hold. We tie eleven common knots in ropes of four materials and pull each until it slips or breaks, ' +
      'recording the load, the slip and the shape of the knot from two cameras. A simple model of friction at the crossings predicts which knot fails first within ten percent.';
    const day1 = 'Knots Hold\nKnots hold under load.\n\nFolded Ropes\nRopes fold into knots.\n\nTides Turn\nTides turn twice a day, and we measure how far they reach.\n';
    const day2 = `Knots Hold\n${knots}\n\nFolded Ropes\nRopes fold into knots.\n\nTides Turn\nTides turn twice a day.\n`;
    const day3 = `Knots Hold Under Load\n${knots}\n`;
    const [first, second, third] = [await dumps({ '2025-03-01.txt': day1 }), await dumps({ '2025-03-02.txt': day2 }), await dumps({ '2025-03-03.txt': day3 })];
    const withMemo = await tempDir();
    const withoutMemo = await tempDir();
    const memo = path.join(ROOT, 'node_modules/.cache/folio', `ingest-${hashText(path.resolve(withoutMemo))}`);
    const handEdit = async (content: string) => {
      const file = path.join(content, 'papers/folded-ropes.mdx');
      await writeFile(file, (await readFile(file, 'utf8')).replace('Ropes fold into knots.', 'Ropes fold into knots, as the figure shows.'));
    };
    const reports: string[] = [];
    for (const input of [first, second, second, third, third]) {
      await Promise.all([rm(`${memo}.json`, { force: true }), rm(`${memo}.run.json`, { force: true })]);
      const kept = await runIngest(['--content', withMemo, input]);
      const lost = await runIngest(['--content', withoutMemo, input]);
      expect(kept.code, kept.stderr).toBe(0);
      const report = scrub(kept.stderr + kept.stdout, withMemo, input);
      expect(scrub(lost.stderr + lost.stdout, withoutMemo, input)).toBe(report);
      expect(await snapshotDir(withoutMemo)).toEqual(await snapshotDir(withMemo));
      reports.push(report);
      if (input === first) await Promise.all([handEdit(withMemo), handEdit(withoutMemo)]);
    }
    expect(reports.slice(1)).toEqual([
      [
        'warning: <tmp>/2025-03-02.txt:2: gives a different abstract for `Knots Hold` than an earlier ingest did; kept the one here, the longest',
        'warning: <tmp>/2025-03-02.txt:8: gives a different abstract for `Tides Turn` than an earlier ingest did; kept the earlier one, the longest',
        'read 1 file: 3 papers (0 new, 3 updated, 0 unchanged), 2 warnings',
      ].join('\n'),
      [
        'warning: <tmp>/2025-03-02.txt:8: gives a different abstract for `Tides Turn` than an earlier ingest did; kept the earlier one, the longest',
        'read 1 file: 3 papers (0 new, 0 updated, 3 unchanged), 1 warning',
      ].join('\n'),
      [
        'warning: <tmp>/2025-03-03.txt:1: retitles `Knots Hold` (the same abstract) as `Knots Hold Under Load`; updated the title, kept the old one as a former title and the URL /papers/knots-hold/',
        'read 1 file: 1 paper (0 new, 1 updated, 0 unchanged), 1 warning',
      ].join('\n'),
      'read 1 file: 1 paper (0 new, 0 updated, 1 unchanged), 0 warnings',
    ]);
    const entry = async (slug: string) => parseEntry(await readFile(path.join(withoutMemo, `papers/${slug}.mdx`), 'utf8'));
    expect((await entry('folded-ropes')).body.trim()).toBe('Ropes fold into knots, as the figure shows.');
    expect((await entry('tides-turn')).body.trim()).toBe('Tides turn twice a day, and we measure how far they reach.');
    const knotsHold = await entry('knots-hold');
    expect(knotsHold.body.trim()).toBe(knots);
    expect(paperSchema.parse(knotsHold.data)).toMatchObject({ title: 'Knots Hold Under Load', formerTitles: ['Knots Hold'] });
  });

  test("keeps Node's compile cache, as Astro's command does, so a day's ingest does not compile its modules again", async () => {
    const input = await dumps({ 'a.txt': ROPES });
    const tmp = await tempDir();
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
    delete env.NODE_COMPILE_CACHE;
    await runIngest(['--content', path.join(tmp, 'content'), input], ROOT, env);
    // Node keeps it in the temporary folder (os.tmpdir()), one folder per Node version.
    const cached = await readdir(path.join(tmp, 'node-compile-cache'), { recursive: true });
    expect(cached.length).toBeGreaterThan(1);
  });

  test('never removes or renames an entry in a later ingest', async () => {
    const first = await dumps({ 'a.txt': ROPES });
    const second = await dumps({ 'b.txt': KNOTS });
    const content = await tempDir();
    await runIngest(['--content', content, first]);
    const before = await snapshotDir(content);
    await runIngest(['--content', content, second]);
    const after = await snapshotDir(content);
    expect(after.get('papers/folded-ropes.mdx')).toBe(before.get('papers/folded-ropes.mdx'));
    expect(JSON.parse(after.get('published.json')!).papers).toHaveProperty(['folded-ropes']);
  });

  test('keeps a topic written into an entry by hand', async () => {
    const input = await dumps({ 'a.txt': ROPES });
    const content = await tempDir();
    await runIngest(['--content', content, input]);
    const file = path.join(content, 'papers/folded-ropes.mdx');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^topics:\n/m, 'topics:\n  - my-reading-list\n'));
    const again = await runIngest(['--content', content, input]);
    expect(again.code).toBe(0);
    expect(paperSchema.parse(parseEntry(await readFile(file, 'utf8')).data).topics).toContain('my-reading-list');
  });

  test('gives distinct slugs to C++ Models and C# Models, in either order', async () => {
    const slugs = async (text: string) => {
      const content = await tempDir();
      await runIngest(['--content', content, await dumps({ 'a.txt': text })]);
      return [...(await snapshotDir(content)).keys()].filter((k) => k.startsWith('papers/')).sort();
    };
    const forward = await slugs('C++ Models\nOne.\nC# Models\nTwo.\n');
    const backward = await slugs('C# Models\nTwo.\nC++ Models\nOne.\n');
    expect(forward).toHaveLength(2);
    expect(backward).toEqual(forward);
  });
});

describe('npm run ingest with bad input', () => {
  test('says a dump that is a link whose target is missing is such a link, naming the link and its target, given by its path or in a folder', async () => {
    const input = await dumps({ 'good.txt': KNOTS });
    await symlink(path.join(input, 'moved-away.txt'), path.join(input, '2025-03-04.txt'));
    await symlink('gone/2025-03-05.txt', path.join(input, 'given.txt'));
    const content = await tempDir();
    const result = await runIngest(['--content', content, input, path.join(input, 'given.txt')]);
    expect(result.code).toBe(1);
    expect(scrub(result.stderr, input)).toMatchInlineSnapshot(`
      "<tmp>/2025-03-04.txt: it is a link to \`<tmp>/moved-away.txt\`, which does not exist (moved or deleted?); expected a saved Daily Papers listing: mend the link, or give the file itself
      <tmp>/given.txt: it is a link to \`gone/2025-03-05.txt\` (\`<tmp>/gone/2025-03-05.txt\`), which does not exist (moved or deleted?); expected a saved Daily Papers listing: mend the link, or give the file itself
      ingest stopped: 2 problems in the input; nothing was written"
    `);
    expect((await snapshotDir(content)).size).toBe(0);
  });

  test('reports every problem at once, with file and line, and writes nothing', async () => {
    const input = await dumps({
      'dangling.txt': `${ROPES}Lonely Title\n`,
      'orphan.txt': ['Knots Hold', 'Knots hold under load, we find, in eleven of twelve trials.', 'An abstract that lost its title, long enough to read as one. '.repeat(3), 'Folded Ropes', 'Ropes fold into knots, we find, in nine of ten trials.'].join('\n'),
      'good.txt': KNOTS,
    });
    const content = await tempDir();
    const result = await runIngest(['--content', content, input, path.join(input, 'missing.txt')]);
    expect(result.code).toBe(1);
    expect(scrub(result.stderr, input)).toMatchInlineSnapshot(`
      "<tmp>/dangling.txt:3: title \`Lonely Title\` has no abstract: expected an abstract line after it, found the end of the file
      <tmp>/missing.txt: no such file or folder; expected a dump file or a folder of .txt dumps
      <tmp>/orphan.txt:3: expected a title, found \`An abstract that lost its title, long enough to read as one…\` (182 characters), which has no title before it; is a title missing, or is it a further paragraph of the abstract above? (add the title, or join the paragraph to that abstract)
      ingest stopped: 3 problems in the input; nothing was written"
    `);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect((await snapshotDir(content)).size).toBe(0);
  });

  test('stops at a later dump that pairs published titles with each other\'s abstracts, rather than giving their pages the wrong ones', async () => {
    // Invented abstracts of a real one's length.
    const [x, y, z] = [
      'Ropes fold into knots when twisted under steady tension. We film forty ropes of four materials as a motor twists one end while a weight holds the other, ' +
        'and find that the first loop forms at a twist that depends on the stiffness of the rope but not on its length. A rod model with friction predicts that twist to within eight percent, and the knot that forms in nine cases of ten.',
      'Paper cranes fold from squares of washi with thirteen creases. We measure how the stiffness of the finished crane depends on the order of the folds, ' +
        'and find that folding the wings last makes a crane twice as stiff as folding them first. A bar-and-hinge model reproduces the difference and suggests a fold order stiffer still, which we then fold and test.',
      'Braided cords carry more load than twisted ones of equal mass. We pull two hundred cords of six braid patterns to failure and image them under load, ' +
        'and find that braids spread the load over more fibres, so that no strand carries more than a tenth of it. The gain is largest for cords of few strands and vanishes beyond twenty, where friction between strands dominates.',
    ];
    const content = await tempDir();
    expect((await runIngest(['--content', content, await dumps({ '2025-03-14.txt': `Folded Ropes\n${x}\nPaper Cranes\n${y}\nBraided Cords\n${z}\n` })])).code).toBe(0);
    const before = await snapshotDir(content);
    const shifted = await dumps({ '2025-03-15.txt': `Folded Ropes\n${y}\nPaper Cranes\n${z}\nBraided Cords\n${x} Now longer.\n` });
    const result = await runIngest(['--content', content, shifted]);
    expect(result.code).toBe(1);
    expect(scrub(result.stderr, shifted).split('\n').map((line) => line.split(';')[0])).toEqual([
      '<tmp>/2025-03-15.txt:1: `Folded Ropes` is the published paper `folded-ropes`, but has the abstract of the published paper `paper-cranes`',
      '<tmp>/2025-03-15.txt:3: `Paper Cranes` is the published paper `paper-cranes`, but has the abstract of the published paper `braided-cords`',
      'ingest stopped: 2 problems in the input',
    ]);
    expect(await snapshotDir(content)).toEqual(before);

    // The way out the message gives, when the two are one paper: one entry, the other slug its alias.
    await rm(path.join(content, 'papers/paper-cranes.mdx'));
    const ropes = path.join(content, 'papers/folded-ropes.mdx');
    await writeFile(ropes, (await readFile(ropes, 'utf8')).replace('slug: folded-ropes\n', 'slug: folded-ropes\naliases:\n  - paper-cranes\n'));
    const merged = await runIngest(['--content', content, await dumps({ '2025-03-16.txt': `Folded Ropes\n${y}\n` })]);
    expect(merged.code).toBe(0);
    expect((await listingsOf(content, 'folded-ropes')).map((a) => a.listing)).toEqual(['2025-03-14', '2025-03-16']);
  });

  test('refuses a page saved as HTML, given or in a folder, naming it, and writes nothing', async () => {
    const input = await dumps({
      '2025-03-13.txt': KNOTS,
      '2025-03-14.html': '<!doctype html><html><body><main><h1>Daily Papers</h1><p>Mar 14</p><div class="card"><h3><a href="/p">Knots Hold</a></h3><div>87</div><p>We study knots.</p></div></main></body></html>',
    });
    const content = await tempDir();
    const result = await runIngest(['--content', content, input]);
    expect(result.code).toBe(1);
    expect(scrub(result.stderr, input)).toMatch(/^<tmp>\/2025-03-14\.html:1: it is a web page saved as HTML, which Folio does not read .*paste it into a \.txt file/);
    expect(result.stderr).toContain('nothing was written');
    expect((await snapshotDir(content)).size).toBe(0);
  });

  test('refuses a Markdown copy of the page given by name, and names the Markdown files of a folder it does not read', async () => {
    const markdown = '# Daily Papers\n\n## Knots Hold\n\nWe study knots.\n\n## Folded Ropes\n\nRopes fold into knots.\n';
    const input = await dumps({ '2025-03-13.txt': KNOTS, '2025-03-14.md': markdown, 'README.md': '# Dumps\n\nSaved pages.\n' });
    const content = await tempDir();
    const refused = await runIngest(['--content', content, path.join(input, '2025-03-14.md')]);
    expect(refused.code).toBe(1);
    expect(scrub(refused.stderr, input)).toMatch(/^<tmp>\/2025-03-14\.md:3: it is a Markdown copy of the page \(`## Knots Hold` at line 3 is a heading; 2 lines of Markdown in all\), which Folio does not read: .*paste it into a \.txt file/);
    expect((await snapshotDir(content)).size).toBe(0);

    const folder = await runIngest(['--content', content, input]);
    expect(folder.code).toBe(0);
    expect(scrub(folder.stderr, input)).toBe('warning: <tmp>: did not read 2 Markdown files (`2025-03-14.md`, `README.md`): a folder\'s dumps are its .txt files; if one is a saved listing, save the page as text (a .txt file) and ingest that');
    expect(folder.stdout.split('\n')[0]).toBe('read 1 file: 1 paper (1 new, 0 updated, 0 unchanged), 0 warnings');
  });

  test('names the other files and the folders of a folder it does not read: a dump saved without .txt, or a day’s dumps one folder down', async () => {
    const input = await dumps({ '2025-03-13.txt': KNOTS, '2025-03-14': ROPES, '2025-03-15.text': ROPES, 'march/2025-03-16.txt': ROPES });
    const content = await tempDir();
    const folder = await runIngest(['--content', content, input]);
    expect(folder.code).toBe(0);
    expect(scrub(folder.stderr, input)).toBe(
      "warning: <tmp>: did not read 2 other files (`2025-03-14`, `2025-03-15.text`) and 1 folder (`march`): a folder's dumps are its .txt files, not those of the folders in it; rename a saved listing to end in .txt, and give a folder of dumps by its own path",
    );
    expect(folder.stdout.split('\n')[0]).toBe('read 1 file: 1 paper (1 new, 0 updated, 0 unchanged), 0 warnings');
  });

  test('refuses a compressed dump in a folder (`.txt.gz`, `.gz`, or no telling name) as it does one named directly, naming its format and the command, rather than warning that it is not a .txt file', async () => {
    const input = await dumps({ '2025-03-13.txt': KNOTS });
    await writeFile(path.join(input, '2025-03-14.txt.gz'), gzipSync(ROPES));
    await writeFile(path.join(input, '2025-03-15.gz'), gzipSync(ROPES));
    await writeFile(path.join(input, '2025-03-16'), gzipSync(ROPES));
    const content = await tempDir();
    const said: string[] = [];
    for (const name of ['2025-03-14.txt.gz', '2025-03-15.gz', '2025-03-16']) said.push(scrub((await runIngest(['--content', content, path.join(input, name)])).stderr, input).split('\n')[0]!);
    expect(said[0]).toBe('<tmp>/2025-03-14.txt.gz: it is compressed with gzip (it starts with the bytes 1F 8B), not text; expected a saved Daily Papers listing, as text: decompress it (`gunzip <tmp>/2025-03-14.txt.gz`) and give the file that leaves (`<tmp>/2025-03-14.txt`)');
    const folder = await runIngest(['--content', content, input]);
    expect(folder.code).toBe(1);
    const lines = scrub(folder.stderr, input).split('\n');
    expect(lines).not.toContainEqual(expect.stringContaining('did not read'));
    for (const line of said) expect(lines).toContain(line);
    expect((await snapshotDir(content)).size).toBe(0);
  });

  test('reads a dump saved as UTF-32 without a byte-order mark, saying so in a warning naming the file', async () => {
    const input = await tempDir('folio-dumps-');
    const file = path.join(input, '2025-03-14.txt');
    await writeFile(file, new Uint8Array([...ROPES].flatMap((c) => [c.codePointAt(0)!, 0, 0, 0])));
    const content = await tempDir();
    const result = await runIngest(['--content', content, file]);
    expect(result.code).toBe(0);
    expect(scrub(result.stdout + result.stderr, input)).toContain('<tmp>/2025-03-14.txt: read as UTF-32LE without a byte-order mark (four bytes a character, most of them NUL); check that it reads as written, or save it again as UTF-8');
    expect(result.stdout.split('\n')[0]).toBe('read 1 file: 1 paper (1 new, 0 updated, 0 unchanged), 1 warning');
  });

  test('says when it starts a new archive, so a mistyped --content on a later day shows, and only then', async () => {
    const content = path.join(await tempDir(), 'content');
    const first = await runIngest(['--content', content, await dumps({ '2025-03-01.txt': ROPES })]);
    expect(first.stdout).toContain(`started a new archive in ${content}`);
    const later = await runIngest(['--content', content, await dumps({ '2025-03-02.txt': KNOTS })]);
    expect(later.code).toBe(0);
    expect(later.stdout).not.toContain('new archive');
    // A first day whose dump held no papers writes the manifest but no paper: the next day is still the archive's start.
    const headerFirst = path.join(await tempDir(), 'content');
    expect((await runIngest(['--content', headerFirst, await dumps({ '2025-03-01.txt': 'Subscribe\n\nMar 1\n' })])).stdout).not.toContain('new archive');
    expect((await runIngest(['--content', headerFirst, await dumps({ '2025-03-02.txt': KNOTS })])).stdout).toContain(`started a new archive in ${headerFirst}`);
    const elsewhere = path.join(await tempDir(), 'contnet');
    expect((await runIngest(['--content', elsewhere, await dumps({ '2025-03-03.txt': 'Tides Turn\nTides turn twice a day.\n' })])).stdout).toContain(`started a new archive in ${elsewhere}`);
  });

  test('names a file whose name holds a line break or another control character on one line, escaped, in every message', async () => {
    const input = await dumps({ 'a\nb.txt': '', 'c\u0007d.txt': ROPES, '2025-03-04.txt': 'FOLDED ROPES\nRopes fold into loops.\n' });
    const content = await tempDir();
    const result = await runIngest(['--content', content, input]);
    expect(result.code).toBe(0);
    const lines = scrub(result.stderr, input).split('\n');
    expect(lines.every((line) => line.startsWith('warning: '))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^warning: "<tmp>\/a\\nb\.txt": holds no papers/));
    expect(lines).toContainEqual(expect.stringMatching(/^warning: "<tmp>\/c\\u0007d\.txt": the dump has no date/));
    expect(lines).toContainEqual(expect.stringContaining('("<tmp>/c\\u0007d.txt":1)'));
  });

  test('warns about a dump with no papers in it and ingests the others', async () => {
    const input = await dumps({ '2025-03-02.txt': '', '2025-03-03.txt': 'new\n\nSubscribe\n\nMar 3\n', '2025-03-04.txt': KNOTS });
    const content = await tempDir();
    const result = await runIngest(['--content', content, input]);
    expect(result.code).toBe(0);
    expect(scrub(result.stderr, input)).toMatchInlineSnapshot(`
      "warning: <tmp>/2025-03-02.txt: holds no papers: expected title and abstract lines after the page header, the file is empty
      warning: <tmp>/2025-03-03.txt: holds no papers: expected title and abstract lines after the page header, found only the page header"
    `);
    expect(result.stdout.trim().split('\n')[0]).toBe('read 3 files: 1 paper (1 new, 0 updated, 0 unchanged), 2 warnings');
    // A listing with no papers has no page, so its URL is never published (the build would then fail on it).
    expect(JSON.parse(await readFile(path.join(content, 'published.json'), 'utf8')).listings).toEqual({ '2025-03-04': '2025-03-04' });
    const again = await runIngest(['--content', content, await dumps({ 'saved.txt': 'new\n\nSubscribe\n\nMar 5\n' })]);
    expect(again.code).toBe(0);
    expect(JSON.parse(await readFile(path.join(content, 'published.json'), 'utf8')).listings).toEqual({ '2025-03-04': '2025-03-04' });
  });

  test('reads entries saved with CRLF line ends (a Windows checkout) as the same entries, and keeps taking longer abstracts for them', async () => {
    const content = await tempDir();
    expect((await runIngest(['--content', content, await dumps({ '2025-03-04.txt': KNOTS })])).code).toBe(0);
    const file = path.join(content, 'papers', 'knots-hold.mdx');
    const crlf = (await readFile(file, 'utf8')).replace(/\n/g, '\r\n');
    await writeFile(file, crlf);
    const again = await runIngest(['--content', content, await dumps({ '2025-03-04.txt': KNOTS })]);
    expect(again.stderr).toBe('');
    expect(again.stdout.trim().split('\n')[0]).toBe('read 1 file: 1 paper (0 new, 0 updated, 1 unchanged), 0 warnings');
    expect(await readFile(file, 'utf8')).toBe(crlf);
    const longer = await runIngest(['--content', content, await dumps({ '2025-03-05.txt': 'Knots Hold\nKnots hold under load, and we measure how much load they hold.\n' })]);
    expect(longer.stderr).toContain('gives a different abstract for `Knots Hold` than an earlier ingest did; kept the one here, the longest');
    expect(parseEntry(await readFile(file, 'utf8')).body).toContain('we measure how much load');
  });

  test('leaves hidden files in a folder alone: editor locks, macOS resource files, hidden copies', async () => {
    const input = await dumps({ '2025-03-04.txt': KNOTS, '._2025-03-04.txt': 'Mac OS X\0\0\0ATTR\0\0', '.2025-03-05.txt': ROPES });
    await symlink('nobody@host.1234', path.join(input, '.#2025-03-04.txt'));
    const content = await tempDir();
    const result = await runIngest(['--content', content, input]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')[0]).toBe('read 1 file: 1 paper (1 new, 0 updated, 0 unchanged), 0 warnings');
  });

  test('reports an unreadable file and a folder with no dumps', async () => {
    const input = await dumps({ 'locked.txt': ROPES });
    await chmod(path.join(input, 'locked.txt'), 0o000);
    const emptyFolder = await tempDir();
    const content = await tempDir();
    const result = await runIngest(['--content', content, path.join(input, 'locked.txt'), emptyFolder]);
    expect(result.code).toBe(1);
    // root can read anything, so the unreadable case only shows when not root
    if (process.getuid?.() !== 0) expect(result.stderr).toContain('locked.txt: it could not be read (EACCES)');
    expect(scrub(result.stderr, emptyFolder)).toContain('<tmp>: the folder holds no .txt files; expected saved Daily Papers listings');
  });

  test('reads a dump saved as UTF-16 with a byte-order mark', async () => {
    const input = await tempDir();
    await writeFile(path.join(input, 'notepad.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Na\u00efve Ropes\r\nRopes fold into knots.\r\n', 'utf16le')]));
    const content = await tempDir();
    const result = await runIngest(['--content', content, input]);
    expect(result.stdout).toContain('1 paper (1 new');
    const [entry] = [...(await snapshotDir(path.join(content, 'papers'))).values()];
    expect(paperSchema.parse(parseEntry(entry!).data).title).toBe('Na\u00efve Ropes');
  });

  test('reports a file that is not UTF-8 text, naming the line of the first bad byte', async () => {
    const input = await tempDir();
    await writeFile(path.join(input, 'latin1.txt'), Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xe9, 0xe9, 0x0a]));
    const result = await runIngest(['--content', await tempDir(), input]);
    expect(scrub(result.stderr, input)).toContain('<tmp>/latin1.txt:2: it is not UTF-8 text: it holds the byte 0xE9 (`é` in Windows-1252), of a legacy encoding such as Windows-1252; expected UTF-8: convert it (`iconv -f WINDOWS-1252 -t UTF-8 <tmp>/latin1.txt > <tmp>/latin1.utf8.txt`), check it and give that file, or save the page again as UTF-8');
  });

  test('after a run killed while it staged its writes, says the archive is as the last complete ingest left it', async () => {
    const input = await dumps({ 'a.txt': ROPES });
    const content = await tempDir();
    await runIngest(['--content', content, input]);
    await mkdir(path.join(content, STAGING_DIR, 'new', 'papers'), { recursive: true });
    await writeFile(path.join(content, STAGING_DIR, 'new', 'papers', 'half-staged.mdx'), '---\ntitle: Half Staged\n---\n\nBody.\n');
    const result = await runIngest(['--content', content, input]);
    expect(result.code, result.stderr).toBe(0);
    expect(scrub(result.stderr, content)).toContain(
      "note: an earlier ingest of <tmp> stopped while writing; the archive is as its last complete ingest left it (that run's staging folder is removed): ingest that run's dumps again if they are not among these",
    );
    expect(result.stderr).not.toContain('0 files');
  });

  test('refuses to overwrite an entry whose frontmatter was broken by hand', async () => {
    const input = await dumps({ 'a.txt': ROPES });
    const content = await tempDir();
    await runIngest(['--content', content, input]);
    await mkdir(path.join(content, 'papers'), { recursive: true });
    await writeFile(path.join(content, 'papers/folded-ropes.mdx'), '---\ntitle: [unclosed\n---\n\nBody.\n');
    const result = await runIngest(['--content', content, input]);
    expect(result.code).toBe(1);
    expect(scrub(result.stderr, content)).toMatch(/^<tmp>\/papers\/folded-ropes\.mdx:3: its frontmatter is not valid YAML \(unexpected end of the stream within a flow collection\)/);
  });

  test('refuses an entry whose body a hand edit left unreadable as MDX, naming the file and line, and writes nothing', async () => {
    const input = await dumps({ 'a.txt': ROPES });
    const content = await tempDir();
    await runIngest(['--content', content, input]);
    const file = path.join(content, 'papers/folded-ropes.mdx');
    // A brace typed into the abstract, as a reader fixing it might.
    const text = `${(await readFile(file, 'utf8')).trimEnd()}\n\nThe knots form {a + } sets.\n`;
    await writeFile(file, text);
    const before = await snapshotDir(content);
    const result = await runIngest(['--content', content, input]);
    expect(result.code).toBe(1);
    const line = text.split('\n').indexOf('The knots form {a + } sets.') + 1;
    expect(scrub(result.stderr, content).split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^<tmp>/papers/folded-ropes\\.mdx:${line}: Could not parse expression with acorn \\(column \\d+, in the body after the frontmatter\\); expected the abstract as MDX`)),
      'ingest stopped: 1 problem in the input; nothing was written',
    ]);
    expect(await snapshotDir(content)).toEqual(before);
  });

  test('refuses an entry whose frontmatter a hand edit left outside the paper schema, naming the line of the field', async () => {
    const input = await dumps({ 'a.txt': ROPES });
    const content = await tempDir();
    await runIngest(['--content', content, input]);
    const file = path.join(content, 'papers/folded-ropes.mdx');
    const text = (await readFile(file, 'utf8')).replace(/position: 1$/m, 'position: first');
    await writeFile(file, text);
    const result = await runIngest(['--content', content, input]);
    expect(result.code).toBe(1);
    const line = text.split('\n').indexOf('    position: first') + 1;
    expect(scrub(result.stderr, content)).toContain(`<tmp>/papers/folded-ropes.mdx:${line}: does not fit the paper schema: listings.0.position: Invalid input: expected number, received string`);
  });

  test('refuses an entry that holds a Git conflict marker left behind when the rest was resolved by hand, naming its line', async () => {
    const input = await dumps({ 'a.txt': ROPES });
    const content = await tempDir();
    await runIngest(['--content', content, input]);
    const file = path.join(content, 'papers/folded-ropes.mdx');
    // Markdown reads it as a quotation nested seven deep: published, it would show `theirs` under the abstract.
    const text = `${(await readFile(file, 'utf8')).trimEnd()}\n>>>>>>> theirs\n`;
    await writeFile(file, text);
    const before = await snapshotDir(content);
    const result = await runIngest(['--content', content, input]);
    expect(result.code).toBe(1);
    expect(scrub(result.stderr, content)).toContain(`<tmp>/papers/folded-ropes.mdx:${text.split('\n').indexOf('>>>>>>> theirs') + 1}: holds \`>>>>>>> theirs\`, a line of a Git merge conflict`);
    expect(await snapshotDir(content)).toEqual(before);
  });

  test('explains its usage when given no paths', async () => {
    const result = await runIngest([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatchInlineSnapshot(`
      "ingest: expected at least one dump file or folder
      usage: npm run ingest -- [--content DIR] [--date YYYY-MM-DD] [--wait SECONDS] PATH...
        PATH     a dump file, or a folder of .txt dumps
        DIR      the content folder to write (default: ./content)
        --date   the day of every dump given (default: the date in each file name, such as 2025-03-14.txt, or in the dump)
        SECONDS  how long to wait for another ingest of DIR to finish (default: 60)
      "
    `);
  });
});

describe('npm run ingest with days', () => {

  test('dates every dump of the run with --date, and checks their date lines against it', async () => {
    const input = await dumps({ 'x.txt': `Mar 14\n${ROPES}`, 'y.txt': KNOTS });
    const content = await tempDir();
    const result = await runIngest(['--content', content, '--date', '2025-03-14', input]);
    expect(result.stderr).toBe('');
    expect(await listingsOf(content, 'folded-ropes')).toEqual([{ listing: '2025-03-14', source: 'x.txt', position: 1 }]);
    expect(await listingsOf(content, 'knots-hold')).toEqual([{ listing: '2025-03-14', source: 'y.txt', position: 2 }]);
  });

  test('refuses a date line that disagrees with the day given, naming the file and line, and writes nothing', async () => {
    const input = await dumps({ '2025-03-15.txt': `new\nSubscribe\nMar 14\n${ROPES}` });
    const content = await tempDir();
    const result = await runIngest(['--content', content, input]);
    expect(result.code).toBe(1);
    expect(scrub(result.stderr, input)).toMatchInlineSnapshot(`
      "<tmp>/2025-03-15.txt:3: the listing is dated \`Mar 14\`, but its file name gives 15 March 2025; expected the same day: if the page is the listing of 14 March 2025 (a page saved after midnight shows the day before), rename the file \`2025-03-14.txt\`; else correct the date or use another file
      ingest stopped: 1 problem in the input; nothing was written"
    `);
    expect((await snapshotDir(content)).size).toBe(0);
  });

  test('refuses a --date that is not a day', async () => {
    const result = await runIngest(['--date', '14/03/2025', 'x.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ingest: --date expects a day written YYYY-MM-DD, such as 2025-03-14; got `14/03/2025`');
  });

  test('refuses a --date written without its zeros, naming the day it means (as a file name so written gives it)', async () => {
    const result = await runIngest(['--date', '2025-3-4', 'x.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ingest: --date expects a day written YYYY-MM-DD, such as 2025-03-14; got `2025-3-4`: write 2025-03-04');
  });

  test('refuses a --date written YYYY-MM-DD that no calendar has, saying so', async () => {
    const result = await runIngest(['--date', '2025-02-29', 'x.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ingest: --date 2025-02-29 is not a day of the calendar; expected a day written YYYY-MM-DD, such as 2025-03-14');
  });

  test('reads a dump given twice under two spellings of its path once, and a manifest saved with a byte-order mark', async () => {
    const input = await dumps({ '2025-03-04.txt': KNOTS });
    const content = await tempDir();
    expect((await runIngest(['--content', content, input])).code).toBe(0);
    const manifest = path.join(content, 'published.json');
    await writeFile(manifest, `\uFEFF${await readFile(manifest, 'utf8')}`);
    const result = await runIngest(['--content', content, path.join(input, '2025-03-04.txt'), `${input}/./2025-03-04.txt`]);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')[0]).toBe('read 1 file: 1 paper (0 new, 0 updated, 1 unchanged), 0 warnings');
  });

  test('reads a file name in either Unicode form (macOS decomposes accents) as one dump, also in entries an earlier version wrote', async () => {
    const [nfd, nfc] = ['Café-2025-03-14.txt'.normalize('NFD'), 'Café-2025-03-14.txt'.normalize('NFC')] as const;
    const content = await tempDir();
    const first = await runIngest(['--content', content, await dumps({ [nfd]: KNOTS })]);
    expect(first.code).toBe(0);
    const written = await snapshotDir(content);
    expect(await listingsOf(content, 'knots-hold')).toEqual([{ listing: '2025-03-14', source: nfc, position: 1 }]);
    const again = await runIngest(['--content', content, await dumps({ [nfc]: KNOTS })]);
    expect(again.stdout.trim().split('\n')[0]).toBe('read 1 file: 1 paper (0 new, 0 updated, 1 unchanged), 0 warnings');
    expect(await snapshotDir(content)).toEqual(written);

    // Entries written with the decomposed name, as earlier versions kept it: the dump is the same one, its appearance replaced, not doubled.
    const undated = ['Café.txt'.normalize('NFD'), 'Café.txt'.normalize('NFC')] as const;
    expect((await runIngest(['--content', content, await dumps({ [undated[0]]: ROPES })])).code).toBe(0);
    for (const slug of ['knots-hold', 'folded-ropes']) {
      const entry = path.join(content, `papers/${slug}.mdx`);
      await writeFile(entry, (await readFile(entry, 'utf8')).replace(nfc, nfd).replace(undated[1], undated[0]));
    }
    const migrated = await runIngest(['--content', content, await dumps({ [nfc]: KNOTS }), await dumps({ [undated[1]]: ROPES })]);
    expect(migrated.code).toBe(0);
    expect(await listingsOf(content, 'knots-hold')).toEqual([{ listing: '2025-03-14', source: nfc, position: 1 }]);
    expect(await listingsOf(content, 'folded-ropes')).toEqual([{ listing: 'cafe', source: undated[1], position: 1 }]);
  });

  test('a --date left out, so that it takes the dump path, is named as such', async () => {
    const result = await runIngest(['--date', 'dumps/2025-03-14.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ingest: --date expects a day written YYYY-MM-DD, such as 2025-03-14; got `dumps/2025-03-14.txt`');
  });

  test('names an undated dump after its file, and says how to give the date', async () => {
    const input = await dumps({ '000_ab12.txt': `Mar 14\n${ROPES}` });
    const content = await tempDir();
    const result = await runIngest(['--content', content, input]);
    expect(result.code).toBe(0);
    expect(scrub(result.stderr, input)).toBe(
      'warning: <tmp>/000_ab12.txt:1: the listing is dated `Mar 14` without a year, so it is named after its file (`000-ab12`); give its day by ingesting it again with `--date YYYY-03-14`, or renamed (or copied) to `YYYY-03-14.txt`: either way its listing moves to that day and its URL redirects there, each paper listed once; name later dumps by their day',
    );
    expect(await listingsOf(content, 'folded-ropes')).toEqual([{ listing: '000-ab12', source: '000_ab12.txt', date: 'Mar 14', position: 1 }]);
  });

  test('makes a later dump of a day part of that day, after the papers already there', async () => {
    const content = await tempDir();
    await runIngest(['--content', content, await dumps({ 'morning-2025-03-14.txt': ROPES })]);
    await runIngest(['--content', content, await dumps({ 'evening-2025-03-14.txt': KNOTS + ROPES })]);
    expect(await listingsOf(content, 'folded-ropes')).toEqual([{ listing: '2025-03-14', source: 'morning-2025-03-14.txt', position: 1 }]);
    expect(await listingsOf(content, 'knots-hold')).toEqual([{ listing: '2025-03-14', source: 'evening-2025-03-14.txt', position: 2 }]);
  });

  test('moves a file-named listing to its day once the dump is dated, keeping its URL as a redirect, and remembers the day', async () => {
    const input = await dumps({ '000_ab12.txt': `Mar 14\n${ROPES}` });
    const content = await tempDir();
    await runIngest(['--content', content, input]);
    expect(await manifestListings(content)).toEqual({ '000-ab12': '000-ab12' });
    const dated = await runIngest(['--content', content, '--date', '2025-03-14', input]);
    expect(dated.stderr).toBe('');
    expect(await listingsOf(content, 'folded-ropes')).toEqual([{ listing: '2025-03-14', source: '000_ab12.txt', position: 1 }]);
    expect(await manifestListings(content)).toEqual({ '000-ab12': '2025-03-14', '2025-03-14': '2025-03-14' });
    const before = await snapshotDir(content);
    // Run again on the same folder without --date: the day is remembered, nothing moves.
    const again = await runIngest(['--content', content, input]);
    expect(again.stderr).toBe('');
    expect(await snapshotDir(content)).toEqual(before);
  });
});

describe('npm run ingest and topic URLs', () => {
  /** The topic ids published.json records. */
  const manifestTopics = async (content: string) => JSON.parse(await readFile(path.join(content, 'published.json'), 'utf8')).topics;
  /** Every id and alias of the content folder's topics.yaml, sorted. */
  const taxonomyIds = async (content: string) =>
    parseTaxonomy(await readFile(path.join(content, 'topics.yaml'), 'utf8'), 'topics.yaml')
      .topics.flatMap((t) => [t.id, ...(t.aliases ?? [])])
      .sort(compareStrings);

  test('records every topic of topics.yaml, with papers or none (each has a page), and every alias; a topic gone from topics.yaml since stays recorded', async () => {
    const input = await dumps({ '2025-03-01.txt': ROPES });
    const content = path.join(await tempDir(), 'content');
    expect((await runIngest(['--content', content, input])).code).toBe(0);
    const first = await manifestTopics(content);
    expect(first).toEqual(await taxonomyIds(content));
    expect(first).toEqual(expect.arrayContaining(['code', 'language-models', 'other', 'science-medicine']));

    // One topic renamed as the README says (its old id kept as an alias, plus another), one renamed without.
    const taxonomy = path.join(content, 'topics.yaml');
    const text = await readFile(taxonomy, 'utf8');
    await writeFile(taxonomy, text.replace('  - id: language-models\n', '  - id: large-language-models\n    aliases: [language-models, llms]\n').replace('  - id: code\n', '  - id: source-code\n'));
    const again = await runIngest(['--content', content, input]);
    expect(again.code, again.stderr).toBe(0);
    expect(await manifestTopics(content)).toEqual([...first, 'large-language-models', 'llms', 'source-code'].sort(compareStrings));
  });
  test('warns when published.json records a topic topics.yaml no longer has (the default taxonomy replaced by the user’s own), giving both fixes, and keeps it recorded until the user takes it out', async () => {
    const input = await dumps({ '2025-03-01.txt': ROPES });
    const content = path.join(await tempDir(), 'content');
    expect((await runIngest(['--content', content, input])).code).toBe(0);
    const defaults = await manifestTopics(content);
    // The natural first step: ingest, look, then replace the default taxonomy with one's own, before anything was deployed.
    await writeFile(path.join(content, 'topics.yaml'), 'topics:\n  - id: ropes\n    name: Ropes\n    description: Knots.\n    terms: [rope]\n  - id: other\n    name: Other\n    description: The rest.\n');
    const replaced = await runIngest(['--content', content, input]);
    expect(replaced.code, replaced.stderr).toBe(0);
    const gone = defaults.filter((id: string) => id !== 'other');
    expect(replaced.stderr).toContain(
      `warning: ${path.join(content, 'published.json')}: \`topics\` records ${gone.map((id: string) => `\`${id}\``).join(', ')}, which no topic in topics.yaml has as its id or in its aliases. For each: if a deployed site served /topics/<id>/, add it to the \`aliases\` of the topic that replaced it in topics.yaml (its URLs then redirect there); if none ever did (the default taxonomy replaced before the first deploy, a typo fixed before it), remove it from \`topics\` in published.json; the site will not build until then\n`,
    );
    // Still recorded: only the user knows whether those URLs were ever served.
    expect(await manifestTopics(content)).toEqual([...defaults, 'ropes'].sort(compareStrings));

    // Following the warning: never deployed, so out of published.json; the ingest keeps them out and says no more.
    const file = path.join(content, 'published.json');
    const manifest = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...manifest, topics: manifest.topics.filter((id: string) => !gone.includes(id)) }, null, 2));
    const fixed = await runIngest(['--content', content, input]);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stderr).not.toContain('`topics` records');
    expect(await manifestTopics(content)).toEqual(['other', 'ropes']);
  });
});

describe('npm run ingest on a large content folder', () => {
  test('reads the entries already there a few at a time, never all files at once', async () => {
    const many = Array.from({ length: 300 }, (_, i) => `Paper Number ${i} About Knots\nAbstract ${i} about knots and ropes.\n`).join('');
    const content = await tempDir();
    await runIngest(['--content', content, await dumps({ '2025-03-14.txt': many })]);
    // 300 entries with room for 150 open files: reading them all at once fails with EMFILE (at 30,000 entries, it did).
    const input = await dumps({ '2025-03-15.txt': KNOTS });
    const node = path.join(ROOT, 'node_modules/.bin/node');
    const { execFile } = await import('node:child_process');
    const result = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile('bash', ['-c', `ulimit -n 150 && exec "${node}" scripts/ingest.js --content "${content}" "${input}"`], { cwd: ROOT }, (error, _stdout, stderr) => resolve({ code: error ? 1 : 0, stderr })),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('npm run ingest with a broken taxonomy', () => {
  test('names the taxonomy file and line and writes nothing', async () => {
    const input = await dumps({ 'a.txt': ROPES });
    const content = await tempDir();
    await writeFile(path.join(content, 'topics.yaml'), 'topics:\n  - id: ropes\n    name: Ropes\n    description: Knots.\n    terms: ["/knot(/"]\n  - id: other\n    name: Other\n    description: The rest.\n');
    const result = await runIngest(['--content', content, input]);
    expect(result.code).toBe(1);
    expect(scrub(result.stderr, content)).toMatchInlineSnapshot(`
      "<tmp>/topics.yaml:5: topic \`ropes\`: term \`/knot(/\` is not a valid regular expression (Unterminated group)
      ingest stopped: 1 problem in the input; nothing was written"
    `);
    expect([...(await snapshotDir(content)).keys()]).toEqual(['topics.yaml']);
  });
});

describe('npm run ingest with a manifest edited after the last run', () => {
  test('checks it against the schema again, though the last run checked the manifest it left', async () => {
    const content = await tempDir();
    await runIngest(['--content', content, await dumps({ '2025-03-14.txt': ROPES })]);
    const file = path.join(content, 'published.json');
    const manifest = JSON.parse(await readFile(file, 'utf8'));
    manifest.papers['folded-ropes'].body = 'not a written body';
    await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
    const result = await runIngest(['--content', content, await dumps({ '2025-03-15.txt': KNOTS })]);
    expect(result.code).toBe(1);
    const line = (await readFile(file, 'utf8')).split('\n').findIndex((l) => l.includes('"not a written body"')) + 1;
    expect(scrub(result.stderr, content)).toContain(`<tmp>/published.json:${line}: does not fit the manifest format: papers.folded-ropes.body:`);
    expect(result.stderr).toContain('ingest stopped: 1 problem in the input; nothing was written');
  });

  test('names the line where a hand edit left it invalid JSON', async () => {
    const content = await tempDir();
    await runIngest(['--content', content, await dumps({ '2025-03-14.txt': ROPES })]);
    const file = path.join(content, 'published.json');
    // A comma left after the last listing, as a hand edit leaves one.
    const text = (await readFile(file, 'utf8')).replace(/("2025-03-14": "2025-03-14")\n/, '$1,\n');
    await writeFile(file, text);
    const result = await runIngest(['--content', content, await dumps({ '2025-03-15.txt': KNOTS })]);
    expect(result.code).toBe(1);
    const line = text.split('\n').findIndex((l) => l.endsWith('"2025-03-14",')) + 2;
    expect(scrub(result.stderr, content)).toMatch(new RegExp(`^<tmp>/published\\.json:${line}: is not valid JSON \\(`));
  });
});

describe('npm run ingest with a content folder it cannot use', () => {
  test('says where, without a stack trace, when --content is a file', async () => {
    const input = await dumps({ 'a.txt': ROPES });
    const file = path.join(await tempDir(), 'not-a-folder');
    await writeFile(file, 'x');
    const result = await runIngest(['--content', file, input]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toContain('a file is in the way where a folder is expected');
  });
});

describe('npm run ingest run again on unchanged input', () => {
  test('repeats its warnings and reports every entry unchanged, from the very next run on', async () => {
    const input = await dumps({ '2025-03-01.txt': 'Knots Hold\nSee \\knuth for knots.\n' });
    const content = await tempDir();
    const first = await runIngest(['--content', content, input]);
    const runFile = path.join(ROOT, 'node_modules/.cache/folio', `ingest-${hashText(path.resolve(content))}.run.json`);
    const written = (await stat(runFile)).mtimeMs;
    // Both memos are text files, each ending with a newline.
    for (const memo of [runFile, runFile.replace(/\.run\.json$/, '.json')]) expect((await readFile(memo, 'utf8')).endsWith('}\n'), memo).toBe(true);
    const again = await runIngest(['--content', content, input]);
    // The second run took the short cut: a full run rewrites the memo.
    expect((await stat(runFile)).mtimeMs).toBe(written);
    expect(again.stderr).toBe(first.stderr);
    expect(again.stderr).toContain('kept the unknown LaTeX command `\\knuth`');
    expect(again.stdout.trim()).toBe('read 1 file: 1 paper (0 new, 0 updated, 1 unchanged), 1 warning; kept 1 LaTeX command as literal text');
  });

  test('names in its summary every kind of change it made to the text, each also a warning naming its line', async () => {
    const page = ['Get trending papers in your email inbox!', 'SubscribeKnots \\textbf{Hold', 'Knots hold under load, as \\textbf{we \\textbf{show} here.', 'Folded Ropes', 'Ropes fold\\footnote{see the appendix.'].join('\n');
    const input = await dumps({ '2025-03-01.txt': page });
    const result = await runIngest(['--content', await tempDir(), input]);
    expect(result.stderr.trim().split('\n')).toEqual([
      `warning: ${path.join(input, '2025-03-01.txt')}:2: dropped the unclosed \`\\textbf{\` in the title \`Knots Hold\``,
      `warning: ${path.join(input, '2025-03-01.txt')}:2: removed the page's \`Subscribe\` glued onto the first title \`Knots Hold\` (the page's button, copied with the title)`,
      `warning: ${path.join(input, '2025-03-01.txt')}:3: dropped the unclosed \`\\textbf{\` in the abstract of \`Knots Hold\``,
      `warning: ${path.join(input, '2025-03-01.txt')}:5: dropped the unclosed \`\\footnote{\` in the abstract of \`Folded Ropes\``,
    ]);
    expect(result.stdout.split('\n')[0]).toMatch(/, 4 warnings; removed the page's glued "Subscribe" once, dropped or simplified 3 LaTeX commands$/);
    const marked = await dumps({ '2025-03-02.txt': 'Mar 2\n\n1. Tiny LanternsUpvote\n\nLanterns glow in the dark.\n\n2. Paper Cranes\n\nCranes fold from paper.\n' });
    const titles = await runIngest(['--content', await tempDir(), marked]);
    expect(titles.stdout.split('\n')[0]).toMatch(/, 2 warnings; removed the list marker before 2 titles, removed 1 vote count or `Upvote` glued onto titles$/);
  });

  test('notices a deleted taxonomy or entry and writes it again', async () => {
    const input = await dumps({ 'a.txt': ROPES });
    const content = await tempDir();
    await runIngest(['--content', content, input]);
    const before = await snapshotDir(content);
    await rm(path.join(content, 'topics.yaml'));
    await rm(path.join(content, 'papers/folded-ropes.mdx'));
    const again = await runIngest(['--content', content, input]);
    expect(again.stdout).toContain('(1 new, 0 updated, 0 unchanged)');
    expect(await snapshotDir(content)).toEqual(before);
  });
});

describe('npm run ingest: what Node loads', () => {
  test('loads no TypeScript stripper once the compile cache holds the modules: every module but the JavaScript entry comes from it', async () => {
    // The compile cache lives under the temporary folder (os.tmpdir(), which TMPDIR sets): a fresh one, filled by the first run.
    const tmp = await tempDir();
    const preload = path.join(tmp, 'stripper.mjs');
    await writeFile(preload, "process.on('exit', () => { if (process.moduleLoadList.some((m) => m.includes('amaro'))) process.stderr.write('loaded the TypeScript stripper\\n'); });\n");
    const env = { ...process.env, TMPDIR: tmp, NODE_OPTIONS: `--import=${preload}` };
    const first = await runIngest(['--help'], ROOT, env);
    expect(first.code, first.stderr).toBe(0);
    const again = await runIngest(['--help'], ROOT, env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toBe('');
  });
});
