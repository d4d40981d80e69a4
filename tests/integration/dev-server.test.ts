import { spawn } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { withAstroLock } from '../support/astro.ts';
import { ROOT, tempDir } from './run-ingest.ts';

/** A running `npm run dev`: its address and what it has printed so far. */
interface DevServer {
  url: string;
  log: () => string;
}

/** Runs `fn` with `npm run dev` started on `content` (the default, ./content, when undefined), and stops the server after. */
async function withDevServer(content: string | undefined, fn: (server: DevServer) => Promise<void>): Promise<void> {
  const bin = path.join(ROOT, 'node_modules/.bin');
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, FOLIO_CACHE_DIR: await tempDir('folio-dev-cache-') };
  delete env.FOLIO_CONTENT;
  if (content !== undefined) env.FOLIO_CONTENT = content;
  // As a user starts it: Astro's dev server behaves differently under Vitest (every page 404s).
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV') delete env[key];
  // `npm run dev` is `astro dev`; a free port, the loopback interface only, and
  // beside (not instead of) any dev server the developer has running.
  const child = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', '0', '--ignore-lock'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start in 60 s:\n${log}`)), 60_000);
      const onData = (chunk: Buffer) => {
        log += chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(log);
        if (found) {
          clearTimeout(timer);
          resolve(found[0]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${log}`)));
    });
    await fn({ url, log: () => log });
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/** The status of `url`, asked again every half second (up to `seconds`) until `done` holds. */
async function statusWhen(url: string, done: (status: number) => boolean, seconds = 15): Promise<number> {
  let status = (await fetch(url)).status;
  for (let tries = 0; !done(status) && tries < seconds * 2; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    status = (await fetch(url)).status;
  }
  return status;
}

test('npm run dev serves the sample archive', () => withAstroLock(() => withDevServer(undefined, async ({ url, log }) => {
  // The server may print its address before the first content sync is done.
  expect(await statusWhen(url, (status) => status === 200), log()).toBe(200);
  const html = await (await fetch(url)).text();
  expect(html).toMatch(/<h1[^>]*>/);
  expect(html).toContain('href="/papers/');
})), 300_000);

test('npm run dev takes the fix its error gives for a renamed topic without a restart (the papers reload when topics.yaml does)', async () => {
  // The sample archive with `language-models` renamed `llms`, its old id not kept: the entries still name it.
  const content = await tempDir('folio-dev-content-');
  await cp(path.join(ROOT, 'content'), content, { recursive: true });
  const taxonomy = path.join(content, 'topics.yaml');
  const renamed = (await readFile(taxonomy, 'utf8')).replace(/^  - id: language-models$/m, '  - id: llms');
  await writeFile(taxonomy, renamed);
  await withAstroLock(() => withDevServer(content, async ({ url, log }) => {
    expect(await statusWhen(url, (status) => status === 500), log().slice(-4000)).toBe(500);
    expect(log()).toContain('`topics` records `language-models`, which no topic in topics.yaml has as its id or in its aliases');
    expect(log()).toContain('add it to the `aliases` of the topic that replaced it');
    // The fix as the message gives it, while the server runs.
    await writeFile(taxonomy, renamed.replace(/^  - id: llms$/m, '  - id: llms\n    aliases: [language-models]'));
    expect(await statusWhen(url, (status) => status === 200), log().slice(-4000)).toBe(200);
    expect((await fetch(new URL('topics/llms/', url))).status, log().slice(-4000)).toBe(200);
  }));
}, 300_000);
