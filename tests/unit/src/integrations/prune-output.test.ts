import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import fs from 'node:fs/promises';
import { afterEach, describe, expect, test, vi } from 'vitest';
import folioPruneOutput, { foldersUp, isStaleOutput, listOutput } from '../../../../src/integrations/prune-output.ts';

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

describe('listOutput', () => {
  test('lists every file and every folder holding nothing, by absolute path, but what another step replaces whole and what a stopped placement left', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'folio-list-'));
    try {
      for (const file of ['index.html', 'papers/a/index.html', 'papers/b/index.html', 'pagefind/pagefind.js', 'search-index.folio-old/x.json', '_astro/a.css']) {
        await mkdir(path.dirname(path.join(out, file)), { recursive: true });
        await writeFile(path.join(out, file), 'x');
      }
      await mkdir(path.join(out, 'topics/empty/2'), { recursive: true });
      const listing = await listOutput(out, (name) => name === 'pagefind');
      expect(listing.files.map((file) => path.relative(out, file)).sort()).toEqual(['_astro/a.css', 'index.html', 'papers/a/index.html', 'papers/b/index.html']);
      expect(listing.files.every((file) => path.isAbsolute(file))).toBe(true);
      expect(listing.emptyFolders).toEqual([path.join(out, 'topics/empty/2')]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  test('an output folder not made yet holds nothing', async () => {
    expect(await listOutput(path.join(os.tmpdir(), 'folio-no-such-output-folder'), () => false)).toEqual({ files: [], emptyFolders: [] });
  });
});

describe('folioPruneOutput', () => {
  /** Runs the integration's hooks as a build would, with a site folder holding public/ and dist/. */
  async function build(setup: (site: string) => Promise<void>, warnings: string[] = [], during?: (dist: string) => Promise<void>): Promise<{ site: string; removed: string[] }> {
    const site = await mkdtemp(path.join(os.tmpdir(), 'folio-prune-'));
    await setup(site);
    const hooks = folioPruneOutput().hooks;
    const logger = { info: () => undefined, warn: (message: string) => void warnings.push(message) };
    const call = (hook: keyof AstroIntegration['hooks'], options: object) => (hooks[hook] as ((options: object) => unknown) | undefined)?.(options);
    const dist = path.join(site, 'dist');
    await call('astro:config:done', { config: { publicDir: pathToFileURL(`${site}/public/`), outDir: pathToFileURL(`${dist}/`) }, logger });
    await call('astro:build:start', { logger });
    await during?.(dist);
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

  /** Watches the walks (recursive listings, of the output or of public/): each with its folder and whether it started once the hook at the start of the build and every listing it began were done. */
  function watchWalks(): { walks: { target: string; atEnd: boolean; listing: Promise<unknown> }[]; listed: () => Promise<void> } {
    const { readdir } = fs;
    const walks: { target: string; atEnd: boolean; listing: Promise<unknown> }[] = [];
    const listings: Promise<unknown>[] = [];
    let atEnd = false;
    vi.spyOn(fs, 'readdir').mockImplementation(((target: string, options?: { recursive?: boolean }) => {
      const listing = readdir(target, options as Parameters<typeof readdir>[1]);
      listings.push(listing);
      if (options?.recursive) walks.push({ target: String(target), atEnd, listing });
      return listing;
    }) as unknown as typeof readdir);
    return {
      walks,
      // Until no listing is under way and none starts after the last one (a folder's listing starts once its parent's is read).
      listed: async () => {
        for (let seen = -1; seen !== listings.length; ) {
          seen = listings.length;
          await Promise.all(listings);
          await new Promise((resolve) => setImmediate(resolve));
        }
        atEnd = true;
      },
    };
  }

  test('lists the output as the last build left it when the build starts, and reads none of its folders at the end, where nothing else is left to overlap it', async () => {
    const { walks, listed } = watchWalks();
    const { site, removed } = await build(
      async (site) => {
        await writeOld(path.join(site, 'dist/papers/old/index.html'));
      },
      [],
      listed,
    );
    try {
      const ofOutput = walks.filter((walk) => walk.target.startsWith(path.join(site, 'dist')));
      expect(removed).toEqual(['papers/old/index.html']);
      expect(ofOutput.length).toBeGreaterThan(0);
      expect(ofOutput.filter((walk) => walk.atEnd).map((walk) => path.relative(site, walk.target))).toEqual([]);
    } finally {
      vi.restoreAllMocks();
      await rm(site, { recursive: true, force: true });
    }
  });

  test('a file listed when the build started and removed by the time it ends (the output stamp, by folio:output-stamp) is no error, and its emptied folder goes', async () => {
    const { walks, listed } = watchWalks();
    const { site, removed } = await build(
      async (site) => {
        await writeOld(path.join(site, 'dist/.folio-build'));
        await writeOld(path.join(site, 'dist/topics/old/2/index.html'));
        await writeOld(path.join(site, 'dist/gone.svg'));
      },
      [],
      async (dist) => {
        await listed();
        await rm(path.join(dist, '.folio-build'));
        await rm(path.join(dist, 'topics/old/2/index.html'));
      },
    );
    try {
      expect(walks.length).toBeGreaterThan(0);
      expect(removed).toEqual(['gone.svg']);
      expect(existsSync(path.join(site, 'dist/topics'))).toBe(false);
    } finally {
      vi.restoreAllMocks();
      await rm(site, { recursive: true, force: true });
    }
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
