import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { configProblems } from '../../src/integrations/preflight.ts';
import { runAstro } from '../support/astro.ts';
import { tempDir } from './run-ingest.ts';

/** `astro build` as `npm run build` runs it, with `env` on top; never throws. */
async function build(env: Record<string, string>): Promise<{ code: number; output: string }> {
  const run = await runAstro(['build'], env);
  return { code: run.code, output: `${run.stdout}${run.stderr}` };
}

/** A content folder with what a build needs, made by hand (no ingest needed to check the checks). */
async function contentFolder(parts: { papers?: boolean; topics?: boolean; manifest?: boolean } = {}): Promise<string> {
  const dir = path.join(await tempDir('folio-config-'), 'content');
  fs.mkdirSync(path.join(dir, 'papers'), { recursive: true });
  if (parts.papers !== false) fs.writeFileSync(path.join(dir, 'papers/a.mdx'), '---\ntitle: A\n---\n');
  if (parts.topics !== false) fs.writeFileSync(path.join(dir, 'topics.yaml'), 'topics: []\n');
  if (parts.manifest !== false) fs.writeFileSync(path.join(dir, 'published.json'), '{ "papers": {} }\n');
  return dir;
}

describe('configProblems', () => {
  test('a content folder that does not exist names the variable, the path and the fix', async () => {
    expect(await configProblems({ FOLIO_CONTENT: '/no/such/folder' })).toEqual([
      'FOLIO_CONTENT=/no/such/folder: /no/such/folder does not exist; point FOLIO_CONTENT at a folder made by `npm run ingest -- --content DIR DUMPS`, or unset it to build ./content',
    ]);
  });

  test('a file where the content folder should be', async () => {
    const file = path.join(await tempDir(), 'content.txt');
    fs.writeFileSync(file, '');
    expect(await configProblems({ FOLIO_CONTENT: file })).toEqual([expect.stringContaining(`${file} is a file, not a folder`)]);
  });

  test('a content folder without paper entries', async () => {
    const dir = await contentFolder({ papers: false });
    expect(await configProblems({ FOLIO_CONTENT: dir })).toEqual([expect.stringContaining(`${path.join(dir, 'papers')} has no paper entries (*.mdx)`)]);
  });

  test('a content folder without topics.yaml', async () => {
    const dir = await contentFolder({ topics: false });
    expect(await configProblems({ FOLIO_CONTENT: dir })).toEqual([expect.stringContaining(`${path.join(dir, 'topics.yaml')} is missing`)]);
  });

  test('a content folder holding papers whose published.json was deleted (taken for a cache): the URLs only it records would go unchecked', async () => {
    const dir = await contentFolder({ manifest: false });
    const manifest = path.join(dir, 'published.json');
    expect(await configProblems({ FOLIO_CONTENT: dir })).toEqual([
      `FOLIO_CONTENT=${dir}: ${manifest} is missing, though ${path.join(dir, 'papers')} holds entries; it is no cache but the record of every URL the site published, which the build checks are still served: restore it from Git (\`git checkout -- ${manifest}\`), or run the ingest, which writes it again from the entries`,
    ]);
  });

  test('a site that is not an http(s) origin, and an output folder that is a file', async () => {
    const dir = await contentFolder();
    const file = path.join(path.dirname(dir), 'out');
    fs.writeFileSync(file, '');
    expect(await configProblems({ FOLIO_CONTENT: dir, FOLIO_SITE: 'lab.example.org', FOLIO_OUT_DIR: file })).toEqual([
      "FOLIO_SITE=lab.example.org: expected the site's origin as an http(s) URL, such as https://lab.example.org",
      `FOLIO_OUT_DIR=${file}: ${file} is a file; expected a folder to write the site into`,
    ]);
  });

  test('an output folder outside the project on another file system, which Astro cannot move its pages into', async (context) => {
    // A file system other than the project's: tmpfs at /dev/shm on most Linux machines.
    const other = ['/dev/shm', os.tmpdir()].find((dir) => fs.existsSync(dir) && fs.statSync(dir).dev !== fs.statSync(process.cwd()).dev);
    if (other === undefined) return context.skip('no file system other than the project\'s on this machine');
    const dir = await contentFolder();
    const out = path.join(other, `folio-out-${process.pid}`, 'dist');
    expect(await configProblems({ FOLIO_CONTENT: dir, FOLIO_OUT_DIR: out })).toEqual([
      `FOLIO_OUT_DIR=${out}: ${out} is on another file system than the project (${process.cwd()}), and Astro moves the pages it renders into a folder outside the project by renaming them from one inside it, which cannot cross file systems (EXDEV); expected a folder on the project's file system: build there, then copy the site where it goes`,
    ]);
    expect(fs.existsSync(out)).toBe(false);
  });

  test('a number of papers per search part that is not a whole number above 0', async () => {
    const dir = await contentFolder();
    for (const value of ['0', '-5', '8k', '1.5', '99999999999']) {
      expect(await configProblems({ FOLIO_CONTENT: dir, FOLIO_SEARCH_PART_PAPERS: value })).toEqual([
        `FOLIO_SEARCH_PART_PAPERS=${value}: expected a whole number of papers above 0 for each part of the search index, such as 16384 (the default)`,
      ]);
    }
    expect(await configProblems({ FOLIO_CONTENT: dir, FOLIO_SEARCH_PART_PAPERS: ' 4096 ' })).toEqual([]);
  });

  test('a content folder an ingest stopped in the middle of writing (a kill between its first and last move)', async () => {
    const dir = await contentFolder();
    fs.mkdirSync(path.join(dir, '.ingest-staging/new'), { recursive: true });
    expect(await configProblems({ FOLIO_CONTENT: dir })).toEqual([]);
    fs.writeFileSync(path.join(dir, '.ingest-staging/journal.json'), '{}');
    expect(await configProblems({ FOLIO_CONTENT: dir })).toEqual([
      `FOLIO_CONTENT=${dir}: an ingest of ${dir} stopped while moving its files into place (${path.join(dir, '.ingest-staging/journal.json')} is there), so the folder is half written; run the ingest again with the same dumps: it first puts the folder back as it was, then ingests them`,
    ]);
  });

  test('a content folder an ingest is writing now, but not one whose lock a dead process left', async () => {
    const dir = await contentFolder();
    fs.writeFileSync(path.join(dir, '.ingest.lock'), JSON.stringify({ pid: process.pid, host: os.hostname(), id: 'a-run' }));
    fs.mkdirSync(path.join(dir, '.ingest-staging'));
    fs.writeFileSync(path.join(dir, '.ingest-staging/journal.json'), '{}');
    expect(await configProblems({ FOLIO_CONTENT: dir })).toEqual([expect.stringContaining(`an ingest is writing ${dir} (pid ${process.pid}); build when it has finished`)]);
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    fs.writeFileSync(path.join(dir, '.ingest.lock'), JSON.stringify({ pid: dead, host: os.hostname(), id: 'a-run' }));
    expect(await configProblems({ FOLIO_CONTENT: dir })).toEqual([expect.stringContaining('stopped while moving its files into place')]);
    fs.rmSync(path.join(dir, '.ingest-staging'), { recursive: true });
    expect(await configProblems({ FOLIO_CONTENT: dir })).toEqual([]);
  });

  test('a content folder an earlier Folio is writing (its lock a folder, its holder beside it)', async () => {
    const dir = await contentFolder();
    fs.mkdirSync(path.join(dir, '.ingest.lock'));
    fs.writeFileSync(path.join(dir, '.ingest.lock.pid'), JSON.stringify({ pid: process.pid, host: os.hostname() }));
    expect(await configProblems({ FOLIO_CONTENT: dir })).toEqual([expect.stringContaining(`an ingest is writing ${dir} (pid ${process.pid}); build when it has finished`)]);
  });

  test('a complete content folder and good settings pass', async () => {
    expect(await configProblems({ FOLIO_CONTENT: await contentFolder(), FOLIO_SITE: 'https://lab.example.org' })).toEqual([]);
  });
});

