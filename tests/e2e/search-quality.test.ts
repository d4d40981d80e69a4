/**
 * Search quality, measured in real Chromium against built sites through
 * Folio's own search function (the header's and the search page's): exact
 * titles and short names on the seeds, look-alike titles on the invented
 * fixtures (tests/fixtures/search/), honest answers for words no paper has.
 * Prints recall@1 and MRR (first 10 results) so a change in ranking shows up in review.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { foldTitle } from '../../src/text/search-terms.ts';
import { formatSummary, shortName, summariseRanking } from '../support/ranking-metrics.ts';
import { launchChromium } from '../support/browser.ts';
import { readEntries } from '../support/site.ts';
import { installSearch, searchInPage } from '../support/search-in-page.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const { content, root, searchFixtures } = inject('builds');
const entries = readEntries(content);
const urlOf = (slug: string) => `${root.base}papers/${slug}/`;
/** The invented papers of tests/fixtures/search written with compatibility characters (ligatures, fullwidth letters, superscripts, `ℝ`), and their plain twin. */
const LIGATURES = 'Eﬃcient ﬁne-tuning of ＬＬＭ Judges for Tide Reports';
const PLAIN = 'Sparse Fine-Tuning of LLM Graders for Kelp Surveys';

let browser: Browser;
const servers: StaticServer[] = [];
/** A page of the built site `dist` with the search installed. */
async function searchPage(dist: string, base: string): Promise<Page> {
  const server = await serveStatic(dist, base);
  servers.push(server);
  // The search module is added as an inline script, which a Content-Security-Policy would block.
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(`${server.origin}${base}`);
  await installSearch(page, base);
  return page;
}
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

describe('search quality on the seeds', () => {
  let page: Page;
  beforeAll(async () => {
    page = await searchPage(root.dist, root.base);
  });

  test('every paper’s exact title finds it first', async () => {
    const outcomes = await searchInPage(page, entries.map((e) => e.data.title));
    const summary = summariseRanking(entries.map((e, i) => ({ query: e.data.title, expected: urlOf(e.data.slug), rank: rankOf(outcomes[i]!.urls, urlOf(e.data.slug)) })));
    console.log(formatSummary('exact titles', summary));
    expect(summary.misses).toEqual([]);
    expect(summary.queries).toBe(entries.length);
  }, 180_000);

  test('a paper’s short name (the word before the colon) finds a paper of that name first, for every paper that has one', async () => {
    const named = entries.flatMap((e) => {
      const name = shortName(e.data.title);
      return name ? [{ name, url: urlOf(e.data.slug) }] : [];
    });
    const outcomes = await searchInPage(page, named.map((n) => n.name));
    const summary = summariseRanking(named.map((n, i) => ({ query: n.name, expected: n.url, rank: rankOf(outcomes[i]!.urls, n.url) })));
    console.log(formatSummary('short names (this paper)', summary));
    // Two papers may share a short name: the first result must bear it.
    const wrong = named.filter((n, i) => !foldTitle(outcomes[i]!.titles[0] ?? '').startsWith(`${foldTitle(n.name)}:`)).map((n) => n.name);
    expect(named.length).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  }, 120_000);

  test('a word no paper has answers “no match”, never the nearest prefix’s papers', async () => {
    const outcomes = await searchInPage(page, ['xylophone', 'qwerty zzz', 'diffusion zzzzz', 'transformerx', 'orchid']);
    expect(outcomes.map((o) => [o.state, o.total])).toEqual(Array(5).fill(['no-match', 0]));
  });

  test('a typo gets a “did you mean” from the archive’s own words, offered only when it finds papers', async () => {
    const [difusion, neurl] = await searchInPage(page, ['difusion', 'neurl']);
    expect(difusion!.suggestion).toBe('diffusion');
    expect(neurl!.suggestion).toBe('neural');
  });

  test('a topic word with that topic’s filter returns only papers of that topic', async () => {
    const byTopic = new Map<string, Set<string>>();
    for (const e of entries) for (const t of e.data.topics) byTopic.set(t, (byTopic.get(t) ?? new Set()).add(urlOf(e.data.slug)));
    const checked: string[] = [];
    for (const [topic, urls] of byTopic) {
      // The topic id's longest word is the query: `speech-audio` → `speech`.
      const word = topic.split('-').sort((a, b) => b.length - a.length)[0]!;
      const [outcome] = await searchInPage(page, [word], { limit: 1000, topic });
      expect(outcome!.urls.filter((url) => !urls.has(url)), `\`${word}\` in topic \`${topic}\``).toEqual([]);
      checked.push(`${topic}: ${outcome!.urls.length}`);
    }
    console.log(`topic word + filter: every result in its topic for ${checked.length} topics (${checked.join(', ')})`);
  }, 120_000);
});

