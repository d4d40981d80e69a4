/**
 * The build and the ingest as `npm run build` and `npm run ingest` run them. package.json's `build` script starts
 * Astro under Node's flags for the build (a young generation of 32 MB:
 * bench/README.md, "The young generation"), and a bench that ran
 * `astro build` under Node's defaults would time another build than the
 * one users run and deploy; the ingest's script sets the same young
 * generation. The flags live in package.json only; the benches read them
 * from there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '../..');
const ASTRO_CLI = path.join(REPO, 'node_modules/astro/bin/astro.mjs');
const INGEST = path.join(REPO, 'scripts/ingest.js');

/** Node's flags in a `build` script of the form `node [flags] node_modules/astro/bin/astro.mjs build` (none for `astro build`); `where` names the script's place in an error (`package.json:13`). */
export function buildScriptNodeFlags(script: string, where = 'package.json'): string[] {
  const words = script.trim().split(/\s+/);
  if (words.length === 2 && words[0] === 'astro' && words[1] === 'build') return [];
  const cli = words.findIndex((word) => word.endsWith('astro/bin/astro.mjs'));
  if (words[0] !== 'node' || cli < 1 || words.slice(cli + 1).join(' ') !== 'build' || !words.slice(1, cli).every((word) => word.startsWith('--'))) {
    throw new Error(`${where}: the "build" script should read \`node [flags] node_modules/astro/bin/astro.mjs build\` (or \`astro build\`), not \`${script}\`; the benches run the build it names`);
  }
  return words.slice(1, cli);
}

/** Node's arguments for `astro build ARGS` as `npm run build` runs it: its flags, Astro's CLI, `build`, then `args`. */
export function astroBuildArgs(args: readonly string[]): string[] {
  return [...packageBuildFlags(readFileSync(path.join(REPO, 'package.json'), 'utf8')), ASTRO_CLI, 'build', ...args];
}

/** Node's flags of the `build` script in `packageJson` (package.json's text); an error names the script's line. */
export function packageBuildFlags(packageJson: string): string[] {
  const script = (JSON.parse(packageJson) as { scripts?: { build?: unknown } }).scripts?.build;
  if (typeof script !== 'string') throw new Error('package.json: no "build" script; expected `"build": "node [flags] node_modules/astro/bin/astro.mjs build"` under "scripts", the build the benches run');
  const line = packageJson.split('\n').findIndex((text) => /^\s*"build"\s*:/.test(text)) + 1;
  return buildScriptNodeFlags(script, line > 0 ? `package.json:${line}` : 'package.json');
}

/** Node's flags in an `ingest` script of the form `node [flags] scripts/ingest.js`. */
export function ingestScriptNodeFlags(script: string): string[] {
  const words = script.trim().split(/\s+/);
  const flags = words.slice(1, -1);
  if (words[0] !== 'node' || words.at(-1) !== 'scripts/ingest.js' || !flags.every((word) => word.startsWith('--'))) {
    throw new Error(`package.json: the "ingest" script should read \`node [flags] scripts/ingest.js\`, not \`${script}\`; the benches run the ingest it names`);
  }
  return flags;
}

/** Node's arguments for `npm run ingest -- ARGS`: the ingest script's flags, its entry, then `args`. */
export function ingestArgs(args: readonly string[]): string[] {
  const script = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts?: { ingest?: unknown } }).scripts?.ingest;
  if (typeof script !== 'string') throw new Error('package.json: no "ingest" script; expected `"ingest": "node [flags] scripts/ingest.js"` under "scripts", the ingest the benches run');
  return [...ingestScriptNodeFlags(script), INGEST, ...args];
}
