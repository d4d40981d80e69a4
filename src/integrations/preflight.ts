import fs from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_SITE, readSearchPartPapers, readSiteConfig } from '../config.ts';
import { paperFileNames, type ContentFolder } from '../format/content-folder.ts';
import { describeHolder, ingestUnderway, INGEST_MARKS } from '../format/ingest-marks.ts';

/**
 * What is wrong with the build's configuration, one sentence each, naming the
 * setting, the path and the fix; empty when the build can go ahead. Checked
 * before Astro touches the output folder, so a mistake leaves `dist/` as it was.
 */
export async function configProblems(env: Record<string, string | undefined>): Promise<string[]> {
  const problems: string[] = [];
  const { content } = readSiteConfig(env);
  const dir = content.root;
  const setting = contentSetting(env);
  const fix = env.FOLIO_CONTENT
    ? `point FOLIO_CONTENT at a folder made by \`npm run ingest -- --content DIR DUMPS\`, or unset it to build ./content`
    : `run \`npm run ingest -- DUMPS\` to create it`;
  const kind = (p: string) => (fs.existsSync(p) ? (fs.statSync(p).isDirectory() ? 'folder' : 'file') : 'missing');

  if (kind(dir) !== 'folder') {
    problems.push(`${setting}: ${dir} ${kind(dir) === 'file' ? 'is a file, not a folder' : 'does not exist'}; ${fix}`);
    return problems;
  }
  // Never publish a folder an ingest is writing, or left half written: its
  // URLs would go live and then vanish when the next ingest puts it back.
  const ingest = await ingestUnderway(dir);
  if (ingest?.state === 'running') {
    const who = describeHolder(ingest.holder);
    problems.push(`${setting}: an ingest is writing ${dir}${who}; build when it has finished (if none is running, remove ${path.join(dir, INGEST_MARKS.lock)})`);
  } else if (ingest?.state === 'interrupted') {
    problems.push(`${setting}: an ingest of ${dir} stopped while moving its files into place (${ingest.journal} is there), so the folder is half written; run the ingest again with the same dumps: it first puts the folder back as it was, then ingests them`);
  }
  if ((await paperFileNames(content.papers)).length === 0) {
    problems.push(`${setting}: ${content.papers} has no paper entries (*.mdx); ${fix}`);
  } else if (kind(content.manifest) === 'missing') {
    // Deleted by hand, taken for a cache: what only it records (listings moved to their day, topics and papers gone) would go unchecked and unserved.
    problems.push(
      `${setting}: ${content.manifest} is missing, though ${content.papers} holds entries; it is no cache but the record of every URL the site published, which the build checks are still served: restore it from Git (\`git checkout -- ${content.manifest}\`), or run the ingest, which writes it again from the entries`,
    );
  }
  if (kind(content.taxonomy) !== 'file') {
    problems.push(`${setting}: ${content.taxonomy} is missing; the ingest writes the default taxonomy there (\`npm run ingest\`), or copy src/format/default-topics.yaml from Folio`);
  }
  const site = env.FOLIO_SITE?.trim();
  if (site && !/^https?:\/\/[^/\s]+/.test(site)) {
    problems.push(`FOLIO_SITE=${site}: expected the site's origin as an http(s) URL, such as https://lab.example.org`);
  }
  if (readSearchPartPapers(env.FOLIO_SEARCH_PART_PAPERS) === undefined) {
    problems.push(`FOLIO_SEARCH_PART_PAPERS=${env.FOLIO_SEARCH_PART_PAPERS}: expected a whole number of papers above 0 for each part of the search index, such as 16384 (the default)`);
  }
  const out = env.FOLIO_OUT_DIR;
  if (out && kind(path.resolve(out)) === 'file') {
    problems.push(`FOLIO_OUT_DIR=${out}: ${path.resolve(out)} is a file; expected a folder to write the site into`);
  } else if (out && onAnotherDevice(path.resolve(out), process.cwd())) {
    problems.push(
      `FOLIO_OUT_DIR=${out}: ${path.resolve(out)} is on another file system than the project (${process.cwd()}), and Astro moves the pages it renders into a folder outside the project by renaming them from one inside it, which cannot cross file systems (EXDEV); expected a folder on the project's file system: build there, then copy the site where it goes`,
    );
  }
  return problems;
}

/**
 * Whether `dir` (or, while it does not exist, the nearest folder above it)
 * is on another file system than the project `root`, and outside it: Astro
 * renders into a folder inside the project and renames each file into an
 * output folder outside it (core/build/common.js `getOutDirWithinCwd`).
 */
function onAnotherDevice(dir: string, root: string): boolean {
  if (!path.relative(root, dir).startsWith('..') && !path.isAbsolute(path.relative(root, dir))) return false;
  let existing = dir;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return fs.statSync(existing).dev !== fs.statSync(root).dev;
}

