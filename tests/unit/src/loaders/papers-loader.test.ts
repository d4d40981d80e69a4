import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { entryHtml } from '../../../../src/format/abstract-html.ts';
import { entryAbstract } from '../../../../src/format/abstract-text.ts';
import { parseBody } from '../../../../src/format/entry.ts';
import { paperSchema } from '../../../../src/format/paper-schema.ts';
import { ENTRY_CODE, papersLoader } from '../../../../src/loaders/papers-loader.ts';
import { renderPlainBody } from '../../../../src/loaders/render-abstract.ts';
import { unhashedModules } from '../../../support/code-coverage.ts';
import { fakeWatcher } from '../../../support/fake-watcher.ts';

const RENDER_FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/render');

interface Stored {
  id: string;
  data?: Record<string, unknown>;
  body?: string;
  digest?: string;
  deferredRender?: boolean;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** The parts of Astro's loader context the papers loader uses, with a store that behaves like Astro's (a set with an unchanged digest is ignored). */
function fakeContext(root: string) {
  const entries = new Map<string, Stored>();
  let parsed = 0;
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      set: (entry: Stored) => {
        if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, entry);
        return true;
      },
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      parsed += 1;
      return data;
    },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    config: { root: pathToFileURL(`${root}/`) },
    logger: { warn: () => undefined, info: () => undefined, error: () => undefined },
  };
  return { context: context as unknown as LoaderContext, entries, parsedCount: () => parsed };
}

/** What stops the loader loading `dir` with `context` (a fake one by default); undefined when it loads. */
function loadError(dir: string, context = fakeContext(dir).context): Promise<Error | undefined> {
  return papersLoader({ dir, renderVersion: async () => 'v1' })
    .load(context)
    .then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
}

async function papersFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-loader-'));
  await writeFile(path.join(dir, 'cheap-models.mdx'), '---\ntitle: Cheap Models\nslug: cheap-models\n---\n\nCost is $O(n)$ per step.\n');
  return dir;
}

