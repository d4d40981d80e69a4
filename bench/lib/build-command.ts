/**
 * The build as `npm run build` runs it. package.json's `build` script starts
 * Astro under Node's flags for the build (a young generation of 32 MB:
 * bench/README.md, "The young generation"), and a bench that ran
 * `astro build` under Node's defaults would time another build than the
 * one users run and deploy. The flags live in package.json only; the benches
 * read them from there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '../..');
const ASTRO_CLI = path.join(REPO, 'node_modules/astro/bin/astro.mjs');

/** Node's flags in a `build` script of the form `node [flags] node_modules/astro/bin/astro.mjs build` (none for `astro build`). */
export function buildScriptNodeFlags(script: string): string[] {
  const words = script.trim().split(/\s+/);
  if (words.length === 2 && words[0] === 'astro' && words[1] === 'build') return [];
  const cli = words.findIndex((word) => word.endsWith('astro/bin/astro.mjs'));
  if (words[0] !== 'node' || cli < 1 || words.slice(cli + 1).join(' ') !== 'build' || !words.slice(1, cli).every((word) => word.startsWith('--'))) {
    throw new Error(`package.json: the "build" script should read \`node [flags] node_modules/astro/bin/astro.mjs build\` (or \`astro build\`), not \`${script}\`; the benches run the build it names`);
  }
  return words.slice(1, cli);
}

/** Node's arguments for `astro build ARGS` as `npm run build` runs it: its flags, Astro's CLI, `build`, then `args`. */
export function astroBuildArgs(args: readonly string[]): string[] {
  const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: { build: string } };
  return [...buildScriptNodeFlags(pkg.scripts.build), ASTRO_CLI, 'build', ...args];
}
