import { describe, expect, test } from 'vitest';
import type { Listing } from '../../../../scripts/lib/merge-papers.ts';
import { appearanceKey, combineTopics, mergeAppearances, planIngest, publishedListings, type ExistingEntry } from '../../../../scripts/lib/plan-ingest.ts';
import { parseEntry } from '../../../../src/format/entry.ts';
import { formatProblem } from '../../../../src/format/problem.ts';
import { goneTopicsReason } from '../../../../src/format/gone-topics.ts';
import { hashText } from '../../../../scripts/lib/ingest-cache.ts';
import { manifestRecord, recordedBody } from '../../../../scripts/lib/known-papers.ts';
import { abstractKey } from '../../../../src/format/paper-key.ts';
import { manifestSchema } from '../../../../src/format/manifest-schema.ts';
import { paperSchema } from '../../../../src/format/paper-schema.ts';
import type { Taxonomy } from '../../../../src/format/taxonomy-schema.ts';
import { inventedAbstract } from '../../../support/invented-abstract.ts';

const taxonomy: Taxonomy = {
  topics: [
    { id: 'knots', name: 'Knots', description: 'Papers about knots.', terms: ['knot'] },
    { id: 'other', name: 'Other', description: 'The rest.', terms: [] },
  ],
};

function listing(id: string, entries: Array<[string, string]>): Listing {
  return { id, source: `${id}.txt`, path: `${id}.txt`, entries: entries.map(([title, abstract], i) => ({ title, abstract, position: i + 1, line: 2 * i + 1, abstractLine: 2 * i + 2 })) };
}

function plan(listings: Listing[], existing: ExistingEntry[] = [], papers = {}) {
  return planIngest({ listings, existing, manifest: { papers, listings: {}, topics: [] }, taxonomy });
}

function existingFrom(result: ReturnType<typeof plan>): ExistingEntry[] {
  return result.entries.map((e) => ({ path: `papers/${e.slug}.mdx`, text: e.text, hash: hashText(e.text), data: paperSchema.parse(parseEntry(e.text).data) }));
}

describe('planIngest', () => {
  test('writes a valid entry with assigned topics, keywords and listings', () => {
    const result = plan([listing('mar-1', [['Knot Theory for Ropes', 'We tie a knot in a rope and study the knot.']])]);
    expect(result.errors).toEqual([]);
    const [entry] = result.entries;
    expect(entry?.status).toBe('new');
    const data = paperSchema.parse(parseEntry(entry!.text).data);
    expect(data).toMatchObject({ title: 'Knot Theory for Ropes', slug: 'knot-theory-for-ropes', topics: ['knots'], autoTopics: ['knots'] });
    expect(data.listings).toEqual([{ listing: 'mar-1', source: 'mar-1.txt', position: 1 }]);
    const record = result.manifest.papers['knot-theory-for-ropes']!;
    expect(record).toEqual({ title: 'Knot Theory for Ropes', key: 'Knot Theory for Ropes', body: expect.any(String) });
    // The body as written and the abstract it was made from; too short to identify the paper, so no `abstract`.
    expect(recordedBody(record)).toEqual({ hash: hashText(parseEntry(entry!.text).body), length: 43, key: abstractKey('We tie a knot in a rope and study the knot.').exact, distinctive: false });
  });

  test('gives a paper that matches no topic the fallback', () => {
    const [entry] = plan([listing('a', [['Gardening', 'Plants grow.']])]).entries;
    expect(paperSchema.parse(parseEntry(entry!.text).data).topics).toEqual(['other']);
  });

  test('reports nothing as changed when planned again over its own output', () => {
    const input = [listing('a', [['Knots', 'A knot.'], ['Loops', 'A loop.']])];
    const again = plan(input, existingFrom(plan(input)));
    expect(again.entries.map((e) => e.status)).toEqual(['unchanged', 'unchanged']);
  });

  test('keeps the slug recorded in the manifest even if the rule would now give another', () => {
    const result = plan([listing('a', [['Knots', 'A knot.']])], [], { 'knots-old-style': { title: 'Knots', key: 'knots' } });
    expect(result.entries.map((e) => e.slug)).toEqual(['knots-old-style']);
  });

  test('never takes a slug the manifest gives to another paper, and does not stop: it takes the next in a fixed sequence', () => {
    const result = plan([listing('a', [['Knots', 'A knot.']])], [], { knots: { title: 'Something Else', key: 'Something Else' } });
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.slug)).toEqual([expect.stringMatching(/^knots-[a-z2-7]{16}$/)]);
    expect(result.manifest.papers.knots).toEqual({ title: 'Something Else', key: 'Something Else' });
  });

  test('reads slugs that name properties every object has (`constructor`) as free, and records them as any other', () => {
    const result = plan([listing('a', [['Constructor', 'We build a constructor for ropes and study its knots.'], ['To String', 'We study strings.']])]);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.slug)).toEqual(['constructor', 'to-string']);
    expect(Object.keys(result.manifest.papers)).toEqual(['constructor', 'to-string']);
    const again = plan([listing('b', [['Constructor', 'We build a constructor for ropes and study its knots.']])], existingFrom(result), result.manifest.papers);
    expect(again.errors).toEqual([]);
    expect(again.entries.map((e) => [e.slug, e.status])).toEqual([['constructor', 'updated']]);
  });

  test('takes a manifest as this version wrote it (manifestCurrent) as it is, and plans as it would after migrating it', () => {
    const first = plan([listing('a', [['Knots', 'We tie a knot in a rope and study the knot under load.'], ['To String', 'We study strings.']])]);
    // As read back from published.json: a plain object, whose prototype has `constructor`.
    const written = JSON.parse(JSON.stringify(first.manifest)) as typeof first.manifest;
    const next = [listing('b', [['Constructor', 'We build a constructor for ropes and study its knots.'], ['Knots', 'We tie a knot in a rope and study the knot under load.']])];
    const input = { listings: next, existing: existingFrom(first), taxonomy };
    const current = planIngest({ ...input, manifest: written, manifestCurrent: true });
    const migrated = planIngest({ ...input, manifest: written });
    expect(current.errors).toEqual([]);
    expect(current.entries.map((e) => e.slug)).toEqual(['constructor', 'knots']);
    expect(current).toEqual(migrated);
  });

  test('keeps the listings of earlier ingests and replaces those of re-ingested dumps', () => {
    const first = plan([listing('a', [['Knots', 'A knot.']]), listing('b', [['X', 'x'], ['Knots', 'A knot.']])]);
    const second = plan([listing('b', [['Knots', 'A knot.']])], existingFrom(first));
    const data = paperSchema.parse(parseEntry(second.entries[0]!.text).data);
    expect(data.listings.map((l) => [l.listing, l.position])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });

  test('warns when a paper on two listings has left one of them when it is re-ingested, saying how to take it off that one', () => {
    const first = plan([listing('a', [['Knots', 'A knot.'], ['Loops', 'A loop.']]), listing('b', [['Loops', 'A loop.']])]);
    const second = plan([listing('a', [['Knots', 'A knot.']])], existingFrom(first));
    expect(second.warnings.map(formatProblem)).toEqual([
      'papers/loops.mdx: is no longer in the re-ingested dump `a.txt` of the listing `a`; its entry keeps that appearance and stays published (its URL must keep working): leave it, or to take it off that listing remove that appearance from its `listings`, keeping at least one',
    ]);
  });

  test('warns when an earlier paper has left a re-ingested listing, and keeps it', () => {
    const first = plan([listing('a', [['Knots', 'A knot.'], ['Loops', 'A loop.']])]);
    const second = plan([listing('a', [['Knots', 'A knot.']])], existingFrom(first));
    expect(second.warnings.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "papers/loops.mdx: is no longer in the re-ingested dump \`a.txt\` of the listing \`a\`, its only listing; its entry keeps that appearance and stays published (its URL must keep working): leave it, or to take the paper off the archive give its entry \`retired\` and the reason (see Retiring a paper in the README)",
      ]
    `);
    expect(second.manifest.papers).toHaveProperty('loops');
  });

  test('warns about an unknown LaTeX command kept as text, at the abstract line', () => {
    const result = plan([listing('a', [['Knots', 'See \\knuth{} and \\cite{knuth} for more.']])]);
    expect(result.literalTex).toBe(1);
    expect(result.warnings.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "a.txt:2: kept the unknown LaTeX command \`\\knuth\` as literal text in the abstract of \`Knots\`",
        "a.txt:2: dropped the reference \`\\cite{knuth}\` in the abstract of \`Knots\`",
      ]
    `);
  });
});

