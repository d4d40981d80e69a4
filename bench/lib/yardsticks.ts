/**
 * Measure the yardsticks of one benchmark run right after Folio's build, on
 * the same content folder: a bare Hugo build of the same papers (when Hugo is
 * installed), the floor (read the content, write as many files as Folio's
 * build wrote) and the stack floor (a bare Astro site of the same papers,
 * then Pagefind over its pages). Each is one whole process under GNU time.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Cost } from './baseline-report.ts';
import { dirStats } from './dir-stats.ts';
import { HUGO_BINARY, hugoBuildArgs, writeHugoSite } from './hugo-site.ts';
import { ASTRO_FLOOR_CONFIG, writeAstroFloorSite, type EntryFormat } from './astro-floor-site.ts';
import { astroBuildArgs } from './build-command.ts';
import { runTimed } from './run-timed.ts';

/** Where and how to measure. */
export interface YardstickInput {
  /** The repository (for `bench/floor.ts`). */
  repo: string;
  contentDir: string;
  /** A folder of the run's own; the yardsticks write under it and clean up after themselves. */
  runDir: string;
  /** Pages Folio's build wrote: the floor writes as many. */
  pages: number;
  /** Whether Hugo is installed (see `hugoVersion`). */
  hugo: boolean;
  env: NodeJS.ProcessEnv;
}

/** The stack floor: a bare Astro build of the papers, then Pagefind indexing its pages, each a process with its tree sampled. */
export interface AstroFloor {
  /** How the entries were handed to Astro. */
  format: EntryFormat;
  build: Cost & { pages: number };
  search: Cost;
}

/** Hugo's build, the floor and the stack floor, measured. */
export interface Yardsticks {
  hugo?: Cost & { pages: number };
  floor: Cost;
  astroFloor: AstroFloor;
}

/** Build the same papers with Hugo (if installed), then run the floor; both under GNU time. */
export async function measureYardsticks(input: YardstickInput): Promise<Yardsticks> {
  const logs = path.join(input.runDir, 'logs');
  let hugo: Yardsticks['hugo'];
  if (input.hugo) {
    const siteDir = path.join(input.runDir, 'hugo-site');
    const outDir = path.join(input.runDir, 'hugo-dist');
    await writeHugoSite(input.contentDir, siteDir);
    const cost = await runTimed({ command: HUGO_BINARY, args: hugoBuildArgs(siteDir, outDir), cwd: input.runDir, env: input.env, logPath: path.join(logs, 'hugo.log') });
    hugo = { ...cost, pages: (await dirStats(outDir)).htmlFiles };
    await rm(siteDir, { recursive: true, force: true });
    await rm(outDir, { recursive: true, force: true });
  }
  const floorOut = path.join(input.runDir, 'floor-dist');
  const floor = await runTimed({
    command: process.execPath,
    args: [path.join(input.repo, 'bench/floor.ts'), '--content', input.contentDir, '--out', floorOut, '--files', String(input.pages)],
    cwd: input.repo,
    env: input.env,
    logPath: path.join(logs, 'floor.log'),
  });
  await rm(floorOut, { recursive: true, force: true });
  const astroFloor = await measureAstroFloor(input, 'md');
  return { ...(hugo ? { hugo } : {}), floor, astroFloor };
}

/**
 * The stack floor of one run: write the bare Astro site of the run's papers
 * (bench/lib/astro-floor-site.ts), build it as `npm run build` runs Astro
 * (the same Node flags), then index its pages with Pagefind's Node API
 * (bench/astro-floor-search.ts). Both trees are sampled, so Pagefind's
 * binary is counted; the site and its output are removed after.
 */
export async function measureAstroFloor(input: YardstickInput, format: EntryFormat): Promise<AstroFloor> {
  const logs = path.join(input.runDir, 'logs');
  const siteDir = path.join(input.runDir, `astro-floor-site-${format}`);
  const outDir = path.join(input.runDir, `astro-floor-dist-${format}`);
  await writeAstroFloorSite(input.repo, input.contentDir, siteDir, format);
  const built = await runTimed({
    sampleTree: true,
    command: process.execPath,
    args: astroBuildArgs(['--root', siteDir, '--config', ASTRO_FLOOR_CONFIG, '--outDir', outDir]),
    cwd: siteDir,
    env: input.env,
    logPath: path.join(logs, `astro-floor-${format}.log`),
  });
  const pages = (await dirStats(outDir)).htmlFiles;
  const search = await runTimed({
    sampleTree: true,
    command: process.execPath,
    args: [path.join(input.repo, 'bench/astro-floor-search.ts'), '--dist', outDir],
    cwd: input.repo,
    env: input.env,
    logPath: path.join(logs, `astro-floor-search-${format}.log`),
  });
  await rm(siteDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
  return { format, build: { ...built, pages }, search };
}

/** Average size of the paper pages of a built site (`papers/<slug>/index.html`), alias redirects left out; 0 when there are none. */
export async function averagePaperPageBytes(distDir: string): Promise<number> {
  const papers = path.join(distDir, 'papers');
  let total = 0;
  let count = 0;
  for (const slug of await readdir(papers).catch(() => [] as string[])) {
    const html = await readFile(path.join(papers, slug, 'index.html')).catch(() => undefined);
    if (html === undefined || html.includes('http-equiv="refresh"')) continue;
    total += html.byteLength;
    count += 1;
  }
  return count === 0 ? 0 : total / count;
}
