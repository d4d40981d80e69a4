/**
 * The stack floor's site: a bare Astro project that renders the same papers
 * as the Hugo baseline renders them (bench/lib/hugo-site.ts), so the bench
 * can say what the decided stack (Astro, then Pagefind over its pages) costs
 * before any of Folio's own work.
 *
 * One page per paper (title, topics as links, the abstract, keywords,
 * listings), a page per topic and the topics' list, the A–Z papers list and
 * the home page, as HUGO_LAYOUTS draws them; the papers come from a content
 * collection read by Astro's own `glob()` loader, checked by a small schema.
 * No integration but `@astrojs/mdx` when the entries are kept as MDX.
 */
import { copyFile, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * How the entries are handed to Astro: `md` (copied as `.md`, as the Hugo
 * baseline copies them: Astro's loader renders each abstract while syncing
 * the content) or `mdx` (kept as Folio writes them: each entry compiled by
 * `@astrojs/mdx` as a module of the bundle).
 */
export type EntryFormat = 'md' | 'mdx';

/**
 * `astro.config.mjs`: the site's URL, a private cache, Astro's default
 * Markdown processor (Sätteri) with its `$…$` math on, without which Folio's
 * `$R^{k}$` reads as a JSX expression in MDX and the page fails (no KaTeX:
 * the TeX is not typeset, as in the Hugo baseline); `@astrojs/mdx` only for
 * MDX entries. `@astrojs/markdown-satteri` is Astro's own dependency (the
 * processor its config defaults to), hoisted by the lockfile, not Folio's.
 */
export function astroFloorConfig(format: EntryFormat): string {
  const mdx = format === 'mdx';
  return (
    `// Written by bench/lib/astro-floor-site.ts: a bare Astro site of the same papers.\n` +
    `import { defineConfig } from 'astro/config';\n` +
    `import { satteri } from '@astrojs/markdown-satteri';\n` +
    (mdx ? `import mdx from '@astrojs/mdx';\n` : '') +
    `export default defineConfig({\n` +
    `  site: 'https://example.org/',\n` +
    `  cacheDir: './.cache/',\n` +
    `  markdown: { processor: satteri({ features: { math: true } }) },\n` +
    (mdx ? `  integrations: [mdx()],\n` : '') +
    `});\n`
  );
}

/** `src/content.config.ts`: the papers through Astro's glob loader; only the fields the pages show are checked. */
export function astroFloorContentConfig(format: EntryFormat): string {
  return `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// A listing id left unquoted in YAML (2024-03-14) is read as a date.
const listingId = z.union([z.string(), z.date()]).transform((v) => (typeof v === 'string' ? v : v.toISOString().slice(0, 10)));

const papers = defineCollection({
  loader: glob({ pattern: '*.${format}', base: './papers' }),
  schema: z.object({
    title: z.string(),
    topics: z.array(z.string()),
    keywords: z.array(z.string()).default([]),
    listings: z.array(z.object({ listing: listingId, position: z.number() })),
  }),
});

export const collections = { papers };
`;
}

/** The site's sources by path: a layout, the sorting shared by the lists, and the pages (HUGO_LAYOUTS, in Astro). */
export const ASTRO_FLOOR_SOURCES: Readonly<Record<string, string>> = {
  'src/layouts/Base.astro': `---
interface Props { title: string }
const { title } = Astro.props;
---
<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} · Folio baseline</title></head>
<body><header><a href="/">Folio baseline</a> <a href="/papers/">Papers</a> <a href="/topics/">Topics</a></header>
<main><slot /></main></body></html>
`,
  'src/papers.ts': `import { getCollection, type CollectionEntry } from 'astro:content';

/** Every paper, sorted by title (Hugo's \`.Pages.ByTitle\`). */
export async function papersByTitle(): Promise<CollectionEntry<'papers'>[]> {
  return (await getCollection('papers')).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** The papers of each topic, each list sorted by title. */
export async function papersByTopic(): Promise<Map<string, CollectionEntry<'papers'>[]>> {
  const byTopic = new Map<string, CollectionEntry<'papers'>[]>();
  for (const paper of await papersByTitle()) {
    for (const topic of paper.data.topics) {
      const list = byTopic.get(topic);
      if (list === undefined) byTopic.set(topic, [paper]);
      else list.push(paper);
    }
  }
  return byTopic;
}
`,
  'src/pages/index.astro': `---
import Base from '../layouts/Base.astro';
---
<Base title="Folio baseline"><h1>Folio baseline</h1><ul><li><a href="/papers/">Papers</a></li><li><a href="/topics/">Topics</a></li></ul></Base>
`,
  'src/pages/papers/index.astro': `---
import Base from '../../layouts/Base.astro';
import { papersByTitle } from '../../papers.ts';
const papers = await papersByTitle();
---
<Base title="Papers"><h1>Papers</h1><ul>{papers.map((p) => <li><a href={\`/papers/\${p.id}/\`}>{p.data.title}</a></li>)}</ul></Base>
`,
  'src/pages/papers/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Base from '../../layouts/Base.astro';
export async function getStaticPaths() {
  return (await getCollection('papers')).map((paper) => ({ params: { slug: paper.id }, props: { paper } }));
}
const { paper } = Astro.props;
const { Content } = await render(paper);
const { title, topics, keywords, listings } = paper.data;
---
<Base title={title}><article><h1>{title}</h1>
<ul>{topics.map((t) => <li><a href={\`/topics/\${t}/\`}>{t}</a></li>)}</ul>
<Content />
<h2>Keywords</h2><ul>{keywords.map((k) => <li>{k}</li>)}</ul>
<h2>Listed in</h2><ul>{listings.map((l) => <li>{l.listing} (#{l.position})</li>)}</ul></article></Base>
`,
  'src/pages/topics/index.astro': `---
import Base from '../../layouts/Base.astro';
import { papersByTopic } from '../../papers.ts';
const topics = [...(await papersByTopic()).keys()].sort();
---
<Base title="Topics"><h1>Topics</h1><ul>{topics.map((t) => <li><a href={\`/topics/\${t}/\`}>{t}</a></li>)}</ul></Base>
`,
  'src/pages/topics/[topic].astro': `---
import Base from '../../layouts/Base.astro';
import { papersByTopic } from '../../papers.ts';
export async function getStaticPaths() {
  return [...(await papersByTopic())].map(([topic, papers]) => ({ params: { topic }, props: { papers } }));
}
const { topic } = Astro.params;
const { papers } = Astro.props;
---
<Base title={topic}><h1>{topic}</h1><ul>{papers.map((p) => <li><a href={\`/papers/\${p.id}/\`}>{p.data.title}</a></li>)}</ul></Base>
`,
};

/** Where the site's config is, relative to its folder (for `astro build --config`). */
export const ASTRO_FLOOR_CONFIG = 'astro.config.mjs';

/**
 * Write the bare Astro site into `siteDir`, its papers the entries of
 * `contentDir` (a Folio content folder) copied into `papers/` as `format`;
 * `node_modules` is a link to `repo`'s, so it runs the very Astro Folio
 * installs. Returns the number of papers.
 */
export async function writeAstroFloorSite(repo: string, contentDir: string, siteDir: string, format: EntryFormat = 'md'): Promise<number> {
  const files: Record<string, string> = {
    [ASTRO_FLOOR_CONFIG]: astroFloorConfig(format),
    'src/content.config.ts': astroFloorContentConfig(format),
    ...ASTRO_FLOOR_SOURCES,
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(siteDir, file)), { recursive: true });
    await writeFile(path.join(siteDir, file), text);
  }
  const papersOut = path.join(siteDir, 'papers');
  await mkdir(papersOut, { recursive: true });
  const entries = (await readdir(path.join(contentDir, 'papers'))).filter((name) => name.endsWith('.mdx'));
  for (const name of entries) await copyFile(path.join(contentDir, 'papers', name), path.join(papersOut, name.replace(/\.mdx$/, `.${format}`)));
  await symlink(path.join(repo, 'node_modules'), path.join(siteDir, 'node_modules'), 'dir');
  return entries.length;
}
