import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isReservedRouteName, RESERVED_ROUTE_NAMES } from '../../../../src/format/site-routes.ts';
import { paths } from '../../../../src/lib/urls.ts';

const PAGES = path.resolve(import.meta.dirname, '../../../../src/pages');

describe('RESERVED_ROUTE_NAMES', () => {
  test.each(Object.keys(RESERVED_ROUTE_NAMES) as (keyof typeof RESERVED_ROUTE_NAMES)[])('names every fixed route of src/pages/%s/, where a slug or id is a page of its own', (folder) => {
    // A file or folder of src/pages/<folder>/ whose name is not a parameter (`[slug].astro`) is a route of the site's own.
    const fixed = readdirSync(path.join(PAGES, folder))
      .filter((name) => !name.startsWith('['))
      .map((name) => name.replace(/\.(?:astro|ts)$/u, ''));
    expect([...RESERVED_ROUTE_NAMES[folder]].sort()).toEqual(fixed.sort());
  });

  test("the A–Z index's later pages are in the reserved folder", () => {
    expect(paths.papers(2)).toBe(`papers/${RESERVED_ROUTE_NAMES.papers.find((n) => n !== 'index')}/2/`);
  });

  test('tells a reserved name in its folder only', () => {
    expect(isReservedRouteName('papers', 'a-z')).toBe(true);
    expect(isReservedRouteName('listings', 'a-z')).toBe(false);
    expect(isReservedRouteName('topics', 'index')).toBe(true);
  });
});
