import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SaxesParser } from 'saxes';
import { parse } from 'node-html-parser';
import { htmlFiles, page, readEntries, readRetiredEntries, redirectOf, renderedAbstract, text } from '../support/site.ts';
import { countOf } from '../../src/text/counts.ts';
import { feedEntryId } from '../../src/lib/feed-ids.ts';

const { content, root, based, renamed, edgeCases } = inject('builds');
const { dist, site } = root;
const entries = readEntries(content);
const taxonomy = parseYaml(fs.readFileSync(path.join(content, 'topics.yaml'), 'utf8')) as { topics: Array<{ id: string; name: string }> };
/** The topics some paper is filed under; the global setup added one that none is. */
const filledTopics = taxonomy.topics.filter((t) => entries.some((e) => e.data.topics.includes(t.id)));
const paperPage = (slug: string) => page(dist, `papers/${slug}/index.html`);
/** The pages of a paginated list: its first page and `<dir>/<n>/index.html` for the rest, in order (not `<dir>/1/`, a redirect to the first). */
const pagesOf = (first: string, dir: string) => [first, ...htmlFiles(dist).filter((f) => f.startsWith(dir) && /\/\d+\/index\.html$/.test(f) && !f.endsWith('/1/index.html')).sort((a, b) => Number(/(\d+)\/index\.html$/.exec(a)![1]) - Number(/(\d+)\/index\.html$/.exec(b)![1]))];
/** Listing id → the entries' papers on it, in listing order (a paper once). */
const listingsOf = () => {
  const listings = new Map<string, Array<[number, string]>>();
  for (const e of entries) for (const l of e.data.listings) listings.set(l.listing, [...(listings.get(l.listing) ?? []), [l.position, e.data.slug]]);
  return new Map([...listings].map(([id, papers]) => [id, [...new Set(papers.sort((a, b) => a[0] - b[0]).map(([, slug]) => slug))]]));
};
const days = [...listingsOf().keys()].filter((id) => /^\d{4}-\d{2}-\d{2}$/.test(id)).sort().reverse();
const linkedSlugs = (file: string, selector: string) =>
  page(dist, file)
    .querySelectorAll(selector)
    .map((a) => /\/papers\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1])
    .filter(Boolean);

