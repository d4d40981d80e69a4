import { describe, expect, test } from 'vitest';
import { parseListing } from '../../../../scripts/lib/parse-listing.ts';
import { formatProblem } from '../../../../src/format/problem.ts';

const blankLayout = [
  'new',
  '',
  'Get trending papers in your email inbox!',
  '',
  'Subscribe',
  '',
  'byAK and the research community',
  '',
  'Mar 14',
  '',
  'Tiny Lanterns: Sparse Light Fields',
  '',
  'We render small lights with a sparse field.',
  '',
  'Folded Ropes',
  '',
  'Ropes fold.',
].join('\n');

const lineLayout = [
  'Get trending papers in your email inbox once a day!',
  'Get trending papers in your email inbox!',
  'SubscribeTiny Lanterns: Sparse Light Fields',
  'We render small lights with a sparse field.',
  'Folded Ropes',
  'Ropes fold.',
].join('\n');

const titles = (text: string) => parseListing(text, 'dump.txt').entries.map((e) => e.title);

describe('parseListing', () => {
  test('reads the blank-line layout with its page chrome and date label', () => {
    const result = parseListing(blankLayout, 'dump.txt');
    expect(result.errors).toEqual([]);
    expect(result.date).toBe('Mar 14');
    expect(result.entries).toEqual([
      { title: 'Tiny Lanterns: Sparse Light Fields', abstract: 'We render small lights with a sparse field.', position: 1, line: 11, abstractLine: 13 },
      { title: 'Folded Ropes', abstract: 'Ropes fold.', position: 2, line: 15, abstractLine: 17 },
    ]);
  });

  test('strips the "Subscribe" prefix glued to the first title in the one-line-per-field layout', () => {
    const result = parseListing(lineLayout, 'dump.txt');
    expect(result.date).toBeUndefined();
    expect(result.entries.map((e) => [e.title, e.line])).toEqual([
      ['Tiny Lanterns: Sparse Light Fields', 3],
      ['Folded Ropes', 5],
    ]);
  });

  test('leaves a title that merely starts with "Subscribe" alone', () => {
    expect(titles('Subscribers Leave Early\nA study of churn.')).toEqual(['Subscribers Leave Early']);
  });

  test('drops page chrome wherever it appears and whatever its small variations', () => {
    const text = ['Daily Papers', 'by AK and the research community', 'Folded Ropes', 'GET TRENDING PAPERS IN YOUR E-MAIL INBOX', 'Ropes fold.', 'Subscribe!', 'Knots', 'Knots hold.'].join('\n');
    expect(titles(text)).toEqual(['Folded Ropes', 'Knots']);
  });

  test('handles a byte-order mark, CRLF line ends, NFD text, tabs and runs of spaces', () => {
    const text = '\uFEFFCafe\u0301\t  Lights \r\nA   short\tone.\r\n';
    const [entry] = parseListing(text, 'dump.txt').entries;
    expect(entry?.title).toBe('Caf\u00e9 Lights');
    expect(entry?.title.length).toBe(11);
    expect(entry?.abstract).toBe('A short one.');
  });

  test('keeps a very short abstract as an abstract', () => {
    expect(parseListing('Tiny\nOk.\nNext Title\nNext abstract.', 'd.txt').entries.map((e) => e.abstract)).toEqual(['Ok.', 'Next abstract.']);
  });

  test('numbers entries by their position in the listing', () => {
    expect(parseListing(lineLayout, 'd.txt').entries.map((e) => e.position)).toEqual([1, 2]);
  });

  test('recognises longer date labels and keeps them as printed', () => {
    expect(parseListing('March 14, 2025\nT\nA.', 'd.txt').date).toBe('March 14, 2025');
    expect(parseListing('2025-03-14\nT\nA.', 'd.txt').date).toBe('2025-03-14');
  });

  test('takes an over-long paragraph after an abstract in the blank-line layout as a second paragraph', () => {
    const second = `More detail ${'x'.repeat(320)}.`;
    const result = parseListing(`T\n\nFirst paragraph.\n\n${second}\n\nNext\n\nNext abstract.`, 'd.txt');
    expect(result.errors).toEqual([]);
    expect(result.entries[0]?.abstract).toBe(`First paragraph.\n\n${second}`);
    expect(result.entries[1]?.title).toBe('Next');
    expect(result.warnings.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "d.txt:5: took this 333-character paragraph as a further paragraph of the abstract of \`T\`; a title was expected here",
      ]
    `);
  });
});

describe('parseListing errors', () => {
  const errors = (text: string) => parseListing(text, 'dump.txt').errors.map(formatProblem);

  test('an empty file', () => {
    expect(errors('\uFEFF \n\n')).toMatchInlineSnapshot(`
      [
        "dump.txt:1: the file is empty; expected a Daily Papers listing (title lines, each followed by an abstract)",
      ]
    `);
  });

  test('a file with nothing but page chrome', () => {
    expect(errors('new\nSubscribe\nMar 14\n')).toMatchInlineSnapshot(`
      [
        "dump.txt: no papers found: expected title and abstract lines after the page header, found only page chrome",
      ]
    `);
  });

  test('a title with no abstract at the end of the file', () => {
    expect(errors('Folded Ropes\nRopes fold.\nDangling Title\n')).toMatchInlineSnapshot(`
      [
        "dump.txt:3: title \`Dangling Title\` has no abstract: expected an abstract line after it, found the end of the file",
      ]
    `);
  });

  test('a paragraph where a title should be, in the one-line layout', () => {
    const long = `This abstract lost its title ${'y'.repeat(300)}`;
    expect(errors(`Folded Ropes\nRopes fold.\n${long}\nT\nA.`)).toMatchInlineSnapshot(`
      [
        "dump.txt:3: expected a title (one line of at most 300 characters), found a paragraph of 329 characters starting \`This abstract lost its title yyyyyyyyyy…\`; is a title missing, or an abstract split over several lines?",
      ]
    `);
  });
});

describe('parseListing date labels', () => {
  test('reads a date-like first line as a title when a label would break the pairs', () => {
    const result = parseListing('2024-01-01\nA paper titled like a date.\nNext\nNext abstract.', 'd.txt');
    expect(result.date).toBeUndefined();
    expect(result.entries.map((e) => e.title)).toEqual(['2024-01-01', 'Next']);
  });

  test('reads a date-like line after the first entry as a title', () => {
    expect(titles('Mar 14\nA\nAbstract a.\nMar 15\nAbstract of a paper titled Mar 15.')).toEqual(['A', 'Mar 15']);
  });
});

describe('parseListing page chrome inside the listing', () => {
  test('warns when it drops chrome after the first entry, since that could have been a title', () => {
    const result = parseListing('Folded Ropes\nRopes fold.\nSubscribe\nKnots\nKnots hold.', 'd.txt');
    expect(result.entries.map((e) => e.title)).toEqual(['Folded Ropes', 'Knots']);
    expect(result.warnings.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "d.txt:3: dropped \`Subscribe\` as page chrome; if it is a paper's title, the title / abstract pairs after it are off",
      ]
    `);
  });

  test('keeps a title that contains a chrome phrase and a number', () => {
    expect(titles('Daily Papers 2.0\nA sequel.')).toEqual(['Daily Papers 2.0']);
  });

  test('strips a glued "Subscribe" only from the first title', () => {
    expect(titles('SubscribeKnots\nKnots hold.\nSubscribeGPT: A Model\nIt models.')).toEqual(['Knots', 'SubscribeGPT: A Model']);
  });
});

describe('parseListing with a date label before a glued "Subscribe"', () => {
  test('strips it from the first title after the date', () => {
    expect(titles('Mar 14\nSubscribeSparse Lanterns\nWe render.\nKnots\nKnots hold.')).toEqual(['Sparse Lanterns', 'Knots']);
  });
});
