/**
 * A process that races others for content folders' ingest locks, for
 * tests/integration/ingest-lock-race.test.ts. Prints one JSON line per event.
 *
 * ```text
 * node lock-racer.ts abandon ROOT…              take each folder's lock, then die by SIGKILL, as a killed ingest does
 * node lock-racer.ts race START PERIOD HOLD ROOT…  at START + i × PERIOD (ms since the epoch), take the i-th folder's lock and hold it HOLD ms
 * ```
 *
 * While it holds a lock it keeps a file `inside` in the folder, made with
 * O_EXCL: a racer that finds it there holds the lock at the same time as
 * another, and says so.
 */
import { unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { lockContentFolder } from '../../scripts/lib/ingest-lock.ts';

const [mode, ...args] = process.argv.slice(2);
const say = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ pid: process.pid, ...event })}\n`);

if (mode === 'abandon') {
  for (const root of args) await lockContentFolder(root, { waitMs: 0 });
  process.kill(process.pid, 'SIGKILL');
} else if (mode === 'race') {
  const [start, period, hold, ...roots] = args;
  for (const [trial, root] of roots.entries()) {
    const at = Number(start) + trial * Number(period);
    if (at > Date.now()) await sleep(at - Date.now());
    try {
      const lock = await lockContentFolder(root, { waitMs: 30_000 });
      const inside = path.join(root, 'inside');
      let alone = true;
      try {
        writeFileSync(inside, String(process.pid), { flag: 'wx' });
      } catch {
        alone = false;
      }
      say({ trial, event: alone ? 'held' : 'held with another' });
      await sleep(Number(hold));
      lock.assertHeld();
      if (alone) unlinkSync(inside);
      await lock.release();
    } catch (error) {
      say({ trial, event: 'error', message: (error as Error).message });
    }
  }
}
