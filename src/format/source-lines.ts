import { isNode, type Document, type LineCounter } from 'yaml';

/**
 * The line a field or list item of a YAML document stands on, from the
 * document's own positions (the `yaml` package's `LineCounter`), for a
 * message about it (a taxonomy's topic, an entry's frontmatter field); a
 * missing field points at the nearest enclosing one that exists.
 */
export class SourceLines {
  private readonly doc: Document;
  private readonly lines: LineCounter;

  constructor(doc: Document, lines: LineCounter) {
    this.doc = doc;
    this.lines = lines;
  }

  /** 1-based line of the field or item at `path` (`['topics', 2, 'terms', 0]`), or of its nearest existing parent; 1 at worst. */
  line(path: readonly (string | number)[]): number {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const at = path.slice(0, depth);
      // A field is where its key is written (`topics:`); a list item where it starts.
      const node = this.doc.getIn(at, true);
      const offset = this.keyOffset(at) ?? (isNode(node) ? node.range?.[0] : undefined);
      if (offset !== undefined) return this.lines.linePos(offset).line;
    }
    return 1;
  }

  /** Where the key of the mapping entry at `path` starts, if `path` names one. */
  private keyOffset(path: readonly (string | number)[]): number | undefined {
    if (typeof path.at(-1) !== 'string') return undefined;
    const parent = path.length === 1 ? this.doc.contents : this.doc.getIn(path.slice(0, -1), true);
    if (!isNode(parent) || !('items' in parent) || !Array.isArray(parent.items)) return undefined;
    for (const item of parent.items as unknown[]) {
      const key = (item as { key?: unknown }).key;
      if (isNode(key) && (key as { value?: unknown }).value === path.at(-1)) return key.range?.[0];
    }
    return undefined;
  }
}
