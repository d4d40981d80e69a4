import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './run-ingest.ts';

// The suite makes about a thousand temp folders a run (content folders, builds, locks): run
// after run on a developer's machine they filled /tmp. A run of the suite leaves none behind.
test('a run of the tests leaves no folder in the temp directory', () => {
  const outer = mkdtempSync(path.join(os.tmpdir(), 'folio-outer-'));
  try {
    // Files whose tests make temp folders and, written alone, never removed them.
    const files = ['tests/unit/scripts/lib/ingest-lock.test.ts', 'tests/unit/src/loaders/store-items.test.ts'];
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/vitest'), ['run', '--config', 'tests/vitest.config.ts', ...files], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: outer, FOLIO_TEST_KEEP: '' },
      encoding: 'utf8',
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(readdirSync(outer)).toEqual([]);
  } finally {
    rmSync(outer, { recursive: true, force: true });
  }
}, 120_000);
