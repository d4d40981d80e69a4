import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseEntry } from '../../src/format/entry.ts';
import { paperSchema } from '../../src/format/paper-schema.ts';
import { runIngest, tempDir } from './run-ingest.ts';

// Invented papers. A user fixes an entry by hand and commits it; the next day's dump lists the paper again.

const ROUTERS = 'We route each token to the experts the router is most confident about, and match a dense model with three percent of the active parameters on reasoning benchmarks. The router is trained with a confidence loss that needs no auxiliary balancing term, and experts that receive no tokens are pruned during training, which halves the memory the model needs at inference time.';
const ROPES = 'We train a diffusion policy on teleoperated demonstrations and fold ropes into knots twice as often as the previous best policy.';
const PHONES = 'We quantise a speech recogniser to ternary weights and keep its word error rate, so that it runs in real time on a phone.';

/** A dump of one day: its date line, then each title over its abstract. */
const dump = (day: string, cards: Array<[string, string]>) => `Daily Papers\n\n${day}\n\n${cards.map(([t, a]) => `${t}\n\n${a}\n`).join('\n')}`;

/** Writes the dumps into a fresh folder and a fresh content folder beside them. */
async function setUp(files: Record<string, string>): Promise<{ dir: string; content: string; file: (name: string) => string }> {
  const dir = await tempDir('folio-hand-edits-');
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return { dir, content: path.join(dir, 'content'), file: (name) => path.join(dir, name) };
}

async function ingest(content: string, ...args: string[]): Promise<string> {
  const run = await runIngest(['--content', content, ...args]);
  expect(run.code, run.stderr).toBe(0);
  return run.stderr;
}

const entryPath = (content: string, slug: string) => path.join(content, 'papers', `${slug}.mdx`);

async function entry(content: string, slug: string) {
  const { data, body } = parseEntry(await readFile(entryPath(content, slug), 'utf8'));
  return { data: paperSchema.parse(data), body: body.trim() };
}

/** Edit an entry's text by hand, as a user in an editor would. */
async function edit(content: string, slug: string, from: string, to: string): Promise<void> {
  const text = await readFile(entryPath(content, slug), 'utf8');
  expect(text).toContain(from);
  await writeFile(entryPath(content, slug), text.replace(from, to));
}

