import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { htmlFiles, page, readEntries, renderedAbstract, text } from '../support/site.ts';

const { content, root, renamed, edgeCases } = inject('builds');
const { dist, site } = root;
const entries = readEntries(content);
const taxonomy = parseYaml(fs.readFileSync(path.join(content, 'topics.yaml'), 'utf8')) as { topics: Array<{ id: string; name: string }> };
/** The topics some paper is filed under; the global setup added one that none is. */
const filledTopics = taxonomy.topics.filter((t) => entries.some((e) => e.data.topics.includes(t.id)));
const paperPage = (slug: string) => page(dist, `papers/${slug}/index.html`);
const linkedSlugs = (file: string, selector: string) =>
  page(dist, file)
    .querySelectorAll(selector)
    .map((a) => /\/papers\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1])
    .filter(Boolean);

describe('paper pages', () => {
  test('the seeds produce papers to check', () => {
    expect(entries.length).toBeGreaterThan(100);
  });

  test('there is exactly one page per paper, plus one redirect per alias', () => {
    const pages = htmlFiles(dist).filter((f) => /^papers\/[^/]+\/index\.html$/.test(f));
    const expected = entries.flatMap((e) => [e.data.slug, ...(e.data.aliases ?? [])]).map((s) => `papers/${s}/index.html`);
    expect(pages.sort()).toEqual(expected.sort());
  });

  test.each(entries.map((e) => [e.data.slug, e] as const))('%s: the h1 is the title and the abstract is the entry text', (slug, entry) => {
    const html = paperPage(slug);
    const h1s = html.querySelectorAll('h1');
    expect(h1s).toHaveLength(1);
    expect(text(h1s[0])).toBe(entry.data.title);
    expect(renderedAbstract(html.querySelector('.abstract')!)).toBe(entry.text.replace(/\s+/g, ' ').trim());
  });

  test('no paper page links to itself as previous or next, even a paper listed twice', () => {
    const listedTwice = paperPage(edgeCases.listedTwice);
    expect(listedTwice.querySelectorAll('nav.listing-nav')).toHaveLength(entries.find((e) => e.data.slug === edgeCases.listedTwice)!.data.listings.length);
    for (const entry of entries) {
      const own = `/papers/${entry.data.slug}/`;
      const steps = paperPage(entry.data.slug).querySelectorAll('a[rel="prev"], a[rel="next"]').map((a) => a.getAttribute('href'));
      expect(steps.filter((href) => href === own), entry.data.slug).toEqual([]);
    }
  });

  test('a paper renamed by hand keeps its old URL as a redirect to the new one', () => {
    expect(entries.find((e) => e.data.slug === renamed.to)?.data.aliases).toEqual([renamed.from]);
    const redirect = paperPage(renamed.from);
    expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=/papers/${renamed.to}/`);
    expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}/papers/${renamed.to}/`);
    expect(redirect.querySelector('a')?.getAttribute('href')).toBe(`/papers/${renamed.to}/`);
    expect(paperPage(renamed.to).querySelectorAll('h1')).toHaveLength(1);
  });

  test('every published slug has a page or a redirect', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(content, 'published.json'), 'utf8')) as { papers: Record<string, unknown> };
    for (const slug of Object.keys(manifest.papers)) expect(fs.existsSync(path.join(dist, 'papers', slug, 'index.html')), slug).toBe(true);
  });

  test('a page with math links KaTeX’s stylesheet from the site, a page without math does not', () => {
    const withMath = entries.find((e) => e.text.includes('$'))!;
    const withoutMath = entries.find((e) => !e.text.includes('$'))!;
    const stylesheets = (slug: string) => paperPage(slug).querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href') ?? '');
    expect(stylesheets(withMath.data.slug).some((href) => /^\/_astro\/katex\.[^/]*\.css$/.test(href))).toBe(true);
    expect(stylesheets(withoutMath.data.slug).some((href) => href.includes('katex'))).toBe(false);
    // Rendered formulas stay out of the search index (their TeX source goes in, see rehype-pagefind-ignore-math).
    expect(paperPage(withMath.data.slug).querySelector('.katex-html')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  test('a paper page carries canonical, Open Graph, Scholar and JSON-LD metadata', () => {
    const entry = entries[0]!;
    const html = paperPage(entry.data.slug);
    const url = `${site}/papers/${entry.data.slug}/`;
    expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(html.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(url);
    expect(html.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
    expect(html.querySelector('meta[name="citation_title"]')?.getAttribute('content')).toBe(entry.data.title);
    expect(html.querySelector('meta[name="citation_abstract"]')?.getAttribute('content')).toBe(entry.text);
    const jsonLd = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(jsonLd).toMatchObject({ '@type': 'ScholarlyArticle', headline: entry.data.title, url });
    expect(html.querySelector('[data-pagefind-body]')).not.toBeNull();
  });

  test('the citation is a BibTeX @misc with the title and the archive URL', () => {
    const entry = entries.find((e) => /^[A-Za-z0-9 :,.-]+$/.test(e.data.title))!;
    const bibtex = text(paperPage(entry.data.slug).querySelector('.bibtex'));
    expect(bibtex).toContain(`@misc{${entry.data.slug},`);
    expect(bibtex).toContain(`title = {{${entry.data.title}}}`);
    expect(bibtex).toContain(`\\url{${site}/papers/${entry.data.slug}/}`);
  });

  test('related papers are listed with the terms they share', () => {
    const withRelated = entries.map((e) => paperPage(e.data.slug).querySelectorAll('.related > li')).filter((l) => l.length > 0);
    expect(withRelated.length).toBeGreaterThan(entries.length * 0.9);
    for (const items of withRelated) {
      expect(items.length).toBeLessThanOrEqual(5);
      for (const li of items) expect(text(li.querySelector('.shared'))).toMatch(/^Shared terms: \S/);
    }
  });
});

describe('topic and listing pages', () => {
  test.each(filledTopics.map((t) => [t.id] as const))('topic %s lists exactly its papers', (id) => {
    const expected = entries.filter((e) => e.data.topics.includes(id)).map((e) => e.data.slug);
    expect(linkedSlugs(`topics/${id}/index.html`, '.paper-list .title a').sort()).toEqual(expected.sort());
  });

  test('each listing lists exactly its papers, in their original order', () => {
    const listings = new Map<string, Array<[number, string]>>();
    for (const e of entries) for (const l of e.data.listings) listings.set(l.listing, [...(listings.get(l.listing) ?? []), [l.position, e.data.slug]]);
    expect(listings.size).toBeGreaterThan(0);
    for (const [id, papers] of listings) {
      const expected = papers.sort((a, b) => a[0] - b[0]).map(([, slug]) => slug);
      expect(linkedSlugs(`listings/${id}/index.html`, '.paper-list .title a'), id).toEqual(expected);
    }
  });

  test('the A–Z index links every paper once', () => {
    expect(linkedSlugs('papers/index.html', '.titles a').sort()).toEqual(entries.map((e) => e.data.slug).sort());
  });

  test('a topic no paper is filed under has no page, no feed and no place in the sitemap or on the topics index', () => {
    expect(filledTopics.length).toBe(taxonomy.topics.length - 1);
    const empty = taxonomy.topics.find((t) => !filledTopics.includes(t))!;
    expect(fs.existsSync(path.join(dist, 'topics', empty.id))).toBe(false);
    expect(fs.readFileSync(path.join(dist, 'sitemap.xml'), 'utf8')).not.toContain(`/topics/${empty.id}/`);
    expect(page(dist, 'topics/index.html').querySelectorAll(`a[href="/topics/${empty.id}/"]`)).toHaveLength(0);
  });

  test('the topics index shows every topic that has papers, with its count', () => {
    const cards = page(dist, 'topics/index.html').querySelectorAll('.topic-grid li');
    expect(cards.map((c) => text(c.querySelector('a')))).toEqual(filledTopics.map((t) => t.name));
    for (const [i, topic] of filledTopics.entries()) {
      const count = entries.filter((e) => e.data.topics.includes(topic.id)).length;
      expect(text(cards[i]!.querySelector('.count'))).toBe(`${count} ${count === 1 ? 'paper' : 'papers'}`);
    }
  });
});

describe('home, 404 and search', () => {
  test('home says what the archive is, counts it and charts papers per topic with links', () => {
    const home = page(dist, 'index.html');
    expect(text(home.querySelector('.stats'))).toContain(String(entries.length));
    const bars = home.querySelectorAll('.topic-chart svg a');
    expect(bars.map((a) => a.getAttribute('href')).sort()).toEqual(filledTopics.map((t) => `/topics/${t.id}/`).sort());
    expect(home.querySelector('form[role="search"][action="/search/"] input[name="q"]')).not.toBeNull();
    // Scripts (search, theme, copy) come from the site itself, never another host.
    for (const script of home.querySelectorAll('script[src]')) expect(script.getAttribute('src')).toMatch(/^\/(?!\/)/);
  });

  test('the 404 page says what happened and offers search', () => {
    const notFound = page(dist, '404.html');
    expect(text(notFound.querySelector('h1'))).toBe('There is no page at this address');
    expect(notFound.querySelector('main form[role="search"]')).not.toBeNull();
  });

  test('the search page takes the query from `q`, so every search box can GET it', () => {
    expect(page(dist, 'search/index.html').querySelector('main form[role="search"][action="/search/"] input[name="q"]')).not.toBeNull();
  });
});

describe('feeds and exports', () => {
  test('papers.json lists every paper with URL, topics, listings and keywords', () => {
    const json = JSON.parse(fs.readFileSync(path.join(dist, 'papers.json'), 'utf8'));
    expect(json.count).toBe(entries.length);
    const first = json.papers.find((p: { slug: string }) => p.slug === entries[0]!.data.slug);
    expect(first).toMatchObject({ url: `${site}/papers/${entries[0]!.data.slug}/`, title: entries[0]!.data.title, topics: entries[0]!.data.topics });
  });

  test('the site feed and each topic feed are Atom with one entry per paper', () => {
    const entriesIn = (file: string) => (fs.readFileSync(path.join(dist, file), 'utf8').match(/<entry>/g) ?? []).length;
    expect(fs.readFileSync(path.join(dist, 'feed.xml'), 'utf8')).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(entriesIn('feed.xml')).toBe(entries.length);
    for (const topic of filledTopics) {
      expect(entriesIn(`topics/${topic.id}/feed.xml`)).toBe(entries.filter((e) => e.data.topics.includes(topic.id)).length);
    }
  });

  test('sitemap.xml lists every paper and robots.txt points at it', () => {
    const sitemap = fs.readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    for (const e of entries) expect(sitemap).toContain(`<loc>${site}/papers/${e.data.slug}/</loc>`);
    expect(fs.readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap.xml`);
  });
});
