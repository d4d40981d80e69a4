import { describe, expect, test } from 'vitest';
import { PAPER_PAGE_PARTS, pageParts } from '../../../../bench/lib/page-parts.ts';

/** A small invented paper page with one of each part. */
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
  '<meta http-equiv="content-security-policy" content="default-src \'self\'">',
  '<title>Tiny · Folio</title>',
  '<meta name="description" content="An abstract.">',
  '<link rel="canonical" href="https://x.test/papers/tiny/">',
  '<meta property="og:title" content="Tiny">',
  '<meta property="og:description" content="An abstract.">',
  '<meta property="og:url" content="https://x.test/papers/tiny/">',
  '<script>document.documentElement.classList.add("js")</script>',
  '<meta name="citation_title" content="Tiny">',
  '<meta name="citation_abstract" content="An abstract.">',
  '<meta name="citation_public_url" content="https://x.test/papers/tiny/">',
  '<script type="application/ld+json">{"headline":"Tiny"}</script>',
  '</head><body>',
  '<a class="skip-link" href="#main">Skip</a>',
  '<header><a href="/">Folio</a><div data-site-search><form role="search"><input name="q">',
  '<div data-popup hidden></div><p id="site-search-help">Press / to search. Ünïcode</p><div aria-live="polite"></div></form></div>',
  '<button data-theme-toggle>Dark</button><script type="module" src="/s.js"></script></header>',
  '<main><article><h1>Tiny</h1>',
  '<section><h2>Abstract</h2><p>An abstract.</p></section>',
  '<section><h2>Related papers</h2><ul><li><a href="/papers/other/">Other</a></li></ul></section>',
  '</article><aside>',
  '<section><h2>Permanent link</h2><a href="https://x.test/papers/tiny/">https://x.test/papers/tiny/</a><span class="copy js-only"><button>Copy link</button></span></section>',
  '<section><h2>Find it elsewhere</h2><ul><li><a href="https://arxiv.org/?q=Tiny">arXiv</a></li></ul></section>',
  '</aside></main><footer><p>Footer</p></footer></body></html>',
].join('');

describe('pageParts', () => {
  test('every byte of the page is counted once: the parts sum to the page', () => {
    const parts = pageParts(PAGE);
    const total = Object.values(parts).reduce((a, b) => a + b, 0);
    expect(total).toBe(Buffer.byteLength(PAGE));
  });

  test('counts bytes, not characters (UTF-8)', () => {
    const parts = pageParts(PAGE);
    expect(parts['header: search help, popup and live region (hidden)']).toBe(
      Buffer.byteLength('<div data-popup hidden></div><p id="site-search-help">Press / to search. Ünïcode</p><div aria-live="polite"></div>'),
    );
  });

  test('an inner part is taken out of the part around it', () => {
    const parts = pageParts(PAGE);
    expect(parts['citation_abstract']).toBe(Buffer.byteLength('<meta name="citation_abstract" content="An abstract.">'));
    expect(parts['the page URL: canonical, og:url, citation_public_url']).toBe(
      Buffer.byteLength('<link rel="canonical" href="https://x.test/papers/tiny/"><meta property="og:url" content="https://x.test/papers/tiny/"><meta name="citation_public_url" content="https://x.test/papers/tiny/">'),
    );
    expect(parts['permanent link']).toBe(Buffer.byteLength('<section><h2>Permanent link</h2><a href="https://x.test/papers/tiny/">https://x.test/papers/tiny/</a></section>'));
    expect(parts['copy buttons (shown with JavaScript)']).toBe(Buffer.byteLength('<span class="copy js-only"><button>Copy link</button></span>'));
  });

  test('a section is found by its heading', () => {
    const parts = pageParts(PAGE);
    expect(parts['related papers']).toBe(Buffer.byteLength('<section><h2>Related papers</h2><ul><li><a href="/papers/other/">Other</a></li></ul></section>'));
    expect(parts['find it elsewhere']).toBe(Buffer.byteLength('<section><h2>Find it elsewhere</h2><ul><li><a href="https://arxiv.org/?q=Tiny">arXiv</a></li></ul></section>'));
  });

  test('a part the page does not have counts zero, and every named part is reported', () => {
    const parts = pageParts(PAGE);
    expect(parts['keywords']).toBe(0);
    expect(Object.keys(parts).sort()).toEqual([...PAPER_PAGE_PARTS.map((p) => p.name), 'markup around the parts'].sort());
  });
});
