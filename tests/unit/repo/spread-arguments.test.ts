import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * A list spread into a call passes each item as an argument, and V8 throws
 * `RangeError: Maximum call stack size exceeded` past about 120,000 of them:
 * a 17 MB dump of 150,000 short papers stopped the ingest with a stack trace
 * at `warnings.push(...abstractsUnlikeTitles(…))`. The ingest's and the
 * site's lists grow with their input (warnings, problems, files), so they
 * are added with `append` (src/lib/append.ts), never spread.
 */
const root = path.resolve(import.meta.dirname, '../../..');

const SPREAD_INTO_PUSH = /\.push\(\s*\.\.\./;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const file = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(file) : /\.(?:astro|ts|mjs)$/.test(d.name) ? [file] : [];
  });
}

describe('spread arguments', () => {
  test('no script or site module spreads a list into push', () => {
    const found: string[] = [];
    for (const file of [...sourceFiles(path.join(root, 'scripts')), ...sourceFiles(path.join(root, 'src'))]) {
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (SPREAD_INTO_PUSH.test(line)) found.push(`${path.relative(root, file)}:${i + 1}`);
      });
    }
    expect(found).toEqual([]);
  });
});
