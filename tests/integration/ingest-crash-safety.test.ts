import { execFile, spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { chmod, cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/lib/generate-corpus.ts';
import { createRandom } from '../../bench/lib/random.ts';
import { writeCorpus } from '../../bench/lib/write-corpus.ts';
import { parseEntry } from '../../src/format/entry.ts';
import { manifestSchema } from '../../src/format/manifest-schema.ts';
import { paperSchema } from '../../src/format/paper-schema.ts';
import { LOCK_NAME, lockContentFolder } from '../../scripts/lib/ingest-lock.ts';
import { STAGING_DIR } from '../../scripts/lib/content-transaction.ts';
import { configProblems } from '../../src/integrations/preflight.ts';
import { ROOT, runIngest, snapshotDir, tempDir, type IngestResult } from './run-ingest.ts';

const NODE = path.join(ROOT, 'node_modules/.bin/node');
const INGEST = path.join(ROOT, 'scripts/ingest.js');

/** Invented dumps: `first` (one listing) and `second` (the next ones, repeating some of its papers), a few hundred papers in all. */
let first: string;
let second: string;
/** A content folder holding `first` alone, as a user's folder looks before the day's ingest. */
let base: string;
beforeAll(async () => {
  // Named by day, as a lab saves them: the ingest warns about undated dumps, and these runs must say nothing but what they test.
  const corpus = generateCorpus({ seed: 'crash-safety', papers: 360, datedNames: true });
  const dir = await tempDir('folio-crash-dumps-');
  const files = await writeCorpus(corpus, dir);
  first = path.join(dir, 'first');
  second = path.join(dir, 'second');
  await mkdir(first);
  await mkdir(second);
  for (const [i, file] of files.entries()) await cp(file, path.join(i === 0 ? first : second, path.basename(file)));
  base = path.join(await tempDir(), 'content');
  expect((await runIngest(['--content', base, first])).code).toBe(0);
}, 120_000);

/** A copy of `base` in a fresh folder. */
async function copyOfBase(): Promise<string> {
  const content = path.join(await tempDir(), 'content');
  await cp(base, content, { recursive: true });
  return content;
}

/** Every file of a content folder parses: entries fit the paper schema, the manifest its schema. Returns the problems. */
async function invalidFiles(content: string): Promise<string[]> {
  const problems: string[] = [];
  for (const [file, text] of await snapshotDir(content)) {
    if (file.startsWith(STAGING_DIR) || file === LOCK_NAME) continue;
    try {
      if (file.endsWith('.mdx')) paperSchema.parse(parseEntry(text).data);
      else if (file === 'published.json') manifestSchema.parse(JSON.parse(text));
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return problems;
}

describe('two ingests of one content folder', () => {
  test('run at once, the second waits for the first, and the folder holds every paper of both', async () => {
    // What the two give one after the other (in either order: slugs and entries do not depend on it).
    const reference = await copyOfBase();
    await runIngest(['--content', reference, second]);
    const content = path.join(await tempDir(), 'content');
    const results = await Promise.all([runIngest(['--content', content, first]), runIngest(['--content', content, second])]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(await snapshotDir(content)).toEqual(await snapshotDir(reference));
  });

  test('a second ingest that cannot wait names the process that holds the folder, and writes nothing', async () => {
    const content = await copyOfBase();
    const before = await snapshotDir(content);
    const lock = await lockContentFolder(content, { waitMs: 0 });
    let result: IngestResult;
    try {
      result = await runIngest(['--content', content, '--wait', '0', second]);
    } finally {
      await lock.release();
    }
    expect(result.code).toBe(1);
    expect(result.stderr.replaceAll(content, '<content>')).toMatchInlineSnapshot(`
      "ingest: another ingest is running (pid ${process.pid}) on <content>; nothing was written. Run again when it has finished, or give it longer with --wait SECONDS. If no ingest is running, remove <content>/.ingest.lock
      "
    `);
    expect(await snapshotDir(content)).toEqual(before);
  });

  test('a second ingest that may wait goes ahead when the first finishes', async () => {
    const content = await copyOfBase();
    const lock = await lockContentFolder(content, { waitMs: 0 });
    const child = spawn(NODE, [INGEST, '--content', content, '--wait', '60', second], { cwd: ROOT });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Released once the second run says it waits.
    await new Promise<void>((resolve) => child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()).includes('waiting') && resolve()));
    await lock.release();
    expect(await exited, stderr).toBe(0);
    // Its own lines only: the dumps' warnings (a glued `Subscribe`) follow.
    expect(stderr.split('\n').filter((line) => !line.startsWith('warning: '))).toEqual([`ingest: another ingest (pid ${process.pid}) is writing ${content}; waiting up to 60 s for it to finish`, '']);
    expect(existsSync(path.join(content, LOCK_NAME))).toBe(false);
  });

  test('a lock left by a killed ingest is taken over at once, and nothing of it lingers', async () => {
    const content = await copyOfBase();
    const dead = await new Promise<number>((resolve) => {
      const child = execFile(NODE, ['-e', '']);
      child.on('exit', () => resolve(child.pid!));
    });
    await writeFile(path.join(content, LOCK_NAME), JSON.stringify({ pid: dead, host: hostname(), id: 'a-killed-run' }));
    const result = await runIngest(['--content', content, '--wait', '0', second]);
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(content)).sort()).toEqual(['papers', 'published.json', 'topics.yaml']);
  });
});

describe('an ingest whose writes fail', () => {
  test('stops with one line naming the file and the cause, and leaves the folder byte for byte as it was', async (context) => {
    const content = await copyOfBase();
    const before = await snapshotDir(content);
    // A real error halfway through the commit, after the entries are in place: the manifest cannot be replaced.
    const undo = await makeUnreplaceable(path.join(content, 'published.json'));
    if (undo === undefined) return context.skip('this machine allows neither chattr +i (as root) nor a read-only folder (as a user)');
    let result: IngestResult;
    try {
      result = await runIngest(['--content', content, second]);
    } finally {
      await undo();
    }
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.replaceAll(content, '<content>')).toMatch(
      /^<content>\/(published\.json|papers\/[a-z0-9-]+\.mdx): could not [a-z ]+ \((EPERM: operation not permitted|EACCES: permission denied)\); ingest stopped, and the content folder is as it was before it\n$/,
    );
    expect(await snapshotDir(content)).toEqual(before);
    expect(existsSync(path.join(content, STAGING_DIR))).toBe(false);
  });
});

