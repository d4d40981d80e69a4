import { afterEach, describe, expect, test, vi } from 'vitest';
import { topicNamesLoader } from '../../../../../src/browser/search/topic-names.ts';

const NAMES = { 'retrieval-embeddings': 'Retrieval and embeddings' };

/** A fetch that gives each of `answers` in turn: an error thrown (the network gone), a status, or the names. */
function fetchAnswering(...answers: Array<'offline' | number | Record<string, string>>) {
  return vi.fn(async (url: string) => {
    const answer = answers.shift();
    if (answer === undefined) throw new Error(`asked once too often for \`${url}\``);
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    return typeof answer === 'number' ? new Response('', { status: answer }) : new Response(JSON.stringify(answer));
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('topicNamesLoader', () => {
  test('asks again after a failed fetch or a refusal, and shows the names once they come', async () => {
    const fetch = fetchAnswering('offline', 503, NAMES);
    vi.stubGlobal('fetch', fetch);
    const names = topicNamesLoader('/folio/');
    await expect(names('pf-1')).resolves.toEqual({});
    await expect(names('pf-1')).resolves.toEqual({});
    await expect(names('pf-1')).resolves.toEqual(NAMES);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(Array(3).fill('/folio/topic-names.json?v=pf-1'));
  });

  test('keeps the names once loaded: the next search asks for nothing', async () => {
    const fetch = fetchAnswering(NAMES);
    vi.stubGlobal('fetch', fetch);
    const names = topicNamesLoader('/');
    await expect(Promise.all([names('pf-1'), names('pf-1')])).resolves.toEqual([NAMES, NAMES]);
    await expect(names('pf-1')).resolves.toEqual(NAMES);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('asks again when the answer is not the names (a host’s error page served as 200)', async () => {
    const fetch = vi.fn(async () => new Response('<!doctype html><title>Oops</title>'));
    vi.stubGlobal('fetch', fetch);
    const names = topicNamesLoader('/');
    await expect(names('pf-1')).resolves.toEqual({});
    await expect(names('pf-1')).resolves.toEqual({});
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
