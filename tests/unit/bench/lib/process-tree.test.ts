import { describe, expect, test } from 'vitest';
import { descendants, parsePeakRss, parseRss, parseProcStat, peakTogether, treeCost } from '../../../../bench/lib/process-tree.ts';

describe('parseProcStat', () => {
  test('reads pid, name, parent and CPU seconds, even when the name holds spaces and parentheses', () => {
    const stat = '4242 (pagefind (ext) x) S 4100 4242 4100 0 -1 4194304 1 0 0 0 1234 56 7 8 20 0 3 0 100 0 0';
    expect(parseProcStat(stat)).toEqual({ pid: 4242, name: 'pagefind (ext) x', ppid: 4100, cpuSeconds: 12.9 });
  });

  test('refuses text that is not a stat line, quoting it', () => {
    expect(() => parseProcStat('garbage')).toThrowErrorMatchingInlineSnapshot(`[Error: Expected \`pid (name) state ppid ...\` in /proc/<pid>/stat, got \`garbage\`]`);
  });
});

describe('parsePeakRss', () => {
  test('reads VmHWM in bytes', () => {
    expect(parsePeakRss('Name:\tnode\nVmPeak:\t  900 kB\nVmHWM:\t  2048 kB\nVmRSS:\t 1024 kB\n')).toBe(2048 * 1024);
  });

  test('is 0 for a zombie, which has no memory lines', () => {
    expect(parsePeakRss('Name:\tnode\nState:\tZ (zombie)\n')).toBe(0);
  });
});

describe('parseRss', () => {
  test('reads VmRSS, the memory held now, in bytes', () => {
    expect(parseRss('Name:\tnode\nVmPeak:\t  900 kB\nVmHWM:\t  2048 kB\nVmRSS:\t 1024 kB\n')).toBe(1024 * 1024);
  });

  test('is 0 for a zombie', () => {
    expect(parseRss('Name:\tnode\nState:\tZ (zombie)\n')).toBe(0);
  });
});

describe('peakTogether', () => {
  test('is the largest sum of the memory every process held at one moment, with who held it', () => {
    const moments = [
      { atSeconds: 1, rss: [{ name: 'time', rssBytes: 5 }, { name: 'node', rssBytes: 900 }] },
      // The largest single process (node at 1,000) is not at the moment the sum is largest.
      { atSeconds: 2, rss: [{ name: 'time', rssBytes: 5 }, { name: 'node', rssBytes: 700 }, { name: 'pagefind_extended', rssBytes: 600 }, { name: 'node', rssBytes: 50 }] },
      { atSeconds: 3, rss: [{ name: 'time', rssBytes: 5 }, { name: 'node', rssBytes: 1000 }, { name: 'pagefind_extended', rssBytes: 100 }] },
    ];
    expect(peakTogether(moments, ['time'])).toEqual({ bytes: 1350, atSeconds: 2, byName: { node: 750, pagefind_extended: 600 } });
  });

  test('is nothing when no moment was sampled', () => {
    expect(peakTogether([], [])).toBeUndefined();
  });
});

describe('descendants', () => {
  test('follows parents down from the root and leaves other trees out', () => {
    const parents = new Map([
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 1],
      [9, 8],
    ]);
    expect([...descendants(2, parents)].sort()).toEqual([2, 3, 4]);
  });
});

describe('treeCost', () => {
  test('sums CPU, keeps the largest single peak, and groups by name, leaving out the wrappers named', () => {
    const cost = treeCost(
      [
        { pid: 1, ppid: 0, name: 'time', cpuSeconds: 0, peakRssBytes: 2 },
        { pid: 2, ppid: 1, name: 'node', cpuSeconds: 40, peakRssBytes: 900 },
        { pid: 3, ppid: 2, name: 'pagefind_extended', cpuSeconds: 15, peakRssBytes: 1400 },
        { pid: 4, ppid: 2, name: 'node', cpuSeconds: 1, peakRssBytes: 100 },
      ],
      ['time'],
      [{ atSeconds: 0.5, rss: [{ name: 'node', rssBytes: 800 }, { name: 'pagefind_extended', rssBytes: 1300 }] }],
    );
    expect(cost).toEqual({
      cpuSeconds: 56,
      peakRssBytes: 1400,
      together: { bytes: 2100, atSeconds: 0.5, byName: { node: 800, pagefind_extended: 1300 } },
      byName: {
        node: { cpuSeconds: 41, peakRssBytes: 900, processes: 2 },
        pagefind_extended: { cpuSeconds: 15, peakRssBytes: 1400, processes: 1 },
      },
    });
  });
});
