import { describe, expect, test, vi } from 'vitest';
import * as yaml from 'yaml';
import { jsonLines } from '../../../../src/format/manifest-problems.ts';

vi.mock('yaml', { spy: true });

describe('jsonLines', () => {
  test('gives the line of each value asked for, parsing the text once however many are asked (a stop naming every record changed by hand in a 30,000-paper published.json read it once a record)', () => {
    const papers = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`paper-${i}`, { title: `Paper ${i}`, key: `Paper ${i}` }]));
    const text = `${JSON.stringify({ papers, listings: {}, topics: [] }, null, 2)}\n`;
    vi.mocked(yaml.parseDocument).mockClear();
    const lineOf = jsonLines(text);
    // `{`, `"papers": {`, then four lines a record.
    expect([0, 7, 49].map((i) => lineOf(['papers', `paper-${i}`, 'title']))).toEqual([4, 32, 200]);
    expect(lineOf(['listings'])).toBe(204);
    expect(vi.mocked(yaml.parseDocument)).toHaveBeenCalledTimes(1);
  });
});
