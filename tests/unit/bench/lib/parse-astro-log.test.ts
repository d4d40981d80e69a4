import { describe, expect, test } from 'vitest';
import { parseAstroLog, parseDuration, phaseSpans } from '../../../../bench/lib/parse-astro-log.ts';

// Trimmed from the shape of an Astro 7 build log; timings invented.
const LOG = [
  '12:00:41 [vite] Re-optimizing dependencies because vite config has changed',
  '12:00:43 [content] Syncing content',
  '12:00:44 [types] Generated 2.72s',
  '12:00:44 [build] Collecting build info...',
  '12:00:44 [build] ✓ Completed in 2.90s.',
  '12:00:44 [build] Building static entrypoints...',
  '12:00:50 [WARN] [vite] something about a directive',
  '12:00:50 [vite] ✓ built in 6.86s',
  '12:00:51 [vite] ✓ built in 57ms',
  '',
  '\x1b[42m generating static routes \x1b[49m',
  '12:00:56   ├─ /index.html (+5ms)',
  '12:00:56 ✓ Completed in 4.82s.',
  '',
  '12:00:56 [build] ✓ Completed in 12.21s.',
  '12:00:56 [build] 530 page(s) built in 15.11s',
  '12:00:58 [folio:pagefind] indexed 500 paper pages (cache tag 3f2a) in 1874 ms',
  '12:00:56 [build] Complete!',
].join('\n');

describe('parseAstroLog', () => {
  test('reads setup, bundling (all Vite passes), rendering and the total', () => {
    const phases = parseAstroLog(LOG);
    expect(phases.setupSeconds).toBe(2.9);
    expect(phases.bundleSeconds).toBeCloseTo(6.917);
    expect(phases.renderSeconds).toBe(4.82);
    expect(phases.astroSeconds).toBe(15.11);
    expect(phases.pages).toBe(530);
    expect(phases.searchSeconds).toBe(1.874);
  });

  test('leaves out what the log does not show', () => {
    expect(parseAstroLog('[build] Building static entrypoints...\nerror: boom')).toEqual({});
  });
});

describe('phaseSpans', () => {
  test('splits the build process into consecutive spans; the search index, timed from the build start, is not one of them', () => {
    const phases = { setupSeconds: 5.6, bundleSeconds: 1.45, renderSeconds: 3, searchSeconds: 6.1, astroSeconds: 11.85 };
    expect(phaseSpans(phases, 13).map((s) => [s.name, Number(s.seconds.toFixed(2))])).toEqual([
      ['start-up', 1.15],
      ['setup (content sync, types)', 5.6],
      ['bundle', 1.45],
      ['render', 3],
      ['after rendering (search index, vocabulary, service worker)', 1.8],
    ]);
  });

  test('never gives a span a negative length when the log lacks a phase', () => {
    expect(phaseSpans({ renderSeconds: 4 }, 3).every((s) => s.seconds >= 0)).toBe(true);
  });
});

describe('parseDuration', () => {
  test('reads every way Astro and Vite print a duration', () => {
    expect(['57ms', '12.34s', '5m 3s', '2m', '1m 0.5s'].map(parseDuration)).toEqual([0.057, 12.34, 303, 120, 60.5]);
  });

  test('reads minutes in a long build', () => {
    const phases = parseAstroLog(
      ['[build] Building static entrypoints...', '[vite] ✓ built in 3m 12s', '[vite] ✓ built in 50ms', ' generating static routes ', '✓ Completed in 1m 30s.', '[build] 10093 page(s) built in 5m 3s'].join('\n'),
    );
    expect(phases).toEqual({ bundleSeconds: 192.05, renderSeconds: 90, astroSeconds: 303, pages: 10093 });
  });
});
