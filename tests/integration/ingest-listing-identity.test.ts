import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runIngest, snapshotDir, tempDir } from './run-ingest.ts';

// Invented papers, in the one-line-per-field layout (no date line) unless a test adds a date line.
const A = 'Folded Ropes\nRopes fold into knots.\nKnots Hold\nKnots hold under load.\nBraided Cords\nCords braid in threes.\n';
const B = 'Paper Cranes\nCranes fold from squares.\nWet Origami\nDamp paper bends further.\n';

/** Writes `files` (relative paths) into a fresh temp folder; returns it. */
async function dumps(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('folio-dumps-');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

/** Error output with the temp folders replaced (the dumps' by `<tmp>`, the content folder's by nothing), for stable comparisons. */
function scrub(text: string, dir: string, content = '\0'): string {
  return text.split(dir).join('<tmp>').split(`${content}/`).join('').trim();
}

/** Runs an ingest that must stop: exit code 1, nothing written; returns its stderr, scrubbed. */
async function refused(content: string, args: string[], dir: string): Promise<string> {
  const before = await snapshotDir(content);
  const result = await runIngest(['--content', content, ...args]);
  expect(result.code).toBe(1);
  expect(await snapshotDir(content)).toEqual(before);
  return scrub(result.stderr, dir);
}

const MOVE = (file: string, from: string, to: string) =>
  `<tmp>/${file}: was ingested before as the listing of ${from} (its papers are on that day's page); a dump is one day, and the ingest does not move a dated listing: to file it as ${to} instead, replace \`listing: "${from}"\` by \`listing: "${to}"\` where \`source: ${file}\` follows it in the entries (papers/*.mdx), set \`"${from}": "${to}"\` under \`listings\` in published.json (its URL then redirects), and ingest again\n` +
  'ingest stopped: 1 problem in the input; nothing was written';

describe('a dump given another day than it was ingested with', () => {
  test('stops, via --date, in the one-line-per-field layout', async () => {
    const dir = await dumps({ 'dump.txt': A });
    const content = await tempDir();
    expect((await runIngest(['--content', content, '--date', '2025-06-12', path.join(dir, 'dump.txt')])).code).toBe(0);
    expect(await refused(content, ['--date', '2025-06-11', path.join(dir, 'dump.txt')], dir)).toBe(MOVE('dump.txt', '2025-06-12', '2025-06-11'));
  });

  test('stops, via --date, in the blank-line layout with a date line of another year', async () => {
    const dir = await dumps({ 'dump.txt': `Daily Papers\n\nJun 12\n\n${A.replace(/\n/g, '\n\n')}` });
    const content = await tempDir();
    expect((await runIngest(['--content', content, '--date', '2025-06-12', path.join(dir, 'dump.txt')])).code).toBe(0);
    expect(await refused(content, ['--date', '2024-06-12', path.join(dir, 'dump.txt')], dir)).toBe(MOVE('dump.txt', '2025-06-12', '2024-06-12'));
  });

  test('stops when --date overrides the day its file name gave, and with a superset of it', async () => {
    const dir = await dumps({ '2025-06-12.txt': A, 'later/2025-06-12.txt': A + B });
    const content = await tempDir();
    expect((await runIngest(['--content', content, path.join(dir, '2025-06-12.txt')])).code).toBe(0);
    expect(await refused(content, ['--date', '2025-06-11', path.join(dir, 'later/2025-06-12.txt')], dir)).toBe(
      MOVE('later/2025-06-12.txt', '2025-06-12', '2025-06-11').replace('`source: later/2025-06-12.txt`', '`source: 2025-06-12.txt`'),
    );
  });

  test('the way out the message gives works: the day moves and its old URL redirects', async () => {
    const dir = await dumps({ 'dump.txt': A });
    const content = await tempDir();
    await runIngest(['--content', content, '--date', '2025-06-12', path.join(dir, 'dump.txt')]);
    const { readdir, readFile } = await import('node:fs/promises');
    for (const name of await readdir(path.join(content, 'papers'))) {
      const file = path.join(content, 'papers', name);
      await writeFile(file, (await readFile(file, 'utf8')).replace('listing: "2025-06-12"\n    source: dump.txt', 'listing: "2025-06-11"\n    source: dump.txt'));
    }
    const manifestFile = path.join(content, 'published.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    manifest.listings['2025-06-12'] = '2025-06-11';
    await writeFile(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
    const again = await runIngest(['--content', content, '--date', '2025-06-11', path.join(dir, 'dump.txt')]);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('(0 new, 0 updated, 3 unchanged)');
    expect(JSON.parse(await readFile(manifestFile, 'utf8')).listings).toEqual({ '2025-06-11': '2025-06-11', '2025-06-12': '2025-06-11' });
  });

  test('a different dump saved under the same name on another day is that day, each day once', async () => {
    const dir = await dumps({ 'a/saved.txt': A, 'b/saved.txt': B });
    const content = await tempDir();
    expect((await runIngest(['--content', content, '--date', '2025-06-12', path.join(dir, 'a/saved.txt')])).code).toBe(0);
    const next = await runIngest(['--content', content, '--date', '2025-06-13', path.join(dir, 'b/saved.txt')]);
    expect(next.stderr).toBe('');
    expect(next.stdout).toContain('(2 new, 0 updated, 0 unchanged)');
  });
});

describe('a different dump under the file name of a dated listing, with no day of its own', () => {
  const STOP = (file: string, day: string, shared: string) =>
    `<tmp>/${file}: an earlier ingest filed a dump of this name as the listing of ${day}, but this is another dump (${shared}); give its day with \`--date YYYY-MM-DD\` or a file name such as \`YYYY-MM-DD.txt\`\n` +
    'ingest stopped: 1 problem in the input; nothing was written';

  test('stops instead of filing it under the remembered day (one-line-per-field layout)', async () => {
    const dir = await dumps({ 'a/saved.txt': A, 'b/saved.txt': B });
    const content = await tempDir();
    expect((await runIngest(['--content', content, '--date', '2025-06-12', path.join(dir, 'a/saved.txt')])).code).toBe(0);
    expect(await refused(content, [path.join(dir, 'b/saved.txt')], dir)).toBe(STOP('b/saved.txt', '2025-06-12', 'none of its 2 papers is on that listing'));
  });

  test('stops the same way for a dump with a yearless date line of another day, but follows a date in the file name', async () => {
    const dir = await dumps({ 'a/2025-06-12.txt': A, 'b/2025-06-12.txt': B, 'c/saved.txt': `Jun 12\n${A}`, 'd/saved.txt': `Jun 13\n${B}` });
    const named = await tempDir();
    expect((await runIngest(['--content', named, path.join(dir, 'a/2025-06-12.txt')])).code).toBe(0);
    // The file name dates this one: it is that day's listing, by the user's own word.
    expect((await runIngest(['--content', named, path.join(dir, 'b/2025-06-12.txt')])).stdout).toContain('(2 new, 0 updated, 0 unchanged)');
    const content = await tempDir();
    expect((await runIngest(['--content', content, '--date', '2025-06-12', path.join(dir, 'c/saved.txt')])).code).toBe(0);
    expect(await refused(content, [path.join(dir, 'd/saved.txt')], dir)).toBe(STOP('d/saved.txt', '2025-06-12', 'none of its 2 papers is on that listing'));
  });

  test('stops for a dump that shares only a paper or so with the remembered listing', async () => {
    const dir = await dumps({ 'a/saved.txt': A + 'Loose Knots\nLoose knots slip.\n', 'b/saved.txt': B + 'Folded Ropes\nRopes fold into knots.\nPaper Boats\nBoats float.\n' });
    const content = await tempDir();
    await runIngest(['--content', content, '--date', '2025-06-12', path.join(dir, 'a/saved.txt')]);
    expect(await refused(content, [path.join(dir, 'b/saved.txt')], dir)).toBe(STOP('b/saved.txt', '2025-06-12', 'only 1 of its 4 papers is on that listing, of 4 there'));
  });

  test('files a later save of the same day under that day, warning about a paper it no longer has without inviting a deletion', async () => {
    const dir = await dumps({ 'a/saved.txt': A, 'b/saved.txt': A.split('\n').slice(2).join('\n') + B });
    const content = await tempDir();
    await runIngest(['--content', content, '--date', '2025-06-12', path.join(dir, 'a/saved.txt')]);
    const later = await runIngest(['--content', content, path.join(dir, 'b/saved.txt')]);
    expect(scrub(later.stderr, dir, content)).toBe(
      'warning: papers/folded-ropes.mdx: is no longer in the re-ingested dump `saved.txt` of the listing `2025-06-12`, its only listing; its entry keeps that appearance and stays published (its URL must keep working): leave it, or to take the paper off the archive give its entry `retired` and the reason (see Retiring a paper in the README)',
    );
    expect(later.stdout).toContain('(2 new, 0 updated, 2 unchanged)');
    const identical = await runIngest(['--content', content, path.join(dir, 'b/saved.txt')]);
    expect(identical.code).toBe(0);
    expect(identical.stdout).toContain('(0 new, 0 updated, 4 unchanged)');
  });
});

describe('an undated dump whose file name gives the listing id of an earlier undated dump', () => {
  test('stops for another dump saved under the same name, rather than filing its papers on the earlier listing', async () => {
    const dir = await dumps({ 'a/saved.txt': A, 'b/saved.txt': B });
    const content = await tempDir();
    expect((await runIngest(['--content', content, path.join(dir, 'a/saved.txt')])).code).toBe(0);
    expect(await refused(content, [path.join(dir, 'b/saved.txt')], dir)).toBe(
      '<tmp>/b/saved.txt: an earlier ingest filed a dump of this name as the undated listing `saved`, but this is another dump (none of its 2 papers is on that listing); give its day with `--date YYYY-MM-DD` or a file name such as `YYYY-MM-DD.txt`\n' +
        'ingest stopped: 1 problem in the input; nothing was written',
    );
  });

  test('stops for a dump of another name that gives the same listing id, in a later ingest as in one', async () => {
    const dir = await dumps({ 'Daily Papers - Hugging Face.txt': A, 'Daily Papers \u2013 Hugging Face.txt': B });
    const content = await tempDir();
    expect((await runIngest(['--content', content, path.join(dir, 'Daily Papers - Hugging Face.txt')])).code).toBe(0);
    expect(await refused(content, [path.join(dir, 'Daily Papers \u2013 Hugging Face.txt')], dir)).toBe(
      '<tmp>/Daily Papers \u2013 Hugging Face.txt: gives the listing id `daily-papers-hugging-face`, as did `Daily Papers - Hugging Face.txt` in an earlier ingest; expected every undated dump to have a distinct file name\n' +
        'ingest stopped: 1 problem in the input; nothing was written',
    );
  });

  test('in one run as in two: files two saves of the same undated dump under one name in two folders on one listing', async () => {
    for (const [first, second] of [[A, A], [A, A + B]] as const) {
      const dir = await dumps({ 'a/saved.txt': first, 'b/saved.txt': second });
      const [twoRuns, oneRun] = [await tempDir(), await tempDir()];
      expect((await runIngest(['--content', twoRuns, path.join(dir, 'a/saved.txt')])).code).toBe(0);
      expect((await runIngest(['--content', twoRuns, path.join(dir, 'b/saved.txt')])).code).toBe(0);
      const result = await runIngest(['--content', oneRun, path.join(dir, 'a/saved.txt'), path.join(dir, 'b/saved.txt')]);
      expect(result.stderr).not.toContain('expected every undated dump');
      expect(result.code).toBe(0);
      const papers = async (content: string) => [...(await snapshotDir(content))].filter(([name]) => name.startsWith('papers/')).sort();
      expect((await papers(oneRun)).length).toBeGreaterThan(0);
      expect(await papers(oneRun)).toEqual(await papers(twoRuns));
    }
  });

  test('in one run as in two: stops for another day’s dump saved under the same undated name in another folder', async () => {
    const dir = await dumps({ 'a/saved.txt': A, 'b/saved.txt': B });
    expect(await refused(await tempDir(), [path.join(dir, 'a/saved.txt'), path.join(dir, 'b/saved.txt')], dir)).toBe(
      '<tmp>/b/saved.txt: <tmp>/a/saved.txt in this run is a dump of this name, filed as the undated listing `saved`, but this is another dump (none of its 2 papers is on that listing); give its day with `--date YYYY-MM-DD` or a file name such as `YYYY-MM-DD.txt`\n' +
        'ingest stopped: 1 problem in the input; nothing was written',
    );
  });

  test('files a later, fuller save of the same undated dump on its listing, as before', async () => {
    const dir = await dumps({ 'a/saved.txt': A, 'b/saved.txt': A + B });
    const content = await tempDir();
    expect((await runIngest(['--content', content, path.join(dir, 'a/saved.txt')])).code).toBe(0);
    const later = await runIngest(['--content', content, path.join(dir, 'b/saved.txt')]);
    expect(later.code).toBe(0);
    expect(later.stdout).toContain('(2 new, 0 updated, 3 unchanged)');
  });
});

describe('a dump of an undated listing, ingested again under a name that gives its day', () => {
  const PAPERS = (content: string) => snapshotDir(content).then((files) => [...files].filter(([name]) => name.startsWith('papers/')).sort());
  const MANIFEST = async (content: string) => JSON.parse((await snapshotDir(content)).get('published.json')!);
  const LISTINGS = async (content: string) => (await PAPERS(content)).map(([, text]) => [...text.matchAll(/listing: "?([^"\n]+)"?\n {4}source: (.+)\n {4}position: (\d+)/g)].map((m) => m.slice(1).join(' ')));
  const MOVED =
    "warning: <tmp>/2025-06-12.txt: has every paper of the undated listing `004-ab12` (all 3, ingested from `004_ab12.txt`), so that listing is this day's: moved it to 2025-06-12, as ingesting `004_ab12.txt` with `--date 2025-06-12` would; /listings/004-ab12/ now redirects there";
  const FILED =
    "warning: <tmp>/004_ab12.txt: the dump gives no day, but the listing of 2025-06-12 has every one of its 3 papers (from `2025-06-12.txt`), so it is that day's dump: filed it under 2025-06-12, as `--date 2025-06-12` would";

  /** The content folder as dating the undated dump with --date under its own name makes it. */
  async function viaDate(dir: string): Promise<string> {
    const content = await tempDir();
    expect((await runIngest(['--content', content, path.join(dir, '004_ab12.txt')])).code).toBe(0);
    expect((await runIngest(['--content', content, '--date', '2025-06-12', path.join(dir, '004_ab12.txt')])).code).toBe(0);
    return content;
  }

  test('day by day: a copy named after its day dates the undated listing as --date would, its URL redirecting to the day, and says so', async () => {
    const dir = await dumps({ '004_ab12.txt': A, '2025-06-12.txt': A });
    const content = await tempDir();
    expect((await runIngest(['--content', content, path.join(dir, '004_ab12.txt')])).code).toBe(0);
    const renamed = await runIngest(['--content', content, path.join(dir, '2025-06-12.txt')]);
    expect(scrub(renamed.stderr, dir, content)).toBe(MOVED);
    expect(await LISTINGS(content)).toEqual([['2025-06-12 004_ab12.txt 3'], ['2025-06-12 004_ab12.txt 1'], ['2025-06-12 004_ab12.txt 2']]);
    const dated = await viaDate(dir);
    expect(await PAPERS(content)).toEqual(await PAPERS(dated));
    expect(await MANIFEST(content)).toEqual(await MANIFEST(dated));
    expect((await MANIFEST(content)).listings).toEqual({ '004-ab12': '2025-06-12', '2025-06-12': '2025-06-12' });
    // Done: either dump again changes nothing and says nothing of it.
    const before = await snapshotDir(content);
    for (const file of ['2025-06-12.txt', '004_ab12.txt']) {
      const again = await runIngest(['--content', content, path.join(dir, file)]);
      expect(again.stderr).toBe('');
      expect(again.stdout).toContain('(0 new, 0 updated, 3 unchanged)');
      expect(await snapshotDir(content)).toEqual(before);
    }
  });

  test('in one run: both files together make the one listing of the day, as --date would', async () => {
    const dir = await dumps({ '004_ab12.txt': A, '2025-06-12.txt': A });
    const content = await tempDir();
    const both = await runIngest(['--content', content, path.join(dir, '004_ab12.txt'), path.join(dir, '2025-06-12.txt')]);
    expect(scrub(both.stderr, dir, content)).toBe(FILED);
    expect(await PAPERS(content)).toEqual(await PAPERS(await viaDate(dir)));
    // The undated listing was never published, so it needs no redirect.
    expect((await MANIFEST(content)).listings).toEqual({ '2025-06-12': '2025-06-12' });
  });

  test('the other way round: the undated copy of a dated dump is filed under its day, not listed again', async () => {
    const dir = await dumps({ '004_ab12.txt': A, '2025-06-12.txt': A });
    const content = await tempDir();
    expect((await runIngest(['--content', content, path.join(dir, '2025-06-12.txt')])).code).toBe(0);
    const before = await snapshotDir(content);
    const copy = await runIngest(['--content', content, path.join(dir, '004_ab12.txt')]);
    expect(scrub(copy.stderr, dir, content)).toBe(FILED);
    expect(copy.stdout).toContain('(0 new, 0 updated, 3 unchanged)');
    expect(await snapshotDir(content)).toEqual(before);
  });

  test('a later, fuller save under the day’s name takes the undated listing too, day by day as in one run: its papers first, then the new ones', async () => {
    const dir = await dumps({ '004_ab12.txt': A, '2025-06-12.txt': B + A.split('\n').reverse().slice(1).reverse().join('\n') + '\n' });
    const [dayByDay, oneRun] = [await tempDir(), await tempDir()];
    expect((await runIngest(['--content', dayByDay, path.join(dir, '004_ab12.txt')])).code).toBe(0);
    const later = await runIngest(['--content', dayByDay, path.join(dir, '2025-06-12.txt')]);
    expect(scrub(later.stderr, dir, dayByDay)).toBe(MOVED);
    expect(later.stdout).toContain('(2 new, 3 updated, 0 unchanged)');
    expect((await runIngest(['--content', oneRun, path.join(dir, '004_ab12.txt'), path.join(dir, '2025-06-12.txt')])).code).toBe(0);
    expect(await PAPERS(oneRun)).toEqual(await PAPERS(dayByDay));
    expect((await LISTINGS(dayByDay)).flat().sort()).toEqual([
      '2025-06-12 004_ab12.txt 1',
      '2025-06-12 004_ab12.txt 2',
      '2025-06-12 004_ab12.txt 3',
      '2025-06-12 2025-06-12.txt 4',
      '2025-06-12 2025-06-12.txt 5',
    ]);
  });

  test('a dated dump with only some of an undated listing’s papers leaves it, with a warning naming both and the way to date it, which works', async () => {
    const dir = await dumps({ '004_ab12.txt': A + B, '2025-06-12.txt': A });
    const content = await tempDir();
    expect((await runIngest(['--content', content, path.join(dir, '004_ab12.txt')])).code).toBe(0);
    const part = await runIngest(['--content', content, path.join(dir, '2025-06-12.txt')]);
    expect(scrub(part.stderr, dir, content)).toBe(
      "warning: <tmp>/2025-06-12.txt: all 3 of its papers are also on the undated listing `004-ab12` (of 5 there, ingested from `004_ab12.txt`), so they are listed twice: if that listing is this day's, ingest `004_ab12.txt` again with `--date 2025-06-12` (it moves to the day, and its URL redirects there); if it is another listing (another day's, or a week's), leave it",
    );
    const fixed = await runIngest(['--content', content, '--date', '2025-06-12', path.join(dir, '004_ab12.txt')]);
    expect(fixed.stderr).toBe('');
    expect((await LISTINGS(content)).every((listings) => listings.length === 1 && listings[0]!.startsWith('2025-06-12 '))).toBe(true);
    expect((await MANIFEST(content)).listings).toEqual({ '004-ab12': '2025-06-12', '2025-06-12': '2025-06-12' });
  });

  test('an undated listing whose date line is another day stays where it is, with a warning', async () => {
    const dir = await dumps({ '004_ab12.txt': `Jun 11\n${A}`, '2025-06-12.txt': A });
    const content = await tempDir();
    expect((await runIngest(['--content', content, path.join(dir, '004_ab12.txt')])).code).toBe(0);
    const other = await runIngest(['--content', content, path.join(dir, '2025-06-12.txt')]);
    expect(scrub(other.stderr, dir, content)).toBe(
      'warning: <tmp>/2025-06-12.txt: has every paper of the undated listing `004-ab12` (all 3, ingested from `004_ab12.txt`), but that listing is dated `Jun 11`, not 12 June 2025, so both list them: check the day of each dump',
    );
    expect((await MANIFEST(content)).listings).toEqual({ '004-ab12': '004-ab12', '2025-06-12': '2025-06-12' });
  });
});
