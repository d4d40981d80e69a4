import { describe, expect, test } from 'vitest';
import { pageCacheKey } from '../../../../src/lib/cache-key.ts';

const site = { title: 'Folio', description: 'An archive.', site: 'https://example.org', base: '/' };

describe('pageCacheKey', () => {
  test('is the same for the same view and site', () => {
    expect(pageCacheKey({ title: 'Knots', related: ['a'] }, site)).toBe(pageCacheKey({ title: 'Knots', related: ['a'] }, { ...site }));
  });
  test('changes with anything the page shows, and with the site settings', () => {
    const key = pageCacheKey({ title: 'Knots', related: ['a'] }, site);
    expect(pageCacheKey({ title: 'Knots!', related: ['a'] }, site)).not.toBe(key);
    expect(pageCacheKey({ title: 'Knots', related: ['b'] }, site)).not.toBe(key);
    expect(pageCacheKey({ title: 'Knots', related: ['a'] }, { ...site, title: 'Lab papers' })).not.toBe(key);
    expect(pageCacheKey({ title: 'Knots', related: ['a'] }, { ...site, base: '/folio/' })).not.toBe(key);
  });
});
