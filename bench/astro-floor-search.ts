/**
 * `node bench/astro-floor-search.ts --dist DIR`
 *
 * The stack floor's search: Pagefind's Node API over a built site's HTML
 * (`createIndex`, `addDirectory`, `writeFiles` into `DIR/pagefind`), as a
 * bare Astro site with Pagefind would index itself. `npm run bench` runs it
 * as its own process after the bare Astro build (bench/lib/astro-floor-site.ts),
 * sampling its tree so Pagefind's binary is counted.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { close, createIndex } from 'pagefind';

const USAGE = 'usage: node bench/astro-floor-search.ts --dist DIR';

/** Throw the first of Pagefind's errors, naming the step. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind's ${step} failed: ${errors.join('; ')}`);
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { dist: { type: 'string' } } });
  if (values.dist === undefined) {
    console.error(`astro-floor-search: expected --dist\n${USAGE}`);
    return 2;
  }
  try {
    const { index, errors } = await createIndex({});
    check('createIndex', errors);
    if (!index) throw new Error("Pagefind's createIndex returned no index");
    const added = await index.addDirectory({ path: values.dist });
    check('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(values.dist, 'pagefind') });
    check('writeFiles', written.errors);
    console.log(`astro-floor-search: indexed ${added.page_count} pages of ${values.dist}`);
    return 0;
  } catch (error) {
    console.error(`astro-floor-search: ${(error as Error).message}`);
    return 1;
  } finally {
    await close();
  }
}

process.exitCode = await main(process.argv.slice(2));
