import { afterEach, describe, expect, test } from 'vitest';
import { publishSearchRecords, receiveSearchRecords, searchRecordPage, takeSearchRecords, type SearchRecord } from '../../../../src/integrations/search-records.ts';

const batch = (title: string): SearchRecord[] => [{ url: `/papers/${title}/`, title, formerTitles: [], html: '<p>x</p>', text: 'x', plain: 'x', topics: [] }];

afterEach(() => {
  takeSearchRecords();
});

describe('the search records’ handoff', () => {
  test('records published before anyone asks are taken once', () => {
    const records = batch('a');
    publishSearchRecords(records, 2);
    expect(takeSearchRecords()).toEqual({ records, setAside: 2 });
    expect(takeSearchRecords()).toBeUndefined();
  });

  test('a receiver gets the records the moment they are published, and only that batch', () => {
    const received: Array<readonly SearchRecord[]> = [];
    receiveSearchRecords(({ records }) => received.push(records));
    expect(received).toEqual([]);
    const first = batch('a');
    publishSearchRecords(first);
    expect(received).toEqual([first]);
    publishSearchRecords(batch('b'));
    expect(received).toEqual([first]);
    expect(takeSearchRecords()).toEqual({ records: batch('b'), setAside: 0 });
  });

  test('a receiver gets records already published at once', () => {
    const records = batch('a');
    publishSearchRecords(records);
    const received: Array<readonly SearchRecord[]> = [];
    receiveSearchRecords(({ records: r }) => received.push(r));
    expect(received).toEqual([records]);
    expect(takeSearchRecords()).toBeUndefined();
  });

  test('a receiver that stopped waiting gets nothing; the records wait to be taken', () => {
    const received: Array<readonly SearchRecord[]> = [];
    const stop = receiveSearchRecords(({ records: r }) => received.push(r));
    expect(takeSearchRecords()).toBeUndefined();
    stop();
    publishSearchRecords(batch('a'));
    expect(received).toEqual([]);
    expect(takeSearchRecords()).toEqual({ records: batch('a'), setAside: 0 });
  });
});

describe('searchRecordPage', () => {
  const record = (title: string, text: string): SearchRecord => ({ url: '/papers/x/', title, formerTitles: [], html: `<p>${text}</p>`, text, plain: text, topics: [{ id: 'other', name: 'Other' }] });

  test('gives Pagefind the extra words (folded) of a title and an abstract written with compatibility characters, as metadata beside the text as written', () => {
    const page = searchRecordPage(record('Eﬃcient ＬＬＭ Judges', 'We use ﬁne-tuning over ℝ².'));
    expect(page).toContain('<article data-pagefind-body data-pagefind-meta="search-title:Efficient LLM">');
    expect(page).toContain('<div class="abstract" data-pagefind-meta="search-text:fine-tuning R2.">');
    expect(page).toContain('>Eﬃcient ＬＬＭ Judges</h1>');
  });

  test('adds nothing to a paper with nothing to fold', () => {
    expect(searchRecordPage(record('Plain Title', 'Plain text, Schrödinger.'))).not.toContain('search-');
  });

  test("makes the abstract's HTML from its text when the record has none (the store keeps none where the text gives it)", () => {
    const { html: _, ...withoutHtml } = record('Plain Title', 'A & B at https://example.org/x.\n\nSecond.');
    expect(searchRecordPage(withoutHtml)).toContain('<div class="abstract"><p>A &#x26; B at <a href="https://example.org/x">https://example.org/x</a>.</p>\n<p>Second.</p></div>');
  });
});
