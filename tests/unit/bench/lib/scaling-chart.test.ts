import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { niceTicks, scalingChart, wrapNote } from '../../../../bench/lib/scaling-chart.ts';

describe('niceTicks', () => {
  test('steps of 1, 2 or 5 times a power of ten, from 0 to at least the maximum', () => {
    expect(niceTicks(30_000)).toEqual([0, 10_000, 20_000, 30_000]);
    expect(niceTicks(83)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(2.3)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
  });

  test('an empty or zero range still gets an axis', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('wrapNote', () => {
  test('breaks a long note after its semicolons, keeping short parts together', () => {
    expect(wrapNote('2 cores, Node 22; 1000: 3 runs; 30000: 1 run', 20)).toEqual(['2 cores, Node 22', '1000: 3 runs', '30000: 1 run']);
    expect(wrapNote('a; b; c', 20)).toEqual(['a; b; c']);
    expect(wrapNote('', 20)).toEqual([]);
  });
});

describe('scalingChart', () => {
  const svg = scalingChart(
    'Build <cost>',
    [
      {
        title: 'Seconds',
        format: (v) => `${v} s`,
        series: [
          { label: 'Folio build', points: [{ papers: 10_000, value: 60 }, { papers: 1_000, value: 8 }] },
          { label: 'Hugo build', dashed: true, points: [{ papers: 1_000, value: 0.5 }, { papers: 10_000, value: 4 }] },
        ],
      },
      {
        title: 'Memory',
        format: (v) => `${v} GB`,
        series: [
          { label: 'Folio build', points: [{ papers: 1_000, value: 0.6 }] },
          { label: 'target', target: true, points: [{ papers: 10_000, value: 1.2 }] },
        ],
      },
      { title: 'Per page', format: (v) => `${v} ms`, series: [{ label: 'Folio build', points: [{ papers: 1_000, value: 6 }] }] },
    ],
    'a note',
  );
  const root = parse(svg);

  test('is one titled, labelled SVG image with the markup in its text escaped', () => {
    const el = root.querySelector('svg')!;
    expect(el.getAttribute('role')).toBe('img');
    expect(root.querySelector('title#chart-title')?.textContent).toBe('Build <cost>');
    expect(svg).toContain('<title id="chart-title">Build &lt;cost&gt;</title>');
  });

  test('draws one line per series and panel, baselines dashed, in the same colour in every panel', () => {
    const paths = root.querySelectorAll('path');
    expect(paths.map((p) => p.querySelector('title')?.textContent)).toEqual(['Folio build', 'Hugo build', 'Folio build', 'target', 'Folio build']);
    expect(paths[1]!.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(paths[3]!.getAttribute('stroke-dasharray')).toBe('2 3');
    expect(paths[0]!.getAttribute('stroke')).toBe(paths[2]!.getAttribute('stroke'));
    // Points in order of papers, whatever order they came in.
    expect(paths[0]!.getAttribute('d')!.split('L')).toHaveLength(2);
    expect(root.querySelectorAll('circle title').map((t) => t.textContent)).toContain('Folio build: 60 s at 10,000 papers');
  });

  test('puts two panels to a row, the third below the first', () => {
    const titles = root.querySelectorAll('text.title');
    expect(titles.map((t) => t.textContent)).toEqual(['Seconds', 'Memory', 'Per page']);
    expect(titles[2]!.getAttribute('x')).toBe(titles[0]!.getAttribute('x'));
    expect(Number(titles[2]!.getAttribute('y'))).toBeGreaterThan(Number(titles[0]!.getAttribute('y')));
  });

  test('has one legend entry per series label and the note', () => {
    expect(root.querySelectorAll('text').map((t) => t.textContent)).toEqual(expect.arrayContaining(['Folio build', 'Hugo build', 'a note']));
  });
});
