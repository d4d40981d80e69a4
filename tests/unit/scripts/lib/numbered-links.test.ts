import { describe, expect, test } from 'vitest';
import { numberedLinks } from '../../../../scripts/lib/numbered-links.ts';

describe('numberedLinks', () => {
  test('finds the numbers a text-mode browser writes before links, growing down the page', () => {
    expect(numberedLinks('[3]Sparse Adapters\n\nAn abstract.\n\n   [4]Dense Retrieval\n\nAn abstract.')).toEqual({ number: { text: '[3]Sparse Adapters', line: 1 } });
  });

  test('takes figures in brackets that do not grow, or stand alone, for the papers\' own', () => {
    expect(numberedLinks('[2]Second Title\n\nAn abstract.\n\n[1]First Title\n\nAn abstract.')).toBeUndefined();
    expect(numberedLinks('[1]Prior Work\n\nWe extend [2]Citations and [3] others.')).toBeUndefined();
  });

  test('finds the list of addresses under `References` (lynx, elinks) or `References:` (w3m), not a paper titled so', () => {
    expect(numberedLinks('A Title\n\nAn abstract.\n\nReferences\n\n   Visible links\n   1. https://huggingface.co/')).toEqual({ references: { line: 5 } });
    expect(numberedLinks('A Title\n\nAn abstract.\n\nReferences:\n\n[1] https://huggingface.co/')).toEqual({ references: { line: 5 } });
    expect(numberedLinks('References\n\nWe study how papers cite, e.g. 1. https://arxiv.org/ in a list.')).toBeUndefined();
  });
});
