import { describe, expect, test } from 'vitest';
import { papersJson, robotsTxt, sitemapXml } from '../../../../src/lib/exports.ts';

describe('exports', () => {
  test('papers.json lists papers by slug with absolute URLs', () => {
    const json = papersJson(
      [{ slug: 'b', title: 'B', topics: ['t'], keywords: ['k'], aliases: [], listings: [{ listing: 'l', source: 'l.txt', position: 2 }] }],
      { paper: (s) => `https://x.org/papers/${s}/`, listing: (id) => `https://x.org/listings/${id}/` },
    );
    expect(json).toEqual({
      count: 1,
      papers: [{ slug: 'b', url: 'https://x.org/papers/b/', title: 'B', topics: ['t'], keywords: ['k'], aliases: [], listings: [{ id: 'l', date: null, position: 2, url: 'https://x.org/listings/l/' }] }],
    });
  });
  test('the sitemap escapes URLs', () => {
    expect(sitemapXml(['https://x.org/?a&b'])).toContain('<loc>https://x.org/?a&amp;b</loc>');
  });
  test('robots.txt points at the sitemap', () => {
    expect(robotsTxt('https://x.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap.xml\n');
  });
});
