/**
 * Where an entry's frontmatter ends and its body starts, and where a value
 * stands in the frontmatter, without parsing the body: what the site needs
 * of an entry's text besides what the content layer stores (a message naming
 * a line), kept apart from entry.ts so pages do not bundle the MDX parser.
 */
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { SourceLines } from './source-lines.ts';

/**
 * Split an entry into its frontmatter YAML text and its body (leading blank
 * lines removed), exactly where Astro splits a content file (its own
 * `extractFrontmatter`), so the ingest and the site read an entry alike.
 */
export function splitEntry(source: string): { yaml: string; body: string } {
  const text = source.replace(/^\uFEFF/, '');
  const opened = /^---\r?\n/.test(text);
  const yaml = opened ? extractFrontmatter(text) : undefined;
  if (yaml === undefined) {
    if (opened) throw new SyntaxError('Expected a `---` line closing the frontmatter, found none');
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    throw new SyntaxError(`Expected an entry to start with a \`---\` frontmatter line, found \`${firstLine}\``);
  }
  const body = text.slice(text.indexOf(yaml) + yaml.length + '---'.length);
  // The rest of the closing `---` line, then blank lines.
  return { yaml, body: body.replace(/^[ \t]*(?:\r?\n|$)/, '').replace(/^(?:[ \t]*\r?\n)+/, '') };
}

/**
 * The line (1-based, in the entry file) of `item` in the frontmatter list
 * `key` (`topics:` then `  - rope-theory`, or `topics: [a, rope-theory]`),
 * for a message about it; undefined when the list has no such item or the
 * frontmatter cannot be read.
 */
export function frontmatterItemLine(source: string, key: string, item: string): number | undefined {
  let yaml: string;
  try {
    ({ yaml } = splitEntry(source));
  } catch {
    return undefined;
  }
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines });
  const list = doc.errors.length === 0 ? doc.get(key, true) : undefined;
  if (!isSeq(list)) return undefined;
  const node = list.items.find((value) => isScalar(value) && value.value === item);
  // The YAML text starts with the rest of the opening `---` line: its lines are the file's.
  return isScalar(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
}

/**
 * The line (1-based, in the entry file) of the frontmatter field or list item
 * at `path` (`['listings', 0, 'position']`), or of its nearest enclosing one
 * that is there; the opening `---` line when the frontmatter cannot be read.
 */
export function frontmatterLine(source: string, path: readonly (string | number)[]): number {
  let yaml: string;
  try {
    ({ yaml } = splitEntry(source));
  } catch {
    return 1;
  }
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines });
  // The YAML text starts with the rest of the opening `---` line: its lines are the file's.
  return doc.errors.length === 0 ? new SourceLines(doc, lines).line(path) : 1;
}

/** The line (1-based, in the entry file) the body {@link splitEntry} gives starts on: a line of the body is this one's line plus it, less one. */
export function bodyLine(source: string): number {
  const text = source.replace(/^\uFEFF/, '');
  const { body } = splitEntry(text);
  return text.slice(0, text.length - body.length).split('\n').length;
}
