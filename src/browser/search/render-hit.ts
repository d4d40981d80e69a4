import type { PaperHit } from './pagefind-client.ts';

/** Creates an element with a class and optional text (always as text, never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The excerpt of a hit as a paragraph. Pagefind escapes the page text and adds
 * only `<mark>`, so its HTML is parsed into an inert template and copied over
 * as text and `<mark>` elements: nothing else can get in.
 */
export function excerptParagraph(hit: PaperHit, className: string): HTMLParagraphElement {
  const p = el('p', className);
  const template = document.createElement('template');
  template.innerHTML = hit.excerpt;
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) p.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') p.append(el('mark', undefined, node.textContent ?? ''));
    else p.append(node.textContent ?? '');
  }
  return p;
}

/** The topic names of a hit, `names` mapping ids to names. */
export function topicNamesOf(hit: PaperHit, names: Record<string, string>): string[] {
  return hit.topics.map((id) => names[id] ?? id);
}
