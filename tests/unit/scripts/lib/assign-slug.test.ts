import { describe, expect, test } from 'vitest';
import { assignSlug, cutAtWordBoundary, MAX_SLUG_WORDS_LENGTH } from '../../../../scripts/lib/assign-slug.ts';

const SUFFIX = '[a-z2-7]{10}';

describe('assignSlug', () => {
  test('gives a title that its words spell exactly the bare words', () => {
    expect(assignSlug('Learning to Fold Ropes')).toBe('learning-to-fold-ropes');
  });

  test('gives any other title its words plus a stable 10-character base32 suffix of the exact title', () => {
    expect(assignSlug('MUVERA: Retrieval, Fast')).toMatch(new RegExp(`^muvera-retrieval-fast-${SUFFIX}$`));
    expect(assignSlug('MUVERA: Retrieval, Fast')).toBe(assignSlug('MUVERA:  Retrieval, Fast'));
    expect(assignSlug('MUVERA: Retrieval, Fast')).not.toBe(assignSlug('muvera: retrieval, fast'));
  });

  test('gives distinct slugs to distinct titles that slugify alike, whatever the order', () => {
    const titles = ['C++ Models', 'C# Models', 'C Models', 'Foo', 'Foo?', 'Foo!'];
    const slugs = titles.map((t) => assignSlug(t));
    expect(new Set(slugs).size).toBe(titles.length);
    expect([...titles].reverse().map((t) => assignSlug(t))).toEqual([...slugs].reverse());
    expect(assignSlug('Foo')).toBe('foo');
    expect(assignSlug('C Models')).toBe('c-models');
  });

  test('gives distinct slugs to titles with no Latin letters, and to titles whose first words agree', () => {
    const titles = ['扩散对齐研究：深度搜索的新视角', '量化聚类理论：深度压缩的新视角', 'Deep Nets: 表格分割系统：图预训练的新视角', 'Deep Nets: 语音注意力实践：图生成的新视角'];
    const slugs = titles.map((t) => assignSlug(t));
    expect(new Set(slugs).size).toBe(4);
    expect(slugs[0]).toMatch(new RegExp(`^paper-${SUFFIX}$`));
    expect(slugs[2]).toMatch(new RegExp(`^deep-nets-${SUFFIX}$`));
  });

  test.each(['Index', 'index', 'A-Z', 'a z'])('gives a title whose words spell a route of the site under papers/ (%j) a suffix, so its page takes no page or folder of the site', (title) => {
    expect(assignSlug(title)).toMatch(/^(?:index|a-z)-[a-z2-7]{10}$/);
  });

  test('gives a title that is a number its words, as no page of the site is papers/<n>/', () => {
    expect(assignSlug('2')).toBe('2');
  });

  test('gives a title that spells a name Windows reserves for a device a suffix, so a Windows checkout can hold its entry and its page', () => {
    for (const title of ['CON', 'Aux', 'nul', 'PRN', 'COM1', 'Lpt9']) expect(assignSlug(title)).toMatch(new RegExp(`^${title.toLowerCase()}-${SUFFIX}$`));
    expect(assignSlug('Con Artists')).toBe('con-artists');
    expect(assignSlug('COM10')).toBe('com10');
  });

  test('spells a title with a formula as its readers read it (titleText), not the names of its TeX commands', () => {
    expect(assignSlug('Sorting in $\\mathcal{O}(n \\log n)$ Time')).toMatch(new RegExp(`^sorting-in-o-n-log-n-time-${SUFFIX}$`));
    expect(assignSlug('Attention in \\(\\mathbb{R}^d\\)')).toMatch(new RegExp(`^attention-in-rd-${SUFFIX}$`));
    // Literal dollars are no formula: `$5` keeps its figure.
    expect(assignSlug('Training for $5 and $10')).toMatch(new RegExp(`^training-for-5-and-10-${SUFFIX}$`));
  });

  test('names a Greek letter that stands alone, as a symbol of a formula or a name does, by its name; a Greek word is spelled in Latin letters', () => {
    expect(assignSlug('Pay $5, Get $\\beta$')).toMatch(new RegExp(`^pay-5-get-beta-${SUFFIX}$`));
    expect(assignSlug('$\\alpha$-Diffusion for $\\Delta$-Sparse Nets')).toMatch(new RegExp(`^alpha-diffusion-for-delta-sparse-nets-${SUFFIX}$`));
    expect(assignSlug('β-VAE Revisited')).toMatch(new RegExp(`^beta-vae-revisited-${SUFFIX}$`));
    expect(assignSlug('π0: A Policy')).toMatch(new RegExp(`^pi0-a-policy-${SUFFIX}$`));
    expect(assignSlug('Δx Nets and $\\epsilon$-Greedy ϕ')).toMatch(new RegExp(`^delta-x-nets-and-epsilon-greedy-phi-${SUFFIX}$`));
    expect(assignSlug('Μηχανική Μάθηση')).toMatch(new RegExp(`^mixaniki-mathisi-${SUFFIX}$`));
  });

  test('sets apart titles whose formulas read alike, by the exact title', () => {
    expect(assignSlug('$\\mathcal{O}(n)$ Sorting')).not.toBe(assignSlug('$O(n)$ Sorting'));
  });

  test('transliterates accents to ASCII', () => {
    expect(assignSlug('Über Straße')).toMatch(new RegExp(`^ueber-strasse-${SUFFIX}$`));
  });

  test('spells a character reference a title writes as its letters, with no `and` for its ampersand (`&lt;b&gt;` is `lt-b-gt`); an ampersand of its own is `and`', () => {
    // The title reads `&lt;b&gt;Bold&lt;/b&gt;` (the ingest keeps references on one line as written): `and-lt-b-and-gt-bold-…` had four words it has not.
    expect(assignSlug('&lt;b&gt;Bold&lt;/b&gt; Claims')).toMatch(new RegExp(`^lt-b-gt-bold-lt-b-gt-claims-${SUFFIX}$`));
    expect(assignSlug('Quotes &#39;as&#39; Tokens')).toMatch(new RegExp(`^quotes-39-as-39-tokens-${SUFFIX}$`));
    expect(assignSlug('R&D Agents')).toMatch(new RegExp(`^r-and-d-agents-${SUFFIX}$`));
    expect(assignSlug('Q & A; Retrieval')).toMatch(new RegExp(`^q-and-a-retrieval-${SUFFIX}$`));
  });

  test('reads ligatures and fullwidth letters as the letters they are', () => {
    expect(assignSlug('\uFB01ne Widget Queues')).toMatch(new RegExp(`^fine-widget-queues-${SUFFIX}$`));
    expect(assignSlug('\uFF30\uFF41\uFF50\uFF45\uFF52 \uFF34\uFF49\uFF54\uFF4C\uFF45')).toMatch(new RegExp(`^paper-title-${SUFFIX}$`));
  });

  test('cuts a long title at a word boundary and bounds the length', () => {
    const slug = assignSlug('word '.repeat(40).trim());
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_WORDS_LENGTH + 11);
    expect(slug).toMatch(new RegExp(`^(word-)+word-${SUFFIX}$`));
  });

  test('passes over taken slugs deterministically: a longer suffix, then a counter', () => {
    const first = assignSlug('Deep Nets');
    const taken = new Set([first]);
    const second = assignSlug('Deep Nets', (s) => taken.has(s));
    expect(second).toMatch(/^deep-nets-[a-z2-7]{16}$/);
    taken.add(second);
    expect(assignSlug('Deep Nets', (s) => taken.has(s))).toBe(`${second}-2`);
    // A bare slug that spells another title's suffixed one is just another taken slug.
    const suffixed = assignSlug('Pruning Draft Models!');
    const spelling = suffixed.replace(/-/g, ' ');
    expect(assignSlug(spelling)).toBe(suffixed);
    expect(assignSlug(spelling, (s) => s === suffixed)).not.toBe(suffixed);
  });
});

