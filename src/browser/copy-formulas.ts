/**
 * Copying a selection that holds a formula. KaTeX draws each formula twice
 * (MathML for screen readers, HTML for the eye), so the browser's own copy
 * takes both, glyph by glyph on lines of their own (`O ( n 2 ) O(n 2 )`),
 * which no search finds. Here each formula is copied once, as the plain text
 * the search indexes and shows (`O(n²)`: its `data-formula-text`,
 * src/loaders/rehype-pagefind-ignore-math.ts); a selection that starts or
 * ends inside a formula takes it whole. A selection without formulas is left
 * to the browser. Only plain text is copied: KaTeX's HTML needs its
 * stylesheet to read as one formula wherever it is pasted.
 */

const FORMULA = '.katex';

/** The formula a selection's end is in, if any. */
function formulaAt(node: Node): Element | null {
  return (node instanceof Element ? node : node.parentElement)?.closest(FORMULA) ?? null;
}

/** A copied fragment's text: paragraphs apart by a blank line, as the browser copies them. */
function fragmentText(fragment: DocumentFragment): string {
  if (!fragment.querySelector('p')) return fragment.textContent ?? '';
  return [...fragment.childNodes]
    .map((node) => node.textContent?.trim() ?? '')
    .filter(Boolean)
    .join('\n\n');
}

/** Copies formulas in a selection as their plain text. */
export function bootCopyFormulas(): void {
  document.addEventListener('copy', (event) => {
    const selection = document.getSelection();
    if (!event.clipboardData || !selection || selection.rangeCount !== 1) return;
    const range = selection.getRangeAt(0).cloneRange();
    const first = formulaAt(range.startContainer);
    const last = formulaAt(range.endContainer);
    if (first) range.setStartBefore(first);
    if (last) range.setEndAfter(last);
    const fragment = range.cloneContents();
    const formulas = fragment.querySelectorAll(FORMULA);
    if (formulas.length === 0) return;
    for (const formula of formulas) formula.replaceWith((formula.getAttribute('data-formula-text') ?? formula.querySelector('annotation')?.textContent ?? '').trim());
    event.clipboardData.setData('text/plain', fragmentText(fragment));
    event.preventDefault();
  });
}
