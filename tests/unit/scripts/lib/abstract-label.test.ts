import { describe, expect, test } from 'vitest';
import { leadingAbstractLabel } from '../../../../scripts/lib/abstract-label.ts';

describe('leadingAbstractLabel', () => {
  test('finds the label glued onto the abstract\'s first word, as a copy that loses its line break writes it', () => {
    expect(leadingAbstractLabel('AbstractWe study adapters.', 'Sparse Adapters')).toEqual({ label: 'Abstract', text: 'We study adapters.', glued: true });
    expect(leadingAbstractLabel('ABSTRACTLarge models fail.', 'Sparse Adapters')).toEqual({ label: 'ABSTRACT', text: 'Large models fail.', glued: true });
  });

  test('finds the label before a space and a capital, which only the dump can tell from a term', () => {
    expect(leadingAbstractLabel('Abstract We study adapters.', 'Sparse Adapters')).toEqual({ label: 'Abstract', text: 'We study adapters.', glued: false });
    expect(leadingAbstractLabel('Abstract Meaning Representation (AMR) is a graph.', 'Parsing AMR')).toEqual({ label: 'Abstract', text: 'Meaning Representation (AMR) is a graph.', glued: false });
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