describe('papersLoader', () => {
  test('names the file and line where a hand-edited entry stops being YAML, and why', async () => {
    const dir = await papersFolder();
    await writeFile(path.join(dir, 'broken.mdx'), '---\ntitle: Broken\ntitle: Twice\n---\n\nBody.\n');
    const error = await loadError(dir);
    expect(error?.message).toBe(`${path.join(dir, 'broken.mdx')}:3: Could not read the frontmatter as YAML (duplicated mapping key); expected \`---\` YAML frontmatter \`---\` and the abstract`);
  });

  test('names the line of the file, not of the body, where a hand edit left a body MDX cannot read', async () => {
    const dir = await papersFolder();
    const lines = ['---', 'title: Braced', 'slug: braced', '---', '', 'First paragraph.', '', 'Cost is {a + } here.', ''];
    await writeFile(path.join(dir, 'braced.mdx'), lines.join('\n'));
    const error = await loadError(dir);
    expect(error?.message).toMatch(new RegExp(`^${escapeRegExp(path.join(dir, 'braced.mdx'))}:8: Could not parse expression with acorn \\(column \\d+, in the body after the frontmatter\\); expected the abstract as MDX`));
    expect(error?.stack).toBeUndefined();
  });

  test('names the file and line of a frontmatter field that does not fit the paper schema, as a problem with no stack trace', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-loader-'));
    const listing = ['listings:', '  - listing: "2025-03-02"', '    source: 2025-03-02.txt', '    position: first'];
    await writeFile(path.join(dir, 'unplaced.mdx'), ['---', 'title: Unplaced', 'slug: unplaced', 'topics: [other]', ...listing, '---', '', 'Body.', ''].join('\n'));
    const { context } = fakeContext(dir);
    // As Astro's does: its error names the entry, not the line.
    context.parseData = (async ({ data }: { data: Record<string, unknown> }) => {
      if (!paperSchema.safeParse(data).success) throw new Error('papers → unplaced data does not match collection schema.');
      return data;
    }) as LoaderContext['parseData'];
    const error = await loadError(dir, context);
    expect(error?.message).toBe(`${path.join(dir, 'unplaced.mdx')}:8: does not fit the paper schema: listings.0.position: Invalid input: expected number, received string`);
    expect(error?.stack).toBeUndefined();
  });

  test('names the first line of an entry whose frontmatter is never closed', async () => {
    const dir = await papersFolder();
    await writeFile(path.join(dir, 'open.mdx'), '---\ntitle: Open\nslug: open\n\nBody.\n');
    const error = await loadError(dir);
    expect(error?.message).toBe(`${path.join(dir, 'open.mdx')}:1: Expected a \`---\` line closing the frontmatter, found none; expected \`---\` YAML frontmatter \`---\` and the abstract`);
  });

  test('names the line of a slug that differs from its file name', async () => {
    const dir = await papersFolder();
    await writeFile(path.join(dir, 'moved.mdx'), '---\ntitle: Moved\nslug: moved-elsewhere\n---\n\nBody.\n');
    const error = await loadError(dir);
    expect(error?.message).toBe(`${path.join(dir, 'moved.mdx')}:3: has slug \`moved-elsewhere\`; expected the file to be named moved-elsewhere.mdx, so that no two entries can claim one URL`);
  });

  test('asks for the published slug back when an entry\'s slug was edited by hand (renaming its file would move a published URL)', async () => {
    const dir = await papersFolder();
    await writeFile(path.join(dir, 'moved.mdx'), '---\ntitle: Moved\nslug: moved-elsewhere\n---\n\nBody.\n');
    const error = await papersLoader({ dir, renderVersion: async () => 'v1', publishedSlugs: () => new Set(['moved']) })
      .load(fakeContext(dir).context)
      .then(
        () => undefined,
        (caught: unknown) => caught as Error,
      );
    expect(error?.message).toBe(
      `${path.join(dir, 'moved.mdx')}:3: has slug \`moved-elsewhere\`, but /papers/moved/ is published (published.json records it), and a published URL never moves; expected \`slug: moved\` back`,
    );
  });

  test('names the lines of a Git merge conflict left in an entry, and what to keep', async () => {
    const dir = await papersFolder();
    const listing = (day: string) => [`  - listing: "${day}"`, `    source: ${day}.txt`, '    position: 1'];
    const merged = ['---', 'title: Merged', 'slug: merged', 'listings:', '<<<<<<< HEAD', ...listing('2025-03-02'), '=======', ...listing('2025-03-03'), '>>>>>>> theirs', '---', '', 'Body.', ''];
    await writeFile(path.join(dir, 'merged.mdx'), merged.join('\n'));
    const error = await loadError(dir);
    expect(error?.message).toBe(
      `${path.join(dir, 'merged.mdx')}:5: holds a Git merge conflict (lines 5–13); expected the file as both sides meant it, without Git's \`<<<<<<<\`, \`=======\` and \`>>>>>>>\` lines: keep the listings of both sides, then run the command again`,
    );
  });

  test('names a Git conflict marker left alone in an entry, which Markdown would publish as a quotation', async () => {
    const dir = await papersFolder();
    await writeFile(path.join(dir, 'left.mdx'), '---\ntitle: Left\nslug: left\n---\n\nBody.\n>>>>>>> theirs\n');
    const error = await loadError(dir);
    expect(error?.message).toMatch(new RegExp(`^${escapeRegExp(path.join(dir, 'left.mdx'))}:7: holds \`>>>>>>> theirs\`, a line of a Git merge conflict`));
  });

  test('parses each body once into HTML and plain text for the archive', async () => {
    const dir = await papersFolder();
    const { context, entries } = fakeContext(dir);
    await papersLoader({ dir, renderVersion: async () => 'v1' }).load(context);
    const stored = entries.get('cheap-models')!;
    expect(stored.rendered!.html).toContain('class="katex"');
    expect(stored.rendered!.metadata!.abstract).toEqual({ text: 'Cost is $O(n)$ per step.', plain: 'Cost is O(n) per step.', prose: 'Cost is per step.', hasMath: true });
  });

  test('stores a rendered abstract once: no raw body beside its HTML, no prose that repeats the text', async () => {
    const dir = await papersFolder();
    await writeFile(path.join(dir, 'plain-words.mdx'), '---\ntitle: Plain Words\nslug: plain-words\n---\n\nNo math here.\n');
    const { context, entries } = fakeContext(dir);
    await papersLoader({ dir, renderVersion: async () => 'v1' }).load(context);
    const stored = entries.get('plain-words')!;
    expect(stored.body).toBeUndefined();
    expect(stored.rendered!.metadata!.abstract).toEqual({ text: 'No math here.', hasMath: false });
  });

  test('keeps an entry whose file and render code are unchanged, and renders it again when the render code changes', async () => {
    const dir = await papersFolder();
    const { context, entries, parsedCount } = fakeContext(dir);
    await papersLoader({ dir, renderVersion: async () => 'v1' }).load(context);
    const first = entries.get('cheap-models');
    await papersLoader({ dir, renderVersion: async () => 'v1' }).load(context);
    expect(parsedCount()).toBe(1);
    expect(entries.get('cheap-models')).toBe(first);

    await papersLoader({ dir, renderVersion: async () => 'v2' }).load(context);
    expect(parsedCount()).toBe(2);
    expect(entries.get('cheap-models')).not.toBe(first);
  });

  test('counts as its render code every module an entry is parsed and rendered with (papers-loader.ts and all it imports)', () => {
    // The entry's digest stands for its abstract in the paper page's cache key (src/data/page-views.ts paperKeyView):
    // a module the loader renders with but does not hash (rehype-pagefind-ignore-math's indexedFormula) leaves stale HTML stored.
    expect(unhashedModules(new URL('../../../../src/loaders/papers-loader.ts', import.meta.url), ENTRY_CODE)).toEqual([]);
  });

  test('renders an entry again when its file changes', async () => {
    const dir = await papersFolder();
    const { context, entries } = fakeContext(dir);
    await papersLoader({ dir, renderVersion: async () => 'v1' }).load(context);
    await writeFile(path.join(dir, 'cheap-models.mdx'), '---\ntitle: Cheap Models\nslug: cheap-models\n---\n\nCost is linear.\n');
    await papersLoader({ dir, renderVersion: async () => 'v1' }).load(context);
    const changed = entries.get('cheap-models')!;
    expect(entryHtml(changed, entryAbstract(changed).text)).toBe('<p>Cost is linear.</p>');
  });

  test('stores no HTML where the text gives it, and the page gets the rendered HTML back for every kind of abstract', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-loader-'));
    const bodies: Record<string, string> = {
      'plain': 'One paragraph & a \\<tag> with "quotes".',
      'two-paragraphs': 'First paragraph.\n\nSecond one.',
      // As the ingest writes a web address (scripts/lib/abstract-to-mdast.ts): a link to itself.
      'addresses': 'Code at [https://github.com/lab/model-1](https://github.com/lab/model-1), data at [https://example.org/a?b=1&c=(2)](https://example.org/a?b=1&c=\\(2\\)). See ([https://x.org/y](https://x.org/y)).',
      'bare-address': 'Written by hand: https://example.org/unlinked stays text.',
      // A footnote mark and a closing quote after an address, outside its link (src/text/url-end.ts).
      'marked-addresses': 'Code at [https://example.org/x](https://example.org/x)\u2020, see \u201C[https://x.org/q](https://x.org/q)\u201D\u2026',
      'emphasis': 'This design is _orthogonal_ to the backbone.',
      'math': 'Cost is $O(n)$ per step.',
      'wrapped': 'A line\nwrapped by hand.',
    };
    for (const [slug, body] of Object.entries(bodies)) await writeFile(path.join(dir, `${slug}.mdx`), `---\ntitle: ${slug}\nslug: ${slug}\n---\n\n${body}\n`);
    for (const name of readdirSync(RENDER_FIXTURES)) {
      await writeFile(path.join(dir, `fixture-${name}.mdx`), `---\ntitle: ${name}\nslug: fixture-${name}\n---\n\n${readFileSync(path.join(RENDER_FIXTURES, name, 'input.mdx'), 'utf8')}`);
    }
    const { context, entries } = fakeContext(dir);
    await papersLoader({ dir, renderVersion: async () => 'v1' }).load(context);
    expect(entries.size).toBe(Object.keys(bodies).length + readdirSync(RENDER_FIXTURES).length);
    for (const [slug, entry] of entries) {
      const body = slug.startsWith('fixture-') ? readFileSync(path.join(RENDER_FIXTURES, slug.slice('fixture-'.length), 'input.mdx'), 'utf8') : bodies[slug]!;
      expect(entryHtml(entry, entryAbstract(entry).text), slug).toBe(await renderPlainBody(parseBody(body)));
    }
    const withoutHtml = [...entries].filter(([, entry]) => entry.rendered!.html === '').map(([slug]) => slug).sort();
    expect(withoutHtml).toEqual(['addresses', 'fixture-escaped-characters', 'marked-addresses', 'plain', 'two-paragraphs']);
  });
});

