import { describe, expect, test } from 'vitest';
import { parseBenchArgs } from '../../../../bench/lib/parse-bench-args.ts';

describe('parseBenchArgs', () => {
  test('runs the seeds and all three sizes three times by default', () => {
    expect(parseBenchArgs([])).toEqual({ sizes: [500, 2000, 10000], seeds: true, runs: 3, seed: 'folio', keep: false, profile: false, out: 'bench/results/results.json' });
  });

  test('--quick keeps the seeds and N=500 only', () => {
    expect(parseBenchArgs(['--quick'])).toMatchObject({ sizes: [500], seeds: true });
  });

  test('--sizes overrides the sizes, --quick or not', () => {
    expect(parseBenchArgs(['--quick', '--sizes', '100,20000']).sizes).toEqual([100, 20000]);
  });

  test('--runs and --no-seeds', () => {
    expect(parseBenchArgs(['--runs', '1', '--no-seeds'])).toMatchObject({ runs: 1, seeds: false });
  });

  test('rejects a size that is not a positive whole number, naming it', () => {
    expect(() => parseBenchArgs(['--sizes', '500,2k'])).toThrowErrorMatchingInlineSnapshot(
      `[Error: Expected a positive whole number for \`--sizes\`, got \`2k\`]`,
    );
  });

  test('rejects zero runs', () => {
    expect(() => parseBenchArgs(['--runs', '0'])).toThrowErrorMatchingInlineSnapshot(
      `[Error: Expected a positive whole number for \`--runs\`, got \`0\`]`,
    );
  });

  test('rejects a stray argument', () => {
    expect(() => parseBenchArgs(['10000'])).toThrowErrorMatchingInlineSnapshot(`[Error: Unexpected argument \`10000\`]`);
  });
});
