import { escapeMarkup } from './escape-markup.ts';
import type { PaperSummary } from './group-papers.ts';
import { isDay } from '../format/day.ts';

/** One paper in `/papers.json`. */
export interface PaperRecord {
  slug: string;
  url: string;
  title: string;
  topics: string[];
  /** Each listing the paper appeared in: its id, its day (`YYYY-MM-DD`, null when unknown), the paper's place, its URL. */
  listings: Array<{ id: string; date: string | null; position: number; url: string }>;
  keywords: string[];
  aliases: string[];
}

/**
 * The `/papers.json` export: every paper with absolute URLs, sorted by slug so
 * diffs between builds are readable.
 */
export function papersJson(
  papers: ReadonlyArray<PaperSummary & { aliases: readonly string[] }>,
  url: { paper: (slug: string) => string; listing: (id: string) => string },
): { count: number; papers: PaperRecord[] } {
  const records = [...papers]
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
    .map((p) => ({
      slug: p.slug,
      url: url.paper(p.slug),
      title: p.title,
      topics: [...p.topics],
      listings: p.listings.map((l) => ({ id: l.listing, date: isDay(l.listing) ? l.listing : null, position: l.position, url: url.listing(l.listing) })),
      keywords: [...p.keywords],
      aliases: [...p.aliases],
    }));
  return { count: records.length, papers: records };
}

/**
 * The text of `/papers.json`: a paper a line, so that a diff between two
 * builds shows each paper added or changed. Indented (`JSON.stringify(…,
 * null, 2)`) it was 40 % larger (8.0 MB against 5.7 MB at 10,000 papers)
 * and took about twice as long to write on every build.
 */
export function papersJsonText(json: { count: number; papers: readonly PaperRecord[] }): string {
  const lines = json.papers.map((paper) => JSON.stringify(paper));
  return `{"count":${JSON.stringify(json.count)},"papers":[\n${lines.map((line, i) => (i < lines.length - 1 ? `${line},\n` : `${line}\n`)).join('')}]}\n`;
}

/** A sitemap (sitemaps.org protocol) listing the given absolute URLs. */
export function sitemapXml(urls: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeMarkup(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/** `robots.txt` that allows everything and points at the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
