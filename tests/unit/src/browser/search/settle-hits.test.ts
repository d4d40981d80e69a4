import { describe, expect, test } from 'vitest';
import { loadAvailable } from '../../../../../src/browser/search/settle-hits.ts';

describe('loadAvailable', () => {
  test('keeps the results that load, in order, and counts those that fail', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(loadAvailable([() => Promise.resolve('a'), offline, () => Promise.resolve('c'), offline])).resolves.toEqual({ loaded: ['a', 'c'], missing: 2 });
  });
  test('nothing to load, nothing missing', async () => {
    await expect(loadAvailable([])).resolves.toEqual({ loaded: [], missing: 0 });
  });
});