describe('known items first among look-alike titles (tests/fixtures/search)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await searchPage(searchFixtures.dist, searchFixtures.base);
  });
  const first = async (query: string) => (await searchInPage(page, [query]))[0]!.titles;

  test.each([
    ['C# Models for Systems Code', 'C# Models for Systems Code', 'C++ Models for Systems Code'],
    ['C++ Models for Systems Code', 'C++ Models for Systems Code', 'C# Models for Systems Code'],
    ['c# models', 'C# Models for Systems Code', 'C++ Models for Systems Code'],
    ['c++ models', 'C++ Models for Systems Code', 'C# Models for Systems Code'],
    ['"Quoted"', '"Quoted": Short Names in Titles', undefined],
    ['Quoted', '"Quoted": Short Names in Titles', 'Quoted Short Names in Titles'],
    ['Quoted Short Names in Titles', 'Quoted Short Names in Titles', '"Quoted": Short Names in Titles'],
    ["Learning x'(t) = Ax(t) from Data", "Learning x'(t) = Ax(t) from Data", 'Learning x(t) = Ax(t) from Data'],
    ['Learning x(t) = Ax(t) from Data', 'Learning x(t) = Ax(t) from Data', "Learning x'(t) = Ax(t) from Data"],
    ["x'(t)", "Learning x'(t) = Ax(t) from Data", undefined],
    ['cafe naive schrodinger', 'Café Naïve Schrödinger Equations', undefined],
    ['Efficient fine-tuning of LLM Judges for Tide Reports', LIGATURES, undefined],
    ['Eﬃcient ﬁne-tuning of ＬＬＭ Judges for Tide Reports', LIGATURES, undefined],
    ['efficient fine-tuning', LIGATURES, undefined],
    ['Sparse ﬁne-tuning of ＬＬＭ Graders', PLAIN, undefined],
  ])('“%s” → %s first', async (query, expected, second) => {
    const titles = await first(query);
    expect(titles[0]).toBe(expected);
    if (second) expect(titles).toContain(second);
  });
});

describe('compatibility characters are searched as the characters they stand for (tests/fixtures/search)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await searchPage(searchFixtures.dist, searchFixtures.base);
  });
  const search = async (query: string) => (await searchInPage(page, [query], { limit: 20 }))[0]!;

  test.each([
    ['fine-tuning', [LIGATURES, PLAIN]],
    ['ﬁne-tuning', [LIGATURES, PLAIN]],
    ['ｆｉｎｅ－ｔｕｎｉｎｇ', [LIGATURES, PLAIN]],
    ['LLM', [LIGATURES, PLAIN]],
    ['ＬＬＭ', [LIGATURES, PLAIN]],
    ['llm judges', [LIGATURES]],
    ['efficient', [LIGATURES]],
    ['"fine-tuning"', [LIGATURES, PLAIN]],
    ['R2', [LIGATURES]],
    ['ℝ²', [LIGATURES]],
  ])('“%s” finds %j', async (query, titles) => {
    const outcome = await search(query);
    expect(outcome.state).toBe('results');
    expect([...outcome.titles].sort()).toEqual([...titles].sort());
  });

  test.each(['soren', 'Søren', 'oeuvre', 'lodz', 'strasse', 'straße', 'orsted maps'])('“%s” finds the paper that writes its letters with no accent to fold (ø, œ, ł, ß)', async (query) => {
    const outcome = await search(query);
    expect(outcome.state).toBe('results');
    expect(outcome.titles).toEqual(['S\u00F8ren and the \u0152uvre of Street Maps in \u0141\u00F3d\u017A']);
  });

  test('a typo of a word written with a ligature suggests the plain word, and the suggestion finds the paper', async () => {
    const outcome = await search('efficeint judges');
    expect(outcome.state).toBe('no-match');
    expect(outcome.suggestion).toBe('efficient judges');
    expect((await search(outcome.suggestion!)).titles).toEqual([LIGATURES]);
  });
});

function rankOf(urls: string[], url: string): number | undefined {
  const at = urls.indexOf(url);
  return at < 0 ? undefined : at + 1;
}