describe('assignSlug: many papers of one title', () => {
  test('gives each of thousands of papers titled alike its numbered slug, asking a few slugs a paper (not every number below its own)', () => {
    const taken = new Set<string>();
    let asked = 0;
    const isTaken = (slug: string) => {
      asked += 1;
      return taken.has(slug);
    };
    const next = new Map<string, number>();
    const papers = 5_000;
    const slugs = Array.from({ length: papers }, () => {
      const slug = assignSlug('Summary: Notes', isTaken, next);
      taken.add(slug);
      return slug;
    });
    expect(new Set(slugs).size).toBe(papers);
    expect(slugs.slice(0, 3)).toEqual([assignSlug('Summary: Notes'), slugs[1], `${slugs[1]}-2`]);
    expect(slugs.at(-1)).toBe(`${slugs[1]}-${papers - 1}`);
    // Counted from 2 for each paper, the last asked 5,000 slugs, 12.5 million in all.
    expect(asked).toBeLessThanOrEqual(3 * papers);
  });
});

describe('cutAtWordBoundary', () => {
  test('never splits a word', () => {
    expect(cutAtWordBoundary('alpha-beta-gamma', 12)).toBe('alpha-beta');
    expect(cutAtWordBoundary('alpha-beta', 12)).toBe('alpha-beta');
  });
});