describe('paper pages', () => {
  test('the seeds produce papers to check', () => {
    expect(entries.length).toBeGreaterThan(100);
  });

  test('there is exactly one page per paper, retired ones included, plus one redirect per alias', () => {
    // `papers/a-z/` is the A–Z index's (a redirect to its first page), a name no slug takes.
    const pages = htmlFiles(dist).filter((f) => /^papers\/[^/]+\/index\.html$/.test(f) && f !== 'papers/a-z/index.html');
    const expected = [...entries, ...readRetiredEntries(content)].flatMap((e) => [e.data.slug, ...(e.data.aliases ?? [])]).map((s) => `papers/${s}/index.html`);
    expect(pages.sort()).toEqual(expected.sort());
  });

  test('every page names the site icon, redirects included, so no browser asks for a /favicon.ico the site does not have; under a version of its content (sha256, as the sprite’s), which the service worker saves, so a deploy that changes it is a new URL', () => {
    for (const { dist: out, base } of [root, based]) {
      const favicon = `${base}favicon.svg?v=${createHash('sha256').update(fs.readFileSync(path.join(out, 'favicon.svg'))).digest('hex').slice(0, 12)}`;
      const icons = new Set(htmlFiles(out).map((f) => page(out, f).querySelector('head link[rel="icon"]')?.getAttribute('href') ?? `${f}: none`));
      expect([...icons]).toEqual([favicon]);
      const { shell } = JSON.parse(fs.readFileSync(path.join(out, 'sw-manifest.json'), 'utf8')) as { shell: string[] };
      expect(shell.filter((u) => u.includes('favicon'))).toEqual([favicon]);
    }
    expect(page(dist, `papers/${renamed.from}/index.html`).querySelector('meta[http-equiv="refresh"]')).not.toBeNull();
  });

  test('a redirect page’s head carries the lines every page shares (character set, security policy, viewport, colour schemes, icon, theme script) as a page of the site does, in the same order', () => {
    // The page's own stylesheets (a paper page has one) aside: the site's is checked above.
    const shared = (file: string) => {
      const head = page(dist, file).querySelector('head')!;
      const kept = new Set(head.querySelectorAll('meta[charset], meta[http-equiv="content-security-policy"], meta[name="viewport"], meta[name="color-scheme"], link[rel="icon"], script:not([type])'));
      return head.querySelectorAll('*').filter((el) => kept.has(el)).map((el) => el.outerHTML);
    };
    const expected = shared(`papers/${renamed.to}/index.html`);
    expect(expected).toHaveLength(6);
    for (const file of [`papers/${renamed.from}/index.html`, 'listings/000-b74b9448ff318115/index.html', 'papers/a-z/index.html', `topics/${filledTopics[0]!.id}/1/index.html`]) {
      expect(page(dist, file).querySelector('meta[http-equiv="refresh"]'), file).not.toBeNull();
      expect(shared(file), file).toEqual(expected);
    }
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
    // One navigation per listing: a listing holds a paper once, at its first place, however often its entry names it.
    const listings = entries.find((e) => e.data.slug === edgeCases.listedTwice)!.data.listings;
    expect(listings.length).toBeGreaterThan(new Set(listings.map((l) => l.listing)).size);
    expect(listedTwice.querySelectorAll('nav.listing-nav')).toHaveLength(new Set(listings.map((l) => l.listing)).size);
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
    expect(text(redirect.querySelector('h1')!)).toBe('This paper is at another address');
    expect(paperPage(renamed.to).querySelectorAll('h1')).toHaveLength(1);
  });

  test('a redirect page wears the site’s stylesheet, margins and the reader’s theme, for a browser that does not follow its refresh at once', () => {
    const paper = paperPage(entries[0]!.data.slug);
    // The theme script, a file every page names in its head under its version (src/data/theme-script.ts).
    const themeScript = paper.querySelectorAll('head script[src]:not([type])').map((s) => s.getAttribute('src')!).filter((src) => fs.readFileSync(path.join(dist, src.split('?')[0]!), 'utf8').includes('folio-theme'));
    expect(themeScript).toHaveLength(1);
    for (const file of [`papers/${renamed.from}/index.html`, 'listings/000-b74b9448ff318115/index.html', 'papers/a-z/index.html', `topics/${filledTopics[0]!.id}/1/index.html`]) {
      const redirect = page(dist, file);
      // The site's colours and type, from its own stylesheet.
      const css = redirect.querySelectorAll('link[rel="stylesheet"]').map((l) => fs.readFileSync(path.join(dist, l.getAttribute('href')!), 'utf8'));
      expect(css.join('\n'), file).toMatch(/--measure:\s*68ch/);
      // Its words inside the page’s margins, as every page’s are, not against the screen’s edge.
      expect(redirect.querySelector('main')?.classList.contains('wrap'), file).toBe(true);
      // The theme a reader chose (the script every page runs first), not the system’s.
      expect(redirect.querySelectorAll('head script[src]:not([type])').map((s) => s.getAttribute('src')), file).toEqual(themeScript);
    }
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
    // Rendered formulas stay out of the search index (their plain text goes in, see rehype-pagefind-ignore-math).
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

  test('what reads an abstract as text (description, og:description, card leads, feed summaries) gets its formulas as plain text, never TeX between `$`; citation_abstract keeps the TeX', () => {
    // The seeds write no `$` of their own: every one in an entry delimits a formula the ingest wrote.
    const withMath = entries.filter((e) => e.text.includes('$'));
    expect(withMath.length).toBeGreaterThan(10);
    for (const entry of withMath) {
      const html = paperPage(entry.data.slug);
      for (const meta of ['meta[name="description"]', 'meta[property="og:description"]']) expect(html.querySelector(meta)?.getAttribute('content'), `${entry.data.slug}: ${meta}`).not.toContain('$');
      expect(html.querySelector('meta[name="citation_abstract"]')?.getAttribute('content')).toBe(entry.text);
    }
    const muvera = entries.find((e) => e.text.includes('x in $R^{d}$'))!;
    expect(paperPage(muvera.data.slug).querySelector('meta[name="description"]')?.getAttribute('content')).toContain('x in Rᵈ');
    const cardPages = ['index.html', ...htmlFiles(dist).filter((f) => /^topics\/[^/]+\/(\d+\/)?index\.html$/.test(f))];
    const leads = cardPages.flatMap((f) => page(dist, f).querySelectorAll('.paper-card .lead').map((p) => text(p)));
    expect(leads.length).toBeGreaterThan(100);
    expect(leads.filter((lead) => lead.includes('$'))).toEqual([]);
    expect(leads.some((lead) => lead.includes('x in Rᵈ'))).toBe(true);
    const feeds = ['feed.xml', ...fs.readdirSync(path.join(dist, 'topics')).map((id) => `topics/${id}/feed.xml`).filter((f) => fs.existsSync(path.join(dist, f)))];
    const summaries = feeds.flatMap((f) => fs.readFileSync(path.join(dist, f), 'utf8').split('<summary').slice(1).map((s) => s.slice(0, s.indexOf('</summary>'))));
    expect(summaries.length).toBeGreaterThan(50);
    expect(summaries.filter((summary) => summary.includes('$'))).toEqual([]);
  });

  test('the citation is a BibTeX @misc with the title and the archive URL', () => {
    const entry = entries.find((e) => /^[A-Za-z0-9 :,.-]+$/.test(e.data.title))!;
    // The parser keeps a <pre>'s content as raw text: parsed again, it reads as the page shows it (the URL is marked by a <span>).
    const bibtex = text(parse(paperPage(entry.data.slug).querySelector('.bibtex')!.innerHTML));
    expect(bibtex).toContain(`@misc{${entry.data.slug},`);
    expect(bibtex).toContain(`title = {{${entry.data.title}}}`);
    expect(bibtex).toContain(`\\url{${site}/papers/${entry.data.slug}/}`);
  });

  test('a paper page is dated by the first day it was listed: in its BibTeX, its citation_date (as Google Scholar writes it) and its JSON-LD; a paper on undated listings only has no date', () => {
    const firstDay = (e: (typeof entries)[number]) => e.data.listings.map((l) => l.listing).filter((id) => /^\d{4}-\d{2}-\d{2}$/.test(id)).sort()[0];
    const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    const dated = entries.filter((e) => firstDay(e) !== undefined && e.data.listings.some((l) => l.listing !== firstDay(e)));
    expect(dated.length).toBeGreaterThan(0);
    for (const entry of [...dated.slice(0, 20), ...entries.slice(0, 20)]) {
      const day = firstDay(entry);
      const html = paperPage(entry.data.slug);
      const bibtex = text(parse(html.querySelector('.bibtex')!.innerHTML));
      const jsonLd = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.textContent) as Record<string, unknown>;
      const meta = html.querySelector('meta[name="citation_date"]')?.getAttribute('content');
      if (day === undefined) {
        expect([bibtex.includes('year'), meta, jsonLd.datePublished]).toEqual([false, undefined, undefined]);
        continue;
      }
      expect(bibtex).toContain(`year = {${day.slice(0, 4)}}, month = ${months[Number(day.slice(5, 7)) - 1]},`);
      expect(meta).toBe(day.replaceAll('-', '/'));
      expect(jsonLd.datePublished).toBe(day);
    }
    // The test site keeps one seed undated (its listing is named after its file).
    const undated = entries.find((e) => firstDay(e) === undefined);
    expect(undated).toBeDefined();
    expect(paperPage(undated!.data.slug).querySelector('meta[name="citation_date"]')).toBeNull();
  });

  test('related papers are listed with the terms they share', () => {
    const withRelated = entries.map((e) => paperPage(e.data.slug).querySelectorAll('.related > li')).filter((l) => l.length > 0);
    expect(withRelated.length).toBeGreaterThan(entries.length * 0.9);
    for (const items of withRelated) {
      expect(items.length).toBeLessThanOrEqual(5);
      for (const li of items) expect(text(li.querySelector('p'))).toMatch(/^Shared terms: \S/);
    }
  });
});

describe('topic and listing pages', () => {
  test.each(filledTopics.map((t) => [t.id] as const))('topic %s lists exactly its papers, 50 to a page counted from the oldest, the first page taking the rest', (id) => {
    const expected = entries.filter((e) => e.data.topics.includes(id)).map((e) => e.data.slug);
    const pages = pagesOf(`topics/${id}/index.html`, `topics/${id}/`);
    expect(pages).toHaveLength(Math.max(1, Math.floor(expected.length / 50)));
    const perPage = pages.map((f) => linkedSlugs(f, '.paper-list .title a'));
    for (const slugs of perPage.slice(1)) expect(slugs).toHaveLength(50);
    expect(perPage[0]!.length).toBeLessThan(100);
    expect(perPage.flat().sort()).toEqual(expected.sort());
    // The topic's count only on the first page: the others stay as they were when a day adds papers.
    expect(text(page(dist, pages[0]!).querySelector('.meta'))).toContain(`${expected.length} paper`);
    for (const file of pages.slice(1)) expect(text(page(dist, file).querySelector('.meta'))).not.toMatch(/\d+ papers?,/);
  });

  test('a topic’s pages link to each other: numbered pages, and rel=prev/next in the head and the pager', () => {
    const big = filledTopics.find((t) => entries.filter((e) => e.data.topics.includes(t.id)).length > 100)!;
    const pages = pagesOf(`topics/${big.id}/index.html`, `topics/${big.id}/`);
    const rel = (file: string, r: string) => page(dist, file).querySelector(`head link[rel="${r}"]`)?.getAttribute('href');
    expect(rel(pages[0]!, 'prev')).toBeUndefined();
    expect(rel(pages[0]!, 'next')).toBe(`/topics/${big.id}/2/`);
    expect(rel(pages[1]!, 'prev')).toBe(`/topics/${big.id}/`);
    expect(rel(pages.at(-1)!, 'next')).toBeUndefined();
    expect(page(dist, pages[1]!).querySelector('.pager [aria-current="page"]')?.textContent).toBe('2');
    expect(page(dist, pages[0]!).querySelector('.pager a[rel="next"]')?.getAttribute('href')).toBe(`/topics/${big.id}/2/`);
  });

  test('each listing lists exactly its papers, in listing order, each once', () => {
    const listings = listingsOf();
    expect(listings.size).toBe(5);
    for (const [id, expected] of listings) expect(linkedSlugs(`listings/${id}/index.html`, '.day-list > li > a'), id).toEqual(expected);
  });

  test('a day’s page is headed by its date and links to the days before and after it', () => {
    expect(days).toEqual(['2025-06-13', '2025-03-17', '2025-03-14']);
    const middle = page(dist, 'listings/2025-03-17/index.html');
    expect(text(middle.querySelector('h1'))).toBe('17 March 2025');
    expect(middle.querySelector('.day-nav a[rel="prev"]')?.getAttribute('href')).toBe('/listings/2025-03-14/');
    expect(middle.querySelector('.day-nav a[rel="next"]')?.getAttribute('href')).toBe('/listings/2025-06-13/');
    expect(page(dist, 'listings/2025-03-14/index.html').querySelector('.day-nav a[rel="prev"]')).toBeNull();
  });

  test('every listing’s page, dated or not, leads back to the listings index from its own navigation', () => {
    const ids = [...listingsOf().keys()];
    // A seed with no date line, and the file-named listing the global setup adds (tests/support/edge-case-entries.ts).
    expect(ids.filter((id) => !days.includes(id)).sort()).toEqual(['002-679632857d56aeca', '2025-03-17-second-save']);
    for (const id of ids) {
      const nav = page(dist, `listings/${id}/index.html`).querySelectorAll('main nav a').map((a) => [a.getAttribute('href'), text(a)]);
      expect(nav, id).toContainEqual(['/listings/', days.includes(id) ? 'All days' : 'All listings']);
    }
  });

  test('a listing published under its file name redirects to its day', () => {
    const redirect = page(dist, 'listings/000-b74b9448ff318115/index.html');
    expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/listings/2025-03-14/');
    expect(text(redirect.querySelector('h1')!)).toBe('This listing is at another address');
    const manifest = JSON.parse(fs.readFileSync(path.join(content, 'published.json'), 'utf8')) as { listings: Record<string, string> };
    for (const id of Object.keys(manifest.listings)) expect(fs.existsSync(path.join(dist, 'listings', id, 'index.html')), id).toBe(true);
  });

  test('the listings index shows every day by month, newest first, under a calendar with a link per day', () => {
    const index = page(dist, 'listings/index.html');
    // A month counts its papers once: March's two days share 5 of their 77 + 77 (so does the summary, saying the sum apart).
    expect(index.querySelectorAll('.months h3').map(text)).toEqual(['June 2025 · 69 papers', 'March 2025 · 149 papers']);
    expect(text(index.querySelector('.page-head .meta')!)).toBe('2025: 3 days listing 191 papers (223 counting a paper once for each day it is on)');
    expect(index.querySelectorAll('.days tbody th a').map((a) => a.getAttribute('href'))).toEqual(days.map((d) => `/listings/${d}/`));
    expect(index.querySelectorAll('.calendar svg a').map((a) => a.getAttribute('href')).sort()).toEqual(days.map((d) => `/listings/${d}/`).sort());
    expect(index.querySelectorAll('.calendar .map rect')).toHaveLength(365);
    expect(index.querySelectorAll('.listing-list a').map((a) => a.getAttribute('href'))).toContain('/listings/002-679632857d56aeca/');
  });

  test('the listings index says what a listing without a day is in a reader’s words, with no maintainer’s command (readers cannot run the ingest)', () => {
    const section = page(dist, 'listings/index.html').querySelector('section[aria-labelledby="undated-heading"]')!;
    expect(section.querySelectorAll('code').map(text)).toEqual([]);
    expect(text(section.querySelector('p'))).toBe('Daily Papers pages saved without their date, so they have no place on the calendar. Each keeps its papers in their original order.');
  });

  test('an archive with no dated listing has a listings index of its listings, with no year or empty calendar (the build year was shown)', () => {
    const undatedOnly = inject('builds').searchFixtures.dist;
    const index = page(undatedOnly, 'listings/index.html');
    const shown = text(index.querySelector('main')!);
    expect(shown).not.toMatch(/\b20\d\d\b/);
    expect(index.querySelector('.calendar')).toBeNull();
    expect(index.querySelector('#days-heading')).toBeNull();
    expect(index.querySelector('meta[name="description"]')?.getAttribute('content')).not.toMatch(/\b20\d\d\b/);
    expect(index.querySelectorAll('.listing-list a').map((a) => a.getAttribute('href'))).toEqual(['/listings/known-items/']);
    expect(index.querySelector('.page-head .meta') && text(index.querySelector('.page-head .meta')!)).toBe('1 listing without a day, of 11 papers');
  });

  test('the A–Z index links every paper once, over its pages, in reading order', () => {
    const pages = pagesOf('papers/index.html', 'papers/a-z/');
    expect(pages.length).toBe(Math.ceil(entries.length / 300));
    const titles = pages.flatMap((f) => page(dist, f).querySelectorAll('.titles a').map(text));
    expect(pages.flatMap((f) => linkedSlugs(f, '.titles a')).sort()).toEqual(entries.map((e) => e.data.slug).sort());
    // Letter by letter, A to Z, then titles that start with a digit or another script.
    const letters = titles.map((t) => t.normalize('NFD').match(/[\p{L}\p{N}]/u)![0]!.toUpperCase()).map((c) => (/[A-Z]/.test(c) ? c : '~'));
    expect(letters).toEqual([...letters].sort());
  });

  test('page 1 of a list at the address of its other pages (/papers/a-z/, /papers/a-z/1/, /topics/<id>/1/) redirects to the list, as an alias does: a reader who edits the page number lands on it', () => {
    const topic = filledTopics[0]!.id;
    const firstPages = { 'papers/a-z/index.html': 'papers/', 'papers/a-z/1/index.html': 'papers/', [`topics/${topic}/1/index.html`]: `topics/${topic}/` };
    const found = Object.keys(firstPages).filter((file) => fs.existsSync(path.join(dist, file)));
    expect(found).toEqual(Object.keys(firstPages));
    for (const [file, to] of Object.entries(firstPages)) {
      expect(redirectOf(dist, file), file).toEqual({ refresh: `0; url=/${to}`, canonical: `${site}/${to}`, link: `/${to}`, robots: 'noindex', indexed: false });
      expect(redirectOf(based.dist, file), file).toMatchObject({ refresh: `0; url=/folio/${to}` });
      // Page 1 never had another address: the fallback heading must not say it moved.
      expect(text(page(dist, file).querySelector('h1')), file).toBe('This page is at another address');
    }
  });

  test('a paper page shows the days the paper appeared, linking to them', () => {
    const dated = entries.find((e) => e.data.listings.some((l) => l.listing === '2025-03-14'))!;
    const listed = paperPage(dated.data.slug).querySelectorAll('.listing-nav p a');
    expect(listed.map((a) => [a.getAttribute('href'), text(a)])).toContainEqual(['/listings/2025-03-14/', '14 March 2025']);
  });

  test('a topic no paper is filed under keeps its page and feed (its URL outlives its last paper), but is listed nowhere and kept out of search engines, as an emptied listing is', () => {
    expect(filledTopics.length).toBe(taxonomy.topics.length - 1);
    const empty = taxonomy.topics.find((t) => !filledTopics.includes(t))!;
    const topicPage = page(dist, `topics/${empty.id}/index.html`);
    expect(text(topicPage.querySelector('h1')!)).toBe(empty.name);
    expect(text(topicPage.querySelector('main')!)).toContain('No paper is filed under this topic now.');
    expect(topicPage.querySelectorAll('.paper-list')).toHaveLength(0);
    expect(topicPage.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(fs.existsSync(path.join(dist, 'topics', empty.id, '2'))).toBe(false);
    const feed = fs.readFileSync(path.join(dist, 'topics', empty.id, 'feed.xml'), 'utf8');
    expect(feed).toContain(`<title>${empty.name} · `);
    expect(feed).not.toContain('<entry>');
    const errors: string[] = [];
    const parser = new SaxesParser();
    parser.on('error', (error) => errors.push(error.message));
    parser.write(feed).close();
    expect(errors).toEqual([]);
    expect(fs.readFileSync(path.join(dist, 'sitemap.xml'), 'utf8')).not.toContain(`/topics/${empty.id}/`);
    for (const listed of ['index.html', 'topics/index.html']) {
      expect(page(dist, listed).querySelectorAll(`a[href="/topics/${empty.id}/"]`), listed).toHaveLength(0);
    }
  });

  test('the topics index shows every topic that has papers, with its count', () => {
    const cards = page(dist, 'topics/index.html').querySelectorAll('.topic-grid li');
    expect(cards.map((c) => text(c.querySelector('a')))).toEqual(filledTopics.map((t) => t.name));
    for (const [i, topic] of filledTopics.entries()) {
      const count = entries.filter((e) => e.data.topics.includes(topic.id)).length;
      expect(text(cards[i]!.querySelector('.count'))).toBe(countOf(count, 'paper', 'papers'));
    }
  });
});

describe('home, 404 and search', () => {
  test('the service worker saves topic-names.json under the search index’s version, as the header search fetches it (a new topic shows by name as soon as it is deployed, whatever the host lets browsers keep)', () => {
    for (const { dist: out, base } of [root, based]) {
      const { tag } = JSON.parse(fs.readFileSync(path.join(out, 'search-index/manifest.json'), 'utf8')) as { tag: string };
      const { shell } = JSON.parse(fs.readFileSync(path.join(out, 'sw-manifest.json'), 'utf8')) as { shell: string[] };
      expect(shell.filter((u) => u.includes('topic-names.json'))).toEqual([`${base}topic-names.json?v=${tag}`]);
    }
  });

  test('every page draws its icons from the sprite under a version of its content (sha256, as sw-manifest.json’s), and the service worker saves that URL: a deploy that changes an icon reaches a reader whose browser or worker kept the last sprite', () => {
    for (const { dist: out, base } of [root, based]) {
      const svg = fs.readFileSync(path.join(out, 'icons.svg'));
      const sprite = `${base}icons.svg?v=${createHash('sha256').update(svg).digest('hex').slice(0, 12)}`;
      const drawn = new Set(htmlFiles(out).flatMap((f) => page(out, f).querySelectorAll('use').map((use) => use.getAttribute('href') ?? `${f}: no href`)));
      expect(new Set([...drawn].map((href) => href.split('#')[0]))).toEqual(new Set([sprite]));
      // Each icon drawn is in the sprite served.
      const ids = [...svg.toString('utf8').matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
      for (const href of drawn) expect(ids, href).toContain(href.split('#')[1]);
      const { shell } = JSON.parse(fs.readFileSync(path.join(out, 'sw-manifest.json'), 'utf8')) as { shell: string[] };
      expect(shell.filter((u) => u.includes('icons.svg'))).toEqual([sprite]);
    }
  });

  test('home is the latest day’s papers, with the start of each abstract and its topics', () => {
    const home = page(dist, 'index.html');
    expect(text(home.querySelector('#latest-heading'))).toBe('Daily Papers 13 June 2025');
    const cards = home.querySelectorAll('.paper-list .paper-card');
    expect(cards.map((c) => /\/papers\/([^/]+)\/$/.exec(c.querySelector('.title a')!.getAttribute('href')!)![1])).toEqual(listingsOf().get('2025-06-13')!.slice(0, 50));
    for (const card of cards) {
      expect(text(card.querySelector('.lead')).length).toBeGreaterThan(20);
      expect(card.querySelectorAll('.chips a').length).toBeGreaterThan(0);
    }
    const earlier = home.querySelectorAll('section[aria-labelledby="earlier-heading"] .listing-list a').map((a) => a.getAttribute('href'));
    // The days before the latest, newest first, then the undated listings.
    expect(earlier.slice(0, 2)).toEqual(['/listings/2025-03-17/', '/listings/2025-03-14/']);
    expect(earlier).toContain('/listings/002-679632857d56aeca/');
  });

  test('home says what the archive is and counts it; the topics index charts papers per topic with links', () => {
    const home = page(dist, 'index.html');
    expect(text(home.querySelector('.stats'))).toContain(String(entries.length));
    const bars = page(dist, 'topics/index.html').querySelectorAll('.topic-chart a');
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

  test('the site feed and each topic feed are Atom with the latest 50 papers, each dated by its latest listing', () => {
    const entriesIn = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8').split('<entry>').slice(1);
    const feed = fs.readFileSync(path.join(dist, 'feed.xml'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(entriesIn('feed.xml')).toHaveLength(50);
    // The latest day first: every entry of the site feed is from 13 June 2025, and so is the feed.
    for (const entry of entriesIn('feed.xml')) expect(entry).toContain('<updated>2025-06-13T00:00:00.000Z</updated>');
    expect(feed.split('<entry>')[0]).toContain('<updated>2025-06-13T00:00:00.000Z</updated>');
    for (const topic of filledTopics) {
      expect(entriesIn(`topics/${topic.id}/feed.xml`)).toHaveLength(Math.min(50, entries.filter((e) => e.data.topics.includes(topic.id)).length));
    }
  });

  test('every feed dates its entries by their papers’ latest day, 1970-01-01 for a paper on undated listings alone (002), newest first, and itself by its newest entry: never by the clock', () => {
    const bySlug = new Map(entries.map((e) => [e.data.slug, e.data]));
    const latestDay = (slug: string) => bySlug.get(slug)!.listings.map((l) => l.listing).filter((id) => /^\d{4}-\d{2}-\d{2}$/.test(id)).sort().at(-1);
    const undated = '1970-01-01T00:00:00.000Z';
    const feeds = ['feed.xml', ...taxonomy.topics.map((t) => `topics/${t.id}/feed.xml`)];
    const seen = new Set<string>();
    for (const file of feeds) {
      const [head, ...feedEntries] = fs.readFileSync(path.join(dist, file), 'utf8').split('<entry>');
      const dated = feedEntries.map((e) => {
        const slug = /<link href="[^"]*\/papers\/([^/"]+)\/"/.exec(e)![1]!;
        // The entry's id is its paper's permanent slug alone, whatever the site's address.
        expect(/<id>([^<]+)<\/id>/.exec(e)![1], `${file}: ${slug}`).toBe(feedEntryId(slug));
        const day = latestDay(slug);
        const updated = /<updated>([^<]+)<\/updated>/.exec(e)![1]!;
        expect(updated, `${file}: ${slug}`).toBe(day === undefined ? undated : `${day}T00:00:00.000Z`);
        return updated;
      });
      seen.add(dated.at(-1) ?? 'none');
      expect(dated, file).toEqual(dated.toSorted().reverse());
      expect(/<updated>([^<]+)<\/updated>/.exec(head!)![1], file).toBe(dated[0] ?? undated);
    }
    // The seeds have a feed ending with an undated paper, and an empty one.
    expect(seen).toContain(undated);
    expect(seen).toContain('none');
  });

  test('sitemap.xml lists exactly the pages a search engine may index: every page without robots noindex, but the 404 page the host serves for any missing address', () => {
    const listed = [...fs.readFileSync(path.join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const indexable = htmlFiles(dist)
      .filter((f) => f !== '404.html' && !/\bnoindex\b/.test(page(dist, f).querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''))
      .map((f) => `${site}/${f.replace(/index\.html$/, '')}`);
    expect(listed.toSorted()).toEqual(indexable.toSorted());
  });

  test('the search page is kept out of search engines (its results are drawn in the browser, so a crawler sees an empty page) and its links still followed', () => {
    const robots = page(dist, 'search/index.html').querySelector('meta[name="robots"]')?.getAttribute('content');
    // `follow` is the default of a robots meta tag: `noindex` alone keeps the links to every topic crawlable.
    expect(robots).toBe('noindex');
  });

  test('sitemap.xml lists every paper and robots.txt points at it', () => {
    const sitemap = fs.readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    for (const e of entries) expect(sitemap).toContain(`<loc>${site}/papers/${e.data.slug}/</loc>`);
    expect(fs.readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap.xml`);
  });
});

describe('a retired paper', () => {
  const { retired } = edgeCases;
  const notice = () => paperPage(retired.slug);
  const inAll = (files: string[]) => files.filter((f) => fs.readFileSync(path.join(dist, f), 'utf8').includes(`/papers/${retired.slug}/`));

  test('keeps its URL, which answers with its title, "Removed from the archive", the reason and the days it was listed', () => {
    expect(text(notice().querySelector('h1'))).toBe(retired.title);
    expect(text(notice().querySelector('main h2'))).toBe('Removed from the archive');
    expect(notice().querySelectorAll('main .retired p').map(text)).toEqual([retired.reason, `It was listed on 17 March 2025 and Listing ${retired.ownListing}.`]);
  });

  test('keeps its page out of search engines and of the search, with no abstract and no citation metadata', () => {
    expect(notice().querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(notice().querySelector('[data-pagefind-body]')).toBeNull();
    expect(notice().querySelector('meta[name^="citation_"]')).toBeNull();
    expect(notice().querySelector('script[type="application/ld+json"]')).toBeNull();
    expect(notice().querySelector('.abstract')).toBeNull();
  });

  test('its alias still redirects to it', () => {
    expect(page(dist, `papers/${retired.alias}/index.html`).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=/papers/${retired.slug}/`);
  });

  test('no page links to it but its alias: not the home page, its day, topic pages, the A–Z index, nor other papers', () => {
    const linking = inAll(htmlFiles(dist).filter((f) => f !== `papers/${retired.slug}/index.html`));
    expect(linking).toEqual([`papers/${retired.alias}/index.html`]);
  });

  test('no feed, sitemap, papers.json or search record names it', () => {
    const files = ['feed.xml', 'sitemap.xml', 'papers.json', ...taxonomy.topics.map((t) => `topics/${t.id}/feed.xml`)];
    expect(inAll(files)).toEqual([]);
    expect(fs.readFileSync(path.join(dist, 'papers.json'), 'utf8')).not.toContain(retired.title);
  });

  test('a listing whose every paper is retired keeps its page, saying so, and is listed nowhere', () => {
    const own = page(dist, `listings/${retired.ownListing}/index.html`);
    expect(own.querySelectorAll('.day-list li')).toHaveLength(0);
    expect(text(own.querySelector('main'))).toContain('Every paper of this listing was removed from the archive.');
    expect(own.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const listingLinks = htmlFiles(dist).filter((f) => fs.readFileSync(path.join(dist, f), 'utf8').includes(`/listings/${retired.ownListing}/`));
    expect(listingLinks.filter((f) => f !== `listings/${retired.ownListing}/index.html`)).toEqual([]);
    expect(fs.readFileSync(path.join(dist, 'sitemap.xml'), 'utf8')).not.toContain(`/listings/${retired.ownListing}/`);
  });
});
