import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CommitError, commitFiles, ContentWriteError, recoverContent, removeStrayTempFiles, STAGING_DIR } from '../../../../scripts/lib/content-transaction.ts';
import { nodeTransactionFs, type TransactionFs } from '../../../../scripts/lib/transaction-fs.ts';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A content folder on disk with two entries and a manifest. */
function contentFolder(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'folio-transaction-'));
  folders.push(root);
  mkdirSync(path.join(root, 'papers'));
  writeFileSync(path.join(root, 'papers/kept.mdx'), 'kept v1\n');
  writeFileSync(path.join(root, 'papers/changed.mdx'), 'changed v1\n');
  writeFileSync(path.join(root, 'published.json'), '{"v":1}\n');
  return root;
}

/** Every file and folder under `root` with its content (folders as `<dir>`): the byte-level picture of it. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const relative = path.relative(root, path.join(entry.parentPath, entry.name));
    out[relative] = entry.isDirectory() ? '<dir>' : readFileSync(path.join(root, relative), 'utf8');
  }
  return out;
}

/** The writes of one ingest: a changed entry, two new ones (one in a new folder), then the manifest. */
const writes = (root: string) => [
  [
    { file: path.join(root, 'papers/changed.mdx'), text: 'changed v2\n' },
    { file: path.join(root, 'papers/new.mdx'), text: 'new v2\n' },
    { file: path.join(root, 'extra/deeper/more.mdx'), text: 'more v2\n' },
  ],
  [{ file: path.join(root, 'published.json'), text: '{"v":2}\n' }],
];

/** The real file system, failing its `failAt`-th call (1-based) with ENOSPC, or from that call on when `dies` (a killed process). */
function faulty(failAt: number, dies = false): TransactionFs & { calls: () => number } {
  const real = nodeTransactionFs();
  let calls = 0;
  const wrapped = Object.fromEntries(
    Object.entries(real).map(([name, call]) => [
      name,
      (...args: unknown[]) => {
        calls++;
        if (calls === failAt || (dies && calls > failAt)) return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
        return (call as (...a: unknown[]) => Promise<unknown>)(...args);
      },
    ]),
  ) as unknown as TransactionFs;
  return { ...wrapped, calls: () => calls };
}

/** A copy of a folder as a killed run left it, to stop its recovery at each call in turn. */
function copyOf(root: string): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'folio-transaction-'));
  folders.push(copy);
  cpSync(root, copy, { recursive: true });
  return copy;
}

/** How many file-system calls a successful commit of `writes` makes. */
async function callsOfACommit(): Promise<number> {
  const root = contentFolder();
  const counting = faulty(Number.POSITIVE_INFINITY);
  await commitFiles(root, writes(root), { fs: counting });
  return counting.calls();
}

