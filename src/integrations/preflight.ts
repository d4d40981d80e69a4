import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { readSearchPartPapers, readSiteConfig } from '../config.ts';
import { paperFileNames } from '../format/content-folder.ts';
import { ingestUnderway, INGEST_MARKS } from '../format/ingest-marks.ts';

/**
 * What is wrong with the build's configuration, one sentence each, naming the
 * setting, the path and the fix; empty when the build can go ahead. Checked
 * before Astro touches the output folder, so a mistake leaves `dist/` as it was.
 */
export async function configProblems(env: Record<string, string | undefined>): Promise<string[]> {
  const problems: string[] = [];
  const { content } = readSiteConfig(env);
  const dir = content.root;
  const setting = env.FOLIO_CONTENT ? `FOLIO_CONTENT=${env.FOLIO_CONTENT}` : 'the content folder';
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
    const who = ingest.holder === undefined ? '' : ` (pid ${ingest.holder.pid}${ingest.holder.host === os.hostname() ? '' : ` on ${ingest.holder.host}`})`;
    problems.push(`${setting}: an ingest is writing ${dir}${who}; build when it has finished (if none is running, remove ${path.join(dir, INGEST_MARKS.lock)})`);
  } else if (ingest?.state === 'interrupted') {
    problems.push(`${setting}: an ingest of ${dir} stopped while moving its files into place (${ingest.journal} is there), so the folder is half written; run the ingest again with the same dumps: it first puts the folder back as it was, then ingests them`);
  }
  if ((await paperFileNames(content.papers)).length === 0) {
    problems.push(`${setting}: ${content.papers} has no paper entries (*.mdx); ${fix}`);
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
  }
  return problems;
}

/**
 * Stops `astro build` and `astro dev` with one line per problem (no stack
 * trace) when the configuration cannot work, before anything is written.
 */
export default function folioPreflight(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'folio:preflight',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = await configProblems(env);
        if (problems.length === 0) return;
        // Bad configuration is the user's to fix, not a crash: the problems
        // alone, no stack trace, and out before Astro empties the output folder.
        for (const problem of problems) logger.error(problem);
        process.exit(1);
      },
    },
  };
}
