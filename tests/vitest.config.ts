import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kept beside the tests; paths below are relative to the repository root.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Before the projects' own: a temp folder for the run, removed at its end.
    globalSetup: ['tests/support/temp-folder.ts'],
    projects: [
      {
        // Pure modules: fast, no disk, no build.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/support/**/*.test.ts'], setupFiles: ['tests/support/fast-check-seed.ts'] },
      },
      {
        // The ingest command line, run as a user would, on invented dumps and the real seeds.
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
      },
      {
        // The built site: the seeds are ingested and built once (two builds:
        // root and a base path) by the global setup, and every file shares them.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // A browser on a busy machine can take seconds to settle: polls wait
          // for the state they expect (up to 15 s), never a fixed time.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
