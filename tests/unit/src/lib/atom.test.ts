import { describe, expect, test } from 'vitest';
import { atomFeed } from '../../../../src/lib/atom.ts';
import { escapeMarkup } from '../../../../src/lib/escape-markup.ts';

const info = { title: 'Folio', description: 'Papers', selfUrl: 'https://x.org/feed.xml', pageUrl: 'https://x.org/', updated: new Date(0) };

describe('atomFeed', () => {
  test('escapes markup in titles and summaries, which feed readers read as HTML', () => {
    const xml = atomFeed(info, [{ title: 'Tokens <SEG> & x<3', url: 'https://x.org/papers/a/', summary: 'K << V and <b>not bold</b>', categories: ['llm'] }]);
    expect(xml).toContain('Tokens &lt;SEG&gt; &amp; x&lt;3');
    expect(xml).toContain('K &lt;&lt; V and &lt;b&gt;not bold&lt;/b&gt;');
    expect(xml).not.toContain('<SEG>');
    expect(xml).not.toContain('<b>');
  });
});

describe('escapeMarkup', () => {
  test('escapes the three characters that matter in HTML text', () => expect(escapeMarkup('a<b>&c')).toBe('a&lt;b&gt;&amp;c'));
});
