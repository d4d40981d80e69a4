import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { manifestLoader } from '../../../../src/loaders/manifest-loader.ts';
import { taxonomyLoader } from '../../../../src/loaders/taxonomy-loader.ts';
import { storeItems } from '../../../../src/loaders/store-items.ts';
import { fakeWatcher } from '../../../support/fake-watcher.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
}

/** The parts of Astro's loader context these loaders use, with a store that behaves like Astro's (a set with an unchanged digest is ignored). */
function fakeContext(root: string) {
  const entries = new Map<string, Stored>();
  const parsed: string[] = [];
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      clear: () => entries.clear(),
      set: (entry: Stored) => {
        if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, entry);
        return true;
      },
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex'),
    config: { root: pathToFileURL(`${root}/`) },
    logger: { warn: () => undefined, info: () => undefined, error: () => undefined, debug: () => undefined },
  };
  return { context: context as unknown as LoaderContext, entries, parsed };
}

const manifest = (papers: Record<string, { title: string; key: string }>, listings: Record<string, string> = {}) => JSON.stringify({ papers, listings });

describe('storeItems', () => {
  test('stores each item as file() does: its data checked by the schema, its file relative to the root', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-items-'));
    const { context, entries } = fakeContext(root);
    await storeItems(context, [{ id: 'a', name: 'A' }], path.join(root, 'content', 'topics.yaml'));
    expect(entries.get('a')).toMatchObject({ id: 'a', data: { id: 'a', name: 'A' }, filePath: 'content/topics.yaml' });
  });

  test('checks and stores again only the items that changed, and removes the items gone', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-items-'));
    const file = path.join(root, 'published.json');
    const { context, entries, parsed } = fakeContext(root);
    await storeItems(context, [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }], file);
    const kept = entries.get('a');
    parsed.length = 0;
    await storeItems(context, [{ id: 'a', title: 'A' }, { id: 'b', title: 'B, retitled' }, { id: 'd', title: 'D' }], file);
    expect(parsed).toEqual(['b', 'd']);
    expect(entries.get('a')).toBe(kept);
    expect(entries.get('b')!.data).toEqual({ id: 'b', title: 'B, retitled' });
    expect([...entries.keys()].sort()).toEqual(['a', 'b', 'd']);
  });

  test('stops on two items with one id, naming the file', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-items-'));
    const { context } = fakeContext(root);
    await expect(storeItems(context, [{ id: 'a' }, { id: 'a' }], path.join(root, 'topics.yaml'))).rejects.toThrow(`${path.join(root, 'topics.yaml')}: has two entries with the id \`a\``);
  });
});

describe('manifestLoader', () => {
  test('loads the published slugs (the slugs alone: the site needs no more of them) and listings, and on a later build checks only the new ones', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-manifest-'));
    const file = path.join(root, 'published.json');
    await writeFile(file, manifest({ 'cheap-models': { title: 'Cheap Models', key: 'Cheap Models' } }, { '2025-03-14': '2025-03-14' }));
    const papers = fakeContext(root);
    const listings = fakeContext(root);
    await manifestLoader(file).load(papers.context);
    await manifestLoader(file, 'listings').load(listings.context);
    expect(papers.entries.get('cheap-models')!.data).toEqual({ id: 'cheap-models' });
    expect(listings.entries.get('2025-03-14')!.data).toEqual({ id: '2025-03-14', to: '2025-03-14' });

    await writeFile(file, manifest({ 'cheap-models': { title: 'Cheap Models', key: 'Cheap Models' }, 'dear-models': { title: 'Dear Models', key: 'Dear Models' } }));
    papers.parsed.length = 0;
    await manifestLoader(file).load(papers.context);
    await manifestLoader(file, 'listings').load(listings.context);
    expect(papers.parsed).toEqual(['dear-models']);
    expect([...papers.entries.keys()]).toEqual(['cheap-models', 'dear-models']);
    expect(listings.entries.size).toBe(0);
  });

  test('loads the published topics by id; a manifest written before topics were recorded has none', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-manifest-'));
    const file = path.join(root, 'published.json');
    await writeFile(file, JSON.stringify({ papers: {}, listings: {}, topics: ['language-models', 'other'] }));
    const topics = fakeContext(root);
    await manifestLoader(file, 'topics').load(topics.context);
    expect([...topics.entries.values()].map((e) => e.data)).toEqual([{ id: 'language-models' }, { id: 'other' }]);

    // An id listed twice is one topic, as the ingest reads it (it writes it once), not two entries with one id.
    await writeFile(file, JSON.stringify({ papers: {}, listings: {}, topics: ['code', 'other', 'code'] }));
    const twice = fakeContext(root);
    await manifestLoader(file, 'topics').load(twice.context);
    expect([...twice.entries.values()].map((e) => e.data)).toEqual([{ id: 'code' }, { id: 'other' }]);

    await writeFile(file, manifest({}));
    await manifestLoader(file, 'topics').load(topics.context);
    expect(topics.entries.size).toBe(0);
  });

  test('a manifest a Git merge left conflicted stops the load at the conflict, saying that the ingest merges it', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-manifest-'));
    const file = path.join(root, 'published.json');
    await writeFile(file, ['{', '  "papers": {', '<<<<<<< HEAD', '    "a": { "title": "A", "key": "A" }', '=======', '    "b": { "title": "B", "key": "B" }', '>>>>>>> theirs', '  }', '}', ''].join('\n'));
    await expect(manifestLoader(file).load(fakeContext(root).context)).rejects.toThrow(
      `${file}:3: holds a Git merge conflict (lines 3–7); the ingest merges it, keeping every URL of both sides (published.json only grows): run \`npm run ingest\` with any dump (one already ingested changes nothing else), then commit published.json`,
    );
  });

  test('a broken manifest stops the load naming the file, and its last line when it is cut short', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-manifest-'));
    const file = path.join(root, 'published.json');
    await writeFile(file, '{ "papers": ');
    await expect(manifestLoader(file).load(fakeContext(root).context)).rejects.toThrow(`${file}:1: is not valid JSON (Unexpected end of JSON input)`);
  });
  test('a manifest edited into invalid JSON stops the load at the line of the mistake', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-manifest-'));
    const file = path.join(root, 'published.json');
    await writeFile(file, ['{', '  "papers": {', '    "a": { "title": "A", "key": "A" },', '  },', '  "listings": {},', '  "topics": []', '}', ''].join('\n'));
    await expect(manifestLoader(file).load(fakeContext(root).context)).rejects.toThrow(new RegExp(`^${escapeRegExp(file)}:4: is not valid JSON \\(.*\\); expected the manifest of published slugs$`));
  });

  test('a manifest edited out of its format stops the load at the line of the field', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-manifest-'));
    const file = path.join(root, 'published.json');
    await writeFile(file, ['{', '  "papers": {', '    "a": { "title": "A", "key": "A" }', '  },', '  "listings": {', '    "2025-03-14": 14', '  },', '  "topics": []', '}', ''].join('\n'));
    await expect(manifestLoader(file).load(fakeContext(root).context)).rejects.toThrow(`${file}:6: does not fit the manifest format: listings.2025-03-14: Invalid input: expected string, received number`);
  });

  test('a manifest saved with a byte-order mark loads, as the ingest reads it', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-manifest-'));
    const file = path.join(root, 'published.json');
    await writeFile(file, '\uFEFF{ "papers": { "a": { "title": "A", "key": "A" } }, "listings": {}, "topics": [] }\n');
    const { context, entries } = fakeContext(root);
    await manifestLoader(file).load(context);
    expect([...entries.keys()]).toEqual(['a']);
  });
});

