import { describe, expect, test } from 'vitest';
import { mergeManifests } from '../../../../scripts/lib/merge-manifests.ts';
import type { Manifest } from '../../../../src/format/manifest-schema.ts';

const ropes = { title: 'Folded Ropes', key: 'Folded Ropes', abstract: 'k1' };
const knots = { title: 'Knots Hold', key: 'Knots Hold', abstract: 'k2' };
const loops = { title: 'Loops', key: 'Loops', abstract: 'k3' };

describe('mergeManifests', () => {
  test('keeps every URL either side published: published.json only grows, so two ingests merge by union', () => {
    const base: Manifest = { papers: { 'folded-ropes': ropes }, listings: { '2025-03-01': '2025-03-01' }, topics: ['other'] };
    const ours: Manifest = { ...base, papers: { ...base.papers, 'knots-hold': knots }, listings: { ...base.listings, '2025-03-02': '2025-03-02' }, topics: ['code', 'other'] };
    const theirs: Manifest = { ...base, papers: { ...base.papers, loops }, listings: { ...base.listings, '2025-03-03': '2025-03-03' }, topics: ['other', 'robotics'] };
    expect(mergeManifests(ours, theirs)).toEqual({
      manifest: {
        papers: { 'folded-ropes': ropes, 'knots-hold': knots, loops },
        listings: { '2025-03-01': '2025-03-01', '2025-03-02': '2025-03-02', '2025-03-03': '2025-03-03' },
        topics: ['code', 'other', 'robotics'],
      },
      clashes: [],
    });
  });

  test('names a slug or listing the two sides record differently, rather than pick one', () => {
    const ours: Manifest = { papers: { 'folded-ropes': ropes }, listings: { 'a-b': '2025-03-01' }, topics: [] };
    const theirs: Manifest = { papers: { 'folded-ropes': { ...ropes, body: 'x 1 k9' } }, listings: { 'a-b': '2025-03-02' }, topics: [] };
    expect(mergeManifests(ours, theirs).clashes).toEqual(['paper `folded-ropes`', 'listing `a-b`']);
  });
});
