import { describe, expect, test } from 'vitest';
import { externalSearches } from '../../../../src/lib/external-links.ts';

describe('externalSearches', () => {
  test('searches arXiv, Hugging Face and Google Scholar for the encoded title', () => {
    const links = externalSearches('Q&A: 100% <fun>');
    expect(links.map((l) => l.site)).toEqual(['arXiv', 'Hugging Face Papers', 'Google Scholar']);
    for (const l of links) expect(l.url).toContain('Q%26A%3A%20100%25%20%3Cfun%3E');
  });
});
