/**
 * `node bench/page-weight.ts DIST [--json FILE]`
 *
 * What a built site's paper pages weigh, part by part: every
 * `DIST/papers/<slug>/index.html` that is a page (not a redirect) is split by
 * `bench/lib/page-parts.ts`, and the average bytes of each part, its share
 * and the pages that have it are printed as a Markdown table, with the
 * average page raw and gzipped. Bytes depend only on the build, never on the
 * machine.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { pageParts } from './lib/page-parts.ts';

const USAGE = 'usage: node bench/page-weight.ts DIST [--json FILE]';

/** The paper pages of a build (a redirect, with its `http-equiv="refresh"`, is not one). */
async function paperPages(dist: string): Promise<string[]> {
  const dir = path.join(dist, 'papers');
  const slugs = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const pages: string[] = [];
  for (const slug of slugs) {
    const html = await readFile(path.join(dir, slug, 'index.html'), 'utf8').catch(() => undefined);
    if (html !== undefined && !html.includes('http-equiv="refresh"')) pages.push(html);
  }
  return pages;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'string' } } });
  const dist = positionals[0];
  if (dist === undefined || positionals.length > 1) {
    console.error(`page-weight: expected one built site folder\n${USAGE}`);
    return 2;
  }
  const pages = await paperPages(dist).catch((error: unknown) => {
    throw new Error(`page-weight: cannot read the paper pages of \`${dist}\` (expected DIST/papers/<slug>/index.html)`, { cause: error });
  });
  if (pages.length === 0) {
    console.error(`page-weight: no paper pages in ${path.join(dist, 'papers')}`);
    return 1;
  }
  const sums = new Map<string, { bytes: number; pages: number }>();
  let total = 0;
  let gzipped = 0;
  for (const html of pages) {
    total += Buffer.byteLength(html);
    gzipped += gzipSync(html).length;
    for (const [name, bytes] of Object.entries(pageParts(html))) {
      const sum = sums.get(name) ?? { bytes: 0, pages: 0 };
      sums.set(name, { bytes: sum.bytes + bytes, pages: sum.pages + (bytes > 0 ? 1 : 0) });
    }
  }
  const n = pages.length;
  const rows = [...sums].map(([name, s]) => ({ name, average: s.bytes / n, pages: s.pages }));
  const fmt = (x: number) => Math.round(x).toLocaleString('en');
  console.log(`${n} paper pages in ${dist}: ${fmt(total / n)} B on average (${fmt(gzipped / n)} B gzipped)\n`);
  console.log('| part | average bytes | share | pages with it |');
  console.log('|---|---:|---:|---:|');
  for (const row of rows) console.log(`| ${row.name} | ${fmt(row.average)} | ${((100 * row.average) / (total / n)).toFixed(1)} % | ${row.pages} |`);
  console.log(`| **the page** | **${fmt(total / n)}** | 100 % | ${n} |`);
  if (values.json !== undefined) {
    const report = { dist, pages: n, averageBytes: total / n, averageGzipBytes: gzipped / n, parts: Object.fromEntries(rows.map((r) => [r.name, { averageBytes: r.average, pages: r.pages }])) };
    await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