describe('commitFiles', () => {
  test('writes every file and leaves no staging behind', async () => {
    const root = contentFolder();
    expect(await commitFiles(root, writes(root))).toBeUndefined();
    expect(snapshot(root)).toEqual({
      papers: '<dir>',
      'papers/kept.mdx': 'kept v1\n',
      'papers/changed.mdx': 'changed v2\n',
      'papers/new.mdx': 'new v2\n',
      extra: '<dir>',
      'extra/deeper': '<dir>',
      'extra/deeper/more.mdx': 'more v2\n',
      'published.json': '{"v":2}\n',
    });
  });

  test('leaves the folder byte for byte as it was when any one file-system call fails, and names the path and the cause', async () => {
    const total = await callsOfACommit();
    expect(total).toBeGreaterThan(20);
    let failures = 0;
    for (let k = 1; k <= total; k++) {
      const root = contentFolder();
      const before = snapshot(root);
      const result = await commitFiles(root, writes(root), { fs: faulty(k) }).then(
        (warning) => ({ warning }),
        (error: unknown) => ({ error }),
      );
      if ('error' in result) {
        failures++;
        expect(result.error, `call ${k}`).toBeInstanceOf(CommitError);
        const { failure, restored } = result.error as CommitError;
        expect(restored, `call ${k}`).toBe(true);
        expect(failure.message, `call ${k}`).toMatch(new RegExp(`^${root}(/\\S+)?: could not [a-z ]+ \\(ENOSPC: no space left on device\\)$`));
        expect(snapshot(root), `call ${k}: ${failure.message}`).toEqual(before);
      } else {
        // Only removing the staging folder, after the commit, may fail without undoing it.
        expect(result.warning, `call ${k}`).toMatch(/ingest-staging: could not remove it \(ENOSPC/);
        await recoverContent(root);
        expect(snapshot(root)[STAGING_DIR]).toBeUndefined();
      }
    }
    expect(failures).toBe(total - 1);
  });

  test('after a kill at any call, recovery leaves the folder as before or as after, and every file is whole meanwhile', async () => {
    const total = await callsOfACommit();
    const after = (() => {
      const root = contentFolder();
      return commitFiles(root, writes(root)).then(() => snapshot(root));
    })();
    const versions = new Set(['kept v1\n', 'changed v1\n', 'changed v2\n', 'new v2\n', 'more v2\n', '{"v":1}\n', '{"v":2}\n']);
    const outcomes = new Set<string>();
    for (let k = 1; k <= total; k++) {
      const root = contentFolder();
      const before = snapshot(root);
      await commitFiles(root, writes(root), { fs: faulty(k, true) }).catch(() => undefined);
      for (const [file, text] of Object.entries(snapshot(root))) {
        if (!file.startsWith(STAGING_DIR) && text !== '<dir>') expect(versions, `call ${k}: ${file}`).toContain(text);
      }
      await recoverContent(root);
      const recovered = snapshot(root);
      if (JSON.stringify(recovered) === JSON.stringify(before)) outcomes.add('before');
      else {
        expect(recovered, `killed at call ${k}`).toEqual(await after);
        outcomes.add('after');
      }
    }
    expect([...outcomes].sort()).toEqual(['after', 'before']);
  });

  test('a recovery itself killed at any call is finished by the next: the folder as before or as after, never between', async () => {
    const total = await callsOfACommit();
    const before = snapshot(contentFolder());
    const after = await (async () => {
      const root = contentFolder();
      await commitFiles(root, writes(root));
      return snapshot(root);
    })();
    // Commits killed where a journal is left, with files to put back: before any is renamed, halfway, after the last.
    const journaled: string[] = [];
    for (let k = 1; k <= total; k++) {
      const killed = contentFolder();
      await commitFiles(killed, writes(killed), { fs: faulty(k, true) }).catch(() => undefined);
      if (snapshot(killed)[path.join(STAGING_DIR, 'journal.json')] !== undefined) journaled.push(killed);
    }
    expect(journaled.length).toBeGreaterThan(2);
    let interrupted = 0;
    for (const killed of [journaled[0]!, journaled[Math.floor(journaled.length / 2)]!, journaled.at(-1)!]) {
      const counting = faulty(Number.POSITIVE_INFINITY);
      const probe = copyOf(killed);
      await recoverContent(probe, { fs: counting });
      for (let j = 1; j <= counting.calls(); j++) {
        const root = copyOf(killed);
        await recoverContent(root, { fs: faulty(j, true) }).then(
          () => undefined,
          () => interrupted++,
        );
        await recoverContent(root);
        const recovered = snapshot(root);
        if (JSON.stringify(recovered) !== JSON.stringify(before)) expect(recovered, `commit killed at ${journaled.indexOf(killed)}, its recovery at call ${j}`).toEqual(after);
      }
    }
    // Some recoveries must have been cut short, not only ones with nothing left to do.
    expect(interrupted).toBeGreaterThan(0);
  });

  test('undoes the files already renamed when a later rename fails for real (a folder in the way)', async () => {
    const root = contentFolder();
    mkdirSync(path.join(root, 'published.json.d'));
    const before = snapshot(root);
    const error = await commitFiles(root, [[{ file: path.join(root, 'papers/changed.mdx'), text: 'changed v2\n' }], [{ file: path.join(root, 'published.json.d'), text: 'x' }]]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommitError);
    expect((error as CommitError).failure).toBeInstanceOf(ContentWriteError);
    expect((error as CommitError).message).toMatch(/published\.json\.d: could not [a-z ]+ \(E(ISDIR|NOTEMPTY|EXIST|PERM)/);
    expect(snapshot(root)).toEqual(before);
  });

  test('undoes a failed commit only once the moves under way have ended, so none lands after the undo', async () => {
    const root = contentFolder();
    const before = snapshot(root);
    const real = nodeTransactionFs();
    // The move of new.mdx fails at once; the move of changed.mdx, started beside it, ends only once
    // something has looked at its staged file since the failure (an undo at work), or after 500 ms.
    const staged = path.join(root, STAGING_DIR, 'new/papers/changed.mdx');
    let failed = false;
    let looked = () => {};
    const lookedAt = new Promise<void>((resolve) => (looked = resolve));
    const fs: TransactionFs = {
      ...real,
      exists: async (file: string) => {
        const found = await real.exists(file);
        if (failed && file === staged) looked();
        return found;
      },
      rename: async (from: string, to: string) => {
        if (to === path.join(root, 'papers/new.mdx')) {
          failed = true;
          throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
        }
        if (to === path.join(root, 'papers/changed.mdx')) await Promise.race([lookedAt, new Promise((resolve) => setTimeout(resolve, 500))]);
        return real.rename(from, to);
      },
    };
    const error = await commitFiles(root, writes(root), { fs }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommitError);
    expect((error as CommitError).restored).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(snapshot(root)).toEqual(before);
  });

  test('writes nothing, not even a staging folder, when there is nothing to write', async () => {
    const root = contentFolder();
    const before = snapshot(root);
    await commitFiles(root, [[], []]);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('recoverContent', () => {
  test('removes a staging folder left before the commit started, touching nothing else', async () => {
    const root = contentFolder();
    const before = snapshot(root);
    mkdirSync(path.join(root, STAGING_DIR, 'new/papers'), { recursive: true });
    writeFileSync(path.join(root, STAGING_DIR, 'new/papers/half.mdx'), 'half');
    expect(await recoverContent(root)).toEqual({ restored: 0, clearedStaging: true });
    expect(snapshot(root)).toEqual(before);
  });

  test('does nothing to a folder no run left unfinished', async () => {
    const root = contentFolder();
    const before = snapshot(root);
    expect(await recoverContent(root)).toEqual({ restored: 0, clearedStaging: false });
    expect(snapshot(root)).toEqual(before);
  });

  test('refuses a journal it cannot read, naming it', async () => {
    const root = contentFolder();
    mkdirSync(path.join(root, STAGING_DIR));
    writeFileSync(path.join(root, STAGING_DIR, 'journal.json'), '{"half":');
    await expect(recoverContent(root)).rejects.toThrow(/journal\.json: could not read it \(it is not a journal this ingest wrote/);
  });
});

describe('removeStrayTempFiles', () => {
  test('removes the `<file>.<number>` files an older ingest left when killed, and nothing else', async () => {
    const root = contentFolder();
    const before = snapshot(root);
    writeFileSync(path.join(root, 'papers/kept.mdx.3141592653'), 'half');
    writeFileSync(path.join(root, 'published.json.42'), '{');
    writeFileSync(path.join(root, 'topics.yaml.7'), 'to');
    writeFileSync(path.join(root, 'papers/notes.txt.1'), 'mine');
    expect(await removeStrayTempFiles([root, path.join(root, 'papers')])).toBe(3);
    expect(snapshot(root)).toEqual({ ...before, 'papers/notes.txt.1': 'mine' });
  });
});
