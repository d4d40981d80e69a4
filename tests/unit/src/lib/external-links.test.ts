import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { externalSearches, formValue } from '../../../../src/lib/external-links.ts';

/** The query parameter `name` of `url` as the site's server reads it (form encoding: `+` is a space). */
const param = (url: string, name: string) => new URL(url).searchParams.get(name);

describe('externalSearches', () => {
  test('searches arXiv (by title), Hugging Face and Google Scholar (the exact phrase) for the title', () => {
    const title = 'Q&A: 100% <fun> + C#, a=b';
    const [arxiv, hf, scholar] = externalSearches(title);
    expect([arxiv!.site, hf!.site, scholar!.site]).toEqual(['arXiv', 'Hugging Face Papers', 'Google Scholar']);
    expect(param(arxiv!.url, 'query')).toBe(title);
    expect(param(arxiv!.url, 'searchtype')).toBe('title');
    expect(param(hf!.url, 'q')).toBe(title);
    expect(param(scholar!.url, 'q')).toBe(`"${title}"`);
  });
  test('searches a title with a formula as a reader types it: sub- and superscripts after `_` and `^`, literal dollars kept', () => {
    const query = (title: string) => param(externalSearches(title)[0]!.url, 'query');
    expect(query('Graph Transformers in Rᵈ')).toBe('Graph Transformers in R^d');
    expect(query('π₀: A Flow Policy')).toBe('π_0: A Flow Policy');
    expect(query('Scaling to 10⁶ Tokens with Lᵢ₊₁ Norms')).toBe('Scaling to 10^6 Tokens with L_(i+1) Norms');
    expect(query('Rotations by 30° and f′')).toBe('Rotations by 30° and f′');
    expect(query('ＬＬＭ Agents for $5 and $10')).toBe('LLM Agents for $5 and $10');
    expect(param(externalSearches('Sorting in O(n log n) Time')[2]!.url, 'q')).toBe('"Sorting in O(n log n) Time"');
  });
});

describe('formValue', () => {
  test('writes spaces as `+` and leaves the characters a query may hold as they are', () => {
    expect(formValue("1-bit Adam: Scaling (Adam's) Speed, Fast/Slow?")).toBe("1-bit+Adam:+Scaling+(Adam's)+Speed,+Fast/Slow?");
  });

  test('escapes what would end or change the value (`&`, `=`, `+`, `#`, `%`), quotes, markup and non-ASCII', () => {
    expect(formValue('a&b=c+d#e%f"g<h>Schrödinger')).toBe('a%26b%3Dc%2Bd%23e%25f%22g%3Ch%3ESchr%C3%B6dinger');
  });

  test('is read back as the same text by a form-encoded query, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => new URLSearchParams(`q=${formValue(text)}`).get('q') === text));
  });
});
