import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT, runIngest, snapshotDir, tempDir } from './run-ingest.ts';

/**
 * The site a fresh clone builds is the sample archive in content/, ingested
 * from the dumps in samples/. It must be exactly what today's ingest makes of
 * them: a change to the ingest's output format (a slug rule, a manifest
 * field) then shows here, and the sample is ingested again rather than left
 * in an older format that a newcomer's first ingest would rewrite.
 */
test('content/ is exactly what the ingest makes of samples/', async () => {
  const content = path.join(await tempDir('folio-sample-'), 'content');
  const run = await runIngest(['--content', content, path.join(ROOT, 'samples')]);
  expect(run.code, run.stderr).toBe(0);
  const made = await snapshotDir(content);
  const committed = await snapshotDir(path.join(ROOT, 'content'));
  for (const name of committed.keys()) if (name.startsWith('.ingest')) committed.delete(name);
  expect([...committed.keys()].sort()).toEqual([...made.keys()].sort());
  for (const [name, text] of made) expect(committed.get(name), `content/${name} differs from a fresh ingest of samples/: run \`rm -rf content && npm run ingest -- samples/\``).toBe(text);
});
