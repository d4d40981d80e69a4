import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ROOT, tempDir } from './run-ingest.ts';

const NODE = path.join(ROOT, 'node_modules/.bin/node');
const RACER = path.join(ROOT, 'tests/support/lock-racer.ts');
const RACERS = 4;
const TRIALS = 12;
/** Long enough for every racer to have held the lock once in a trial (a takeover, then the others one after another). */
const PERIOD_MS = 1_500;

/** Runs the lock racer; resolves with its events, whatever its exit. */
async function racer(args: string[]): Promise<{ events: Array<{ trial?: number; event?: string; message?: string }>; stderr: string }> {
  const { stdout, stderr } = await promisify(execFile)(NODE, [RACER, ...args], { cwd: ROOT, timeout: 120_000 }).catch((error: { stdout: string; stderr: string }) => error);
  return { events: stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line)), stderr };
}

/** A content folder per trial, each holding a lock left by a killed ingest (`left`). */
async function foldersWithAbandonedLocks(left: 'by this version' | 'by an older version'): Promise<string[]> {
  const base = await tempDir('folio-lock-race-');
  const roots = Array.from({ length: TRIALS }, (_, i) => path.join(base, `content-${i}`));
  for (const root of roots) mkdirSync(root);
  if (left === 'by this version') {
    await racer(['abandon', ...roots]);
  } else {
    // An older Folio's lock: an empty folder, and its holder's record beside it.
    const { pid: dead } = await promisify(execFile)(NODE, ['-e', 'process.stdout.write(String(process.pid))']).then(({ stdout }) => ({ pid: Number(stdout) }));
    for (const root of roots) {
      mkdirSync(path.join(root, '.ingest.lock'));
      writeFileSync(path.join(root, '.ingest.lock.pid'), JSON.stringify({ pid: dead, host: hostname() }));
    }
  }
  for (const root of roots) expect(readdirSync(root)).toContain('.ingest.lock');
  return roots;
}

describe('lockContentFolder, raced by ingests started together over a killed ingest’s lock', () => {
  test.each(['by this version', 'by an older version'] as const)(
    'lets exactly one hold it at a time, each in turn, without errors (lock left %s)',
    async (left) => {
      const roots = await foldersWithAbandonedLocks(left);
      // Released together: every racer waits for the same instant, well after they have all started.
      const start = Date.now() + 2_000;
      const runs = await Promise.all(Array.from({ length: RACERS }, () => racer(['race', String(start), String(PERIOD_MS), '50', ...roots])));
      const events = runs.flatMap((run) => run.events);
      expect(runs.map((run) => run.stderr).join('')).toBe('');
      expect(events.filter((e) => e.event !== 'held')).toEqual([]);
      expect(events.length).toBe(RACERS * TRIALS);
      for (const root of roots) expect(readdirSync(root)).toEqual([]);
    },
    120_000,
  );
});
