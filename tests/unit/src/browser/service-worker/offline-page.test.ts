import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { offlinePageHtml, paperSlugOf } from '../../../../../src/browser/service-worker/offline-page.ts';

/** The page's heading, text and links, as a reader sees them. */
function read(html: string) {
  const main = parse(html).querySelector('main')!;
  return {
    heading: main.querySelector('h1')?.textContent,
    text: main.textContent.replace(/\s+/g, ' '),
    links: main.querySelectorAll('a').map((a) => [a.textContent, a.getAttribute('href')]),
  };
}

describe('offlinePageHtml', () => {
  test('a paper never opened: says it was not saved for offline reading, gives its title and the search the reader came from', () => {
    const page = read(offlinePageHtml({ base: '/folio/', url: 'https://x.org/folio/papers/knots-a3lrrzwyuq/', title: 'Knots & <Braids>', referrer: 'https://x.org/folio/search/?q=knot+theory&topic=maths' }));
    expect(page.heading).toBe('This paper was not saved for offline reading');
    expect(page.text).toContain('Knots & <Braids>');
    expect(page.links).toEqual([['Back to your search', 'https://x.org/folio/search/?q=knot+theory&topic=maths']]);
  });

  test('a paper reached from elsewhere: a search for its title instead; with no title known, the search page', () => {
    expect(read(offlinePageHtml({ base: '/', url: 'https://x.org/papers/knots-a3lrrzwyuq/', title: 'Knots', referrer: 'https://x.org/topics/maths/' })).links).toEqual([['Search the papers saved here', '/search/?q=Knots']]);
    expect(read(offlinePageHtml({ base: '/', url: 'https://x.org/papers/knots-a3lrrzwyuq/', referrer: 'https://elsewhere.org/search/?q=knots' })).links).toEqual([['Search the papers saved here', '/search/']]);
  });

  test('any other page keeps the plain offline page', () => {
    const page = read(offlinePageHtml({ base: '/', url: 'https://x.org/topics/maths/', title: 'Ignored' }));
    expect(page.heading).toBe('You are offline');
    expect(page.links).toEqual([['search', '/search/']]);
  });
});

describe('paperSlugOf', () => {
  test('names the slug of a paper page only, never the A–Z pages', () => {
    expect(paperSlugOf('/folio/papers/knots-a3lrrzwyuq/', '/folio/')).toBe('knots-a3lrrzwyuq');
    for (const path of ['/folio/papers/', '/folio/papers/a-z/2/', '/folio/papers/a-z/', '/folio/topics/x/', '/papers/x/']) expect(paperSlugOf(path, '/folio/'), path).toBeUndefined();
  });
});
