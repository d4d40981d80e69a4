import { describe, expect, test } from 'vitest';
import { trailingButton } from '../../../../scripts/lib/trailing-button.ts';

describe('trailingButton', () => {
  test.each([
    ['We study adapters and find that a small one closes the gap... Show more', 'We study adapters and find that a small one closes the gap...', ' Show more'],
    ['We study adapters and find that a small one closes the gap\u2026 Read more \u00BB', 'We study adapters and find that a small one closes the gap\u2026', ' Read more \u00BB'],
    ['We study adapters. It closes the gap. Show less', 'We study adapters. It closes the gap.', ' Show less'],
    ['We study adapters. It closes the gap. See less', 'We study adapters. It closes the gap.', ' See less'],
    ['We study adapters. Code at https://example.org/a Read less', 'We study adapters. Code at https://example.org/a', ' Read less'],
  ])('finds the button a page wrote after an abstract it cut or expanded: %j', (abstract, text, button) => {
    expect(trailingButton(abstract)).toEqual({ text, button, certain: true, afterEllipsis: /(?:\u2026|\.\.\.)$/u.test(text) });
  });

  test.each([
    ['We study adapters and find that a small one closes the gap\u2026more', 'We study adapters and find that a small one closes the gap\u2026', 'more'],
    ['We study adapters and find that a small one closes the gap\u2026 more', 'We study adapters and find that a small one closes the gap\u2026', ' more'],
    ['We study adapters and find that a small one closes the gap\u2026(more)', 'We study adapters and find that a small one closes the gap\u2026', '(more)'],
    ['In short, less is... more', 'In short, less is...', ' more'],
  ])('finds one word after an ellipsis, which only the dump can tell from the abstract\'s own last word (`less is… more`): %j', (abstract, text, button) => {
    expect(trailingButton(abstract)).toEqual({ text, button, certain: false, afterEllipsis: true });
  });

  test('finds a button of two words after any other word, which only the dump can tell from the abstract\'s own words', () => {
    expect(trailingButton('Keywords: Decoding, Large Language Model Show less')).toEqual({ text: 'Keywords: Decoding, Large Language Model', button: ' Show less', certain: false, afterEllipsis: false });
    expect(trailingButton('Code at github.com/example/adapters Read more')).toEqual({ text: 'Code at github.com/example/adapters', button: ' Read more', certain: false, afterEllipsis: false });
  });

  test.each([
    'We ask whether models need more',
    'We find that adapters need less. Much less',
    'We ask whether to show more.',
    'Results are mixed\u2026 and more',
    'Bigger is not better: show more, say less',
    'Bigger models show more.',
    'We study adapters.',
    'Read more',
    '\u2026more',
  ])('finds none in an abstract\'s own words: %j', (abstract) => {
    expect(trailingButton(abstract)).toBeUndefined();
  });
});

test('trailingButton reads the button after a word of hundreds of thousands of characters with no space, as after a short one', () => {
  // Whether a link stood before the button was asked at every character (a look back over all of the word): quadratic, minutes for this one.
  const word = 'e\u0301'.repeat(100_000);
  expect(trailingButton(`Widgets ${word}. Show less`)).toEqual({ text: `Widgets ${word}.`, button: ' Show less', certain: true, afterEllipsis: false });
  expect(trailingButton(`See https://example.org/${word} Read more`)).toEqual({ text: `See https://example.org/${word}`, button: ' Read more', certain: true, afterEllipsis: false });
  expect(trailingButton(`Widgets ${word} Show less`)).toEqual({ text: `Widgets ${word}`, button: ' Show less', certain: false, afterEllipsis: false });
});
