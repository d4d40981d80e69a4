import type { ExcerptRun } from './excerpt.ts';
import { searchQueryString } from './search-state.ts';
import type { PaperHit } from './search.ts';

/** Creates an element with a class and optional text (always as text, never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as a paragraph of text nodes and `<mark>` elements: page text is never parsed as HTML. */
export function excerptParagraph(runs: readonly ExcerptRun[], className: string): HTMLParagraphElement {
  const p = el('p', className);
  // Its direction from its text, as the paper page's abstract (a title or abstract in Arabic or Hebrew).
  p.dir = 'auto';
  for (const run of runs) p.append(run.mark ? el('mark', undefined, run.text) : run.text);
  return p;
}

/** The topic names of a hit, `names` mapping ids to names. */
export function topicNamesOf(hit: PaperHit, names: Record<string, string>): string[] {
  return hit.topics.map((id) => names[id] ?? id);
}

/** "Did you mean …?" with a link that runs the suggested search on the search page. */
export function renderSuggestion(container: HTMLElement, base: string, suggestion: string | null): void {
  container.hidden = !suggestion;
  if (!suggestion) return container.replaceChildren();
  const link = el('a', undefined, suggestion);
  link.href = `${base}search/${searchQueryString({ q: suggestion, topic: '' })}`;
  container.replaceChildren('Did you mean “', link, '”?');
}
