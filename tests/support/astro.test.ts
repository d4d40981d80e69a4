import os from 'node:os';
import { afterEach, expect, test } from 'vitest';
import { astroLockTarget } from './astro.ts';

const runTmp = process.env.TMPDIR;
afterEach(() => {
  if (runTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = runTmp;
});

// Each run of the suite has a temp folder of its own (temp-folder.ts); Astro's generated modules are the repository's, whichever run builds.
test('two runs of the suite at once, each with its own TMPDIR, share one lock on Astro in this repository', () => {
  const first = astroLockTarget();
  process.env.TMPDIR = os.tmpdir() === '/tmp' ? '/var/tmp' : '/tmp';
  expect(astroLockTarget()).toBe(first);
});