/**
 * Makes a file impossible to replace, as a failing disk would: immutable
 * (`chattr +i`) as root, whom permissions do not stop; otherwise its folder's
 * papers/ read-only. Returns the undo, or nothing when neither works here.
 */
async function makeUnreplaceable(file: string): Promise<(() => Promise<void>) | undefined> {
  const run = (command: string, args: string[]) => new Promise<boolean>((resolve) => execFile(command, args, (error) => resolve(error === null)));
  if (process.getuid?.() === 0) {
    return (await run('chattr', ['+i', file])) ? async () => void (await run('chattr', ['-i', file])) : undefined;
  }
  const papers = path.join(path.dirname(file), 'papers');
  await chmod(papers, 0o555);
  return async () => chmod(papers, 0o755);
}

describe('an ingest killed at any moment', () => {
  test('leaves every file whole, and the next ingest gives exactly what a clean run gives', async () => {
    const reference = await copyOfBase();
    const started = Date.now();
    await runIngest(['--content', reference, second]);
    const cleanRunMs = Date.now() - started;
    const expected = await snapshotDir(reference);
    const random = createRandom('kill-9');
    const killedWhile: string[] = [];
    for (let round = 0; round < 6; round++) {
      const content = await copyOfBase();
      // Half the kills land while the entries are written; the others at any moment of the run.
      const whileWriting = round % 2 === 0;
      const delay = whileWriting ? random.int(0, 120) : random.int(0, cleanRunMs);
      killedWhile.push(await killIngest(content, whileWriting, delay));
      expect(await invalidFiles(content), `round ${round}`).toEqual([]);
      // A build now must refuse a folder left half written (its new URLs would vanish at the next ingest), and only that.
      const halfWritten = existsSync(path.join(content, STAGING_DIR, 'journal.json'));
      expect((await configProblems({ FOLIO_CONTENT: content })).some((p) => p.includes('half written')), `round ${round}`).toBe(halfWritten);
      // Left over from an older Folio, whose writes made `<file>.<number>` temporary files.
      await writeFile(path.join(content, 'papers', 'stray-entry.mdx.2718281828'), '---\ntitle: half');
      const again = await runIngest(['--content', content, second]);
      expect(again.code, again.stderr).toBe(0);
      expect(await snapshotDir(content), `round ${round}: killed ${killedWhile[round]}`).toEqual(expected);
      expect((await readdir(content)).sort()).toEqual(['papers', 'published.json', 'topics.yaml']);
    }
    // The loop must have killed some runs while they wrote, not only before or after.
    expect(killedWhile.filter((w) => w === 'while writing').length).toBeGreaterThan(0);
  }, 240_000);
});

/**
 * Runs the ingest of `second` into `content` and kills it with SIGKILL:
 * `delay` ms after its staging folder appears (`whileWriting`), or after it
 * starts. Says when the kill landed.
 */
async function killIngest(content: string, whileWriting: boolean, delay: number): Promise<string> {
  const child = spawn(NODE, [INGEST, '--content', content, second], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const watcher = watch(content);
  const staged = new Promise<void>((resolve) => watcher.on('change', (_, name) => name === STAGING_DIR && resolve()));
  try {
    await Promise.race([whileWriting ? staged : Promise.resolve(), exited]);
    await sleep(delay);
    const wasWriting = existsSync(path.join(content, STAGING_DIR));
    child.kill('SIGKILL');
    const code = await exited;
    return code === 0 ? 'after it finished' : wasWriting ? 'while writing' : 'before writing';
  } finally {
    watcher.close();
  }
}
