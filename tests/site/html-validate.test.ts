import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { htmlFiles } from '../support/site.ts';

const { dist } = inject('builds').root;

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Paper titles are the page titles, and papers have long titles.
    'long-title': 'off',
    // KaTeX positions glyphs with inline styles; there is no way around them.
    'no-inline-style': 'off',
    // The header search is an ARIA 1.2 combobox: a text input with a listbox of
    // suggested papers, which no native element (<select>, <datalist>) offers.
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox'] }],
  },
});

describe('the built HTML', () => {
  test('validates with html-validate (0 errors) on every page', async () => {
    const problems: string[] = [];
    for (const file of htmlFiles(dist)) {
      const report = await validator.validateFile(path.join(dist, file));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
      }
    }
    expect(problems.slice(0, 30)).toEqual([]);
  });
});
