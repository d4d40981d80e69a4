import { dump, load } from 'js-yaml';
import type { Root, RootContent } from 'mdast';
import type { Unsafe } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { splitEntry } from './frontmatter.ts';

/**
 * Line starts that MDX reads as something other than text and that
 * mdast-util-to-markdown (with remark-mdx and remark-math) does not already
 * escape: a paragraph starting `import ` or `export ` is parsed as ESM and
 * fails to compile. Writing the first letter as a character reference
 * (`&#x69;mport`) keeps it text.
 */
const MDX_UNSAFE: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

/** remark-stringify options for paper entries. */
const STRINGIFY_OPTIONS: StringifyOptions = {
  // MDX has no `<https://…>` autolinks (`<` starts JSX), so always `[text](url)`.
  resourceLink: true,
  unsafe: MDX_UNSAFE,
};

/** Parses a body exactly as Astro's MDX pipeline does (`\<`, `\{` and character references mean the same). */
const bodyParser = unified().use(remarkParse).use(remarkMdx).use(remarkMath).freeze();

/** Parse an entry's MDX body into mdast, as MDX reads it. */
export function parseBody(body: string): Root {
  return bodyParser.parse(body);
}

/** Built and frozen once: building a processor per entry costs more than serialising it. */
const stringifier = unified().use(remarkStringify, STRINGIFY_OPTIONS).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkMath).freeze();

/** A parsed entry: its frontmatter as loaded by js-yaml and its MDX body. */
export interface ParsedEntry {
  /** The frontmatter, as js-yaml `load` reads it (what the content loader hands Astro, before validation). */
  data: unknown;
  /** The MDX after the closing `---`, leading blank lines removed. */
  body: string;
}

/**
 * Serialise one paper entry as MDX: YAML frontmatter (js-yaml, which the
 * content loader reads it with; Astro's MDX compiler reads it with `yaml`,
 * and alike: entry.property.test.ts) followed by `body`, written by
 * remark-stringify with the MDX and math extensions so every character of
 * text is escaped the way Astro's MDX parser reads it back. Ends with
 * exactly one newline.
 */
export function serializeEntry(frontmatter: Record<string, unknown>, body: Root): string {
  const nul = findNul(body);
  if (nul !== undefined) {
    throw new TypeError(
      `Cannot write U+0000 in an MDX body (found in \`${JSON.stringify(nul).slice(1, -1)}\`): Markdown reads it as U+FFFD; remove it when normalising text`,
    );
  }
  const yaml = dump(frontmatter, { lineWidth: -1, noRefs: true, quotingType: '"' }).replace(/\n$/, '');
  const children: RootContent[] = [{ type: 'yaml', value: yaml }, ...body.children];
  const tree: Root = { type: 'root', children };
  const markdown = stringifier.stringify(tree);
  return `${markdown.replace(/\n+$/, '')}\n`;
}

/** The body `serializeEntry` writes for `body`, without frontmatter: what `parseEntry` gives back as `body`. */
export function serializeBody(body: Root): string {
  return entryBody(serializeEntry({}, body));
}

/**
 * Read an entry written by `serializeEntry` (or by hand): the frontmatter
 * loaded with js-yaml and the MDX body after it.
 */
export function parseEntry(source: string): ParsedEntry {
  const { yaml, body } = splitEntry(source);
  let data: unknown;
  try {
    data = load(yaml);
  } catch (error) {
    throw new FrontmatterError(error);
  }
  return { data, body };
}

/**
 * Frontmatter that is not YAML: where (`line`, 1-based in the entry file;
 * the YAML text splitEntry gives starts with the rest of the opening `---`
 * line) and why (`reason`, js-yaml's words), when the YAML parser says.
 */
export class FrontmatterError extends SyntaxError {
  readonly line?: number;
  readonly reason?: string;

  constructor(cause: unknown) {
    super('Could not read the frontmatter as YAML', { cause });
    const { mark, reason } = cause as { mark?: { line?: number }; reason?: string };
    if (typeof mark?.line === 'number') this.line = mark.line + 1;
    if (typeof reason === 'string') this.reason = reason;
  }
}

/** An entry's MDX body, as `parseEntry` gives it, without reading the YAML. */
export function entryBody(source: string): string {
  return splitEntry(source).body;
}

/** The first text-bearing value in `node` that contains U+0000, if any. */
function findNul(node: Root | RootContent): string | undefined {
  if ('value' in node && node.value.includes('\u0000')) return node.value;
  if ('url' in node && node.url.includes('\u0000')) return node.url;
  if ('children' in node) {
    for (const child of node.children) {
      const found = findNul(child);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
