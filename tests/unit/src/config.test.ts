import { describe, expect, test } from 'vitest';
import { normaliseBase, readSearchPartPapers, readSiteConfig } from '../../../src/config.ts';

describe('siteConfig', () => {
  test('defaults to a local site at the root', () => {
    expect(readSiteConfig({})).toMatchObject({ title: 'Folio', site: 'http://localhost:4321', base: '/' });
  });
  test('reads FOLIO_SITE and FOLIO_BASE and normalises their slashes', () => {
    expect(readSiteConfig({ FOLIO_SITE: 'https://lab.example.org/', FOLIO_BASE: 'folio' })).toMatchObject({ site: 'https://lab.example.org', base: '/folio/' });
  });
  test('reads FOLIO_SEARCH_PART_PAPERS: 16,384 papers a search part unless set; undefined when it is not a whole number above 0', () => {
    expect(readSiteConfig({}).searchPartPapers).toBe(16384);
    expect(readSearchPartPapers('4096')).toBe(4096);
    expect(readSearchPartPapers(' ')).toBe(16384);
    for (const bad of ['0', '-1', '1e3', '12.5', 'many']) expect(readSearchPartPapers(bad)).toBeUndefined();
  });
  test.each([['', '/'], ['/', '/'], ['folio', '/folio/'], ['/folio', '/folio/'], ['/a/b/', '/a/b/']])('normaliseBase(%j) is %j', (input, output) => {
    expect(normaliseBase(input)).toBe(output);
  });
});