/**
 * What a build can go ahead with but should say, one sentence or three each:
 * FOLIO_SITE unset (a local build is legitimate, but every permanent link in
 * it names this machine, and nothing else would tell).
 */
export function configWarnings(env: Record<string, string | undefined>): string[] {
  if (env.FOLIO_SITE?.trim()) return [];
  return [
    `FOLIO_SITE is not set: canonical URLs, feeds, the sitemap, robots.txt and citations point at ${DEFAULT_SITE}, which works only on this machine (\`npm run preview\`). ` +
      'Set FOLIO_SITE to the address readers will use when you build (`FOLIO_SITE=https://lab.example.org npm run build`; .github/workflows/pages.yml sets it for GitHub Pages). ' +
      'Until then, a paper page served from another address shows and copies links to that address.',
  ];
}

/** How messages name the content folder's setting. */
function contentSetting(env: Record<string, string | undefined>): string {
  return env.FOLIO_CONTENT ? `FOLIO_CONTENT=${env.FOLIO_CONTENT}` : 'the content folder';
}

/**
 * The files of the content folder a build reads, each with what identifies
 * its version: an ingest replaces the manifest and entries by renaming new
 * files into place, which changes the manifest's inode and the papers
 * folder's modification time. Three `stat` calls, cheap at any size.
 */
async function contentState(content: ContentFolder): Promise<Map<string, string>> {
  const files = [content.manifest, content.papers, content.taxonomy];
  const versions = await Promise.all(
    files.map(async (file) => {
      const info = await stat(file).catch(() => undefined);
      return info === undefined ? 'missing' : `${info.ino} ${info.size} ${info.mtimeMs}`;
    }),
  );
  return new Map(files.map((file, i) => [file, versions[i]!]));
}

/**
 * What to say when the content folder changed between the start of a build
 * (`before`) and its end: the pages were rendered from the folder as it was,
 * while the checks at the end (a page per paper in the search index) read it
 * as it is, so they would fail blaming the pages. `undefined` when nothing
 * changed. Names the ingest when one holds the lock now.
 */
async function contentChangeProblem(env: Record<string, string | undefined>, before: Map<string, string>, outDir: string): Promise<string | undefined> {
  const { content } = readSiteConfig(env);
  const after = await contentState(content);
  const changed = [...before].filter(([file, version]) => after.get(file) !== version).map(([file]) => file);
  if (changed.length === 0) return undefined;
  const dir = content.root;
  const mix = `so the pages in ${outDir} may mix the folder as it was and as`;
  const ingest = await ingestUnderway(dir);
  if (ingest?.state === 'running') {
    const who = describeHolder(ingest.holder);
    return `${contentSetting(env)}: an ingest${who} started writing ${dir} while the site was being built, ${mix} the ingest leaves it; build again when the ingest has finished`;
  }
  if (changed.includes(content.manifest)) {
    return `${contentSetting(env)}: an ingest wrote to ${dir} (${changed.join(', ')}) while the site was being built, ${mix} the ingest left it; build again`;
  }
  return `${contentSetting(env)}: ${changed.join(', ')} changed while the site was being built, ${mix} it is now; build again`;
}

/**
 * Stops `astro build` and `astro dev` with one line per problem (no stack
 * trace) when the configuration cannot work, before anything is written;
 * warns, and builds, when it works but names only this machine.
 */
export default function folioPreflight(env: Record<string, string | undefined> = process.env): AstroIntegration {
  let atStart: Map<string, string> | undefined;
  return {
    name: 'folio:preflight',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = await configProblems(env);
        if (problems.length === 0) {
          if (command !== 'build') return;
          // The dev server is at the default address: only a build's links outlive the machine.
          for (const warning of configWarnings(env)) logger.warn(warning);
          // Before the content is read, so that a change the build saw is a change too.
          atStart = await contentState(readSiteConfig(env).content);
          return;
        }
        // Bad configuration is the user's to fix, not a crash: the problems
        // alone, no stack trace, and out before Astro empties the output folder.
        for (const problem of problems) logger.error(problem);
        process.exit(1);
      },
      // First of the integrations' end-of-build hooks (folio:preflight is first), so before the search index's checks.
      'astro:build:done': async ({ logger, dir }) => {
        if (atStart === undefined) return;
        const problem = await contentChangeProblem(env, atStart, fileURLToPath(dir).replace(/\/$/, ''));
        if (problem === undefined) {
          // Again, in brief, below the list of pages that scrolled the first one away.
          if (configWarnings(env).length > 0) logger.warn(`FOLIO_SITE is not set, so this site's permanent links name ${DEFAULT_SITE}, this machine: see the warning at the start of the build`);
          return;
        }
        logger.error(problem);
        process.exit(1);
      },
    },
  };
}
