import { describe, expect, test } from 'vitest';
import { jsonForScript, scholarlyArticle } from '../../../../src/lib/structured-data.ts';

describe('scholarlyArticle', () => {
  const article = scholarlyArticle({
    title: 'Sparse Attention',
    url: 'https://lab.example.org/papers/sparse-attention/',
    keywords: ['sparse attention', 'long context'],
    topics: ['Transformer architecture'],
    siteName: 'Folio',
    siteUrl: 'https://lab.example.org/',
  });

  test('describes the paper for schema.org readers', () => {
    expect(article).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: 'Sparse Attention',
      url: 'https://lab.example.org/papers/sparse-attention/',
      keywords: 'sparse attention, long context',
      about: [{ '@type': 'Thing', name: 'Transformer architecture' }],
      isPartOf: { '@type': 'WebSite', name: 'Folio', url: 'https://lab.example.org/' },
    });
  });

  test('gives the title and the URL once each: no `name` beside `headline`, no `mainEntityOfPage` equal to `url`', () => {
    expect(article).not.toHaveProperty('name');
    expect(article).not.toHaveProperty('mainEntityOfPage');
  });

  test('gives the day the archive first listed the paper as its datePublished, and no date for a paper on undated listings only', () => {
    const dated = scholarlyArticle({ title: 'T', url: 'u', keywords: [], topics: [], siteName: 'F', siteUrl: 's', listed: '2025-03-14' });
    expect(dated.datePublished).toBe('2025-03-14');
    expect(article).not.toHaveProperty('datePublished');
  });

  test('leaves the abstract to the page and its citation_abstract, instead of a third copy in every page', () => {
    expect(article).not.toHaveProperty('abstract');
  });
});

describe('jsonForScript', () => {
  test('cannot close the script element it is written into', () => {
    expect(jsonForScript({ title: '</script><b>' })).toBe('{"title":"\\u003c/script\\u003e\\u003cb\\u003e"}');
  });
});
