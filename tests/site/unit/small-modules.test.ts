import { describe, expect, test } from 'vitest';
import { abstractText } from '../../../src/format/abstract-text.ts';
import { bibtex, escapeBibtex } from '../../../src/lib/cite.ts';
import { externalSearches } from '../../../src/lib/external-links.ts';
import { papersJson, robotsTxt, sitemapXml } from '../../../src/lib/exports.ts';
import { normaliseBase, readSiteConfig } from '../../../src/config.ts';
import { snippet } from '../../../src/lib/snippet.ts';
import { jsonForScript } from '../../../src/lib/structured-data.ts';
import { stem } from '../../../src/text/words.ts';
import { relatedTerms } from '../../../src/lib/related.ts';
import { topicChart } from '../../../src/lib/topic-chart.ts';
import { compileTaxonomy, termsFound } from '../../../src/format/topic-terms.ts';
import { joinBase, urlsFor } from '../../../src/lib/urls.ts';

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

describe('urls', () => {
  test('joinBase puts a path under the base path', () => {
    expect(joinBase('/folio/', 'papers/x/')).toBe('/folio/papers/x/');
    expect(joinBase('/', '')).toBe('/');
  });
  test('absolute URLs include the origin and the base path', () => {
    expect(urlsFor('/folio/', 'https://lab.example.org').absolute('papers/x/')).toBe('https://lab.example.org/folio/papers/x/');
  });
});

describe('abstractText', () => {
  test('unescapes MDX escapes back to the characters written', () => {
    expect(abstractText('Braces \\{x\\} and \\< stay text.').text).toBe('Braces {x} and < stay text.');
  });
  test('keeps inline math as $tex$ in the text and leaves it out of the prose', () => {
    const result = abstractText('Cost is $O(n^2)$ here.');
    expect(result).toEqual({ text: 'Cost is $O(n^2)$ here.', prose: 'Cost is here.', hasMath: true });
  });
  test('says when there is no math', () => {
    expect(abstractText('Plain words.').hasMath).toBe(false);
  });
});

describe('escapeBibtex and bibtex', () => {
  test('escapes the characters LaTeX treats specially', () => {
    expect(escapeBibtex('50% of {x} & y_1 ~ #2 ^ \\')).toBe('50\\% of \\{x\\} \\& y\\_1 \\textasciitilde{} \\#2 \\textasciicircum{} \\textbackslash{}');
  });
  test('writes a @misc entry with the double-braced title and the URL', () => {
    expect(bibtex({ slug: 'a-b', title: 'A & B', url: 'https://x.org/papers/a-b/', archive: 'Folio' })).toMatchInlineSnapshot(`
      "@misc{a-b,
        title        = {{A \\& B}},
        howpublished = {\\url{https://x.org/papers/a-b/}},
        note         = {Folio}
      }"
    `);
  });
});

describe('externalSearches', () => {
  test('searches arXiv, Hugging Face and Google Scholar for the encoded title', () => {
    const links = externalSearches('Q&A: 100% <fun>');
    expect(links.map((l) => l.site)).toEqual(['arXiv', 'Hugging Face Papers', 'Google Scholar']);
    for (const l of links) expect(l.url).toContain('Q%26A%3A%20100%25%20%3Cfun%3E');
  });
});

describe('snippet', () => {
  test('leaves short text alone', () => {
    expect(snippet('Short.', 20)).toBe('Short.');
  });
  test('cuts long text at a word boundary and adds an ellipsis', () => {
    expect(snippet('one two three four five six', 16)).toBe('one two three…');
  });
});

describe('jsonForScript', () => {
  test('cannot close the script element it is written into', () => {
    expect(jsonForScript({ title: '</script><b>' })).toBe('{"title":"\\u003c/script\\u003e\\u003cb\\u003e"}');
  });
});

describe('relatedTerms and stem', () => {
  test('gives a plural and its singular one stem', () => {
    const pairs = [['models', 'model'], ['studies', 'study'], ['patches', 'patch'], ['caches', 'cache'], ['boxes', 'box'], ['llms', 'llm'], ['images', 'image']];
    for (const [plural, singular] of pairs) expect(stem(plural!), plural).toBe(stem(singular!));
    expect(['loss', 'corpus', 'analysis', 'physics', 'gas'].map(stem)).toEqual(['loss', 'corpus', 'analysis', 'physics', 'gas']);
  });
  test('drops stop words, numbers and short words, keeps the written form', () => {
    expect(relatedTerms('We propose 3 new Models for the 3D scenes')).toEqual([
      { term: stem('models'), word: 'Models' },
      { term: stem('scenes'), word: 'scenes' },
    ]);
  });
});

describe('topicChart', () => {
  test('orders rows largest first and scales the largest bar to the full length', () => {
    const chart = topicChart([{ id: 'a', label: 'A', count: 1 }, { id: 'b', label: 'B', count: 4 }, { id: 'c', label: 'C', count: 0 }], { rowHeight: 30, maxPercent: 80 });
    expect(chart.bars.map((b) => [b.id, b.percent, b.y])).toEqual([['b', 80, 0], ['a', 20, 30], ['c', 0, 60]]);
    expect(chart.height).toBe(90);
  });
});

describe('termsFound', () => {
  const topic = (id: string, terms: string[]) => ({ id, name: id, description: id, terms });
  const compiled = compileTaxonomy({ topics: [topic('moe', ['mixture of experts', 'diffusion model', 'LLM', 'LLMs']), topic('llm', ['/\\bLLMs?\\b/', 'robot']), topic('other', [])] });

  test('reports plain terms as written, matching plurals and hyphens', () => {
    expect(termsFound('Sparse Mixture-of-Experts and diffusion models', 'moe', compiled)).toEqual(['mixture of experts', 'diffusion model']);
  });
  test('reports a regex term by the text it matched', () => {
    expect(termsFound('Tuning LLMs cheaply', 'llm', compiled)).toEqual(['LLMs']);
  });
  test('counts the same words written twice once, as the classifier does', () => {
    expect(termsFound('Tuning LLMs cheaply', 'moe', compiled)).toEqual(['LLM']);
  });
  test('ignores terms that do not occur, and has no reasons for the fallback or an unknown topic', () => {
    expect(termsFound('Language only', 'llm', compiled)).toEqual([]);
    expect(termsFound('Language only', 'other', compiled)).toEqual([]);
    expect(termsFound('Language only', 'nope', compiled)).toEqual([]);
  });
});

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