/** Makes the content folder's published.json as an earlier version wrote it: without `field` in any paper's record. */
async function recordWithout(content: string, field: 'ingestedTitle' | 'body'): Promise<void> {
  const manifestPath = path.join(content, 'published.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  for (const record of Object.values<Record<string, unknown>>(manifest.papers)) delete record[field];
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

const SLUG = 'lantern-routers-for-sparse-experts';

describe('a title fixed by hand', () => {
  const days = {
    '2026-03-14.txt': dump('Mar 14', [['Lantern Routers for Sparse Experts', ROUTERS], ['Folding Ropes with Diffusion Policies', ROPES]]),
    '2026-03-15.txt': dump('Mar 15', [['Lantern Routers for Sparse Experts', ROUTERS], ['Speech Models on Phones', PHONES]]),
    '2026-03-16.txt': dump('Mar 16', [['Lantern: Confident Routers for Sparse Experts', ROUTERS]]),
  };

  test('is kept when a later day lists the paper under the title ingested before, with no warning, no former title and the same URL', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    await edit(content, SLUG, 'title: Lantern Routers for Sparse Experts', 'title: "Lantern: Routers for Sparse Experts"');
    const stderr = await ingest(content, file('2026-03-15.txt'));
    expect(stderr).toBe('');
    const { data } = await entry(content, SLUG);
    expect(data.title).toBe('Lantern: Routers for Sparse Experts');
    expect(data.formerTitles).toEqual([]);
    expect(data.slug).toBe(SLUG);
    expect(data.listings.map((l) => l.listing)).toEqual(['2026-03-14', '2026-03-15']);
    // And again: the second day re-ingested, then the first.
    expect(await ingest(content, file('2026-03-15.txt'))).toBe('');
    expect(await ingest(content, file('2026-03-14.txt'))).toBe('');
    expect((await entry(content, SLUG)).data.title).toBe('Lantern: Routers for Sparse Experts');
  });

  test('is kept, with a warning naming the entry and its `title` line, both titles and how to take the dump\'s, when a later dump corrects the title too', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    await edit(content, SLUG, 'title: Lantern Routers for Sparse Experts', 'title: "Lantern: Routers for Sparse Experts"');
    const stderr = await ingest(content, file('2026-03-16.txt'));
    expect(stderr.replaceAll(content, '<content>').replaceAll(file(''), '<dumps>').trim()).toBe(
      'warning: <content>/papers/lantern-routers-for-sparse-experts.mdx:2: `title` was changed by hand to `Lantern: Routers for Sparse Experts`, and <dumps>/2026-03-16.txt:5 now gives `Lantern: Confident Routers for Sparse Experts`; kept yours (to take the dump\'s, write it as the entry\'s `title`)',
    );
    const { data } = await entry(content, SLUG);
    expect(data.title).toBe('Lantern: Routers for Sparse Experts');
    expect(data.slug).toBe(SLUG);
    // Said once: the same dump again repeats what was ingested last.
    expect(await ingest(content, file('2026-03-16.txt'))).toBe('');
    expect((await entry(content, SLUG)).data.title).toBe('Lantern: Routers for Sparse Experts');
  });

  test('following the warning takes the dump\'s title', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    await edit(content, SLUG, 'title: Lantern Routers for Sparse Experts', 'title: "Lantern: Routers for Sparse Experts"');
    await ingest(content, file('2026-03-16.txt'));
    await edit(content, SLUG, 'title: "Lantern: Routers for Sparse Experts"', 'title: "Lantern: Confident Routers for Sparse Experts"');
    expect(await ingest(content, file('2026-03-16.txt'))).toBe('');
    expect((await entry(content, SLUG)).data.title).toBe('Lantern: Confident Routers for Sparse Experts');
  });

  test('put back as the ingest wrote it after the warning (`git checkout` of the entry) takes the dump\'s correction, as a title never edited does', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    const written = await readFile(entryPath(content, SLUG), 'utf8');
    await edit(content, SLUG, 'title: Lantern Routers for Sparse Experts', 'title: "Lantern: Routers for Sparse Experts"');
    expect(await ingest(content, file('2026-03-16.txt'))).toContain('`title` was changed by hand');
    await writeFile(entryPath(content, SLUG), written);
    const stderr = await ingest(content, file('2026-03-16.txt'));
    expect(stderr.replaceAll(file(''), '<dumps>').trim()).toBe(
      'warning: <dumps>/2026-03-16.txt:5: retitles `Lantern Routers for Sparse Experts` as `Lantern: Confident Routers for Sparse Experts`, the title kept out while the entry\'s was changed by hand; the entry holds the ingest\'s title again, so updated the title, kept the old one as a former title and the URL /papers/lantern-routers-for-sparse-experts/',
    );
    const { data } = await entry(content, SLUG);
    expect(data.title).toBe('Lantern: Confident Routers for Sparse Experts');
    expect(data.formerTitles).toEqual(['Lantern Routers for Sparse Experts']);
    expect(data.slug).toBe(SLUG);
    expect(await ingest(content, file('2026-03-16.txt'))).toBe('');
  });

  test('changed by hand again after the warning, to a title neither the ingest wrote nor a dump gave, is kept, silently', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    await edit(content, SLUG, 'title: Lantern Routers for Sparse Experts', 'title: "Lantern: Routers for Sparse Experts"');
    await ingest(content, file('2026-03-16.txt'));
    await edit(content, SLUG, 'title: "Lantern: Routers for Sparse Experts"', 'title: "Lantern: Sparse Routers"');
    expect(await ingest(content, file('2026-03-16.txt'))).toBe('');
    expect((await entry(content, SLUG)).data.title).toBe('Lantern: Sparse Routers');
  });

  test('an earlier day ingested later, under another title, leaves the record of the title last ingested as it was: a later day repeating that one still keeps the user\'s', async () => {
    const { content, file } = await setUp({
      '2026-03-13.txt': dump('Mar 13', [['Lantern Routers (Preprint)', ROUTERS]]),
      ...days,
    });
    await ingest(content, file('2026-03-14.txt'));
    await edit(content, SLUG, 'title: Lantern Routers for Sparse Experts', 'title: "Lantern: Routers for Sparse Experts"');
    await ingest(content, file('2026-03-13.txt'));
    expect((await entry(content, SLUG)).data.title).toBe('Lantern: Routers for Sparse Experts');
    expect(await ingest(content, file('2026-03-15.txt'))).toBe('');
    const { data } = await entry(content, SLUG);
    expect(data.title).toBe('Lantern: Routers for Sparse Experts');
    expect(data.listings.map((l) => l.listing)).toEqual(['2026-03-13', '2026-03-14', '2026-03-15']);
  });

  test('a title not edited takes a later dump\'s correction, as before', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    const stderr = await ingest(content, file('2026-03-16.txt'));
    expect(stderr).toContain('retitles `Lantern Routers for Sparse Experts` (the same abstract) as `Lantern: Confident Routers for Sparse Experts`');
    const { data } = await entry(content, SLUG);
    expect(data.title).toBe('Lantern: Confident Routers for Sparse Experts');
    expect(data.formerTitles).toEqual(['Lantern Routers for Sparse Experts']);
    expect(data.slug).toBe(SLUG);
  });

  test('in an archive written before the ingest recorded titles, a title edited by hand is kept when the dump repeats the published one', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    await recordWithout(content, 'ingestedTitle');
    await edit(content, SLUG, 'title: Lantern Routers for Sparse Experts', 'title: "Lantern: Routers for Sparse Experts"');
    expect(await ingest(content, file('2026-03-15.txt'))).toBe('');
    expect((await entry(content, SLUG)).data.title).toBe('Lantern: Routers for Sparse Experts');
  });
});

