import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import fs from 'node:fs/promises';
import { afterEach, describe, expect, test, vi } from 'vitest';
import folioPruneOutput, { foldersUp, isStaleOutput } from '../../../../src/integrations/prune-output.ts';

describe('isStaleOutput', () => {
  const start = 1_000_000;
  const kept = new Set(['/dist/papers/kept/index.html']);
  test('keeps what this build wrote, whatever its route', () => {
    expect(isStaleOutput({ path: '/dist/_astro/new.js', mtimeMs: start + 5 }, kept, start)).toBe(false);
    // File times come from a coarse clock: a file written just after the start may read a little before it.
    expect(isStaleOutput({ path: '/dist/_astro/new.js', mtimeMs: start - 20 }, kept, start)).toBe(false);
  });
  test('keeps an older page that a route of this build reused', () => {
    expect(isStaleOutput({ path: '/dist/papers/kept/index.html', mtimeMs: start - 60_000 }, kept, start)).toBe(false);
  });
  test('drops an older file that no route of this build produced', () => {
    expect(isStaleOutput({ path: '/dist/papers/removed/index.html', mtimeMs: start - 60_000 }, kept, start)).toBe(true);
    expect(isStaleOutput({ path: '/dist/_astro/old.js', mtimeMs: start - 60_000 }, kept, start)).toBe(true);
  });
});

describe('foldersUp', () => {
  test('names the folders and their parents, deepest first, never the output folder or above', () => {
    expect(foldersUp(['/dist/topics/x/3', '/dist/topics/x/4', '/dist', '/dist/empty'], '/dist')).toEqual(['/dist/topics/x/3', '/dist/topics/x/4', '/dist/topics/x', '/dist/topics', '/dist/empty']);
    expect(foldersUp([], '/dist')).toEqual([]);
  });
});

describe('folioPruneOutput', () => {
  /** Runs the integration's hooks as a build would, with a site folder holding public/ and dist/. */
  async function build(setup: (site: string) => Promise<void>, warnings: string[] = []): Promise<{ site: string; removed: string[] }> {
    const site = await mkdtemp(path.join(os.tmpdir(), 'folio-prune-'));
    await setup(site);
    const hooks = folioPruneOutput().hooks;
    const logger = { info: () => undefined, warn: (message: string) => void warnings.push(message) };
    const call = (hook: keyof AstroIntegration['hooks'], options: object) => (hooks[hook] as ((options: object) => unknown) | undefined)?.(options);
    await call('astro:config:done', { config: { publicDir: pathToFileURL(`${site}/public/`) }, logger });
    await call('astro:build:start', { logger });
    const dist = path.join(site, 'dist');
    const removed = ['icons.svg', 'fonts/a.woff2', 'gone.svg', 'papers/old/index.html'].filter((file) => existsSync(path.join(dist, file)));
    await call('astro:build:done', { dir: pathToFileURL(`${dist}/`), assets: new Map(), logger });
    return { site, removed: removed.filter((file) => !existsSync(path.join(dist, file))) };
  }
  /** Writes a file dated an hour ago, as a copy that keeps its source's date is. */
  async function writeOld(file: string, text = 'x'): Promise<void> {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(file, hourAgo, hourAgo);
  }

  test("keeps the copies of public/ that Astro dates as their sources, and drops an earlier build's copy of a file no longer in public/", async () => {
    const { site, removed } = await build(async (site) => {
      for (const file of ['icons.svg', 'fonts/a.woff2']) {
        await writeOld(path.join(site, 'public', file));
        await writeOld(path.join(site, 'dist', file));
      }
      await writeOld(path.join(site, 'dist/gone.svg'));
      await writeOld(path.join(site, 'dist/papers/old/index.html'));
    });
    try {
      expect(removed).toEqual(['gone.svg', 'papers/old/index.html']);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });

  test('a site with no public/ folder builds', async () => {
    const { site, removed } = await build(async (site) => {
      await writeOld(path.join(site, 'dist/gone.svg'));
    });
    try {
      expect(removed).toEqual(['gone.svg']);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('a folder a stopped placement of the search left (`*.folio-old`, `*.folio-new`) that cannot be removed is a warning naming it, and the rest is pruned', async () => {
    const { rm: remove, rmdir, unlink } = fs;
    // An immutable file (chattr +i): Node fails to remove it, or the folder holding it, whatever the call.
    const refuse = (target: unknown) => {
      if (String(target).includes('pagefind.folio-old')) throw Object.assign(new Error(`EPERM: operation not permitted, unlink '${String(target)}'`), { code: 'EPERM' });
    };
    vi.spyOn(fs, 'rm').mockImplementation(async (target, options) => (refuse(target), remove(target, options)));
    vi.spyOn(fs, 'rmdir').mockImplementation(async (target, options) => (refuse(target), rmdir(target, options)));
    vi.spyOn(fs, 'unlink').mockImplementation(async (target) => (refuse(target), unlink(target)));
    const warnings: string[] = [];
    const { site, removed } = await build(async (site) => {
      await writeOld(path.join(site, 'dist/pagefind.folio-old/fragment/a.pf_fragment'));
      await writeOld(path.join(site, 'dist/search-index.folio-new/manifest.json'));
      await writeOld(path.join(site, 'dist/gone.svg'));
    }, warnings);
    try {
      expect(removed).toEqual(['gone.svg']);
      expect(existsSync(path.join(site, 'dist/search-index.folio-new'))).toBe(false);
      expect(warnings.map((w) => w.replaceAll(site, 'SITE'))).toEqual([
        expect.stringMatching(/^could not remove `SITE\/dist\/pagefind\.folio-old`, a folder an earlier build left \(EPERM: .*\): it is no part of the site; remove it by hand$/),
      ]);
    } finally {
      vi.restoreAllMocks();
      await rm(site, { recursive: true, force: true });
    }
  });
});
