import fs from 'node:fs';
import { describe, expect, test } from 'vitest';

const css = fs.readFileSync(new URL('../../../../src/styles/global.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

describe('global.css', () => {
  test('writes each colour once: no property is given the same colour in two places (the dark palette once, for the chosen theme and the system’s alike)', () => {
    const seen = new Map<string, number>();
    for (const [, property, value] of css.matchAll(/([\w-]+)\s*:\s*([^;{}]*#[0-9a-f]{3,8}\b[^;{}]*)/gi)) {
      const declaration = `${property}: ${value!.trim()}`;
      seen.set(declaration, (seen.get(declaration) ?? 0) + 1);
    }
    expect([...seen].filter(([, count]) => count > 1).map(([declaration]) => declaration)).toEqual([]);
    // The colours were read: the palette's background among them.
    expect([...seen.keys()].some((declaration) => declaration.startsWith('--bg:'))).toBe(true);
    expect(seen.size).toBeGreaterThan(15);
  });

  test('hyphenates only where the browser can keep to long words: `hyphens: auto` under `@supports (hyphenate-limit-chars …)`, never alone (a browser without the limit, Safari, would hyphenate every word)', () => {
    const guarded = /@supports\s*\(\s*hyphenate-limit-chars\s*:[^)]*\)\s*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g;
    expect(css.match(guarded)?.join('')).toMatch(/hyphens\s*:\s*auto/);
    expect(css.replace(guarded, '')).not.toMatch(/hyphens\s*:\s*auto/);
  });
});
