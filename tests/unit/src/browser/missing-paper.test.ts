import { describe, expect, test } from 'vitest';
import { papersCutLinkNames, queryFromMissingPaper } from '../../../../src/browser/missing-paper.ts';

describe('queryFromMissingPaper', () => {
  test('a paper link cut short (a note wrapped it) gives the words of the title its slug keeps', () => {
    expect(queryFromMissingPaper('/papers/efficiently-modeling-long-sequences-with-structured-state/', '/')).toBe('efficiently modeling long sequences with structured state');
    expect(queryFromMissingPaper('/papers/efficiently-modeling-long-sequences', '/')).toBe('efficiently modeling long sequences');
  });

  test('the hash that sets a slug apart is no word of the title: left out, whichever suffix the slug took', () => {
    expect(queryFromMissingPaper('/papers/wavelet-latent-diffusion-wala-a3lrrzwyuq/', '/')).toBe('wavelet latent diffusion wala');
    expect(queryFromMissingPaper('/papers/foo-models-abcdefgh234567ab/', '/')).toBe('foo models');
    expect(queryFromMissingPaper('/papers/foo-models-abcdefgh234567ab-2/', '/')).toBe('foo models');
    // A cut link's last word of ten letters reads as such a hash: left out, the search is only wider.
    expect(queryFromMissingPaper('/papers/long-sequences-with-structured/', '/')).toBe('long sequences with');
  });

  test('on a site under a base path, and with the address percent-encoded', () => {
    expect(queryFromMissingPaper('/folio/papers/graph-neural-networks/', '/folio/')).toBe('graph neural networks');
    expect(queryFromMissingPaper('/papers/caf%C3%A9-models/', '/')).toBe('café models');
  });

  test('an address that names no paper gives nothing: another section, an A–Z page past the last, no slug, a bad escape', () => {
    for (const path of ['/topics/language-models-x/', '/papers/', '/papers/a-z/9/', '/folio/papers/x/', '/papers/%E0%A4%A/', '/listings/2025-03-14/papers/x/']) {
      expect(queryFromMissingPaper(path, '/'), path).toBeUndefined();
    }
    expect(queryFromMissingPaper('/papers/x-y/', '/folio/')).toBeUndefined();
  });
});

describe('papersCutLinkNames', () => {
  // Titles an address cannot spell (Hebrew, Japanese): their slugs are `paper` and a hash (scripts/lib/assign-slug.ts).
  const unspelled: Array<[string, string]> = [
    ['paper-g2ixgd63c7', '大規模言語モデルの推論'],
    ['paper-g2kq7vbb3a', 'מודלי שפה גדולים'],
    ['paper-x7aa2bcdefghijkl-2', 'ロボットの学習'],
  ];

  test('a link cut inside such a slug’s hash names the paper whose slug it starts', () => {
    expect(papersCutLinkNames('/papers/paper-g2ix', '/', unspelled)).toEqual([unspelled[0]]);
    expect(papersCutLinkNames('/papers/paper-g2ixgd63c7x/', '/', unspelled)).toEqual([]);
    expect(papersCutLinkNames('/folio/papers/paper-x7aa2/', '/folio/', unspelled)).toEqual([unspelled[2]]);
  });

  test('a link cut shorter names each paper whose slug it starts, none past `max`', () => {
    expect(papersCutLinkNames('/papers/paper-g2/', '/', unspelled)).toEqual(unspelled.slice(0, 2));
    expect(papersCutLinkNames('/papers/paper', '/', unspelled)).toEqual(unspelled);
    expect(papersCutLinkNames('/papers/paper', '/', unspelled, 2)).toEqual([]);
  });

  test('an address that names no such slug names none: a slug of words, another section, a bad escape', () => {
    for (const path of ['/papers/pap', '/papers/paper-models/', '/topics/paper-g2ix/', '/papers/paper-g2ix/x/', '/papers/%E0%A4%A/']) expect(papersCutLinkNames(path, '/', unspelled), path).toEqual([]);
  });
});
