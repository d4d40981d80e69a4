import { describe, expect, test } from 'vitest';
import { joinBase, urlsFor } from '../../../../src/lib/urls.ts';

describe('urls', () => {
  test('joinBase puts a path under the base path', () => {
    expect(joinBase('/folio/', 'papers/x/')).toBe('/folio/papers/x/');
    expect(joinBase('/', '')).toBe('/');
  });
  test('absolute URLs include the origin and the base path', () => {
    expect(urlsFor('/folio/', 'https://lab.example.org').absolute('papers/x/')).toBe('https://lab.example.org/folio/papers/x/');
  });
});
