import { describe, expect, test } from 'vitest';
import { extractKeywords, stripLatex } from '../../../../scripts/lib/extract-keywords.ts';

describe('extractKeywords', () => {
  test('favours acronyms and names written in capitals', () => {
    const paper = {
      title: 'ZORBA: Herding Walruses with Sonar',
      abstract: 'ZORBA herds walruses. Sonar pings guide the walruses home, and ZORBA listens.',
    };
    expect(extractKeywords(paper)[0]).toBe('ZORBA');
  });

  test('weighs title terms above abstract terms', () => {
    const paper = {
      title: 'Tusk Polishing',
      abstract: 'Ice floes drift. Ice floes melt. Tusk polishing keeps tusk polishing crews busy near ice floes.',
    };
    expect(extractKeywords(paper, 2)).toEqual(['tusk polishing', 'ice floes']);
  });

  test('keeps stopwords and academic filler out', () => {
    const paper = {
      title: 'A Novel Approach to Walrus Counting',
      abstract: 'In this paper, we propose a novel method. Our model achieves state-of-the-art performance and the results show walrus counting works.',
    };
    const keywords = extractKeywords(paper);
    expect(keywords).toContain('walrus counting');
    for (const filler of ['novel', 'approach', 'paper', 'propose', 'method', 'model', 'results', 'performance', 'state-of-the-art']) {
      expect(keywords).not.toContain(filler);
    }
  });

  test('drops a keyword that repeats a word of one already chosen', () => {
    const paper = {
      title: 'Shrinking the KV Cache of Walrus Models',
      abstract: 'The KV cache grows; we shrink the KV cache with cache eviction. KV heads stay.',
    };
    const keywords = extractKeywords(paper);
    expect(keywords[0]).toBe('KV cache');
    expect(keywords).not.toContain('cache');
    expect(keywords).not.toContain('KV');
  });

  test('lets no LaTeX or math through', () => {
    const paper = {
      title: 'Webbed Flippers',
      abstract: 'We study \\textbf{webbed flippers} with $O(n^2)$ cost and \\( \\alpha \\) decay. {\\it Webbed flippers} win.',
    };
    const keywords = extractKeywords(paper);
    expect(keywords).toContain('webbed flippers');
    expect(keywords.join(' ')).not.toMatch(/textbf|alpha|\\|\$|[{}()^]/);
  });

  test('lets no LaTeX of a title through: a title keeps its formulas as written (`$\\mathcal{O}(n)$`)', () => {
    // The ingest writes a title's formula as the page gave it; its command names are no words of the paper.
    const paper = {
      title: 'Walrus Sonar in $\\mathcal{O}(n)$ and $\\textbf{x} \\cdot \\mathrm{d}$ Time',
      abstract: 'Walrus sonar maps the ice. Walrus sonar again.',
    };
    const keywords = extractKeywords(paper);
    expect(keywords).toContain('walrus sonar');
    expect(keywords.join(' ')).not.toMatch(/mathcal|textbf|cdot|mathrm|\\|\$|[{}]/);
  });

  test("reads a title's literal dollars as text, by pandoc's rule, as the ingest and the site read them (`$5 to Win $10` holds no formula)", () => {
    const paper = { title: 'Pay $5 to Win $10 with Walrus Sonar', abstract: 'Walrus sonar maps the ice.' };
    expect(extractKeywords(paper)).toContain('win');
  });

  test('writes keywords in lowercase except acronyms', () => {
    const paper = { title: 'Walrus Acoustics With SONAR Arrays', abstract: 'Walrus acoustics from SONAR arrays. Walrus acoustics again, SONAR arrays again.' };
    expect(extractKeywords(paper)).toEqual(['SONAR arrays', 'walrus acoustics']);
  });

  test('groups singular and plural and prints the commoner form', () => {
    const paper = { title: 'Ice Floes', abstract: 'One ice floe. Many ice floes. More ice floes.' };
    expect(extractKeywords(paper)).toEqual(['ice floes']);
  });

  test('returns at most `count` keywords and the same ones every time', () => {
    const paper = {
      title: 'Sonar, Flippers, Tusks, Blubber and Ice',
      abstract: 'Sonar flippers tusks blubber ice whiskers krill. Sonar flippers tusks blubber ice whiskers krill.',
    };
    const first = extractKeywords(paper, 3);
    expect(first).toHaveLength(3);
    expect(extractKeywords(paper, 3)).toEqual(first);
  });
});

describe('stripLatex', () => {
  test('keeps the words inside commands and drops math', () => {
    expect(stripLatex('a \\textbf{bold} $x$ b').replace(/\s+/g, ' ')).toBe('a bold ; b');
  });

  test("keeps dollars that open or close no formula by pandoc's rule (`costs $5 and $10`) as text", () => {
    expect(stripLatex('costs $5 and $10 or $x$').replace(/\s+/g, ' ')).toBe('costs $5 and $10 or ; ');
  });
});