describe('combineTopics', () => {
  test('puts assigned topics first and hand-written ones after, sorted', () => {
    expect(combineTopics(['b', 'a'], ['z', 'c'])).toEqual(['b', 'a', 'c', 'z']);
  });
  test('drops the fallback when a real topic is there', () => {
    expect(combineTopics(['other'], ['mine'])).toEqual(['mine']);
  });
  test('falls back to other when there is nothing', () => {
    expect(combineTopics([], [])).toEqual(['other']);
  });
});

describe('mergeAppearances', () => {
  test('sorts by listing then position and lets a re-ingested listing replace its old appearances', () => {
    const old = [
      { listing: 'b', source: 'b.txt', position: 9 },
      { listing: 'a', source: 'a.txt', position: 2 },
    ];
    expect(mergeAppearances(old, [{ listing: 'b', source: 'b.txt', position: 3 }], new Set([appearanceKey({ listing: 'b', source: 'b.txt' })]))).toEqual([
      { listing: 'a', source: 'a.txt', position: 2 },
      { listing: 'b', source: 'b.txt', position: 3 },
    ]);
  });
});

describe('planIngest with days', () => {
  const dated = (day: string, source: string, entries: Array<[string, string]>): Listing => ({ ...listing(day, entries), source, path: `dumps/${source}` });
  const listingsOf = (result: ReturnType<typeof plan>) =>
    Object.fromEntries(result.entries.map((e) => [e.slug, paperSchema.parse(parseEntry(e.text).data).listings.map((l) => `${l.listing}#${l.position} ${l.source}`)]));

  test('makes two dumps of one day one listing, in first-seen order, each paper once', () => {
    const result = plan([
      dated('2025-03-14', 'a-2025-03-14.txt', [['Knots', 'A knot.'], ['Loops', 'A loop.']]),
      dated('2025-03-14', 'b-2025-03-14.txt', [['Loops', 'A loop.'], ['Bows', 'A bow.']]),
    ]);
    expect(listingsOf(result)).toEqual({
      bows: ['2025-03-14#3 b-2025-03-14.txt'],
      knots: ['2025-03-14#1 a-2025-03-14.txt'],
      loops: ['2025-03-14#2 a-2025-03-14.txt'],
    });
  });

  test('adds a later dump of a day after the papers already on it, and keeps their places', () => {
    const first = plan([dated('2025-03-14', 'morning-2025-03-14.txt', [['Knots', 'A knot.'], ['Loops', 'A loop.']])]);
    const second = plan([dated('2025-03-14', 'evening-2025-03-14.txt', [['Bows', 'A bow.'], ['Loops', 'A loop.']])], existingFrom(first));
    expect(listingsOf(second)).toEqual({ bows: ['2025-03-14#3 evening-2025-03-14.txt'], loops: ['2025-03-14#2 morning-2025-03-14.txt'] });
    expect(second.entries.find((e) => e.slug === 'loops')?.status).toBe('unchanged');
    expect(second.warnings).toEqual([]);
  });

  test('moves a file-named listing to its day when its dump is dated later, and records the redirect', () => {
    const first = plan([listing('000-ab', [['Knots', 'A knot.']])]);
    expect(first.manifest.listings).toEqual({ '000-ab': '000-ab' });
    const second = plan([{ ...dated('2025-03-14', '000-ab.txt', [['Knots', 'A knot.']]) }], existingFrom(first));
    expect(listingsOf(second)).toEqual({ knots: ['2025-03-14#1 000-ab.txt'] });
    expect(second.manifest.listings).toEqual({ '000-ab': '2025-03-14', '2025-03-14': '2025-03-14' });
  });
});

