import { describe, expect, test } from 'vitest';
import { dateLabel, renderDump } from '../../../../bench/lib/render-dump.ts';

const entries = [
  { title: 'Tiny Models Think Big', abstract: 'We study tiny models.' },
  { title: 'Second Paper: A Study', abstract: 'It costs <4 bits and {-1, 0, 1}.' },
];

describe('renderDump', () => {
  test('layout A: chrome, date and fields as blocks separated by blank lines, no trailing newline', () => {
    expect(renderDump({ layout: 'A', date: 'Mar 14', entries })).toMatchInlineSnapshot(`
      "new

      Get trending papers in your email inbox!

      Subscribe

      byAK and the research community

      Mar 14

      Tiny Models Think Big

      We study tiny models.

      Second Paper: A Study

      It costs <4 bits and {-1, 0, 1}."
    `);
  });

  test('layout B: one line per field, "Subscribe" glued onto the first title, no trailing newline', () => {
    expect(renderDump({ layout: 'B', entries })).toMatchInlineSnapshot(`
      "Get trending papers in your email inbox once a day!
      Get trending papers in your email inbox!
      SubscribeTiny Models Think Big
      We study tiny models.
      Second Paper: A Study
      It costs <4 bits and {-1, 0, 1}."
    `);
  });
});

describe('dateLabel', () => {
  test('labels days after January 1st the way listings print them', () => {
    expect([0, 72, 364, 365].map(dateLabel)).toEqual(['Jan 1', 'Mar 14', 'Dec 31', 'Jan 1']);
  });
});
