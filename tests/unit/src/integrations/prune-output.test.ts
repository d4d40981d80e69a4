import { describe, expect, test } from 'vitest';
import { foldersUp, isStaleOutput } from '../../../../src/integrations/prune-output.ts';

describe('isStaleOutput', () => {
  const start = 1_000_000;
  const kept = new Set(['/dist/papers/kept/index.html']);
  test('keeps what this build wrote, whatever its route', () => {
    expect(isStaleOutput({ path: '/dist/_astro/new.js', mtimeMs: start + 5 }, kept, start)).toBe(false);
    // File times come from a coarse clock: a file written just after the start may read a little before it.
    expect(isStaleOutput({ path: '/dist/_astro/new.js', mtimeMs: start - 20 }, kept, start)).toBe(false);
  });
  test('keeps an older page that a route of this build reused', () => {
    expect(isStaleOutput({ path: '/dist/papers/kept/index.html', mtimeMs: start - 60_000 }, kept, start)).toBe(false);
  });
  test('drops an older file that no route of this build produced', () => {
    expect(isStaleOutput({ path: '/dist/papers/removed/index.html', mtimeMs: start - 60_000 }, kept, start)).toBe(true);
    expect(isStaleOutput({ path: '/dist/_astro/old.js', mtimeMs: start - 60_000 }, kept, start)).toBe(true);
  });
});

describe('foldersUp', () => {
  test('names the folders and their parents, deepest first, never the output folder or above', () => {
    expect(foldersUp(['/dist/topics/x/3', '/dist/topics/x/4', '/dist', '/dist/empty'], '/dist')).toEqual(['/dist/topics/x/3', '/dist/topics/x/4', '/dist/topics/x', '/dist/topics', '/dist/empty']);
    expect(foldersUp([], '/dist')).toEqual([]);
  });
});
