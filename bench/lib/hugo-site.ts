/**
 * The Hugo baseline: a bare Hugo site built from the same paper entries as
 * Folio, so the benchmark can say what a mature static site generator costs
 * for the same pages on the same machine, in the same run.
 *
 * It is kept minimal but comparable: one page per paper (title, topics as
 * links, the abstract, its listings and keywords), a list page per topic
 * (Hugo's taxonomy), the A–Z list and the home page. It has none of Folio's
 * search index, related papers, previous/next links, KaTeX, feeds or
 * metadata: bench/README.md says what each side does.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/** The Hugo binary the benchmark runs (Debian: `apt-get install -y hugo`). */
export const HUGO_BINARY = 'hugo';

/** Hugo's version line (`hugo v0.111.3+extended linux/amd64 …`), or `undefined` when Hugo is not installed. */
export async function hugoVersion(binary = HUGO_BINARY): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)(binary, ['version'], { timeout: 10_000 });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

/** `hugo.toml`: topics as a taxonomy; nothing Folio does not also write (no RSS, sitemap or robots.txt). */
export const HUGO_CONFIG = `baseURL = "https://example.org/"
languageCode = "en"
title = "Folio baseline"
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
[taxonomies]
  topic = "topics"
`;

/** Hugo's templates, by path under `layouts/`. */
export const HUGO_LAYOUTS: Readonly<Record<string, string>> = {
  '_default/baseof.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }} · {{ site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a> <a href="{{ "papers/" | relURL }}">Papers</a> <a href="{{ "topics/" | relURL }}">Topics</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
`,
  '_default/single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1>
<ul>{{ range .Params.topics }}<li><a href="{{ "topics/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>
{{ .Content }}
<h2>Keywords</h2><ul>{{ range .Params.keywords }}<li>{{ . }}</li>{{ end }}</ul>
<h2>Listed in</h2><ul>{{ range .Params.listings }}<li>{{ .listing }} (#{{ .position }})</li>{{ end }}</ul></article>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`,
};

/**
 * Write a Hugo site into `siteDir` whose pages are the paper entries of
 * `contentDir` (a Folio content folder). Hugo renders `.md`, not `.mdx`, so
 * each entry is copied as `.md`: the same front matter and abstract; its
 * `$…$` math stays TeX source. Returns the number of papers.
 */
export async function writeHugoSite(contentDir: string, siteDir: string): Promise<number> {
  const papersOut = path.join(siteDir, 'content/papers');
  await mkdir(papersOut, { recursive: true });
  await writeFile(path.join(siteDir, 'hugo.toml'), HUGO_CONFIG);
  await writeFile(path.join(papersOut, '_index.md'), '---\ntitle: Papers\n---\n');
  for (const [file, text] of Object.entries(HUGO_LAYOUTS)) {
    await mkdir(path.dirname(path.join(siteDir, 'layouts', file)), { recursive: true });
    await writeFile(path.join(siteDir, 'layouts', file), text);
  }
  const entries = (await readdir(path.join(contentDir, 'papers'))).filter((name) => name.endsWith('.mdx'));
  for (const name of entries) await copyFile(path.join(contentDir, 'papers', name), path.join(papersOut, name.replace(/\.mdx$/, '.md')));
  return entries.length;
}

/** The arguments of a clean Hugo build of `siteDir` into `outDir`, quiet. */
export function hugoBuildArgs(siteDir: string, outDir: string): string[] {
  return ['--quiet', '--source', siteDir, '--destination', outDir, '--cleanDestinationDir'];
}
