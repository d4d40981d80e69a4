import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * A count the site prints to a reader goes through src/text/counts.ts
 * (`formatCount`, `countOf`), so that 10150 papers read "10,150 papers"
 * everywhere. The sample archive and the seeds have fewer than 1,000 papers,
 * so a built page cannot show a count that misses the helper; the templates
 * and scripts can: these are the ways a count used to be written by hand.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const src = path.join(root, 'src');

const HAND_WRITTEN: ReadonlyArray<{ what: string; pattern: RegExp }> = [
  // `{n} {n === 1 ? 'paper' : 'papers'}`, `${n} ${n === 1 ? one : many}`
  { what: 'a count with a hand-made plural', pattern: /\{\s*([\w.!]+)\s*\}\s*\$?\{\s*\1\s*===\s*1\s*\?/ },
  // `${archive.papers.length} papers`, `{page.total} papers`, `on ${page.count} pages`
  { what: 'a bare count before its noun', pattern: /\{\s*[\w.!]+\s*\}\s+(?:more\s+)?(?:papers?|days?|topics?|listings?|pages?|results?)\b/ },
  // `<td>{d.count}</td>`, `<span class="count">{papers.length}</span>`
  { what: 'a bare count as an element’s text', pattern: />\s*\{\s*[\w.]+\.(?:count|length|total|value)\s*\}\s*</ },
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const file = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(file) : /\.(?:astro|ts)$/.test(d.name) ? [file] : [];
  });
}

describe('counts in prose', () => {
  test('no template or script of the site prints a count without formatCount or countOf', () => {
    const found: string[] = [];
    for (const file of sourceFiles(src)) {
      // The build's log lines (src/integrations) are for whoever builds, not a reader of the site.
      if (file === path.join(src, 'text', 'counts.ts') || file.startsWith(path.join(src, 'integrations') + path.sep)) continue;
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        for (const { what, pattern } of HAND_WRITTEN) if (pattern.test(line)) found.push(`${path.relative(root, file)}:${i + 1}: ${what}`);
      });
    }
    expect(found).toEqual([]);
  });
});
