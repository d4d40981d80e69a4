import { describe, expect, test } from 'vitest';
import { topicChart } from '../../../../src/lib/topic-chart.ts';

describe('topicChart', () => {
  test('orders rows largest first and scales the largest bar to the full length', () => {
    const chart = topicChart([{ id: 'a', label: 'A', count: 1 }, { id: 'b', label: 'B', count: 4 }, { id: 'c', label: 'C', count: 0 }], { rowHeight: 30, maxPercent: 80 });
    expect(chart.bars.map((b) => [b.id, b.percent, b.y])).toEqual([['b', 80, 0], ['a', 20, 30], ['c', 0, 60]]);
    expect(chart.height).toBe(90);
  });
});
