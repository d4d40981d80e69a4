import { describe, expect, test } from 'vitest';
import { abstractKey, caselessTitleKey, looseAbstractKey, REAL_ABSTRACT, titleKey, titlesRelated } from '../../../../src/format/paper-key.ts';

describe('titleKey', () => {
  test('folds Unicode form and spacing, never case or punctuation', () => {
    expect(titleKey('Caf\u0065\u0301  Lights')).toBe(titleKey('Caf\u00e9 Lights'));
    expect(titleKey('Caf\u00e9 Lights')).not.toBe(titleKey('CAF\u00c9 lights'));
    expect(titleKey('C++ Models')).not.toBe(titleKey('C# Models'));
    expect(titleKey('Foo')).not.toBe(titleKey('Foo?'));
  });
});

describe('caselessTitleKey', () => {
  test('folds case too', () => expect(caselessTitleKey('CAF\u00c9 lights')).toBe(caselessTitleKey('Caf\u00e9  Lights')));
});

describe('abstractKey', () => {
  const abstract = 'We compute the Fr\u00e9chet distance between 40% of the samples with a {\\it sparse} adapter, $x^2$ at most.';

  test('is the same for the same abstract, whitespace and Unicode form folded', () => {
    expect(abstractKey(abstract).exact).toBe(abstractKey(`  ${abstract.replace(' ', '\t  ').normalize('NFD')}`).exact);
  });

  test('tells abstracts apart that differ in anything else, TeX included', () => {
    expect(abstractKey(abstract).exact).not.toBe(abstractKey(abstract.replace('40', '41')).exact);
    expect(abstractKey('It ends in a \\textbf{').exact).not.toBe(abstractKey('It ends in a {\\it').exact);
  });

  test('says whether an abstract is long enough to identify a paper on its own', () => {
    expect(abstractKey(abstract).distinctive).toBe(true);
    expect(abstractKey('New.').distinctive).toBe(false);
  });

  test.each([
    'Abstract not available for this paper yet, please check back later.',
    'The authors have not provided an abstract for this submission.',
    'No abstract is available. Please refer to the full text of the paper on arXiv for details.',
    'TBD: the abstract will be added once the final version of the paper is released.',
    // With TeX, as a dump may give it; its entry reads `…arXiv, for the abstract, or see the author’s page.`
    "Not yet available: please check \\emph{ar\\textsc{Xiv}}, for the abstract, or see the author\\'s page.",
    'Not yet available: please check arXiv, for the abstract, or see the author\u2019s page.',
  ])('says that a note standing in for a missing abstract identifies no paper, however long: %j', (note) => {
    expect(abstractKey(note).distinctive).toBe(false);
    expect(abstractKey(note, true).distinctive).toBe(false);
    expect(looseAbstractKey(note).distinctive).toBe(false);
  });
});

describe('looseAbstractKey', () => {
  test('reads an abstract the same from a dump and from the entry made of it', () => {
    const dump = "We compute the Fr\\'echet distance between 40\\% of the samples with a {\\it sparse} adapter, $x^2$ at most.";
    expect(looseAbstractKey(dump).loose).toBe(looseAbstractKey('We compute the Fr\u00e9chet distance between 40% of the samples with a sparse adapter, $x^2$ at most.').loose);
    expect(abstractKey(dump, true).loose).toBe(looseAbstractKey('WE COMPUTE THE FRECHET DISTANCE BETWEEN 40% OF THE SAMPLES WITH A SPARSE ADAPTER X2 AT MOST').loose);
  });
});

describe('titlesRelated', () => {
  const NOTICE = 'This submission has been withdrawn by arXiv administrators due to inappropriate text reuse from external sources.';
  /** An abstract of a real one's length (the shortest of the seeds has 462 letters and digits). */
  const REAL = 'We train sparse routers for mixture-of-experts models and show that balancing the load across experts early in training matters more than the router architecture. '.repeat(3);

  test('the threshold sits between the notices a listing shows for a missing abstract and the shortest real abstract', () => {
    const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;
    expect(letters(NOTICE)).toBeLessThan(REAL_ABSTRACT);
    expect(letters(REAL)).toBeGreaterThanOrEqual(REAL_ABSTRACT);
    expect(REAL_ABSTRACT).toBeLessThan(462);
  });

  test('titles that share no word of their own are never related, whatever the abstract', () => {
    for (const abstract of [NOTICE, REAL]) {
      expect(titlesRelated('Sparse Attention for Long Video Understanding', 'Protein Folding with Diffusion Priors', abstract)).toBe(false);
      // Only stopwords in common.
      expect(titlesRelated('Learning to Rank with Few Labels', 'Towards a Theory of Curiosity', abstract)).toBe(false);
    }
  });

  test('under an abstract of a notice\'s length, no two titles are related, however many words they share: a notice says nothing of which paper it is', () => {
    const accepted = 'Accepted to the main track of NeurIPS 2026 as a spotlight presentation.';
    const cameraReady = 'Camera-ready version for ICLR 2027; supplementary material and code to follow.';
    expect(titlesRelated('Large Language Models for Code Review', 'Large Language Models Are Zero-Shot Rankers', accepted)).toBe(false);
    expect(titlesRelated('Diffusion Models for Protein Design', 'Diffusion Models Beat GANs on Audio', cameraReady)).toBe(false);
    expect(titlesRelated('Scaling Agents', 'Scaling Robots', cameraReady)).toBe(false);
    expect(titlesRelated('Speech Meets Text', 'Aligning Speech and Text Encoders', NOTICE)).toBe(false);
    expect(titlesRelated('Loops', 'Loops, Revisited', NOTICE)).toBe(false);
    // Letters and digits count, not spaces or punctuation: one short of a real abstract's length, and that length.
    const ofLetters = (count: number) => `${'ab, '.repeat(Math.floor(count / 2))}${'c'.repeat(count % 2)}`;
    expect(titlesRelated('Loops', 'Loops, Revisited', ofLetters(REAL_ABSTRACT - 1))).toBe(false);
    expect(titlesRelated('Loops', 'Loops, Revisited', ofLetters(REAL_ABSTRACT))).toBe(true);
  });

  test('counts letters outside the Basic Multilingual Plane once each, and the word after a TeX line break (\\\\)', () => {
    // 245 letters and 5 mathematical bold capitals (U+1D400, two UTF-16 units each): 250 letters.
    const astral = `${'ab '.repeat(122)}a ${'\u{1D400}'.repeat(5)}`;
    expect(titlesRelated('Loops', 'Loops, Revisited', astral)).toBe(true);
    expect(titlesRelated('Loops', 'Loops, Revisited', astral.slice(0, -2))).toBe(false);
    // `\\` is a line break, not a command: the word after it is text.
    const broken = `${'ab '.repeat(120)}\\\\abcdefghij`;
    expect(titlesRelated('Loops', 'Loops, Revisited', broken)).toBe(true);
    expect(titlesRelated('Loops', 'Loops, Revisited', `${'ab '.repeat(120)}\\abcdefghij`)).toBe(false);
  });

  test('under a real abstract, one common word of their own is enough (plural and case folded)', () => {
    expect(titlesRelated('Scaling Laws for Image Tokenizers', 'How a Tokenizer Shapes Generation', REAL)).toBe(true);
    expect(titlesRelated('Curriculum Learning for Robot Soccer', 'Federated Learning at Scale', REAL)).toBe(true);
  });
});
