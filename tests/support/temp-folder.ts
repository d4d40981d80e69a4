import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One temp folder for the whole run, removed at its end: every test, and every
 * build, ingest or browser it starts, takes its temp folders from `TMPDIR`,
 * which the workers and their children inherit. Tests need not remove what
 * they make (a failed one could not), and a run leaves nothing in /tmp.
 * `FOLIO_TEST_KEEP=1` keeps it for a look afterwards.
 */
export default function setup() {
  const outer = process.env.TMPDIR;
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-tests-'));
  process.env.TMPDIR = run;
  return () => {
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    if (process.env.FOLIO_TEST_KEEP) console.log(`kept the tests' temp folders in ${run}`);
    else fs.rmSync(run, { recursive: true, force: true });
  };
}
