import { describe, expect, test } from 'vitest';
import { leadingAbstractLabel } from '../../../../scripts/lib/abstract-label.ts';

describe('leadingAbstractLabel', () => {
  test('finds the label glued onto the abstract\'s first word, as a copy that loses its line break writes it', () => {
    expect(leadingAbstractLabel('AbstractWe study adapters.', 'Sparse Adapters')).toEqual({ label: 'Abstract', text: 'We study adapters.', certain: true });
    expect(leadingAbstractLabel('ABSTRACTLarge models fail.', 'Sparse Adapters')).toEqual({ label: 'ABSTRACT', text: 'Large models fail.', certain: true });
  });

  test('finds the label before a colon, which no abstract starts with as its own words', () => {
    expect(leadingAbstractLabel('Abstract: We study adapters; code at https://example.org', 'Sparse Adapters')).toEqual({ label: 'Abstract', text: 'We study adapters; code at https://example.org', certain: true });
    expect(leadingAbstractLabel('ABSTRACT:KV caches grow.', 'Sparse Adapters')).toEqual({ label: 'ABSTRACT', text: 'KV caches grow.', certain: true });
  });

  test.each([
    ['a full stop', 'Abstract. '], ['a full stop glued', 'Abstract.'], ['an em dash glued', 'Abstract—'], ['an em dash and a space', 'Abstract— '], ['a spaced em dash', 'Abstract — '],
    ['a spaced en dash', 'Abstract – '], ['an en dash glued onto a capital', 'Abstract–'], ['a spaced hyphen', 'Abstract - '], ['a hyphen and a space', 'Abstract- '], ['a full-width colon', 'Abstract：'], ['a full stop in capitals', 'ABSTRACT. '],
  ])('finds the label before %s, which no abstract starts with as its own words, as before a colon', (_, label) => {
    for (const text of ['We study adapters.', 'KV caches grow.', '3D scenes are hard.']) {
      expect(leadingAbstractLabel(`${label}${text}`, 'Sparse Adapters')).toEqual({ label: label.startsWith('ABSTRACT') ? 'ABSTRACT' : 'Abstract', text, certain: true });
    }
  });

  test('finds none where a dash or a full stop joins the word into the text\'s own (`Abstract-level`, `Abstract–concrete`)', () => {
    expect(leadingAbstractLabel('Abstract-level features help.', 'Sparse Adapters')).toBeUndefined();
    expect(leadingAbstractLabel('Abstract–concrete pairs help.', 'Sparse Adapters')).toBeUndefined();
    expect(leadingAbstractLabel('Abstract.', 'Sparse Adapters')).toBeUndefined();
  });

  test.each([
    ['an em dash', 'Abstract—and concrete—syntax trees are both used.', 'and concrete—syntax trees are both used.'],
    ['a spaced em dash', 'Abstract — and concrete — syntax trees are both used.', 'and concrete — syntax trees are both used.'],
    ['a spaced hyphen', 'Abstract - level features are fused.', 'level features are fused.'],
    ['a spaced en dash', 'Abstract – or concrete – syntax helps.', 'or concrete – syntax helps.'],
  ])('finds the label before %s and a word in small letters only where the dump shows it (a dash of the text\'s own: `Abstract—and concrete—syntax`)', (_, abstract, text) => {
    expect(leadingAbstractLabel(abstract, 'Concrete and Abstract Syntax')).toEqual({ label: 'Abstract', text, certain: false });
  });

  test('finds the label glued onto an acronym, a one-letter word or a figure, which only the dump can tell from a name', () => {
    expect(leadingAbstractLabel('AbstractKV caches grow.', 'Sparse Adapters')).toEqual({ label: 'Abstract', text: 'KV caches grow.', certain: false });
    expect(leadingAbstractLabel('AbstractA critical step.', 'Sparse Adapters')).toEqual({ label: 'Abstract', text: 'A critical step.', certain: false });
    expect(leadingAbstractLabel('Abstract3D scenes are hard.', 'Sparse Adapters')).toEqual({ label: 'Abstract', text: '3D scenes are hard.', certain: false });
    expect(leadingAbstractLabel('AbstractGPT is a model.', 'AbstractGPT: Reasoning Over Shapes')).toBeUndefined();
  });

  test('finds the label before a space and a capital, which only the dump can tell from a term', () => {
    expect(leadingAbstractLabel('Abstract We study adapters.', 'Sparse Adapters')).toEqual({ label: 'Abstract', text: 'We study adapters.', certain: false });
    expect(leadingAbstractLabel('Abstract Meaning Representation (AMR) is a graph.', 'Parsing AMR')).toEqual({ label: 'Abstract', text: 'Meaning Representation (AMR) is a graph.', certain: false });
  });

  test('finds none where the word is the text\'s own', () => {
    // A sentence about abstract reasoning, a name glued from the word (said again in the title or the text), a word that starts so.
    expect(leadingAbstractLabel('Abstract reasoning is hard.', 'Sparse Adapters')).toBeUndefined();
    expect(leadingAbstractLabel('AbstractNet is a model. AbstractNet wins.', 'Sparse Adapters')).toBeUndefined();
    expect(leadingAbstractLabel('AbstractNet is a model.', 'AbstractNet: Reasoning Over Shapes')).toBeUndefined();
    expect(leadingAbstractLabel('Abstractions help models.', 'Sparse Adapters')).toBeUndefined();
    expect(leadingAbstractLabel('Abstract', 'Sparse Adapters')).toBeUndefined();
  });
});
