import fs from 'node:fs';
import path from 'node:path';
import { parse, TextNode, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { abstractText } from '../../src/format/abstract-text.ts';

/** Every file under `dir`, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** Every HTML page of a build, relative to `dist`. */
export function htmlFiles(dist: string): string[] {
  return listFiles(dist).filter((f) => f.endsWith('.html'));
}

const parsed = new Map<string, HTMLElement>();
/** Parses a built page (cached: several test files read the same pages). */
export function page(dist: string, file: string): HTMLElement {
  const full = path.join(dist, file);
  let root = parsed.get(full);
  if (!root) {
    root = parse(fs.readFileSync(full, 'utf8'));
    parsed.set(full, root);
  }
  return root;
}

/** A redirect page's target as its meta refresh, canonical link and plain link give it, and whether it is kept out of search engines and the search. */
export function redirectOf(dist: string, file: string) {
  const html = page(dist, file);
  return {
    refresh: html.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'),
    canonical: html.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    link: html.querySelector('main a')?.getAttribute('href'),
    robots: html.querySelector('meta[name="robots"]')?.getAttribute('content'),
    indexed: html.querySelector('[data-pagefind-body]') !== null,
  };
}

/** Visible text with whitespace folded, the way a reader sees it. */
export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * An abstract as rendered, with each KaTeX formula turned back into `$tex$`
 * (from its MathML annotation, or the source KaTeX shows for a formula it
 * could not parse), so it compares with the entry's source text.
 */
export function renderedAbstract(el: HTMLElement): string {
  const clone = parse(el.toString());
  for (const math of clone.querySelectorAll('.katex, .katex-error')) {
    const tex = math.classList.contains('katex-error') ? math.textContent : (math.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '');
    const escaped = `$${tex}$`.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    math.replaceWith(new TextNode(escaped, math.parentNode));
  }
  return text(clone);
}

/** A content entry as the test reads it: frontmatter plus the abstract's text. */
export interface EntryOnDisk {
  file: string;
  data: { title: string; slug: string; retired?: string; aliases?: string[]; topics: string[]; keywords?: string[]; listings: Array<{ listing: string; position: number; date?: string }> };
  text: string;
}

/** Reads the paper entries of a content folder on show: every one not retired (see {@link readRetiredEntries}). */
export function readEntries(content: string): EntryOnDisk[] {
  return readAllEntries(content).filter((e) => e.data.retired === undefined);
}

/** The entries of `content/papers/` retired by hand (README, "Retiring a paper"): each has a page, a notice, that no other page lists. */
export function readRetiredEntries(content: string): EntryOnDisk[] {
  return readAllEntries(content).filter((e) => e.data.retired !== undefined);
}

function readAllEntries(content: string): EntryOnDisk[] {
  const dir = path.join(content, 'papers');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
      if (!match) throw new Error(`${file}: expected YAML frontmatter between --- lines`);
      return { file, data: parseYaml(match[1]!) as EntryOnDisk['data'], text: abstractText(match[2]!).text };
    });
}
