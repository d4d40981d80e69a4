import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { atomFeed, type FeedEntry } from '../../../../src/lib/atom.ts';
import { escapeMarkup } from '../../../../src/lib/escape-markup.ts';
import { atomProblems } from '../../../support/atom-rules.ts';

const info = { id: 'urn:uuid:9b1b2c4e-2d0f-5a1e-8c3d-4e5f60718293', title: 'Folio', description: 'Papers', selfUrl: 'https://x.org/feed.xml', pageUrl: 'https://x.org/', author: { name: 'Folio', uri: 'https://x.org/' } };
const entry = (over: Partial<FeedEntry> = {}): FeedEntry => ({ id: 'urn:uuid:9b1f3c4e-0000-5000-8000-00000000000a', title: 'Knots', url: 'https://x.org/papers/a/', summary: 'A knot.', categories: [{ term: 'llm', label: 'Language models' }], updated: new Date('2025-03-14T00:00:00Z'), ...over });

/** The problems a strict XML 1.0 parser finds in `xml` (none for a well-formed document). */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => problems.push(error.message));
  parser.write(xml).close();
  return problems;
}

describe('atomFeed', () => {
  test('escapes markup in titles and summaries, which feed readers read as HTML', () => {
    const xml = atomFeed(info, [entry({ title: 'Tokens <SEG> & x<3', summary: 'K << V and <b>not bold</b>' })]);
    expect(xml).toContain('Tokens &lt;SEG&gt; &amp; x&lt;3');
    expect(xml).toContain('K &lt;&lt; V and &lt;b&gt;not bold&lt;/b&gt;');
    expect(xml).not.toContain('<SEG>');
    expect(xml).not.toContain('<b>');
  });

  test('dates each entry by its latest listing, and the feed by its newest entry', () => {
    const xml = atomFeed(info, [entry({ updated: new Date('2025-03-14T00:00:00Z') }), entry({ id: 'urn:uuid:9b1f3c4e-0000-5000-8000-00000000000b', url: 'https://x.org/papers/b/', updated: new Date('2025-03-15T00:00:00Z') })]);
    expect(xml.match(/<updated>[^<]+<\/updated>/g)).toEqual([
      '<updated>2025-03-15T00:00:00.000Z</updated>',
      '<updated>2025-03-14T00:00:00.000Z</updated>',
      '<updated>2025-03-15T00:00:00.000Z</updated>',
    ]);
    expect(atomFeed(info, [])).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });

  test('stays well-formed XML whatever the text holds', () => {
    const hostile = 'a ]]> b <c> & "d" \'e\' \u0000 \u0001 \u000b \u001f \ud800 \udc00 \ufffe \uffff 😀 end';
    const xml = atomFeed({ ...info, title: hostile, description: hostile }, [
      entry({ title: hostile, summary: hostile, url: 'https://x.org/papers/a/?q=1&b="2"', categories: [{ term: 'q-a', label: hostile }, { term: 'plain', label: 'Q&A "quoted"' }] }),
    ]);
    expect(xmlProblems(xml)).toEqual([]);
    expect(atomProblems(atomFeed({ ...info, title: hostile, description: hostile, author: { name: hostile, uri: info.author.uri } }, [entry({ title: hostile })]))).toEqual([]);
    expect(xml).toContain('😀');
    expect(xml).toContain('label="Q&amp;A &quot;quoted&quot;"');
  });

  test('names the feed’s author, as RFC 4287 asks of a feed whose entries name none, and meets the RFC’s other MUSTs', () => {
    const xml = atomFeed({ ...info, author: { name: 'Lab <papers> & co', uri: 'https://x.org/lab/' } }, [entry()]);
    expect(xml).toMatch(/<author>\s*<name>Lab &lt;papers&gt; &amp; co<\/name>\s*<uri>https:\/\/x\.org\/lab\/<\/uri>\s*<\/author>/);
    expect(atomProblems(xml)).toEqual([]);
    expect(atomProblems(atomFeed(info, []))).toEqual([]);
    expect(atomProblems(atomFeed(info, [entry({ categories: [] }), entry({ id: 'urn:uuid:9b1f3c4e-0000-5000-8000-00000000000b', url: 'https://x.org/papers/b/' })]))).toEqual([]);
  });

  test('writes the feed’s own title as text, escaped once', () => {
    expect(atomFeed({ ...info, title: 'Lab <papers> & co' }, [])).toContain('<title>Lab &lt;papers&gt; &amp; co</title>');
  });
});

describe('escapeMarkup', () => {
  test('escapes the three characters that matter in HTML text', () => expect(escapeMarkup('a<b>&c')).toBe('a&lt;b&gt;&amp;c'));
});
