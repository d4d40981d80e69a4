import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { withAstroLock } from '../support/astro.ts';
import { ROOT, tempDir } from './run-ingest.ts';

test('npm run dev serves the sample archive', () => withAstroLock(async () => {
  const bin = path.join(ROOT, 'node_modules/.bin');
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, FOLIO_CACHE_DIR: await tempDir('folio-dev-cache-') };
  delete env.FOLIO_CONTENT;
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
        log += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(log.replace(/\x1b\[[0-9;]*m/g, ''));
        if (found) {
          clearTimeout(timer);
          resolve(found[0]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${log}`)));
    });
    // The server may print its address before the first content sync is done.
    let response = await fetch(url);
    for (let tries = 0; response.status !== 200 && tries < 30; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      response = await fetch(url);
    }
    expect(response.status, log).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<h1[^>]*>/);
    expect(html).toContain('href="/papers/');
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}), 300_000);
