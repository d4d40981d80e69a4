import { describe, expect, test } from 'vitest';
import { abstractKey, caselessTitleKey, looseAbstractKey, titleKey } from '../../../../src/format/paper-key.ts';

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
