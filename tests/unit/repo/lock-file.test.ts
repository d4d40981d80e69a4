import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * `npm ci` (CI, the GitHub Pages workflow) refuses a lock file that lacks any
 * optional dependency a locked package lists, even one for another platform
 * (`@pagefind/darwin-arm64` on Linux). A lock made by an install that skipped
 * them installs here but breaks every clean deploy, so it is caught here.
 */
interface LockPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
}

const root = path.resolve(import.meta.dirname, '../../..');
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };

/** Where npm would find `name` from the package at `from`: its own node_modules, then each parent's. */
function resolveInLock(packages: Record<string, LockPackage>, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`;
    if (packages[candidate] !== undefined) return candidate;
    if (dir === '') return undefined;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent < 0 ? '' : dir.slice(0, parent);
  }
}

/** Every optional dependency of a locked package that the lock does not record. */
export function missingOptionalPackages(packages: Record<string, LockPackage>): string[] {
  const missing: string[] = [];
  for (const [location, pkg] of Object.entries(packages)) {
    for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
      if (resolveInLock(packages, location, name) === undefined) missing.push(`${name} (optional dependency of ${location || 'the project'})`);
    }
  }
  return missing.sort();
}

describe('package-lock.json', () => {
  test('records every platform package a dependency lists as optional, so npm ci works on any OS', () => {
    expect(missingOptionalPackages(lock.packages)).toEqual([]);
  });

  test('the check finds a platform package missing from a lock', () => {
    const packages: Record<string, LockPackage> = {
      '': {},
      'node_modules/pagefind': { version: '1.6.0', optionalDependencies: { '@pagefind/linux-x64': '1.6.0', '@pagefind/darwin-arm64': '1.6.0' } },
      'node_modules/@pagefind/linux-x64': { version: '1.6.0' },
    };
    expect(missingOptionalPackages(packages)).toEqual(['@pagefind/darwin-arm64 (optional dependency of node_modules/pagefind)']);
  });

  test('locks one KaTeX for rendering formulas (rehype-katex) and for their stylesheet (the project’s own), since KaTeX renames its classes between versions', () => {
    // Paper pages link `katex/dist/katex.min.css` as the project resolves it; rehype-katex renders with the KaTeX it resolves.
    expect(resolveInLock(lock.packages, 'node_modules/rehype-katex', 'katex')).toBe('node_modules/katex');
  });

  test('a nested copy satisfies the package that nests it', () => {
    const packages: Record<string, LockPackage> = {
      '': {},
      'node_modules/a': { optionalDependencies: { b: '1' } },
      'node_modules/a/node_modules/b': { version: '1' },
    };
    expect(missingOptionalPackages(packages)).toEqual([]);
  });
});
