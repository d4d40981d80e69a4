/**
 * A text-mode browser's dump (`lynx -dump`, `elinks -dump`, `w3m -dump`
 * with link numbers) writes each link's number before its text
 * (`[5]Sparse Adapters`) and lists the links' addresses under `References`
 * at its end. Read as a listing, the numbers would be published in titles
 * and the list as a paper titled `References` with addresses for its
 * abstract; which bracketed figures are the browser's cannot be told in
 * every title, so such a dump is refused (dump-text.ts).
 */
import { splitLines } from '../../src/text/normalize.ts';

/** Where a dump shows its links numbered: the first number at the start of a line, the heading of the list of addresses; one of them at least. */
export interface NumberedLinks {
  number?: { text: string; line: number };
  references?: { line: number };
}

/** A link's number at the start of a line, right before its text (`[12]Title`); not a citation (`[12] shows`, `[12],`). */
const LINK_NUMBER = /^\s*\[(\d+)\](?=[\p{L}\p{N}])/u;
/** The heading of the list of links (lynx and elinks: `References`; w3m: `References:`). */
const REFERENCES = /^\s*References:?\s*$/u;
/** An entry of that list (`   12. https://…`, `[12] https://…`) or one of its subheadings (elinks: `Visible links`). */
const REFERENCE_ENTRY = /^\s*(?:(?:\d+\.|\[\d+\])\s+[a-z][a-z\d+.-]*:\S*|(?:Visible|Hidden) links:?)\s*$/iu;

/**
 * Where `text` shows a text-mode browser's numbered links, or `undefined`:
 * two numbers or more at the starts of lines, growing through the dump, as
 * the browser counts links down the page (one `[1]Title` may be a paper's
 * own); or a `References` line with a numbered address as the next line
 * that is not blank (a paper titled `References` has an abstract there).
 */
export function numberedLinks(text: string): NumberedLinks | undefined {
  const lines = splitLines(text);
  let number: NumberedLinks['number'];
  let numbers = 0;
  let last = -1;
  let growing = true;
  let references: NumberedLinks['references'];
  lines.forEach((line, index) => {
    const found = LINK_NUMBER.exec(line);
    if (found !== null) {
      numbers += 1;
      growing &&= Number(found[1]) > last;
      last = Number(found[1]);
      number ??= { text: line.trim(), line: index + 1 };
    }
    if (references === undefined && REFERENCES.test(line)) {
      const next = lines.slice(index + 1).find((l) => l.trim() !== '');
      if (next !== undefined && REFERENCE_ENTRY.test(next)) references = { line: index + 1 };
    }
  });
  const numbered = numbers >= 2 && growing ? number : undefined;
  if (numbered === undefined && references === undefined) return undefined;
  return { ...(numbered === undefined ? {} : { number: numbered }), ...(references === undefined ? {} : { references }) };
}
