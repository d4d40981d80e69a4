import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { englishFunctionWords, stem, wordList, wordParts } from '../../../../src/text/words.ts';
import { relatedTerms } from '../../../../src/lib/related.ts';

describe('relatedTerms and stem', () => {
  test('gives a plural and its singular one stem', () => {
    const pairs = [['models', 'model'], ['studies', 'study'], ['patches', 'patch'], ['caches', 'cache'], ['boxes', 'box'], ['llms', 'llm'], ['images', 'image']];
    for (const [plural, singular] of pairs) expect(stem(plural!), plural).toBe(stem(singular!));
    expect(['loss', 'corpus', 'analysis', 'physics', 'gas'].map(stem)).toEqual(['loss', 'corpus', 'analysis', 'physics', 'gas']);
  });
  test('drops stop words, numbers and short words, keeps the written form', () => {
    expect(relatedTerms('We propose 3 new Models for the 3D scenes')).toEqual([
      { term: stem('models'), word: 'Models' },
      { term: stem('scenes'), word: 'scenes' },
    ]);
  });
});

describe('wordList and wordParts', () => {
  // The Unicode patterns; both take a shorter one for ASCII-only text, which must find the same words.
  const reference = (text: string) => text.match(/[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu) ?? [];
  const referenceParts = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const pieces = ['a', 'Z', '0', '9', '-', '.', "'", '’', ' ', '\n', '_', '$', '(', 'é', 'ß', '²', 'ǅ', 'Ⅻ', '٣', '中', '\u0301', '\u{1D400}', '\u{1F600}', '\u00a0', '\u212a', '\u0130', 'x-y', "it's", '1.58', '--', '..'];
  test('finds in ASCII text what the Unicode pattern finds, and in any other text too', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(wordList(text)).toEqual(reference(text));
        expect(wordParts(text)).toEqual(referenceParts(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(wordList(text)).toEqual(reference(text));
        expect(wordParts(text)).toEqual(referenceParts(text));
      }),
      { numRuns: 3000 },
    );
    expect(wordParts('State-space, K<<V')).toEqual(['state', 'space', 'k', 'v']);
    expect(wordList("State-space models' 1.58-bit weights, K<<V")).toEqual(['State-space', 'models', '1.58-bit', 'weights', 'K', 'V']);
    // 6,000 random texts: about 2 s alone, over 5 s on a loaded machine.
  }, 60_000);
});

describe('englishFunctionWords', () => {
  test('counts the words with a letter, and the English function words among them', () => {
    expect(englishFunctionWords('We study the gap between 2 models and 3 adapters.')).toEqual({ words: 8, english: 3, other: 0 });
  });
  test('finds none in a translation into another language of Latin script, not even its `a`, `in`, `on`', () => {
    expect(englishFunctionWords("Nous étudions un modèle ; il a été entraîné en deux jours, on le publie in extenso.").english).toBe(0);
  });
  test('finds more of another language\'s function words than English ones in each language a browser translates into', () => {
    const translations = [
      'Nous étudions les adaptateurs et nous demandons si un petit adaptateur comble l\'écart avec des systèmes plus grands.',
      'Wir untersuchen Adapter und fragen, ob ein kleiner Adapter die Lücke zu viel größeren Systemen schließt.',
      'Estudiamos los adaptadores y nos preguntamos si un adaptador pequeño cierra la brecha con sistemas mucho más grandes.',
      'Studiamo gli adattatori e ci chiediamo se un piccolo adattatore colma il divario con sistemi molto più grandi.',
      'Estudamos os adaptadores e perguntamos se um pequeno adaptador fecha a lacuna com sistemas muito maiores.',
      'Wij bestuderen adapters en vragen ons af of een kleine adapter de kloof met veel grotere systemen dicht.',
      'Vi undersøger adaptere og spørger, om en lille adapter lukker afstanden til meget større systemer.',
      'Badamy adaptery i pytamy, czy mały adapter zamyka lukę do znacznie większych systemów, które są drogie.',
    ];
    for (const text of translations) {
      const { english, other } = englishFunctionWords(text);
      expect(other, text).toBeGreaterThan(english);
    }
  });
  test('finds none of another language\'s in an acronym or a link address (`ES`, `ER`, `DEM`, `OP`, `github.com`), nor an English one (`IS`, `https://by.com/the`)', () => {
    expect(englishFunctionWords('ES vs. ER on DEM tiles, OP counts; code at https://github.com/es/dem or www.de.com/die.')).toEqual({ words: 11, english: 0, other: 0 });
    expect(englishFunctionWords('IS AND THE OF, see https://by.com/the/of').english).toBe(0);
  });
  test('finds none of another language\'s in words English writes too: `per`, `on par`, `op`, `die`, `con`, `den`', () => {
    expect(englishFunctionWords('Latency per token, on par per op; die area, pros and con, a den of ops').other).toBe(0);
  });
  test('finds none of another language\'s in English, formulas and `et al.` included', () => {
    expect(englishFunctionWords('As Smith et al. show, $x_t = a x_{t-1} + b$ holds for the model to do no worse.').other).toBe(0);
  });
});
