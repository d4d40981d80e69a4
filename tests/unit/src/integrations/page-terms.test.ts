import { describe, expect, test } from 'vitest';
import { pageTermsReader } from '../../../../src/integrations/page-terms.ts';

const page = (content: string, meta: Record<string, string> = {}) => ({ url: '/papers/x/', content, meta });

describe('pageTermsReader', () => {
  test('names each term once, in the form of the last whole word with that stem; the other forms are kept apart', () => {
    const terms = pageTermsReader()(page('Model models modelled.'));
    expect(terms.terms).toEqual(['model']);
    expect(terms.forms).toEqual(['modelled']);
    expect(terms.otherForms).toEqual(['model', 'models']);
  });

  test('a term met only as a compound part keeps the first part’s form; a later whole word takes it over', () => {
    const read = pageTermsReader();
    expect(read(page('state-space spaces'))).toEqual({ title: '', terms: ['statespac', 'state', 'space'], forms: ['statespace', 'state', 'spaces'], otherForms: ['space'] });
    expect(read(page('state-space'))).toEqual({ title: '', terms: ['statespac', 'state', 'space'], forms: ['statespace', 'state', 'space'], otherForms: [] });
  });

  test('reads the metadata but the title, and keeps the title for known items', () => {
    const terms = pageTermsReader()(page('Tide tables.', { title: 'Tide Tables', topics: 'Oceans' }));
    expect(terms.title).toBe('Tide Tables');
    expect(terms.terms).toEqual(['tide', 'tabl', 'ocean']);
  });

  test('punctuation alone gives no term; accents are folded', () => {
    expect(pageTermsReader()(page('— Schrödinger ,'))).toEqual({ title: '', terms: ['schroding'], forms: ['schrodinger'], otherForms: [] });
  });
});
