import { describe, expect, test } from 'vitest';
import { unspelledPapers, unspelledPapersFile } from '../../../../src/lib/unspelled-papers.ts';

describe('unspelledPapers', () => {
  const papers = [
    { slug: 'walrus-sonar', title: 'Walrus Sonar' },
    { slug: 'paper-g2kq7vbb3a', title: 'מודלי שפה גדולים' },
    { slug: 'paper-a2ixgd63c7', title: '大規模言語モデルの推論' },
    { slug: 'glubokoe-obuchenie', title: 'Глубокое обучение' },
    { slug: 'llm-eval-english-b3kq7vbb3a', title: 'בדיקת LLM-Eval עבור English' },
  ];

  test('lists, by slug, the papers whose titles an address cannot spell: no word of them in Latin letters', () => {
    expect(unspelledPapers(papers)).toEqual([
      ['paper-a2ixgd63c7', '大規模言語モデルの推論'],
      ['paper-g2kq7vbb3a', 'מודלי שפה גדולים'],
    ]);
  });

  test('goes by the slug, which stays when a title changes: a paper renamed from Hebrew to English keeps `paper` and a hash, one renamed the other way keeps its words', () => {
    const renamed = [
      { slug: 'paper-h2kq7vbb3a', title: 'Walrus Translation' },
      { slug: 'walrus-sonar', title: 'סונאר ניבתנים' },
    ];
    expect(unspelledPapers(renamed)).toEqual([['paper-h2kq7vbb3a', 'Walrus Translation']]);
  });

  test('versions its file by its text: a new such paper changes the version, another paper does not', () => {
    const before = unspelledPapersFile(papers);
    expect(JSON.parse(before.text)).toEqual(unspelledPapers(papers));
    expect(unspelledPapersFile([...papers, { slug: 'ice-floes', title: 'Ice Floes' }]).version).toBe(before.version);
    expect(unspelledPapersFile([...papers, { slug: 'paper-q2kq7vbb3a', title: 'ロボット' }]).version).not.toBe(before.version);
  });
});