describe('taxonomyLoader', () => {
  test('stores each topic with its order in the file, and a later build checks only the topics that changed', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-taxonomy-'));
    const file = path.join(root, 'topics.yaml');
    const topic = (id: string, name: string) => `  - id: ${id}\n    name: ${name}\n    description: About ${name}.\n    terms: [${id}]\n`;
    await writeFile(file, `topics:\n${topic('vision', 'Vision')}${topic('other', 'Other')}`);
    const { context, entries, parsed } = fakeContext(root);
    await taxonomyLoader(file).load(context);
    expect(entries.get('vision')!.data).toMatchObject({ id: 'vision', name: 'Vision', order: 0 });
    expect(entries.get('other')!.data).toMatchObject({ id: 'other', order: 1 });

    await writeFile(file, `topics:\n${topic('vision', 'Vision and 3D')}${topic('other', 'Other')}`);
    parsed.length = 0;
    await taxonomyLoader(file).load(context);
    expect(parsed).toEqual(['vision']);
    expect(entries.get('vision')!.data).toMatchObject({ name: 'Vision and 3D' });
  });
});

describe('in astro dev', () => {
  const topic = (name: string) => `topics:\n  - id: vision\n    name: ${name}\n    description: About it.\n    terms: [vision]\n  - id: other\n    name: Other\n    description: The rest.\n    terms: [other]\n`;

  test('a change to the taxonomy loads it again, as file() does', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-taxonomy-'));
    const file = path.join(root, 'topics.yaml');
    await writeFile(file, topic('Vision'));
    const watcher = fakeWatcher();
    const { context, entries } = fakeContext(root);
    Object.assign(context, { watcher });
    await taxonomyLoader(file).load(context);
    expect(watcher.added).toEqual([file]);

    await writeFile(file, topic('Vision and 3D'));
    watcher.emit('change', path.join(root, 'other.yaml'));
    // Another file's change loads nothing (a reload would read the new text).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((entries.get('vision')!.data as { name: string }).name).toBe('Vision');
    watcher.emit('change', file);
    await expect.poll(() => (entries.get('vision')!.data as { name: string }).name).toBe('Vision and 3D');
  });

  test('a taxonomy or manifest that stopped the first load is loaded again once fixed', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'folio-watch-'));
    const taxonomy = path.join(root, 'topics.yaml');
    const published = path.join(root, 'published.json');
    await writeFile(taxonomy, 'topics: [');
    await writeFile(published, '{ "papers": ');
    const watcher = fakeWatcher();
    const topics = fakeContext(root);
    const papers = fakeContext(root);
    Object.assign(topics.context, { watcher });
    Object.assign(papers.context, { watcher });
    await expect(taxonomyLoader(taxonomy).load(topics.context)).rejects.toThrow(taxonomy);
    await expect(manifestLoader(published).load(papers.context)).rejects.toThrow(published);

    await writeFile(taxonomy, topic('Vision'));
    await writeFile(published, manifest({ 'cheap-models': { title: 'Cheap Models', key: 'k' } }));
    watcher.emit('change', taxonomy);
    watcher.emit('change', published);
    await expect.poll(() => [...topics.entries.keys()].sort()).toEqual(['other', 'vision']);
    await expect.poll(() => [...papers.entries.keys()]).toEqual(['cheap-models']);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
