import { describe, expect, inject, test } from 'vitest';
import { checkLinks } from '../support/links.ts';

const builds = inject('builds');

describe.each([
  ['at the root', builds.root],
  ['under the base path /folio/', builds.based],
])('internal links of the site built %s', (_, build) => {
  const report = checkLinks(build.dist, build.base, build.site);

  test('checks a link-rich site', () => {
    expect(report.checked).toBeGreaterThan(1000);
  });

  test('every internal link and fragment resolves (0 broken)', () => {
    expect(report.broken.slice(0, 20)).toEqual([]);
  });

  test('every internal link respects the base path', () => {
    expect(report.outsideBase.slice(0, 20)).toEqual([]);
  });
});
