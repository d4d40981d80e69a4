/**
 * `npm run ingest -- [--content DIR] [--date YYYY-MM-DD] [--wait SECONDS] PATH...`
 *
 * Turns on Node's compile cache, as Astro's own command does, and then runs
 * the ingest (scripts/ingest-command.ts). Node compiles a module's code,
 * types stripped, when it loads it; the cache keeps that work, so a day's
 * ingest does not redo it (a run that stops at once took 0.8-0.95 s with it,
 * 1.05-1.2 s without, on a 2-core machine). The command is loaded
 * afterwards, as the cache covers only modules loaded once it is on.
 *
 * This file is JavaScript, not TypeScript: Node strips a `.ts` entry's types
 * before the cache is on, and loading its type stripper alone cost every
 * run about 0.2 s of CPU; with the cache on, the modules' stripped code
 * comes from it and the stripper is never loaded.
 */
import module from 'node:module';

module.enableCompileCache?.();
await import('./ingest-command.ts');
