import { describe, expect, test } from 'vitest';
import { outcomeMessage, resultsAnnouncement, unsavedResultsNote } from '../../../../../src/browser/search/announce.ts';

describe('resultsAnnouncement', () => {
  test('counts papers for a query, singular and plural', () => {
    expect(resultsAnnouncement(12, 'state space')).toBe('12 papers match “state space”.');
    expect(resultsAnnouncement(1, 'MUVERA')).toBe('1 paper matches “MUVERA”.');
    expect(resultsAnnouncement(0, 'zzz')).toBe('No papers match “zzz”.');
  });
  test('names the topic when filtered, also without words', () => {
    expect(resultsAnnouncement(3, 'mamba', 'Robotics')).toBe('3 papers match “mamba” in Robotics.');
    expect(resultsAnnouncement(40, '', 'Robotics')).toBe('40 papers in Robotics.');
  });
  test('says nothing for an empty search', () => {
    expect(resultsAnnouncement(0, '  ')).toBe('');
  });
});

describe('unsavedResultsNote', () => {
  test('says how many results are not saved for offline reading', () => {
    expect(unsavedResultsNote(0)).toBe('');
    expect(unsavedResultsNote(1)).toBe('One of them is not saved on this device for offline reading; it shows when you are back online.');
    expect(unsavedResultsNote(3)).toBe('3 of them are not saved on this device for offline reading; they show when you are back online.');
  });
});

describe('outcomeMessage', () => {
  test('a query with no word says which words no paper has, or that it has no words at all', () => {
    expect(outcomeMessage({ state: 'no-match', query: 'xylophone', unmatched: ['xylophone'], suggestion: null })).toBe('No papers match “xylophone”.');
    expect(outcomeMessage({ state: 'no-match', query: 'diffusion zzz', unmatched: ['zzz'], suggestion: null })).toBe('No papers match “diffusion zzz”: no paper has the word “zzz”.');
    expect(outcomeMessage({ state: 'no-match', query: '🚀 ∑', unmatched: [], suggestion: null })).toBe('No papers match “🚀 ∑”: search looks for words and numbers, and it has none.');
  });
});