describe('publishedListings', () => {
  test('records the listings of entries written before listings were recorded', () => {
    const first = plan([listing('a', [['Knots', 'A knot.']])]);
    expect(publishedListings({ manifest: { papers: {}, listings: {}, topics: [] }, existing: existingFrom(first), listings: [] })).toEqual({ a: 'a' });
  });
});

describe('the topics planIngest records as published', () => {
  const renamed: Taxonomy = {
    topics: [
      { id: 'knotted-things', name: 'Knots', description: 'Papers about knots.', terms: ['knot'], aliases: ['knots'] },
      { id: 'loops', name: 'Loops', description: 'Papers about loops.', terms: [] },
      { id: 'other', name: 'Other', description: 'The rest.', terms: [] },
    ],
  };
  const day = listing('a', [['Gardening', 'Plants grow.']]);

  test('every topic of the taxonomy, those no paper is filed under too (each has a page), and every alias, sorted', () => {
    expect(plan([day]).manifest.topics).toEqual(['knots', 'other']);
    expect(planIngest({ listings: [day], existing: [], manifest: { papers: {}, listings: {}, topics: [] }, taxonomy: renamed }).manifest.topics).toEqual(['knots', 'knotted-things', 'loops', 'other']);
  });

  test('keeps every topic recorded before, though the taxonomy has it no more: the ingest only adds', () => {
    const result = planIngest({ listings: [day], existing: [], manifest: { papers: {}, listings: {}, topics: ['walruses', 'knots'] }, taxonomy: renamed });
    expect(result.manifest.topics).toEqual(['knots', 'knotted-things', 'loops', 'other', 'walruses']);
  });

  test('records the current topics in a manifest written before topics were recorded', () => {
    const old = manifestSchema.parse({ papers: {}, listings: {} });
    expect(planIngest({ listings: [day], existing: [], manifest: old, taxonomy }).manifest.topics).toEqual(['knots', 'other']);
  });

  test("the manifest's note allows what the build's and the ingest's message tell: removing from `topics` by hand an id no deployed site served", () => {
    const message = goneTopicsReason(renamed, ['walruses'])!;
    const when = /if none ever did \(([^)]*)\), remove it from `topics` in published\.json/.exec(message)?.[1];
    expect(when).toBeDefined();
    expect(plan([day]).manifest.comment).toContain(`(${when!})`);
    expect(plan([day]).manifest.comment).toMatch(/no deployed site ever served .* removed from `topics` by hand/);
  });
});

describe('planIngest with the cache of the last run', () => {
  const input = [listing('a', [['Knots', 'See \\cite{knuth}.'], ['Loops', 'A loop.']])];

  test('reuses an entry whose inputs and file are as the last run left them, warnings included', () => {
    const first = plan(input);
    const again = planIngest({ listings: input, existing: existingFrom(first), manifest: first.manifest, taxonomy, cache: first.cache });
    expect(again.entries.map((e) => e.status)).toEqual(['unchanged', 'unchanged']);
    expect(again.warnings).toEqual(first.warnings);
    expect(again.cache).toEqual(first.cache);
  });

  test('plans an entry afresh when its file was edited by hand', () => {
    const first = plan(input);
    const existing = existingFrom(first).map((e) => (e.data.slug === 'knots' ? { ...e, text: e.text.replace('autoTopics:', 'aliases:\n  - old-knots\nautoTopics:'), hash: 'edited', data: { ...e.data, aliases: ['old-knots'] } } : e));
    const again = planIngest({ listings: input, existing, manifest: first.manifest, taxonomy, cache: first.cache });
    expect(again.entries.find((e) => e.slug === 'knots')?.text).toContain('old-knots');
  });

  test('plans an entry afresh when its manifest record is not as the last run left it, as without the memo', () => {
    const first = plan(input);
    // published.json as a version that did not record bodies left it, beside this run's memo (a folder pulled from a teammate).
    const older = { ...first.manifest, papers: Object.fromEntries(Object.entries(first.manifest.papers).map(([slug, { body: _, ...record }]) => [slug, record])) };
    const withMemo = planIngest({ listings: input, existing: existingFrom(first), manifest: older, taxonomy, cache: first.cache });
    const withoutMemo = planIngest({ listings: input, existing: existingFrom(first), manifest: older, taxonomy });
    expect(withMemo.manifest).toEqual(withoutMemo.manifest);
    expect(withMemo.manifest).toEqual(first.manifest);
  });

  test('remembers every earlier entry it read, not only this run’s, so a lost memo (a fresh clone, `npm ci`) is whole again after one run', () => {
    const first = plan(input);
    // The next day's dump, with no memo: the earlier entries were read from their files.
    const nextDay = planIngest({ listings: [listing('b', [['Braids', 'A braid.']])], existing: existingFrom(first), manifest: first.manifest, taxonomy });
    for (const entry of existingFrom(first)) expect(nextDay.cache.get(entry.data.slug), entry.data.slug).toMatchObject({ hash: entry.hash, data: entry.data });
  });

  test('plans everything afresh when the code or taxonomy version changes', () => {
    const first = plan(input);
    const again = planIngest({ listings: input, existing: existingFrom(first), manifest: first.manifest, taxonomy, cache: first.cache, version: 'next' });
    expect([...again.cache.values()].map((r) => r.fingerprint)).not.toEqual([...first.cache.values()].map((r) => r.fingerprint));
  });
});

