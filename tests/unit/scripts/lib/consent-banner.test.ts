import { describe, expect, test } from 'vitest';
import { consentBanners } from '../../../../scripts/lib/consent-banner.ts';

describe('consentBanners', () => {
  const text = 'We use cookies to improve your experience on our site.';

  test('finds each run of buttons with the paragraph right over it, past blank fields', () => {
    expect(consentBanners(['Mar 14', text, '', 'Accept all', '', 'Reject all', 'Sparse Adapters'])).toEqual([{ text: 1, buttons: [3, 5] }]);
    expect(consentBanners([text, 'Accept', 'Title', text, 'Manage cookies'])).toEqual([
      { text: 0, buttons: [1] },
      { text: 3, buttons: [4] },
    ]);
  });

  test('takes no line the page is known to hold, nor one that ends as no sentence, for its text: the buttons alone', () => {
    for (const above of ['Mar 14', 'Subscribe', 'Privacy', '42 upvotes', 'Cookie Consent at Scale', 'Do you accept cookies?']) {
      expect(consentBanners([above, 'Accept all']), above).toEqual([{ buttons: [1] }]);
    }
  });

  test('finds none without a button: an abstract about cookies is no banner', () => {
    expect(consentBanners(['Cookie Consent', 'We study why people accept all cookies.', 'Graph Priors'])).toEqual([]);
  });
});
