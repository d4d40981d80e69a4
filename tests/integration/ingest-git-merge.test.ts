import { execFileSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runIngest, snapshotDir, tempDir } from './run-ingest.ts';

/**
 * Two people keep one archive in Git, each ingesting other days on their
 * own clone, then merge: what `git merge` leaves is what the ingest reads.
 */

const DAY_1 = 'Mar 1\nFolded Ropes\nRopes fold into knots under load, as we show.\n';
const DAY_2 = 'Mar 2\nKnots Hold\nKnots hold under load when tied twice.\nBraided Lines\nLines braid when wet and stay braided.\n';
const DAY_3 = 'Mar 3\nLoose Ends\nEnds come loose when the rope is cut.\nWet Hemp\nHemp swells when wet and grips the knot.\n';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Folio Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Dumps of the given days in a fresh folder, one file each, named by day. */
async function dumps(days: Record<string, string>): Promise<string> {
  const dir = await tempDir('folio-merge-dumps-');
  for (const [day, text] of Object.entries(days)) await writeFile(path.join(dir, `${day}.txt`), text);
  return dir;
}

/** A repository whose `content/` holds day 1; branch `theirs` ingests `theirs` as 2025-03-03, `main` ingests `ours` as 2025-03-02, then `theirs` is merged into `main`. Returns the repository, merged as far as Git could. */
async function mergedArchive(ours: string, theirs: string): Promise<string> {
  const repo = await tempDir('folio-merge-repo-');
  const content = path.join(repo, 'content');
  git(repo, 'init', '-q');
  const ingest = async (day: string, text: string) => {
    const run = await runIngest(['--content', content, path.join(await dumps({ [day]: text }), `${day}.txt`)]);
    expect(run.code, run.stderr).toBe(0);
  };
  await ingest('2025-03-01', DAY_1);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'day 1');
  git(repo, 'checkout', '-qb', 'theirs');
  await ingest('2025-03-03', theirs);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'theirs');
  git(repo, 'checkout', '-q', 'main');
  await ingest('2025-03-02', ours);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'ours');
  try {
    git(repo, 'merge', '-q', 'theirs');
  } catch {
    // A conflict: Git leaves the files with its markers, as a user finds them.
  }
  return repo;
}

describe('an archive merged from two clones', () => {
  test('the next ingest merges the conflict Git leaves in published.json, both sides kept, as one clone ingesting every day would have written it', async () => {
    const repo = await mergedArchive(DAY_2, DAY_3);
    const content = path.join(repo, 'content');
    const merged = await readFile(path.join(content, 'published.json'), 'utf8');
    expect(merged).toMatch(/^<<<<<<< /m);
    const line = merged.split('\n').findIndex((l) => l.startsWith('<<<<<<< ')) + 1;

    const run = await runIngest(['--content', content, path.join(await dumps({ '2025-03-03': DAY_3 }), '2025-03-03.txt')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${path.join(content, 'published.json')}:${line}: merged the Git merge conflict`);

    const one = path.join(await tempDir('folio-merge-one-'), 'content');
    const all = await dumps({ '2025-03-01': DAY_1, '2025-03-02': DAY_2, '2025-03-03': DAY_3 });
    for (const day of ['2025-03-01', '2025-03-02', '2025-03-03']) expect((await runIngest(['--content', one, path.join(all, `${day}.txt`)])).code).toBe(0);
    const files = (dir: string) => snapshotDir(dir).then((s) => new Map([...s].filter(([name]) => !name.startsWith('.git'))));
    expect(await files(content)).toEqual(await files(one));
  });

  test('a conflict Git leaves in an entry (a paper both sides listed) stops the ingest naming its lines and what to keep', async () => {
    // Both days list Folded Ropes again: each side adds a listing to its entry at the same place.
    const repo = await mergedArchive(`${DAY_2}Folded Ropes\nRopes fold into knots under load, as we show.\n`, `${DAY_3}Folded Ropes\nRopes fold into knots under load, as we show.\n`);
    const entry = path.join(repo, 'content/papers/folded-ropes.mdx');
    const lines = (await readFile(entry, 'utf8')).split('\n');
    const start = lines.findIndex((l) => l.startsWith('<<<<<<< ')) + 1;
    const end = lines.findIndex((l) => l.startsWith('>>>>>>> ')) + 1;
    expect(start).toBeGreaterThan(0);

    const run = await runIngest(['--content', path.join(repo, 'content'), path.join(await dumps({ '2025-03-03': DAY_3 }), '2025-03-03.txt')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`${entry}:${start}: holds a Git merge conflict (lines ${start}–${end})`);
  });
});
