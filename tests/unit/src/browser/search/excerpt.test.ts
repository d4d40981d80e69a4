import { describe, expect, test } from 'vitest';
import { excerptRuns, extraLocations, titleWords } from '../../../../../src/browser/search/excerpt.ts';

const content = 'Escaped Markup in Abstracts. Abstracts copied from web pages hold &lt;b&gt;bold&lt;/b&gt; written as text, and excerpts must show it.';

describe('excerptRuns', () => {
  test('never repeats the title: the window starts after it', () => {
    const skip = titleWords(content, 'Escaped Markup in Abstracts');
    expect(skip).toBe(4);
    const text = excerptRuns(content, [4], 8, skip).map((r) => r.text).join('');
    expect(text.startsWith('Abstracts copied')).toBe(true);
  });
  test('marks matched words and keeps the text as it is, entities included', () => {
    const runs = excerptRuns(content, [10], 6, 4);
    expect(runs.filter((r) => r.mark).map((r) => r.text)).toEqual(['&lt;b&gt;bold&lt;/b&gt;']);
    expect(runs.map((r) => r.text).join('')).toContain('&lt;b&gt;bold&lt;/b&gt;');
  });
  test('marks a matched word without the comma, full stop, colon, question or exclamation mark after it, which stays plain text', () => {
    const runs = excerptRuns('Latents are central to image inpainting, but cost O(n²). Also fast?! Yes.', [5, 8, 10], 20);
    expect(runs.filter((r) => r.mark).map((r) => r.text)).toEqual(['inpainting', 'O(n²)', 'fast']);
    expect(runs.map((r) => r.text).join('')).toBe('Latents are central to image inpainting, but cost O(n²). Also fast?! Yes.');
    // A word that is all punctuation is marked as it is.
    expect(excerptRuns('a ... b', [1], 5).filter((r) => r.mark).map((r) => r.text)).toEqual(['...']);
  });
  test('centres on the densest run of matches, with ellipses where text is cut', () => {
    const runs = excerptRuns('a b c d e f g h i j k l m n o p', [12, 13], 4);
    expect(runs.map((r) => r.text).join('')).toBe('… l m n o …');
  });
});

describe('extraLocations', () => {
  const text = 'We adapt a ＬＬＭ judge with ﬁne-tuning and plain fine-tuning over ℝ².';
  test('marks the words written with compatibility characters that match the query, which Pagefind matched through their folded form', () => {
    expect(extraLocations(text, ['llm', 'fine'])).toEqual([3, 6]);
    expect(extraLocations(text, ['tune'])).toEqual([6]);
    expect(extraLocations(text, ['r2'])).toEqual([11]);
  });
  test('marks Chinese or Japanese text holding a piece the query starts', () => {
    expect(extraLocations('本研究では 大規模言語モデルの推論 を評価する', ['言語', 'モデ'])).toEqual([1]);
  });
  test('leaves plain words to Pagefind, and marks nothing without a query', () => {
    expect(extraLocations(text, ['plain', 'adapt'])).toEqual([]);
    expect(extraLocations(text, [])).toEqual([]);
  });
});
