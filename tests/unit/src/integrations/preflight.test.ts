import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import folioPreflight from '../../../../src/integrations/preflight.ts';

/** A content folder with what a build needs, made by hand. */
function contentFolder(): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'folio-preflight-')), 'content');
  fs.mkdirSync(path.join(dir, 'papers'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'papers/a.mdx'), '---\ntitle: A\n---\n');
  fs.writeFileSync(path.join(dir, 'topics.yaml'), 'topics: []\n');
  fs.writeFileSync(path.join(dir, 'published.json'), '{}\n');
  return dir;
}

/** Writes `file` as the ingest does: whole, under another name, then renamed into place. */
function writeAsIngest(file: string, text: string): void {
  fs.writeFileSync(`${file}.new`, text);
  fs.renameSync(`${file}.new`, file);
}

/**
 * Runs folio:preflight's hooks as `astro build` does, with `during` run
 * between the build's start and its end; returns what it logged as errors
 * and the exit code it stopped with, if it did.
 */
async function build(dir: string, during: () => void): Promise<{ errors: string[]; exit: number | undefined }> {
  const errors: string[] = [];
  const logger = { error: (message: string) => errors.push(message), warn: () => undefined, info: () => undefined };
  let exit: number | undefined;
  vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    exit = code;
    throw new Error('exit');
  }) as never);
  const { hooks } = folioPreflight({ FOLIO_CONTENT: dir });
  await hooks['astro:config:setup']!({ command: 'build', logger } as never);
  during();
  try {
    await hooks['astro:build:done']!({ logger, dir: pathToFileURL('/site/dist/') } as never);
  } catch (error) {
    if ((error as Error).message !== 'exit') throw error;
  }
  return { errors, exit };
}

afterEach(() => vi.restoreAllMocks());

describe('folio:preflight, at the start of a build', () => {
  /** What the hooks log as warnings for `command` with `env`, at the start of a build and (`end`) at its end. */
  async function warnings(command: 'build' | 'dev', env: Record<string, string>, end = false): Promise<string[]> {
    const warned: string[] = [];
    const logger = { error: () => undefined, warn: (message: string) => warned.push(message), info: () => undefined };
    const { hooks } = folioPreflight(env);
    await hooks['astro:config:setup']!({ command, logger } as never);
    if (end) await hooks['astro:build:done']!({ logger, dir: pathToFileURL('/site/dist/') } as never);
    return warned;
  }

  test('warns, naming FOLIO_SITE, where to set it and what it affects, when the site’s address is the default (a local build is legitimate: no error)', async () => {
    const dir = contentFolder();
    expect(await warnings('build', { FOLIO_CONTENT: dir })).toEqual([
      'FOLIO_SITE is not set: canonical URLs, feeds, the sitemap, robots.txt and citations point at http://localhost:4321, which works only on this machine (`npm run preview`). ' +
        'Set FOLIO_SITE to the address readers will use when you build (`FOLIO_SITE=https://lab.example.org npm run build`; .github/workflows/pages.yml sets it for GitHub Pages). ' +
        'Until then, a paper page served from another address shows and copies links to that address.',
    ]);
    expect(await warnings('build', { FOLIO_CONTENT: dir, FOLIO_SITE: ' ' })).toHaveLength(1);
  });

  test('says it again in brief at the end, below the list of pages built', async () => {
    const warned = await warnings('build', { FOLIO_CONTENT: contentFolder() }, true);
    expect(warned).toHaveLength(2);
    expect(warned[1]).toBe("FOLIO_SITE is not set, so this site's permanent links name http://localhost:4321, this machine: see the warning at the start of the build");
    expect(await warnings('build', { FOLIO_CONTENT: contentFolder(), FOLIO_SITE: 'https://lab.example.org' }, true)).toEqual([]);
  });

  test('says nothing when FOLIO_SITE is set, or to the dev server, which is at that default address', async () => {
    const dir = contentFolder();
    expect(await warnings('build', { FOLIO_CONTENT: dir, FOLIO_SITE: 'https://lab.example.org' })).toEqual([]);
    expect(await warnings('dev', { FOLIO_CONTENT: dir })).toEqual([]);
  });
});

describe('folio:preflight, at the end of a build', () => {
  test('stops the build, naming the ingest, when one is writing the content folder', async () => {
    const dir = contentFolder();
    const result = await build(dir, () => {
      fs.writeFileSync(path.join(dir, '.ingest.lock'), JSON.stringify({ pid: process.pid, host: os.hostname(), id: 'a-run' }));
      writeAsIngest(path.join(dir, 'papers/b.mdx'), '---\ntitle: B\n---\n');
    });
    expect(result).toEqual({
      exit: 1,
      errors: [
        `FOLIO_CONTENT=${dir}: an ingest (pid ${process.pid}) started writing ${dir} while the site was being built, so the pages in /site/dist may mix the folder as it was and as the ingest leaves it; build again when the ingest has finished`,
      ],
    });
  });

  test('stops the build when an ingest wrote to the content folder and finished before the build did', async () => {
    const dir = contentFolder();
    const result = await build(dir, () => {
      writeAsIngest(path.join(dir, 'papers/a.mdx'), '---\ntitle: A, retitled\n---\n');
      writeAsIngest(path.join(dir, 'published.json'), '{"papers": {}}\n');
    });
    expect(result).toEqual({
      exit: 1,
      errors: [
        `FOLIO_CONTENT=${dir}: an ingest wrote to ${dir} (${path.join(dir, 'published.json')}, ${path.join(dir, 'papers')}) while the site was being built, so the pages in /site/dist may mix the folder as it was and as the ingest left it; build again`,
      ],
    });
  });

  test('stops the build when the taxonomy was edited meanwhile', async () => {
    const dir = contentFolder();
    const result = await build(dir, () => writeAsIngest(path.join(dir, 'topics.yaml'), 'topics: [] # edited\n'));
    expect(result.errors).toEqual([
      `FOLIO_CONTENT=${dir}: ${path.join(dir, 'topics.yaml')} changed while the site was being built, so the pages in /site/dist may mix the folder as it was and as it is now; build again`,
    ]);
  });

  test('lets the build finish when an ingest ran meanwhile and changed nothing', async () => {
    const dir = contentFolder();
    const result = await build(dir, () => {
      fs.writeFileSync(path.join(dir, '.ingest.lock'), JSON.stringify({ pid: 1, host: 'elsewhere', id: 'a-run' }));
      fs.rmSync(path.join(dir, '.ingest.lock'));
    });
    expect(result).toEqual({ errors: [], exit: undefined });
  });
});
