import { describe, expect, test } from 'vitest';
import { tabbedCard } from '../../../../scripts/lib/tabbed-card.ts';

const ABSTRACT = 'We study sparse adapters and find that a small one closes the gap to much larger systems on four benchmarks.';

describe('tabbedCard', () => {
  test.each([
    ['one tab', `Sparse Adapters\t${ABSTRACT}`],
    ['tabs and spaces', `Sparse Adapters \t\t ${ABSTRACT}`],
    ['a title ending in a question mark', `Do Adapters Scale?\t${ABSTRACT}`],
  ])('reads a title and its abstract a tab apart: %s', (_, line) => {
    const card = tabbedCard(line);
    expect(card?.title.trim()).toBe(line.split('\t')[0]!.trim());
    expect(card?.abstract.trim()).toBe(ABSTRACT);
  });

  test.each([
    ['three cells (a table of other columns)', `Sparse Adapters\tA. Author\t${ABSTRACT}`],
    ['a sentence before the tab (an abstract\'s)', `We study adapters.\t${ABSTRACT}`],
    ['a title with a tab of its own', 'New\tLong Title Words Long Title Words Long Title Words Long Title Words Long Title Words Lo'],
    ['a short second cell', 'Sparse Adapters\tWe study them.'],
    ['a footer laid out in a row', '© Hugging Face\tTOS\tPrivacy\tAbout'],
    ['no tab', `Sparse Adapters ${ABSTRACT}`],
    ['an abstract\'s first word, then its sentence going on in lowercase', `Visual\t${ABSTRACT.replace(/^We/u, 'tokenization via')}`],
    ['an abstract\'s first words, then its sentence going on in lowercase', `Large language\t${ABSTRACT.replace(/^We/u, 'models')}`],
    ['one word, which a title seldom is and an abstract\'s first word often', `Mobile\t${ABSTRACT.replace(/^We/u, 'App')}`],
  ])('finds none in %s', (_, line) => {
    expect(tabbedCard(line)).toBeUndefined();
  });
});
