import { describe, expect, test } from 'vitest';
import { readBackReferences } from '../../../../scripts/lib/html-references.ts';

describe('readBackReferences', () => {
  test('reads back every reference of a text escaped as a whole, naming the first', () => {
    expect(readBackReferences('Sparse &amp; Dense\nWe study x &lt; y, the model&#39;s gap and &quot;routing&quot; &#x2014; fast.')).toEqual({
      text: 'Sparse & Dense\nWe study x < y, the model\'s gap and "routing" \u2014 fast.',
      count: 6,
      first: { found: '&amp;', read: '&', line: 1 },
    });
  });

  test('reads back `&#39;` in a text whose apostrophes are all so written, and `&amp;` beside an apostrophe of its own (an escaper may leave quotes)', () => {
    expect(readBackReferences('Gap &amp; Width\nthe model&#39;s gap')?.text).toBe("Gap & Width\nthe model's gap");
    expect(readBackReferences("Gap &amp; Width\nR&amp;D, the model's gap")?.text).toBe("Gap & Width\nR&D, the model's gap");
  });

  test('keeps a reference it does not know, or one for a control or a line break, as written', () => {
    expect(readBackReferences('a &alpha; b &#10; c &amp; d\ne &amp; f')).toEqual({ text: 'a &alpha; b &#10; c & d\ne & f', count: 2, first: { found: '&amp;', read: '&', line: 1 } });
  });

  test.each([
    ['an `&` that starts no reference: the references are the text\'s own', 'R&D at scale\nWe escape `<` as &lt; in HTML.'],
    ['no reference at all', 'Sparse Adapters\nWe study adapters.'],
    ['a `<` of its own, which every escaper writes as `&lt;`: the references are the text\'s own', 'Gains hold for n < 8 frames.\nA stray &lt; must be read as a tag opener.'],
    ['a `>` of its own, which every escaper writes as `&gt;`', 'Scores > 0.5 are kept.\nWe parse &amp; in URLs.'],
    ['an apostrophe of its own beside `&#39;`, which an escaper writing `&#39;` writes for every apostrophe', 'The model\'s experts route tokens.\nTokenizers learn entity strings such as &#39; as one token.'],
    ['a double quote of its own beside `&quot;`', 'We call it "routing".\nThe string &quot; is one token.'],
    ['references on one line only: an abstract that writes markup as text (issue 13\'s `&lt;b&gt;`), the rest of the dump with no `&`', 'Escaping Text\nAbstracts copied from pages hold markup as text, such as &lt;b&gt;bold&lt;/b&gt; or &lt;i&gt;.\nGraph Priors\nWe study priors.'],
    ['a lone `&amp;`: one line cannot tell a text escaped as a whole from its own words', 'Sparse Adapters\nWe write R&amp;D as it is.'],
  ])('reads back nothing in a text with %s', (_, text) => {
    expect(readBackReferences(text)).toBeUndefined();
  });
});
