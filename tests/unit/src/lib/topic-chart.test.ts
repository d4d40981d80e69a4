import { describe, expect, test } from 'vitest';
import { topicChart } from '../../../../src/lib/topic-chart.ts';

describe('topicChart', () => {
  test('orders rows largest first and scales the largest bar to the full length', () => {
    const bars = topicChart([{ id: 'a', label: 'A', count: 1 }, { id: 'b', label: 'B', count: 4 }, { id: 'c', label: 'C', count: 0 }], { maxPercent: 80 });
    expect(bars.map((b) => [b.id, b.percent])).toEqual([['b', 80], ['a', 20], ['c', 0]]);
  });
});