describe('planIngest over entries edited by hand', () => {
  test('keeps an entry\'s abstract when a later dump gives another, and warns with both places', () => {
    const first = plan([listing('a', [['Knots', 'A knot holds.']])]);
    const second = plan([listing('b', [['Knots', 'A different, longer abstract about knots.']])], existingFrom(first));
    expect(parseEntry(second.entries[0]!.text).body).toBe('A knot holds.\n');
    expect(second.warnings.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "b.txt:2: gives a different abstract for \`Knots\` than papers/knots.mdx; kept the entry's (edit it there, or delete its body, keeping the frontmatter, and ingest again to take this one)",
      ]
    `);
  });

  test('keeps a body edited by hand, while updating the frontmatter', () => {
    const first = plan([listing('a', [['Knots', 'A knot holds.']])]);
    const edited = existingFrom(first).map((e) => ({ ...e, text: e.text.replace('A knot holds.', 'A knot holds, as <Figure /> shows.') }));
    const second = plan([listing('a', [['Knots', 'A knot holds.']]), listing('b', [['Knots', 'A knot holds.']])], edited);
    const entry = second.entries[0]!;
    expect(entry.text).toContain('A knot holds, as <Figure /> shows.');
    expect(paperSchema.parse(parseEntry(entry.text).data).listings.map((l) => l.listing)).toEqual(['a', 'b']);
  });

  /** The first plan's entry for `Knot Theory` with its title and former titles as a hand edit left them. */
  function retitledByHand(first: ReturnType<typeof plan>, title: string, formerTitles: string[] = []): ExistingEntry[] {
    return existingFrom(first).map((e) => ({ ...e, hash: 'edited', text: e.text.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`), data: { ...e.data, title, formerTitles } }));
  }

  test.each([
    ['a direction mark', 'Knot\u200E Theory', 'Knot Theory', '(U+200E)'],
    ['a soft hyphen', 'Knot The\u00ADory', 'Knot Theory', '(U+00AD)'],
    ['a zero-width space', 'Knot\u200B Theory', 'Knot Theory', '(U+200B)'],
    ['a no-break space', 'Knot\u00A0Theory', 'Knot Theory', undefined],
    ['stray whitespace', '  Knot   Theory ', 'Knot Theory', undefined],
    ['a mark in a title edited by hand', 'Theory of\u200E Knots', 'Theory of Knots', '(U+200E)'],
  ])('writes the title of an entry kept by its cleaned title cleaned as a dump\'s (%s)', (_, dirty, clean, codes) => {
    const first = plan([listing('a', [['Knot Theory', 'A knot holds.']])]);
    const second = plan([listing('a', [['Knot Theory', 'A knot holds.']])], retitledByHand(first, dirty, ['Old\u00AD Knots']), first.manifest.papers);
    expect(second.errors).toEqual([]);
    const data = paperSchema.parse(parseEntry(second.entries[0]!.text).data);
    expect(data.title).toBe(clean);
    // A title edited by hand stays while the dump lists the paper under its published title, which stays a former title.
    expect(data.formerTitles).toEqual(clean === 'Knot Theory' ? ['Old Knots'] : ['Knot Theory', 'Old Knots']);
    const former = 'papers/knot-theory.mdx: removed a control or invisible character (U+00AD) from a former title, now `Old Knots`';
    const own = `papers/knot-theory.mdx: removed a control or invisible character ${codes} from its title, now \`${clean}\``;
    expect(second.warnings.map(formatProblem)).toEqual(codes === undefined ? [former] : [own, former]);
  });

  test('follows a slug renamed by hand (the old one kept as an alias) instead of bringing the old entry back', () => {
    const first = plan([listing('a', [['Knots', 'A knot holds.']])]);
    const renamed = existingFrom(first).map((e) => {
      const data = { ...e.data, slug: 'knots-renamed', aliases: ['knots'] };
      return { ...e, path: 'papers/knots-renamed.mdx', data, text: e.text.replace('slug: knots', 'slug: knots-renamed\naliases:\n  - knots') };
    });
    const second = plan([listing('a', [['Knots', 'A knot holds.']])], renamed, first.manifest.papers);
    expect(second.errors).toEqual([]);
    expect(second.entries.map((e) => e.slug)).toEqual(['knots-renamed']);
    expect(second.warnings).toEqual([]);
  });
});

describe('planIngest over a topic added by hand', () => {
  test('warns that a topic not in the taxonomy stops the build, saying both fixes', () => {
    const first = plan([listing('a', [['Knots', 'A knot holds.']])]);
    const edited = existingFrom(first).map((e) => ({ ...e, data: { ...e.data, topics: [...e.data.topics, 'rope-theory'] } }));
    const second = plan([listing('a', [['Knots', 'A knot holds.']])], edited);
    expect(second.warnings.map(formatProblem)).toEqual([
      'papers/knots.mdx: lists the topic `rope-theory`, which is not in topics.yaml; the site will not build until you add it there or remove it from this entry',
    ]);
  });
});

describe('planIngest over a renamed topic (its old id kept in `aliases`)', () => {
  const renamed: Taxonomy = {
    topics: [
      { id: 'knotted-things', name: 'Knots', description: 'Papers about knots.', terms: ['knot'], aliases: ['knots'] },
      { id: 'loops', name: 'Loops', description: 'Papers about loops.', terms: [], aliases: ['hoops'] },
      { id: 'other', name: 'Other', description: 'The rest.', terms: [], aliases: [] },
    ],
  };
  const day = listing('a', [['Knots', 'A knot holds.']]);
  const first = plan([day]);
  /** The entry as the ingest wrote it before the rename, with a topic added by hand under a name that was renamed too. */
  const before = existingFrom(first).map((e) => {
    const text = e.text.replace(/^topics:\n/m, 'topics:\n  - hoops\n');
    return { ...e, text, hash: hashText(text), data: { ...e.data, topics: [...e.data.topics, 'hoops'] } };
  });
  const again = planIngest({ listings: [day], existing: before, manifest: { papers: first.manifest.papers, listings: {}, topics: [] }, taxonomy: renamed });

  test('the next ingest writes the current ids, keeping the topic added by hand as one', () => {
    expect(before[0]!.data).toMatchObject({ topics: ['knots', 'hoops'], autoTopics: ['knots'] });
    expect(again.errors).toEqual([]);
    expect(paperSchema.parse(parseEntry(again.entries[0]!.text).data)).toMatchObject({ topics: ['knotted-things', 'loops'], autoTopics: ['knotted-things'] });
  });

  test('an old id is no unknown topic: no warning', () => {
    expect(again.warnings.map(formatProblem)).toEqual([]);
  });

  test('a topic removed by hand under its old id stays removed under the new one', () => {
    const removed = existingFrom(first).map((e) => {
      const text = e.text.replace(/^topics:\n(?:  - .*\n)+/m, 'topics:\n  - other\n');
      return { ...e, text, hash: hashText(text), data: { ...e.data, topics: ['other'] } };
    });
    const result = planIngest({ listings: [day], existing: removed, manifest: { papers: first.manifest.papers, listings: {}, topics: [] }, taxonomy: renamed });
    expect(paperSchema.parse(parseEntry(result.entries[0]!.text).data)).toMatchObject({ topics: ['other'], autoTopics: ['knotted-things'] });
  });
});

