import { describe, expect, test } from 'vitest';
import { packageOf, profileByPhase, stageOf, summariseProfile, type CpuProfile } from '../../../../bench/lib/summarise-profile.ts';

describe('packageOf', () => {
  test('names the package after the last node_modules, scoped names whole', () => {
    expect(packageOf('file:///p/node_modules/@mdx-js/mdx/lib/core.js', 'compile')).toBe('@mdx-js/mdx');
    expect(packageOf('file:///p/node_modules/astro/node_modules/vite/dist/node/chunk.js', 'x')).toBe('vite');
  });

  test('tells Node internals, project files and V8 pseudo-frames apart', () => {
    expect(packageOf('node:internal/fs/promises', 'readFile')).toBe('node: (Node.js internals)');
    expect(packageOf('file:///tmp/site/src/lib/related.ts', 'score', ['/tmp/site'])).toBe('project: src/lib');
    expect(packageOf('', '(garbage collector)')).toBe('(garbage collector)');
  });
});

describe('stageOf', () => {
  test('files packages under the build stage they serve', () => {
    expect(stageOf('micromark-core-commonmark')).toMatch(/^MDX/);
    expect(stageOf('rolldown')).toMatch(/^bundling/);
    expect(stageOf('project: .astro/.prerender')).toMatch(/^rendering pages/);
    expect(stageOf('project: scripts/lib')).toMatch(/^project code/);
    expect(stageOf('left-pad')).toBe('other');
  });
});

describe('summariseProfile', () => {
  test('adds up self time per package and per function from the samples', () => {
    const frame = (url: string, functionName: string) => ({ url, functionName, lineNumber: 9 });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('', '(root)') },
        { id: 2, callFrame: frame('file:///p/node_modules/vite/dist/a.js', 'transform') },
        { id: 3, callFrame: frame('file:///p/node_modules/@mdx-js/mdx/lib/b.js', 'compile') },
        { id: 4, callFrame: frame('', '(garbage collector)') },
      ],
      // Each sample's time is the delta to the next sample: 2 -> 3 ms, 3 -> 1 ms, 3 -> 4 ms, 4 -> 2 ms, last -> 0.
      samples: [2, 3, 3, 4, 2],
      timeDeltas: [0, 3000, 1000, 4000, 2000],
      startTime: 0,
      endTime: 10000,
    };
    const summary = summariseProfile(profile);
    expect(summary.totalMs).toBe(10);
    expect(summary.packages).toEqual([
      { name: '@mdx-js/mdx', ms: 5, percent: 50 },
      { name: 'vite', ms: 3, percent: 30 },
      { name: '(garbage collector)', ms: 2, percent: 20 },
    ]);
    expect(summary.stages.map((stage) => stage.name)).toEqual([
      stageOf('@mdx-js/mdx'),
      'bundling (vite, rolldown, esbuild)',
      'garbage collection',
    ]);
    expect(summary.functions[0]).toEqual({ name: 'compile @mdx-js/mdx/lib/b.js:10', ms: 5, percent: 50 });
  });
});

describe('profileByPhase', () => {
  test('gives each phase the samples taken while it ran, idle time left out of its busy total', () => {
    const frame = (url: string, functionName: string) => ({ url, functionName, lineNumber: 0 });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('file:///p/node_modules/micromark/index.js', 'parse') },
        { id: 2, callFrame: frame('file:///p/node_modules/astro/dist/render.js', 'render') },
        { id: 3, callFrame: frame('', '(idle)') },
      ],
      // Samples at 0, 1, 2, 3, 4 s, each lasting 1 s (the last one 0).
      samples: [1, 1, 2, 3, 2],
      timeDeltas: [0, 1e6, 1e6, 1e6, 1e6],
      startTime: 0,
      endTime: 5e6,
    };
    const phases = profileByPhase(profile, [
      { name: 'setup', seconds: 2 },
      { name: 'render', seconds: 3 },
    ]);
    expect(phases).toEqual([
      { name: 'setup', seconds: 2, busyMs: 2000, packages: [{ name: 'micromark', ms: 2000, percent: 100 }] },
      { name: 'render', seconds: 3, busyMs: 1000, packages: [{ name: 'astro', ms: 1000, percent: 100 }] },
    ]);
  });
});