describe('papersLoader in astro dev', () => {
  test('a change to a file the entries are read through (the taxonomy, for its aliases) loads them again', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-loader-'));
    await writeFile(path.join(dir, 'cheap-models.mdx'), '---\ntitle: Cheap Models\nslug: cheap-models\ntopics:\n  - language-models\n---\n\nCost.\n');
    const taxonomy = path.join(await mkdtemp(path.join(os.tmpdir(), 'folio-taxonomy-')), 'aliases.json');
    await writeFile(taxonomy, '{}');
    const topicAliases = () => new Map(Object.entries(JSON.parse(readFileSync(taxonomy, 'utf8')) as Record<string, string>));
    const watcher = fakeWatcher();
    const { context, entries } = fakeContext(dir);
    Object.assign(context, { watcher });
    await papersLoader({ dir, renderVersion: async () => 'v1', topicAliases, dependsOn: [taxonomy] }).load(context);
    expect(entries.get('cheap-models')!.data!.topics).toEqual(['language-models']);

    await writeFile(taxonomy, '{ "language-models": "llms" }');
    watcher.emit('change', taxonomy);
    await expect.poll(() => entries.get('cheap-models')!.data!.topics).toEqual(['llms']);
  });

  test('an entry added, edited or removed loads the folder again, also after a load that an entry stopped', async () => {
    const dir = await papersFolder();
    const broken = path.join(dir, 'broken.mdx');
    await writeFile(broken, '---\ntitle: Broken\ntitle: Twice\n---\n\nBody.\n');
    const watcher = fakeWatcher();
    const { context, entries } = fakeContext(dir);
    Object.assign(context, { watcher });
    await expect(papersLoader({ dir, renderVersion: async () => 'v1' }).load(context)).rejects.toThrow(broken);

    await writeFile(broken, '---\ntitle: Broken\nslug: broken\n---\n\nBody.\n');
    watcher.emit('change', broken);
    await expect.poll(() => [...entries.keys()].sort()).toEqual(['broken', 'cheap-models']);
    await writeFile(path.join(dir, 'new-one.mdx'), '---\ntitle: New One\nslug: new-one\n---\n\nBody.\n');
    watcher.emit('add', path.join(dir, 'new-one.mdx'));
    await expect.poll(() => [...entries.keys()].sort()).toEqual(['broken', 'cheap-models', 'new-one']);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
