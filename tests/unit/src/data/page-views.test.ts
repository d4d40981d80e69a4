import { describe, expect, test } from 'vitest';
import { cardView } from '../../../../src/data/page-views.ts';
import { abstractText } from '../../../../src/format/abstract-text.ts';
import type { Archive, ArchivePaper } from '../../../../src/data/archive.ts';

const archive = { topicById: new Map() } as unknown as Archive;
const paper = (body: string) => ({ slug: 's', title: 'T', topics: [], abstract: abstractText(body) }) as unknown as ArchivePaper;

describe('cardView', () => {
  test('gives a card the lead of its abstract with its formulas as written, never a sentence with holes where they were', () => {
    const lead = cardView(archive, paper('We cut the cost of attention from $O(n^2)$ to $O(n \\log n)$ and keep $k$ slots. Then more.'), true).lead;
    expect(lead).toBe('We cut the cost of attention from $O(n^2)$ to $O(n \\log n)$ and keep $k$ slots. Then more.');
  });
});