describe('planIngest over a topic removed by hand', () => {
  const twoTopics: Taxonomy = {
    topics: [
      { id: 'knots', name: 'Knots', description: 'Papers about knots.', terms: ['knot'] },
      { id: 'loops', name: 'Loops', description: 'Papers about loops.', terms: ['loop'] },
      { id: 'other', name: 'Other', description: 'The rest.', terms: [] },
    ],
  };
  const day = listing('a', [['Knots in Loops', 'A knot in a loop, and another knot.']]);
  const planOver = (existing: ExistingEntry[]) => planIngest({ listings: [day], existing, manifest: { papers: {}, listings: {}, topics: [] }, taxonomy: twoTopics });
  const data = (result: ReturnType<typeof planOver>) => paperSchema.parse(parseEntry(result.entries[0]!.text).data);
  /** The entry as a reader leaves it after editing its `topics` list (and nothing else). */
  const withTopics = (result: ReturnType<typeof planOver>, topics: string[]): ExistingEntry[] =>
    existingFrom(result).map((e) => {
      const text = e.text.replace(/^topics:\n(?:  - .*\n)+/m, `topics:\n${topics.map((t) => `  - ${t}\n`).join('')}`);
      return { ...e, text, hash: hashText(text), data: { ...e.data, topics } };
    });

  test('stays removed run after run, and the entry is left as the reader edited it', () => {
    const first = planOver([]);
    expect(data(first)).toMatchObject({ topics: ['knots', 'loops'], autoTopics: ['knots', 'loops'] });
    const edited = withTopics(first, ['knots']);
    const second = planOver(edited);
    expect(second.entries[0]!.status).toBe('unchanged');
    expect(second.entries[0]!.text).toBe(edited[0]!.text);
    // autoTopics still names it: that is how the next run knows it was removed.
    expect(data(second)).toMatchObject({ topics: ['knots'], autoTopics: ['knots', 'loops'] });
    expect(data(planOver(existingFrom(second)))).toMatchObject({ topics: ['knots'] });
  });

  test('a reader may remove every assigned topic for one of their own', () => {
    const edited = withTopics(planOver([]), ['ropes']);
    expect(data(planOver(edited)).topics).toEqual(['ropes']);
  });

  test('a reader may remove every topic: the entry falls back to other', () => {
    const first = planOver([]);
    const edited = withTopics(first, ['other']);
    expect(data(planOver(edited)).topics).toEqual(['other']);
  });

  test('a removed topic written back by hand is shown again', () => {
    const removed = planOver(withTopics(planOver([]), ['knots']));
    expect(data(planOver(withTopics(removed, ['knots', 'loops']))).topics).toEqual(['knots', 'loops']);
  });
});

