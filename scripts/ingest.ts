/**
 * `npm run ingest -- [--content DIR] [--date YYYY-MM-DD] [--wait SECONDS] PATH...`
 *
 * Turns on Node's compile cache, as Astro's own command does, and then runs
 * the ingest (scripts/ingest-command.ts). Node compiles a module's code,
 * types stripped, when it loads it; the cache keeps that work, so a day's
 * ingest does not redo it (a run that stops at once took 0.8-0.95 s with it,
 * 1.05-1.2 s without, on a 2-core machine). The command is loaded
 * afterwards, as the cache covers only modules loaded once it is on.
 */
import module from 'node:module';

module.enableCompileCache?.();
await import('./ingest-command.ts');
