import { afterEach, describe, expect, test } from 'vitest';
import { publishSearchRecords, receiveSearchRecords, takeSearchRecords, type SearchRecord } from '../../../../src/integrations/search-records.ts';

const batch = (title: string): SearchRecord[] => [{ url: `/papers/${title}/`, title, formerTitles: [], html: '<p>x</p>', topics: [] }];

afterEach(() => {
  takeSearchRecords();
});

describe('the search records’ handoff', () => {
  test('records published before anyone asks are taken once', () => {
    const records = batch('a');
    publishSearchRecords(records);
    expect(takeSearchRecords()).toBe(records);
    expect(takeSearchRecords()).toBeUndefined();
  });

  test('a receiver gets the records the moment they are published, and only that batch', () => {
    const received: Array<readonly SearchRecord[]> = [];
    receiveSearchRecords((records) => received.push(records));
    expect(received).toEqual([]);
    const first = batch('a');
    publishSearchRecords(first);
    expect(received).toEqual([first]);
    publishSearchRecords(batch('b'));
    expect(received).toEqual([first]);
    expect(takeSearchRecords()).toEqual(batch('b'));
  });

  test('a receiver gets records already published at once', () => {
    const records = batch('a');
    publishSearchRecords(records);
    const received: Array<readonly SearchRecord[]> = [];
    receiveSearchRecords((r) => received.push(r));
    expect(received).toEqual([records]);
    expect(takeSearchRecords()).toBeUndefined();
  });

  test('a receiver that stopped waiting gets nothing; the records wait to be taken', () => {
    const received: Array<readonly SearchRecord[]> = [];
    const stop = receiveSearchRecords((r) => received.push(r));
    expect(takeSearchRecords()).toBeUndefined();
    stop();
    publishSearchRecords(batch('a'));
    expect(received).toEqual([]);
    expect(takeSearchRecords()).toEqual(batch('a'));
  });
});
