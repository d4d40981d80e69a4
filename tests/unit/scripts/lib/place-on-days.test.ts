import { describe, expect, test } from 'vitest';
import { placeOnDays } from '../../../../scripts/lib/place-on-days.ts';

const seen = (listing: string, source: string, position: number) => ({ listing, source, position });

describe('placeOnDays', () => {
  test('makes two dumps of one day one listing: first-seen order, no paper twice', () => {
    const placed = placeOnDays(
      [
        { slug: 'a', appearances: [seen('2025-03-14', 'morning-2025-03-14.txt', 1)] },
        { slug: 'b', appearances: [seen('2025-03-14', 'morning-2025-03-14.txt', 2), seen('2025-03-14', 'noon-2025-03-14.txt', 1)] },
        { slug: 'c', appearances: [seen('2025-03-14', 'noon-2025-03-14.txt', 2)] },
      ],
      [],
    );
    expect(Object.fromEntries(placed)).toEqual({
      a: [seen('2025-03-14', 'morning-2025-03-14.txt', 1)],
      b: [seen('2025-03-14', 'morning-2025-03-14.txt', 2)],
      c: [seen('2025-03-14', 'noon-2025-03-14.txt', 3)],
    });
  });

  test('keeps the places earlier ingests gave, and puts new papers after them', () => {
    const placed = placeOnDays(
      [
        { slug: 'b', appearances: [seen('2025-03-14', 'evening.txt', 1)] },
        { slug: 'd', appearances: [seen('2025-03-14', 'evening.txt', 2)] },
      ],
      [
        { slug: 'a', listings: [seen('2025-03-14', 'morning.txt', 1)] },
        { slug: 'b', listings: [seen('2025-03-14', 'morning.txt', 2)] },
      ],
    );
    expect(placed.get('b')).toEqual([seen('2025-03-14', 'morning.txt', 2)]);
    expect(placed.get('d')).toEqual([seen('2025-03-14', 'evening.txt', 3)]);
  });

  test('puts a paper new to the day back in its own place in a dump the day was made from, when that place is free', () => {
    // The dump's first card was another entry, which was deleted and its slug made an alias of `joined`: ingested again, the card is `joined`'s.
    const placed = placeOnDays(
      [
        { slug: 'joined', appearances: [seen('2025-03-14', '2025-03-14.txt', 1)] },
        { slug: 'b', appearances: [seen('2025-03-14', '2025-03-14.txt', 2)] },
        { slug: 'c', appearances: [seen('2025-03-14', '2025-03-14.txt', 3)] },
      ],
      [
        { slug: 'b', listings: [seen('2025-03-14', '2025-03-14.txt', 2)] },
        { slug: 'c', listings: [seen('2025-03-14', '2025-03-14.txt', 3)] },
      ],
    );
    expect(placed.get('joined')).toEqual([seen('2025-03-14', '2025-03-14.txt', 1)]);
    expect(placed.get('b')).toEqual([seen('2025-03-14', '2025-03-14.txt', 2)]);
  });

  test('puts a paper new to the day after the others when its place is taken, or its dump is new to the day', () => {
    const placed = placeOnDays(
      [
        { slug: 'x', appearances: [seen('2025-03-14', 'morning.txt', 2)] },
        { slug: 'y', appearances: [seen('2025-03-14', 'evening.txt', 1)] },
      ],
      [
        { slug: 'a', listings: [seen('2025-03-14', 'morning.txt', 1)] },
        { slug: 'b', listings: [seen('2025-03-14', 'morning.txt', 2)] },
      ],
    );
    // In the order of this run's dumps by file name, after the day's papers.
    expect(placed.get('y')).toEqual([seen('2025-03-14', 'evening.txt', 3)]);
    expect(placed.get('x')).toEqual([seen('2025-03-14', 'morning.txt', 4)]);
  });

  test('leaves file-named listings as the dump gives them', () => {
    const placed = placeOnDays([{ slug: 'a', appearances: [seen('000-b74b', '000_b74b.txt', 7), seen('2025-03-15', '2025-03-15.txt', 4)] }], []);
    expect(placed.get('a')).toEqual([seen('000-b74b', '000_b74b.txt', 7), seen('2025-03-15', '2025-03-15.txt', 1)]);
  });
});
