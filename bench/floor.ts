/**
 * `node bench/floor.ts --content DIR --out DIR --files N`
 *
 * The floor of any static site build on this machine: read every paper
 * entry of a content folder and write N pages (`<slug>/index.html`, one
 * folder each, as a static site lays them out), each the entry's text in a
 * minimal HTML frame. No templates, no Markdown, no search: only the reading
 * and writing every generator has to do. `npm run bench` runs it as its own
 * process, after each build, with the number of pages that build wrote.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = 'usage: node bench/floor.ts --content DIR --out DIR --files N';

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { content: { type: 'string' }, out: { type: 'string' }, files: { type: 'string' } } });
  const files = Number(values.files);
  if (values.content === undefined || values.out === undefined || !Number.isInteger(files) || files < 1) {
    console.error(`floor: expected --content, --out and a positive --files\n${USAGE}`);
    return 2;
  }
  const papers = path.join(values.content, 'papers');
  const names = (await readdir(papers)).filter((name) => name.endsWith('.mdx')).sort();
  if (names.length === 0) {
    console.error(`floor: no entries (*.mdx) in ${papers}`);
    return 1;
  }
  // One at a time, as a generator reads its content (30,000 at once would run out of file handles).
  const texts: string[] = [];
  for (const name of names) texts.push(await readFile(path.join(papers, name), 'utf8'));
  await rm(values.out, { recursive: true, force: true });
  for (let i = 0; i < files; i++) {
    const text = texts[i % texts.length]!;
    const dir = path.join(values.out, `${names[i % names.length]!.replace(/\.mdx$/, '')}${i < texts.length ? '' : `-${i}`}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'index.html'), `<!doctype html><html lang="en"><meta charset="utf-8"><title>${i}</title><pre>${text.replace(/</g, '&lt;')}</pre></html>\n`);
  }
  console.log(`floor: read ${names.length} entries, wrote ${files} pages to ${values.out}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