/** A paper published on the 14th, retitled by the dump of the 16th (both ingested) and again by the dump of the 18th (not yet ingested). */
async function retitledTwice(): Promise<{ content: string; file: (name: string) => string }> {
  const { content, file } = await setUp({
    '2026-03-14.txt': dump('Mar 14', [['Lantern Routers for Sparse Experts', ROUTERS]]),
    '2026-03-16.txt': dump('Mar 16', [['Lantern: Confident Routers for Sparse Experts', ROUTERS]]),
    '2026-03-18.txt': dump('Mar 18', [['Lantern: Confident Routing for Sparse Experts', ROUTERS]]),
  });
  await ingest(content, file('2026-03-14.txt'));
  await ingest(content, file('2026-03-16.txt'));
  return { content, file };
}

test('in an archive written before the ingest recorded titles, a title an earlier ingest changed (the published one among its former titles) takes a later retitle, as any title the ingest wrote does', async () => {
  const { content, file } = await retitledTwice();
  const manifestPath = path.join(content, 'published.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  expect(manifest.papers[SLUG].ingestedTitle).toBe('Lantern: Confident Routers for Sparse Experts');
  delete manifest.papers[SLUG].ingestedTitle;
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  const stderr = await ingest(content, file('2026-03-18.txt'));
  expect(stderr).not.toContain('changed by hand');
  expect(stderr).toContain('retitles `Lantern: Confident Routers for Sparse Experts` (the same abstract) as `Lantern: Confident Routing for Sparse Experts`');
  const { data } = await entry(content, SLUG);
  expect(data.title).toBe('Lantern: Confident Routing for Sparse Experts');
  expect(data.formerTitles).toEqual(['Lantern Routers for Sparse Experts', 'Lantern: Confident Routers for Sparse Experts']);
  expect(data.slug).toBe(SLUG);
  const record = JSON.parse(await readFile(manifestPath, 'utf8')).papers[SLUG];
  expect(record.ingestedTitle).toBe('Lantern: Confident Routing for Sparse Experts');
  expect(record.writtenTitle).toBeUndefined();
  expect(await ingest(content, file('2026-03-18.txt'))).toBe('');
});

test('in an archive written before the ingest recorded titles, a title edited by hand after a retitle the ingest made (indistinguishable from it) is kept as a former title when a later dump retitles the paper', async () => {
  const { content, file } = await retitledTwice();
  await recordWithout(content, 'ingestedTitle');
  await edit(content, SLUG, 'title: "Lantern: Confident Routers for Sparse Experts"', 'title: "Lantern: Routers That Are Confident"');
  await ingest(content, file('2026-03-18.txt'));
  const { data } = await entry(content, SLUG);
  expect(data.title).toBe('Lantern: Confident Routing for Sparse Experts');
  expect(data.formerTitles).toContain('Lantern: Routers That Are Confident');
});

test('after the upgrade, a title edited by hand whose record omits `ingestedTitle` (the published title was last ingested) is kept, even with the published title among its former titles', async () => {
  const { content, file } = await setUp({
    '2026-03-14.txt': dump('Mar 14', [['Lantern Routers for Sparse Experts', ROUTERS]]),
    '2026-03-16.txt': dump('Mar 16', [['Lantern: Confident Routers for Sparse Experts', ROUTERS]]),
    '2026-03-18.txt': dump('Mar 18', [['Lantern Routers for Sparse Experts', ROUTERS]]),
    '2026-03-20.txt': dump('Mar 20', [['Lantern: Confident Routing for Sparse Experts', ROUTERS]]),
  });
  await ingest(content, file('2026-03-14.txt'));
  await ingest(content, file('2026-03-16.txt'));
  await edit(content, SLUG, 'title: "Lantern: Confident Routers for Sparse Experts"', 'title: "Lantern: Routers That Are Confident"');
  // The dump gives the published title back: a conflict, the user's kept, `writtenTitle` recorded and `ingestedTitle` omitted (the published title).
  expect(await ingest(content, file('2026-03-18.txt'))).toContain('`title` was changed by hand to `Lantern: Routers That Are Confident`');
  const record = JSON.parse(await readFile(path.join(content, 'published.json'), 'utf8')).papers[SLUG];
  expect(record.ingestedTitle).toBeUndefined();
  expect(record.writtenTitle).toBe('Lantern: Confident Routers for Sparse Experts');
  expect((await entry(content, SLUG)).data.formerTitles).toContain('Lantern Routers for Sparse Experts');
  expect(await ingest(content, file('2026-03-20.txt'))).toContain('`title` was changed by hand to `Lantern: Routers That Are Confident`');
  expect((await entry(content, SLUG)).data.title).toBe('Lantern: Routers That Are Confident');
});

describe('an abstract fixed by hand', () => {
  const days = {
    '2026-03-14.txt': dump('Mar 14', [['Lantern Routers for Sparse Experts', ROUTERS]]),
    '2026-03-15.txt': dump('Mar 15', [['Lantern Routers for Sparse Experts', ROUTERS], ['Speech Models on Phones', PHONES]]),
    '2026-03-16.txt': dump('Mar 16', [['Lantern Routers for Sparse Experts', `${ROUTERS} Code and checkpoints are released.`]]),
    // An upstream correction no longer than the abstract ingested before: a figure fixed.
    '2026-03-17.txt': dump('Mar 17', [['Lantern Routers for Sparse Experts', ROUTERS.replace('three percent', 'two percent')]]),
  };

  test('is kept, with no warning, when a later day repeats the abstract ingested before', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    await edit(content, SLUG, 'We route each token', 'We send each token');
    expect(await ingest(content, file('2026-03-15.txt'))).toBe('');
    expect((await entry(content, SLUG)).body).toBe(ROUTERS.replace('We route', 'We send'));
  });

  test('is kept, with one warning naming the entry, its body and how to take the dump\'s, when a later dump gives another abstract', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    await edit(content, SLUG, 'We route each token', 'We send each token');
    const stderr = await ingest(content, file('2026-03-16.txt'));
    expect(stderr.replaceAll(content, '<content>').replaceAll(file(''), '<dumps>').trim()).toBe(
      'warning: <content>/papers/lantern-routers-for-sparse-experts.mdx: the abstract (the body) was changed by hand, and <dumps>/2026-03-16.txt:7 now gives another one for `Lantern Routers for Sparse Experts`; kept yours (to take the dump\'s, delete the body, keeping the frontmatter, and ingest the dump again)',
    );
    expect((await entry(content, SLUG)).body).toBe(ROUTERS.replace('We route', 'We send'));
    expect(await ingest(content, file('2026-03-16.txt'))).toBe('');
  });

  test('is kept, with the one warning, when a later dump corrects the abstract without lengthening it', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    await edit(content, SLUG, 'We route each token', 'We send each token');
    expect(await ingest(content, file('2026-03-17.txt'))).toContain('the abstract (the body) was changed by hand, and ');
    expect((await entry(content, SLUG)).body).toBe(ROUTERS.replace('We route', 'We send'));
    expect(await ingest(content, file('2026-03-17.txt'))).toBe('');
  });

  test('in an archive written before the ingest recorded bodies, is warned about once, not on every later ingest', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    await recordWithout(content, 'body');
    await edit(content, SLUG, 'We route each token', 'We send each token');
    expect(await ingest(content, file('2026-03-15.txt'))).toContain('gives a different abstract for `Lantern Routers for Sparse Experts`');
    expect(await ingest(content, file('2026-03-14.txt'))).toBe('');
    expect(await ingest(content, file('2026-03-15.txt'))).toBe('');
    expect((await entry(content, SLUG)).body).toBe(ROUTERS.replace('We route', 'We send'));
    // An upstream correction later is the conflict, told once.
    expect(await ingest(content, file('2026-03-16.txt'))).toContain('the abstract (the body) was changed by hand');
    expect(await ingest(content, file('2026-03-16.txt'))).toBe('');
    expect((await entry(content, SLUG)).body).toBe(ROUTERS.replace('We route', 'We send'));
  });

  test('following the warning, a body deleted by hand (the frontmatter kept) takes the dump\'s abstract, with the listings of every day', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    await ingest(content, file('2026-03-15.txt'));
    await edit(content, SLUG, 'We route each token', 'We send each token');
    await ingest(content, file('2026-03-16.txt'));
    const text = await readFile(entryPath(content, SLUG), 'utf8');
    await writeFile(entryPath(content, SLUG), text.slice(0, text.indexOf('\n---\n') + 5));
    expect(await ingest(content, file('2026-03-16.txt'))).toBe('');
    const { data, body } = await entry(content, SLUG);
    expect(body).toBe(`${ROUTERS} Code and checkpoints are released.`);
    expect(data.listings.map((l) => l.listing)).toEqual(['2026-03-14', '2026-03-15', '2026-03-16']);
  });
});

