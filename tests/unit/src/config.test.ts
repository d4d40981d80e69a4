import { describe, expect, test } from 'vitest';
import { normaliseBase, readSiteConfig } from '../../../src/config.ts';

describe('siteConfig', () => {
  test('defaults to a local site at the root', () => {
    expect(readSiteConfig({})).toMatchObject({ title: 'Folio', site: 'http://localhost:4321', base: '/' });
  });
  test('reads FOLIO_SITE and FOLIO_BASE and normalises their slashes', () => {
    expect(readSiteConfig({ FOLIO_SITE: 'https://lab.example.org/', FOLIO_BASE: 'folio' })).toMatchObject({ site: 'https://lab.example.org', base: '/folio/' });
  });
  test.each([['', '/'], ['/', '/'], ['folio', '/folio/'], ['/folio', '/folio/'], ['/a/b/', '/a/b/']])('normaliseBase(%j) is %j', (input, output) => {
    expect(normaliseBase(input)).toBe(output);
  });
});