describe('listingIdClashes', () => {
  test('refuses a dump whose file name matches an earlier listing with another date', () => {
    const first = plan([{ ...listing('day', [['Knots', 'A knot.']]), date: 'Mar 14' }]);
    const next = plan([{ ...listing('day', [['Loops', 'A loop.']]), date: 'Apr 2' }], existingFrom(first));
    expect(next.errors.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "day.txt: is dated \`Apr 2\`, but the listing \`day\` it names was ingested before with the date \`Mar 14\`; expected a distinct file name for each listing (rename this one)",
      ]
    `);
  });

  test('accepts the same dump ingested again', () => {
    const day = { ...listing('day', [['Knots', 'A knot.']]), date: 'Mar 14' };
    expect(plan([day], existingFrom(plan([day]))).errors).toEqual([]);
  });
});

describe('planIngest across runs, with the memo of the last one', () => {
  const again = (listings: Listing[], before: ReturnType<typeof plan>, existing = existingFrom(before)) =>
    planIngest({ listings, existing, manifest: before.manifest, taxonomy, cache: before.cache });
  const body = (result: ReturnType<typeof plan>) => parseEntry(result.entries[0]!.text).body.trim();

  test('keeps the longest abstract whichever batch brings it', () => {
    const short = listing('a', [['Knots', 'Short.']]);
    const long = listing('b', [['Knots', 'A longer abstract.']]);
    expect(body(again([long], plan([short])))).toBe('A longer abstract.');
    expect(body(again([short], plan([long])))).toBe('A longer abstract.');
    expect(again([short], plan([long])).warnings.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "a.txt:2: gives a different abstract for \`Knots\` than an earlier ingest did; kept the earlier one, the longest",
      ]
    `);
  });

  test('keeps a body edited by hand run after run', () => {
    const input = [listing('a', [['Knots', 'A knot holds.']])];
    const first = plan(input);
    const edited = existingFrom(first).map((e) => ({ ...e, text: e.text.replace('A knot holds.', 'A knot holds, see the figure.'), hash: 'edited' }));
    const second = again(input, first, edited);
    expect(body(second)).toBe('A knot holds, see the figure.');
    const third = again(input, second, edited);
    expect(body(third)).toBe('A knot holds, see the figure.');
  });

  test('remakes a body the ingest wrote when the converter now writes it differently, with its memo or without', () => {
    const input = [listing('a', [['Knots', 'A \\textless b.']])];
    const first = plan(input);
    // As an older converter might have written it, recorded in published.json as the ingest's own output.
    const older = existingFrom(first).map((e) => ({ ...e, text: e.text.replace('A \\<b.', 'A \\\\textless b.'), hash: 'older' }));
    const { title, abstract } = first.manifest.papers.knots!;
    const written = recordedBody(first.manifest.papers.knots!)!;
    const manifest = { ...first.manifest, papers: { knots: manifestRecord(title, abstract, { ...written, hash: hashText(parseEntry(older[0]!.text).body) }) } };
    for (const cache of [first.cache, new Map()]) {
      const result = planIngest({ listings: input, existing: older, manifest, taxonomy, cache });
      expect(body(result)).toBe('A \\<b.');
      expect(result.warnings).toEqual([]);
      expect(result.manifest.papers.knots).toEqual(first.manifest.papers.knots);
    }
  });

  test('keeps a body the ingest made from a longer abstract than a later dump gives, with its frontmatter, and records nothing new', () => {
    const first = plan([listing('a', [['Knots', 'A knot holds under load, and we measure how much.']])]);
    const second = again([listing('a', [['Knots', 'A knot holds.']])], first);
    expect(second.entries.map((e) => [e.text, e.status])).toEqual(first.entries.map((e) => [e.text, 'unchanged']));
    expect(second.manifest).toEqual(first.manifest);
  });

  test('takes a later dump\'s abstract of the same length only by the rule one ingest applies to both (the key that sorts first)', () => {
    const [a, b] = ['A knot holds here.', 'A knot holds well.'];
    const once = body(plan([listing('a', [['Knots', a]]), listing('b', [['Knots', b]])]));
    expect(body(again([listing('b', [['Knots', b]])], plan([listing('a', [['Knots', a]])])))).toBe(once);
    expect(body(again([listing('a', [['Knots', a]])], plan([listing('b', [['Knots', b]])])))).toBe(once);
  });

  test('migrates a manifest without bodies from the memo an earlier version kept them in: a longer abstract is taken, not kept as edited by hand', () => {
    const first = plan([listing('a', [['Knots', 'A knot holds.']])]);
    const { body: _, ...record } = first.manifest.papers.knots!;
    const legacyManifest = { ...first.manifest, papers: { knots: record } };
    const legacyMemo = new Map([...first.cache].map(([slug, r]) => [slug, { ...r, abstract: 'A knot holds.', bodyHash: hashText(parseEntry(first.entries[0]!.text).body) }]));
    const longer = [listing('b', [['Knots', 'A knot holds under load.']])];
    const migrated = planIngest({ listings: longer, existing: existingFrom(first), manifest: legacyManifest, taxonomy, cache: legacyMemo });
    expect(body(migrated)).toBe('A knot holds under load.');
    expect(migrated.warnings.map(formatProblem)).toEqual(['b.txt:2: gives a different abstract for `Knots` than an earlier ingest did; kept the one here, the longest']);
    expect(recordedBody(migrated.manifest.papers.knots!)).toMatchObject({ length: 'A knot holds under load.'.length, key: abstractKey('A knot holds under load.').exact });
    // With neither a record nor a memo, nothing tells the ingest's body from one edited by hand: it is kept, as before.
    const unknown = planIngest({ listings: longer, existing: existingFrom(first), manifest: legacyManifest, taxonomy });
    expect(body(unknown)).toBe('A knot holds.');
    expect(unknown.warnings.map(formatProblem)).toEqual(["b.txt:2: gives a different abstract for `Knots` than papers/knots.mdx; kept the entry's (edit it there, or delete its body, keeping the frontmatter, and ingest again to take this one)"]);
    // Said once: recorded as the body this abstract makes, so the same dump again says nothing.
    expect(recordedBody(unknown.manifest.papers.knots!)).toMatchObject({ length: 'A knot holds under load.'.length, key: abstractKey('A knot holds under load.').exact });
    const again = planIngest({ listings: longer, existing: existingFrom(unknown), manifest: unknown.manifest, taxonomy });
    expect(body(again)).toBe('A knot holds.');
    expect(again.warnings).toEqual([]);
  });

  test('follows a paper renamed by hand with its title edited too', () => {
    const first = plan([listing('a', [['Knots', 'A knot holds.']])]);
    const renamed = existingFrom(first).map((e) => {
      const data = { ...e.data, title: 'Knots, Revised', slug: 'knots-revised', aliases: ['knots'] };
      return { ...e, path: 'papers/knots-revised.mdx', data, text: e.text.replace('title: Knots', 'title: Knots, Revised').replace('slug: knots', 'slug: knots-revised\naliases:\n  - knots') };
    });
    const next = plan([listing('a', [['Knots', 'A knot holds.']])], renamed, first.manifest.papers);
    expect(next.entries.map((e) => e.slug)).toEqual(['knots-revised']);
  });
});

