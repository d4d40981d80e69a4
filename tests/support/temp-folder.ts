import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One temp folder for the whole run, removed at its end: every test, and every
 * build, ingest or browser it starts, takes its temp folders from `TMPDIR`,
 * which the workers and their children inherit. Tests need not remove what
 * they make (a failed one could not), and a run leaves nothing in /tmp.
 * `FOLIO_TEST_KEEP=1` keeps it for a look afterwards. What runs of the
 * suite share (the lock on Astro's generated modules: astro.ts) stays in the
 * temp directory they share, `FOLIO_TEST_SHARED_TMPDIR`.
 */
export default function setup() {
  const outer = process.env.TMPDIR;
  // A run started by a test keeps the outermost run's.
  const shared = process.env.FOLIO_TEST_SHARED_TMPDIR;
  process.env.FOLIO_TEST_SHARED_TMPDIR ??= os.tmpdir();
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-tests-'));
  process.env.TMPDIR = run;
  return () => {
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    if (shared === undefined) delete process.env.FOLIO_TEST_SHARED_TMPDIR;
    if (process.env.FOLIO_TEST_KEEP) console.log(`kept the tests' temp folders in ${run}`);
    else fs.rmSync(run, { recursive: true, force: true });
  };
}