describe('a slug edited by hand', () => {
  test('stops the ingest naming the line and the published URL to put back, not asking to rename the file (which would move the URL)', async () => {
    const { content, file } = await setUp({
      '2026-03-14.txt': dump('Mar 14', [['Lantern Routers for Sparse Experts', ROUTERS]]),
      '2026-03-15.txt': dump('Mar 15', [['Speech Models on Phones', PHONES]]),
    });
    await ingest(content, file('2026-03-14.txt'));
    await edit(content, SLUG, `slug: ${SLUG}`, 'slug: lantern');
    const run = await runIngest(['--content', content, file('2026-03-15.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr.replaceAll(content, '<content>').trim()).toBe(
      '<content>/papers/lantern-routers-for-sparse-experts.mdx:3: has slug `lantern`, but /papers/lantern-routers-for-sparse-experts/ is published (published.json records it), and a published URL never moves; expected `slug: lantern-routers-for-sparse-experts` back\ningest stopped: 1 problem in the input; nothing was written',
    );
  });
});

describe('published.json edited by hand', () => {
  const days = {
    '2026-03-14.txt': dump('Mar 14', [['Lantern Routers for Sparse Experts', ROUTERS], ['Folding Ropes with Diffusion Policies', ROPES]]),
    // Upstream adds a sentence to the abstract: the same paper, known by its title alone.
    '2026-03-16.txt': dump('Mar 16', [['Lantern Routers for Sparse Experts', `${ROUTERS} Code and checkpoints are released.`]]),
  };

  /** Replaces `from` with `to` in published.json, as a user in an editor would. */
  async function editRecord(content: string, from: RegExp, to: string): Promise<void> {
    const manifestPath = path.join(content, 'published.json');
    const text = await readFile(manifestPath, 'utf8');
    expect(text).toMatch(from);
    await writeFile(manifestPath, text.replace(from, to));
  }

  /** The ingest's stderr with the temporary folders named alike on every machine. */
  const shown = (stderr: string, content: string, dumps: string) => stderr.replaceAll(content, '<content>').replaceAll(dumps, '<dumps>').trim();

  test('a slug\'s record renamed by hand stops the ingest at the record, saying so and naming the published slug to put back, not advising to delete an entry', async () => {
    const { content, file } = await setUp({ ...days, '2026-03-17.txt': dump('Mar 17', [['Speech Models on Phones', PHONES]]) });
    await ingest(content, file('2026-03-14.txt'));
    await editRecord(content, new RegExp(`"${SLUG}":`), '"lantern":');
    // A dump listing the paper, and one not listing it (before, two warnings, and the bad record written on).
    for (const dump of ['2026-03-16.txt', '2026-03-17.txt']) {
      const before = await readFile(path.join(content, 'published.json'), 'utf8');
      const run = await runIngest(['--content', content, file(dump)]);
      expect(run.code).toBe(1);
      expect(run.stderr).not.toContain('delete the entry');
      expect(run.stderr).toMatch(/published\.json:\d+: the record `"lantern"` has no entry, and \S*\/papers\/lantern-routers-for-sparse-experts\.mdx has no record but the same title, `Lantern Routers for Sparse Experts`: the record's slug was renamed by hand\? a published URL never moves; expected `"lantern-routers-for-sparse-experts"` back as the record's slug/);
      expect(await readFile(path.join(content, 'published.json'), 'utf8')).toBe(before);
    }
  });

  test('a title "fixed" in its record as well as in the entry stops the ingest at the record\'s line, naming the published title to put back, rather than publishing the paper again at a second URL', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    await edit(content, SLUG, 'title: Lantern Routers for Sparse Experts', 'title: "Lantern: Routers for Sparse Experts"');
    await editRecord(content, /"title": "Lantern Routers for Sparse Experts"/, '"title": "Lantern: Routers for Sparse Experts"');
    const before = await readFile(path.join(content, 'published.json'), 'utf8');
    const run = await runIngest(['--content', content, file('2026-03-16.txt')]);
    expect(run.code).toBe(1);
    expect(shown(run.stderr, content, file(''))).toBe(
      '<content>/published.json:11: the record of `/papers/lantern-routers-for-sparse-experts/` gives the title `Lantern: Routers for Sparse Experts`, but its `key` says the URL was published for `Lantern Routers for Sparse Experts`: a record keeps the title its URL was published with, by which the ingest knows the paper (changed, a dump listing that title would publish the paper again at a second URL); expected `"title": "Lantern Routers for Sparse Experts"` back (to show another title, change only `title` in papers/lantern-routers-for-sparse-experts.mdx: the ingest keeps it)\ningest stopped: 1 problem in the input; nothing was written',
    );
    expect(await readFile(path.join(content, 'published.json'), 'utf8')).toBe(before);
    // Following it: one paper, at its published URL, with the user's title.
    await editRecord(content, /"title": "Lantern: Routers for Sparse Experts"/, '"title": "Lantern Routers for Sparse Experts"');
    expect(await ingest(content, file('2026-03-16.txt'))).toContain('kept the one here, the longest');
    expect((await readdir(path.join(content, 'papers'))).sort()).toEqual(['folding-ropes-with-diffusion-policies.mdx', `${SLUG}.mdx`]);
    expect((await entry(content, SLUG)).data.title).toBe('Lantern: Routers for Sparse Experts');
  });

  test('a title replaced everywhere in published.json (its `key` too) stops the ingest when a dump lists the title its slug was made from', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    await edit(content, SLUG, 'title: Lantern Routers for Sparse Experts', 'title: "Lantern: Routers for Sparse Experts"');
    await editRecord(content, /"Lantern Routers for Sparse Experts"/g, '"Lantern: Routers for Sparse Experts"');
    const run = await runIngest(['--content', content, file('2026-03-16.txt')]);
    expect(run.code).toBe(1);
    expect(shown(run.stderr, content, file(''))).toBe(
      '<content>/published.json:11: the record of `/papers/lantern-routers-for-sparse-experts/` gives the title `Lantern: Routers for Sparse Experts`, but its slug was made from `Lantern Routers for Sparse Experts`, which <dumps>/2026-03-16.txt:5 lists: a record keeps the title its URL was published with, by which the ingest knows the paper (changed, a dump listing that title would publish the paper again at a second URL); expected `"title": "Lantern Routers for Sparse Experts"` back, and its `key` as the title (to show another title, change only `title` in papers/lantern-routers-for-sparse-experts.mdx: the ingest keeps it)\ningest stopped: 1 problem in the input; nothing was written',
    );
    expect((await readdir(path.join(content, 'papers'))).sort()).toEqual(['folding-ropes-with-diffusion-policies.mdx', `${SLUG}.mdx`]);
  });

  test('a title replaced everywhere in published.json still stops the ingest when the dump listing the title its slug was made from comes after a run that did not list it (and rewrote published.json)', async () => {
    const { content, file } = await setUp({ ...days, '2026-03-15.txt': dump('Mar 15', [['Speech Models on Phones', PHONES]]) });
    await ingest(content, file('2026-03-14.txt'));
    await edit(content, SLUG, 'title: Lantern Routers for Sparse Experts', 'title: "Lantern: Routers for Sparse Experts"');
    await editRecord(content, /"Lantern Routers for Sparse Experts"/g, '"Lantern: Routers for Sparse Experts"');
    await ingest(content, file('2026-03-15.txt'));
    const run = await runIngest(['--content', content, file('2026-03-16.txt')]);
    expect(shown(run.stderr, content, file(''))).toContain(
      '<content>/published.json:11: the record of `/papers/lantern-routers-for-sparse-experts/` gives the title `Lantern: Routers for Sparse Experts`, but its slug was made from `Lantern Routers for Sparse Experts`, which <dumps>/2026-03-16.txt:5 lists',
    );
    expect(run.code).toBe(1);
    expect((await readdir(path.join(content, 'papers'))).sort()).toEqual(['folding-ropes-with-diffusion-policies.mdx', `${SLUG}.mdx`, 'speech-models-on-phones.mdx']);
  });

  test('a paper retitled between two days ingested in one run (its slug made from the first title, its record giving the latest) is no title changed by hand: a fresh clone ingests the first day again', async () => {
    const { dir, content, file } = await setUp({
      '2026-03-14.txt': dump('Mar 14', [['Lantern Routers for Sparse Experts', ROUTERS]]),
      '2026-03-16.txt': dump('Mar 16', [['Lantern: Confident Routers for Sparse Experts', ROUTERS]]),
    });
    await ingest(content, file('2026-03-14.txt'), file('2026-03-16.txt'));
    expect(JSON.parse(await readFile(path.join(content, 'published.json'), 'utf8')).papers[SLUG].title).toBe('Lantern: Confident Routers for Sparse Experts');
    // A clone has no memo of the last run: published.json is checked as one changed by hand.
    const clone = path.join(dir, 'clone');
    await cp(content, clone, { recursive: true });
    const run = await runIngest(['--content', clone, file('2026-03-14.txt')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(await readdir(path.join(clone, 'papers'))).toEqual([`${SLUG}.mdx`]);
  });

  test('a paper retitled between two days of one run, its first title deleted by hand from `formerTitles`, takes that title back when its first day is ingested again: the same abstract still finds it', async () => {
    const { content, file } = await setUp({
      '2026-03-14.txt': dump('Mar 14', [['Lantern Routers for Sparse Experts', ROUTERS]]),
      '2026-03-16.txt': dump('Mar 16', [['Lantern: Confident Routers for Sparse Experts', ROUTERS]]),
    });
    await ingest(content, file('2026-03-14.txt'), file('2026-03-16.txt'));
    await edit(content, SLUG, 'formerTitles:\n  - Lantern Routers for Sparse Experts\n', 'formerTitles: []\n');
    const run = await runIngest(['--content', content, file('2026-03-14.txt')]);
    expect(run.stderr).not.toContain('published.json');
    expect(run.code).toBe(0);
    expect(await readdir(path.join(content, 'papers'))).toEqual([`${SLUG}.mdx`]);
    expect((await entry(content, SLUG)).data.formerTitles).toEqual(['Lantern Routers for Sparse Experts']);
  });

  test('a paper\'s record deleted while its entry stays is recorded again from the entry, with a warning naming the entry, once', async () => {
    const { content, file } = await setUp(days);
    await ingest(content, file('2026-03-14.txt'));
    const manifestPath = path.join(content, 'published.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    const record = manifest.papers[SLUG];
    delete manifest.papers[SLUG];
    await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    const stderr = await ingest(content, file('2026-03-16.txt'));
    expect(shown(stderr, content, file(''))).toContain(
      'warning: <content>/papers/lantern-routers-for-sparse-experts.mdx: published.json had no record of `/papers/lantern-routers-for-sparse-experts/`; recorded it again from this entry, its title `Lantern Routers for Sparse Experts` as the one the URL was published with: if the record was deleted by hand, put it back from Git before you commit (`git diff published.json` shows it)',
    );
    expect(JSON.parse(await readFile(manifestPath, 'utf8')).papers[SLUG].title).toBe(record.title);
    expect((await readdir(path.join(content, 'papers'))).sort()).toEqual(['folding-ropes-with-diffusion-policies.mdx', `${SLUG}.mdx`]);
    expect(await ingest(content, file('2026-03-16.txt'))).toBe('');
  });
});
