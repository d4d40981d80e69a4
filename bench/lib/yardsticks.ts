/**
 * Measure the yardsticks of one benchmark run right after Folio's build, on
 * the same content folder: a bare Hugo build of the same papers (when Hugo is
 * installed) and the floor (read the content, write as many files as Folio's
 * build wrote). Each is one whole process under GNU time.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Cost } from './baseline-report.ts';
import { dirStats } from './dir-stats.ts';
import { HUGO_BINARY, hugoBuildArgs, writeHugoSite } from './hugo-site.ts';
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

/** Hugo's build and the floor, measured. */
export interface Yardsticks {
  hugo?: Cost & { pages: number };
  floor: Cost;
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
  return { ...(hugo ? { hugo } : {}), floor };
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
