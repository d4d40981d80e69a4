import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import lockfile from 'proper-lockfile';

const repo = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repo, 'node_modules/.bin');

/** The environment `npm run` gives a command: Node 24 from the `node` package first on PATH, `extra` on top. */
export function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };
}

/**
 * Runs `fn` while no other test runs Astro in this repository. Astro writes
 * the modules a build imports (`.astro/content-modules.mjs`, which maps the
 * entries MDX compiles) into the project root, whatever the content folder
 * and cache folder are: two builds of different content folders at once
 * read each other's, and a page's code hash then changes between two builds
 * of the same content. Test files run in parallel, so each `astro` command
 * they start waits its turn here (a lock across processes, beside the temp
 * folders rather than in the repository).
 */
export async function withAstroLock<T>(fn: () => Promise<T>): Promise<T> {
  const target = astroLockTarget();
  const release = await lockfile.lock(target, { realpath: false, stale: 30_000, retries: { retries: 2000, minTimeout: 100, maxTimeout: 1000 } });
  try {
    return await fn();
  } finally {
    await release();
  }
}

/**
 * The file {@link withAstroLock} locks: one per repository, in the temp
 * directory every run of the suite shares (not the run's own TMPDIR:
 * temp-folder.ts), so that two runs at once take turns too.
 */
export function astroLockTarget(): string {
  return path.join(process.env.FOLIO_TEST_SHARED_TMPDIR ?? os.tmpdir(), `folio-astro-${createHash('sha256').update(repo).digest('hex').slice(0, 12)}`);
}

export interface AstroRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `astro ARGS` as `npm run` runs it, with `env` on top, one at a time (see
 * withAstroLock); never throws. Its output is plain text: where colour is
 * forced (FORCE_COLOR in CI) Astro colours each part of a line on its own,
 * and a test reading `papers/x/index.html (cached)` would read nothing.
 */
export function runAstro(args: string[], env: Record<string, string> = {}): Promise<AstroRun> {
  return withAstroLock(
    () =>
      new Promise((resolve) => {
        execFile(path.join(bin, 'astro'), args, { cwd: repo, env: npmEnv(env), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
          resolve({
            code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1,
            stdout: stripVTControlCharacters(stdout),
            stderr: stripVTControlCharacters(stderr),
          }),
        );
      }),
  );
}

/** `astro build` with `env`; its log, or an error carrying the end of it. */
export async function astroBuild(env: Record<string, string>): Promise<string> {
  const run = await runAstro(['build'], env);
  if (run.code !== 0) throw new Error(`astro build failed:\n${run.stderr}\n${run.stdout.slice(-3000)}`);
  return run.stdout;
}
