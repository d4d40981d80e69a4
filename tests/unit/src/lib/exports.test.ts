import { describe, expect, test } from 'vitest';
import { papersJson, papersJsonText, robotsTxt, sitemapXml } from '../../../../src/lib/exports.ts';

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
  test('papers.json is written a paper a line: the same JSON, without the indentation that made it 40 % larger, and a diff between builds still shows each paper changed', () => {
    const json = papersJson(
      [
        { slug: 'a', title: 'A "quoted"\nline', topics: [], keywords: [], aliases: ['old-a'], listings: [{ listing: '2025-03-14', source: 'x.txt', position: 1 }] },
        { slug: 'b', title: 'B', topics: ['t'], keywords: ['k'], aliases: [], listings: [] },
      ],
      { paper: (s) => `https://x.org/papers/${s}/`, listing: (id) => `https://x.org/listings/${id}/` },
    );
    const text = papersJsonText(json);
    expect(JSON.parse(text)).toEqual(json);
    expect(text.split('\n')).toEqual(['{"count":2,"papers":[', `${JSON.stringify(json.papers[0])},`, JSON.stringify(json.papers[1]), ']}', '']);
    expect(papersJsonText({ count: 0, papers: [] })).toBe('{"count":0,"papers":[\n]}\n');
    expect(JSON.parse(papersJsonText({ count: 0, papers: [] }))).toEqual({ count: 0, papers: [] });
  });
  test('the sitemap escapes URLs', () => {
    expect(sitemapXml(['https://x.org/?a&b'])).toContain('<loc>https://x.org/?a&amp;b</loc>');
  });
  test('robots.txt points at the sitemap', () => {
    expect(robotsTxt('https://x.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap.xml\n');
  });
});
