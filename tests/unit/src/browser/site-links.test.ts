import { describe, expect, test } from 'vitest';
import { readerLinkOrigin } from '../../../../src/browser/site-links.ts';

/** The origin a page served at `served` gives links built for `built`; undefined when they keep `built`. */
const origin = (built: string, served: string) => readerLinkOrigin(built, new URL(served));

describe('readerLinkOrigin', () => {
  test('a site built for this machine’s address (FOLIO_SITE unset: http://localhost:4321) links to the address that serves the page', () => {
    expect(origin('http://localhost:4321', 'http://127.0.0.1:8000/papers/x/')).toBe('http://127.0.0.1:8000');
    expect(origin('http://localhost:4321', 'http://192.168.1.20:8000/papers/x/')).toBe('http://192.168.1.20:8000');
    expect(origin('http://localhost:4321', 'https://papers.lab.example.org/papers/x/')).toBe('https://papers.lab.example.org');
    for (const loopback of ['http://127.0.0.1:4321', 'http://[::1]:4321', 'http://folio.localhost', 'http://localhost:8000']) {
      expect(origin(loopback, 'http://lan-host:8000/'), loopback).toBe('http://lan-host:8000');
    }
  });

  test('a page served from the address it was built for keeps it', () => {
    expect(origin('http://localhost:4321', 'http://localhost:4321/papers/x/')).toBeUndefined();
  });

  test('a site built for a real address keeps it wherever the page is served from: that is the permanent link', () => {
    expect(origin('https://lab.example.org', 'http://127.0.0.1:8000/papers/x/')).toBeUndefined();
    expect(origin('https://lab.example.org', 'http://localhost:4321/papers/x/')).toBeUndefined();
  });

  test('a page opened from disk (file://, whose origin is `null`) keeps the link it was built with', () => {
    expect(origin('http://localhost:4321', 'file:///home/me/dist/papers/x/index.html')).toBeUndefined();
  });
});