describe('npm run build with a bad configuration', () => {
  test('stops before touching the output folder, with the problem and no stack trace', async () => {
    const out = path.join(await tempDir(), 'dist');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), 'the site as it was');
    const { code, output } = await build({ FOLIO_CONTENT: '/nonexistent', FOLIO_OUT_DIR: out });
    expect(code).not.toBe(0);
    expect(output).toContain('FOLIO_CONTENT=/nonexistent: /nonexistent does not exist');
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    expect(fs.readdirSync(out)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the site as it was');
  }, 60_000);

  test('refuses a content folder an ingest left half written, before touching the output folder', async () => {
    const dir = await contentFolder();
    fs.mkdirSync(path.join(dir, '.ingest-staging'));
    fs.writeFileSync(path.join(dir, '.ingest-staging/journal.json'), '{}');
    const out = path.join(path.dirname(dir), 'dist');
    const { code, output } = await build({ FOLIO_CONTENT: dir, FOLIO_OUT_DIR: out });
    expect(code).not.toBe(0);
    expect(output).toContain('so the folder is half written; run the ingest again with the same dumps');
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);

  test('reports every problem at once, each on its own line', async () => {
    const dir = await contentFolder({ topics: false });
    const { code, output } = await build({ FOLIO_CONTENT: dir, FOLIO_SITE: 'nope', FOLIO_OUT_DIR: path.join(path.dirname(dir), 'dist') });
    expect(code).not.toBe(0);
    expect(output.split('\n').filter((line) => line.includes('[folio:preflight]'))).toHaveLength(2);
    expect(fs.existsSync(path.join(path.dirname(dir), 'dist'))).toBe(false);
  }, 60_000);
});
