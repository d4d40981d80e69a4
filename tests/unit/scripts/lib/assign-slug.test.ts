import { describe, expect, test } from 'vitest';
import { assignSlug, cutAtWordBoundary, MAX_SLUG_WORDS_LENGTH } from '../../../../scripts/lib/assign-slug.ts';
import { paperKey } from '../../../../src/format/paper-key.ts';

describe('paperKey', () => {
  test('ignores case, Unicode form and spacing', () => {
    expect(paperKey('Caf\u0065\u0301  Lights')).toBe(paperKey('CAF\u00c9 lights'));
  });

  test('keeps punctuation, so C++ and C# stay two papers', () => {
    expect(paperKey('C++ Models')).not.toBe(paperKey('C# Models'));
    expect(paperKey('Foo')).not.toBe(paperKey('Foo?'));
  });
});

describe('assignSlug', () => {
  test('gives a title that its words spell exactly the bare words', () => {
    expect(assignSlug('Learning to Fold Ropes')).toBe('learning-to-fold-ropes');
  });

  test('gives a title with punctuation its words plus a stable 6-character suffix', () => {
    expect(assignSlug('MUVERA: Retrieval, Fast')).toMatch(/^muvera-retrieval-fast-[0-9a-f]{6}$/);
    expect(assignSlug('MUVERA: Retrieval, Fast')).toBe(assignSlug('muvera:  retrieval, fast'));
  });

  test('gives distinct slugs to distinct titles that slugify alike, whatever the order', () => {
    const titles = ['C++ Models', 'C# Models', 'C Models', 'Foo', 'Foo?', 'Foo!'];
    const slugs = titles.map(assignSlug);
    expect(new Set(slugs).size).toBe(titles.length);
    expect([...titles].reverse().map(assignSlug)).toEqual([...slugs].reverse());
    expect(assignSlug('Foo')).toBe('foo');
    expect(assignSlug('C Models')).toBe('c-models');
  });

  test('transliterates accents to ASCII', () => {
    expect(assignSlug('Über Straße')).toMatch(/^ueber-strasse-[0-9a-f]{6}$/);
  });

  test('cuts a long title at a word boundary and bounds the length', () => {
    const slug = assignSlug('word '.repeat(40).trim());
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_WORDS_LENGTH + 7);
    expect(slug).toMatch(/^(word-)+word-[0-9a-f]{6}$/);
  });

  test('falls back to `paper-` and the suffix for a title with no Latin letters', () => {
    expect(assignSlug('深度学习')).toMatch(/^paper-[0-9a-f]{6}$/);
  });
});

describe('cutAtWordBoundary', () => {
  test('never splits a word', () => {
    expect(cutAtWordBoundary('alpha-beta-gamma', 12)).toBe('alpha-beta');
    expect(cutAtWordBoundary('alpha-beta', 12)).toBe('alpha-beta');
  });
});
