import { describe, expect, test } from 'vitest';
import { manifestStamp, reuseProblem } from '../../../../src/integrations/output-stamp.ts';

/** An incremental build manifest as Astro 7 writes it, with `keyDigest` (drawn anew each build) and one path's key. */
const manifest = (keyDigest: string, cacheKey: string, order: 'ab' | 'ba' = 'ab') => {
  const paths = { '/papers/a/': { cacheKey, outputFile: 'papers/a/index.html' }, '/papers/b/': { cacheKey: 'kb', outputFile: 'papers/b/index.html' } };
  const routes = { 'src/pages/papers/[slug].astro': { dependencyHash: 'd1', paths: order === 'ab' ? paths : { '/papers/b/': paths['/papers/b/'], '/papers/a/': paths['/papers/a/'] } } };
  return JSON.stringify({ version: 1, configHash: 'c', lockfileHash: 'l', keyDigest, routes });
};

describe('manifestStamp', () => {
  test('is the same for two builds of the same pages, whatever key Astro drew and in whatever order it recorded the paths', () => {
    expect(manifestStamp(manifest('k1', 'ka'))).toMatch(/^[0-9a-f]{64}$/);
    expect(manifestStamp(manifest('k1', 'ka'))).toBe(manifestStamp(manifest('k2', 'ka', 'ba')));
  });
  test('differs when a page was built from another key', () => {
    expect(manifestStamp(manifest('k1', 'ka'))).not.toBe(manifestStamp(manifest('k1', 'ka2')));
  });
  test('is undefined for what is not a manifest', () => {
    expect(manifestStamp('{')).toBeUndefined();
    expect(manifestStamp('[]')).toBeUndefined();
    expect(manifestStamp('{"version":1}')).toBeUndefined();
  });
});

describe('reuseProblem', () => {
  test('none when the output folder holds the build the cache describes, holds nothing, or the cache describes no build', () => {
    expect(reuseProblem({ cache: 's', outputHolds: true, output: 's' })).toBeUndefined();
    expect(reuseProblem({ cache: 's', outputHolds: false, output: undefined })).toBeUndefined();
    expect(reuseProblem({ cache: undefined, outputHolds: true, output: 't' })).toBeUndefined();
  });
  test('says why when the output folder holds another build, or one that did not finish', () => {
    expect(reuseProblem({ cache: 's', outputHolds: true, output: 't' })).toMatch(/another cache/);
    expect(reuseProblem({ cache: 's', outputHolds: true, output: undefined })).toMatch(/no `\.folio-build` of a finished build/);
  });
});