describe('planIngest: identity across runs', () => {
  const about = inventedAbstract;
  const next = (listings: Listing[], before: ReturnType<typeof plan>, existing = existingFrom(before)) =>
    planIngest({ listings, existing, manifest: before.manifest, taxonomy, cache: before.cache });
  const dataOf = (result: ReturnType<typeof plan>) => result.entries.map((e) => paperSchema.parse(parseEntry(e.text).data));
  const day1 = listing('day-1', [['Graphs Are Secretly Diffusion Models', about('graphs')], ['Latent Actions', about('actions')]]);
  const day2 = listing('day-2', [['Graphs Are Secretly Diffusion Processes', about('graphs')], ['Test-Time Training', about('training')]]);

  test('a retitle keeps the URL, updates the title and records the former one', () => {
    const first = plan([day1]);
    const second = next([day2], first);
    expect(second.errors).toEqual([]);
    const graphs = dataOf(second).find((d) => d.slug === 'graphs-are-secretly-diffusion-models')!;
    expect(graphs).toMatchObject({ title: 'Graphs Are Secretly Diffusion Processes', formerTitles: ['Graphs Are Secretly Diffusion Models'] });
    expect(second.entries.map((e) => e.slug).sort()).toEqual(['graphs-are-secretly-diffusion-models', expect.stringMatching(/^test-time-training-[a-z2-7]{10}$/)]);
    expect(second.warnings.map(formatProblem)).toContain(
      'day-2.txt:1: retitles `Graphs Are Secretly Diffusion Models` (the same abstract) as `Graphs Are Secretly Diffusion Processes`; updated the title, kept the old one as a former title and the URL /papers/graphs-are-secretly-diffusion-models/',
    );
  });

  test('is idempotent after a retitle, and an old dump ingested again does not undo it', () => {
    const first = plan([day1]);
    const second = next([day2], first);
    const third = next([day2], second, [...existingFrom(first).filter((e) => e.data.slug === 'latent-actions'), ...existingFrom(second)]);
    expect(third.entries.map((e) => e.status)).toEqual(['unchanged', 'unchanged']);
    const again = next([day1, day2], third, [...existingFrom(first).filter((e) => e.data.slug === 'latent-actions'), ...existingFrom(second)]);
    expect(dataOf(again).find((d) => d.slug === 'graphs-are-secretly-diffusion-models')!.title).toBe('Graphs Are Secretly Diffusion Processes');
  });

  test('says a retitle once: run again over what it wrote, with its memo or without, it does not repeat it', () => {
    const first = plan([day1]);
    const second = next([day2], first);
    expect(second.changes.map(formatProblem)).toEqual([expect.stringContaining('day-2.txt:1: retitles `Graphs Are Secretly Diffusion Models`')]);
    const existing = [...existingFrom(first).filter((e) => e.data.slug === 'latent-actions'), ...existingFrom(second)];
    const withMemo = next([day2], second, existing);
    const withoutMemo = planIngest({ listings: [day2], existing, manifest: second.manifest, taxonomy });
    expect(withMemo.entries.map((e) => e.status)).toEqual(['unchanged', 'unchanged']);
    expect(withMemo.warnings).toEqual([]);
    expect(withoutMemo.warnings).toEqual([]);
  });

  test('gives the same slugs and titles day by day as all at once', () => {
    const once = plan([day1, day2]);
    const first = plan([day1]);
    const byDay = next([day2], first);
    const all = [...existingFrom(first).filter((e) => e.data.slug === 'latent-actions'), ...existingFrom(byDay)];
    expect(all.map((e) => [e.data.slug, e.data.title]).sort()).toEqual(existingFrom(once).map((e) => [e.data.slug, e.data.title]).sort());
  });

  test('shows the title of the latest listing when an earlier day is ingested after a later one', () => {
    const later = plan([day2]);
    const earlier = next([day1], later);
    expect(earlier.errors).toEqual([]);
    const graphs = dataOf(earlier).find((d) => d.title.startsWith('Graphs'))!;
    expect(graphs).toMatchObject({ title: 'Graphs Are Secretly Diffusion Processes', formerTitles: ['Graphs Are Secretly Diffusion Models'] });
    expect(earlier.warnings.map(formatProblem)).toContain(
      'day-1.txt:1: lists `Graphs Are Secretly Diffusion Processes` (the same abstract) under an earlier title, `Graphs Are Secretly Diffusion Models`, in an earlier listing; kept the title of its latest listing, and the earlier one as a former title',
    );
    expect(dataOf(plan([day1, day2])).find((d) => d.title.startsWith('Graphs'))!.title).toBe(graphs.title);
  });

  test('a paper listed again under its former title shows it, day by day as all at once', () => {
    const T1 = 'Tiny Eyes: Distilled Vision Encoders';
    const T2 = 'TinyEyes: Distilling Vision Encoders for Phones';
    const days = [listing('day-1', [[T1, about('tiny vision encoders')]]), listing('day-2', [[T2, about('tiny vision encoders')]]), listing('day-3', [[T1, about('tiny vision encoders')]])];
    const byDay = days.reduce<ReturnType<typeof plan> | undefined>((before, day) => (before === undefined ? plan([day]) : next([day], before)), undefined)!;
    expect(byDay.errors).toEqual([]);
    expect(dataOf(byDay).map((d) => [d.slug, d.title, d.formerTitles])).toEqual([['tiny-eyes-distilled-vision-encoders-' + byDay.entries[0]!.slug.split('-').at(-1), T1, [T2]]]);
    expect(byDay.changes.map(formatProblem)).toEqual([`day-3.txt:1: lists \`${T2}\` under its earlier title \`${T1}\`, in a later listing than any it had; updated the title to its latest listing's, kept the other as a former title and the URL /papers/${byDay.entries[0]!.slug}/`]);
    expect(byDay.entries.map((e) => e.text)).toEqual(plan(days).entries.map((e) => e.text));
    // Day 3 with that title over another, longer abstract: the title and abstract day 3 shows, as all at once (not day 2's title over day 3's abstract).
    const other = `${about('tidal heating in icy moons')} A longer abstract.`;
    const mismatch = [...days.slice(0, 2), listing('day-3', [[T1, other]])];
    const mismatchByDay = next([mismatch[2]!], next([mismatch[1]!], plan([mismatch[0]!])));
    expect(dataOf(mismatchByDay).map((d) => d.title)).toEqual([T1]);
    expect(parseEntry(mismatchByDay.entries[0]!.text).body.trim()).toBe(other);
    expect(mismatchByDay.entries.map((e) => e.text)).toEqual(plan(mismatch).entries.map((e) => e.text));
  });

  test('an undated listing is older than any day: under an earlier title it does not take the title back, day by day as all at once', () => {
    const T1 = 'Tiny Eyes: Distilled Vision Encoders';
    const T2 = 'TinyEyes: Distilling Vision Encoders for Phones';
    // `best-of` sorts after the days as a string; an undated listing is no later than a dated one.
    const dumps = [listing('2025-11-02', [[T1, about('tiny vision encoders')]]), listing('2025-11-03', [[T2, about('tiny vision encoders')]]), listing('best-of', [[T1, about('tiny vision encoders')]])];
    const byDay = next([dumps[2]!], next([dumps[1]!], plan([dumps[0]!])));
    expect(byDay.errors).toEqual([]);
    expect(dataOf(byDay).map((d) => [d.title, d.formerTitles])).toEqual([[T2, [T1]]]);
    expect(dataOf(plan(dumps)).map((d) => [d.title, d.formerTitles])).toEqual([[T2, [T1]]]);
  });

  test('a paper whose old slug was added to another entry as an alias (the build\'s advice) is that entry', () => {
    // An earlier version made two pages of a retitle; the user deleted the first and made its slug an alias of the second.
    const first = plan([listing('day-1', [['Graphs, Old Title', about('graphs')]])]);
    const second = plan([listing('day-2', [['Graphs, New Title', `${about('graphs')} We also release code.`]])]);
    const merged = existingFrom(second).map((e) => ({ ...e, data: { ...e.data, aliases: ['graphs-old-title-' + first.entries[0]!.slug.split('-').at(-1)] } }));
    const manifest = { ...first.manifest.papers, ...second.manifest.papers };
    const result = plan([listing('day-1', [['Graphs, Old Title', about('graphs')]]), listing('day-2', [['Graphs, New Title', `${about('graphs')} We also release code.`]])], merged, manifest);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.slug)).toEqual([second.entries[0]!.slug]);
  });

  test('joined by `aliases` as the notice warning advises, a later listing under the other paper\'s title says whose title it was, not "its earlier title"', () => {
    const [first, revisited] = ['Quantized Attention Kernels', 'Quantized Attention Kernels Revisited'];
    const notice = 'Accepted to the main track of NeurIPS 2026 as a spotlight presentation.';
    const day1 = plan([listing('2026-12-07', [[first, notice]])]);
    const day2 = next([listing('2026-12-08', [[revisited, notice]])], day1, existingFrom(day1));
    expect(day2.entries.map((e) => e.slug)).toEqual(['quantized-attention-kernels-revisited']);
    // The advice followed: the second entry deleted, its slug an alias of the first.
    const kept = existingFrom(day1).map((e) => ({ ...e, data: { ...e.data, aliases: ['quantized-attention-kernels-revisited'] }, text: e.text.replace('slug: quantized-attention-kernels\n', 'slug: quantized-attention-kernels\naliases:\n  - quantized-attention-kernels-revisited\n') }));
    const joined = planIngest({ listings: [listing('2026-12-08', [[revisited, notice]])], existing: kept, manifest: day2.manifest, taxonomy });
    expect(joined.errors).toEqual([]);
    expect(dataOf(joined).map((d) => [d.slug, d.title, d.formerTitles])).toEqual([['quantized-attention-kernels', revisited, [first]]]);
    expect(joined.changes.map(formatProblem)).toEqual([
      `2026-12-08.txt:1: lists \`${first}\` under \`${revisited}\`, the title its alias \`quantized-attention-kernels-revisited\` was published with, in a later listing than any it had; updated the title to its latest listing's, kept the other as a former title and the URL /papers/quantized-attention-kernels/`,
    ]);
  });

  test('titles that differ only in case, with different abstracts, get two slugs and no error', () => {
    const result = plan([listing('a', [['Deep Nets', about('one thing')], ['deep nets', about('another')]])]);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.slug)).toEqual(['deep-nets', expect.stringMatching(/^deep-nets-[a-z2-7]{16}$/)]);
  });

  test('migrates a manifest whose keys folded case, in place, moving no slug', () => {
    const first = plan([listing('a', [['Knot Theory', about('knots')]])]);
    const legacy = { 'knot-theory': { title: 'Knot Theory', key: 'knot theory' } };
    const result = plan([listing('a', [['Knot Theory', about('knots')]])], existingFrom(first), legacy);
    expect(result.entries.map((e) => [e.slug, e.status])).toEqual([['knot-theory', 'unchanged']]);
    expect(result.manifest.papers).toEqual(first.manifest.papers);
    expect(result.manifest.papers['knot-theory']).toEqual({ title: 'Knot Theory', key: 'Knot Theory', abstract: expect.stringMatching(/^[\w-]{22}$/), body: expect.any(String) });
  });
});

