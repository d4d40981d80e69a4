/**
 * A private copy of the site to build, so a benchmark build never shares
 * state with anyone else's build in the checkout: Astro writes
 * `.astro/content-modules.mjs` (which lists every entry) under the project
 * root and its content-layer cache under `cacheDir`, and a clean build needs
 * both empty.
 */
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Top-level entries that a build does not read, or that must not be shared. */
const SKIP = new Set(['.git', '.astro', 'node_modules', 'dist', 'content', 'bench', 'tests', 'test-results', 'playwright-report']);

/** Name of the config wrapper written into the copy. */
export const BENCH_CONFIG = 'bench.astro.config.mjs';

/**
 * Copy the project at `repo` into `siteDir` (sources only; `node_modules` is
 * linked) and write a config wrapper that moves Astro's cache into the copy.
 * Returns the path of the wrapper, for `astro build --config`.
 */
export async function prepareSite(repo: string, siteDir: string): Promise<string> {
  await mkdir(siteDir, { recursive: true });
  await cp(repo, siteDir, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(repo, source);
      const top = relative.split(path.sep)[0] ?? '';
      return relative === '' || !(SKIP.has(top) || top.endsWith('.log'));
    },
  });
  await symlink(path.join(repo, 'node_modules'), path.join(siteDir, 'node_modules'), 'dir');
  // Through the symlink the default cacheDir (node_modules/.astro) would be the
  // checkout's own cache; a private one keeps every build clean and isolated.
  const wrapper = path.join(siteDir, BENCH_CONFIG);
  await writeFile(
    wrapper,
    `// Written by bench/lib/prepare-site.ts: the project's config with a private cache.\n` +
      `import config from './astro.config.mjs';\n` +
      `export default { ...config, cacheDir: './.bench-cache/' };\n`,
  );
  return wrapper;
}