describe('planIngest over a paper retired by hand', () => {
  const REASON = 'Not a paper: a footer line from an early save.';
  /** The entries of `first`, the one of `slug` retired as a user does: `retired:` added to its frontmatter. */
  const retire = (first: ReturnType<typeof plan>, slug: string) =>
    existingFrom(first).map((e) => (e.data.slug === slug ? { ...e, text: e.text.replace(`slug: ${slug}\n`, `slug: ${slug}\nretired: "${REASON}"\n`), hash: 'edited', data: { ...e.data, retired: REASON } } : e));

  test('keeps it retired, with its reason, when a later dump lists it again, and adds the new listing as usual', () => {
    const first = plan([listing('2025-03-14', [['Knots', 'A knot holds.'], ['Loops', 'A loop.']])]);
    const second = plan([listing('2025-03-15', [['Loops', 'A loop.'], ['Knots', 'A knot holds.']])], retire(first, 'knots'), first.manifest.papers);
    expect(second.errors).toEqual([]);
    const knots = paperSchema.parse(parseEntry(second.entries.find((e) => e.slug === 'knots')!.text).data);
    expect(knots.retired).toBe(REASON);
    expect(knots.listings.map((l) => l.listing)).toEqual(['2025-03-14', '2025-03-15']);
  });

  test('names the dump line that lists it again and says it stays retired', () => {
    const first = plan([listing('2025-03-14', [['Knots', 'A knot holds.'], ['Loops', 'A loop.']])]);
    const second = plan([listing('2025-03-15', [['Loops', 'A loop.'], ['Knots', 'A knot holds.']])], retire(first, 'knots'), first.manifest.papers);
    expect(second.warnings.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "2025-03-15.txt:3: lists \`Knots\`, which papers/knots.mdx retires (\`Not a paper: a footer line from an early save.\`); it stays retired, its listings updated (to show it again, remove \`retired\` from its entry)",
      ]
    `);
  });

  test('changes nothing when planned again over its own output', () => {
    const first = plan([listing('2025-03-14', [['Knots', 'A knot holds.']])]);
    const input = [listing('2025-03-15', [['Knots', 'A knot holds.']])];
    const second = plan(input, retire(first, 'knots'), first.manifest.papers);
    const third = plan(input, existingFrom(second), second.manifest.papers);
    expect(third.entries.map((e) => [e.slug, e.status])).toEqual([['knots', 'unchanged']]);
  });
});
