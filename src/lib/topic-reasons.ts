import { compileTerm, foldedWords } from '../format/topic-terms.ts';

/**
 * Why a paper is filed under a topic: what in its title or abstract matched
 * the topic's terms (`topics.yaml`), using the ingest's own term matcher so
 * the explanation cannot disagree with the classification. A plain term is
 * shown as written in the taxonomy; a `/regex/` term by the text it matched.
 * At most `limit` reasons, duplicates (ignoring case) removed.
 */
export function matchingTerms(terms: readonly string[], text: string, limit = 4): string[] {
  const words = ` ${foldedWords(text).join(' ')} `;
  const found: string[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    let compiled;
    try {
      compiled = compileTerm(term);
    } catch {
      continue; // The ingest reports bad terms; the page just has no reason to show.
    }
    let shown: string | undefined;
    if (compiled.kind === 'words') {
      if (words.includes(` ${compiled.words.join(' ')} `)) shown = term;
    } else {
      compiled.regex.lastIndex = 0;
      shown = compiled.regex.exec(text)?.[0].trim();
    }
    if (shown && !seen.has(shown.toLowerCase())) {
      seen.add(shown.toLowerCase());
      found.push(shown);
    }
    if (found.length >= limit) break;
  }
  return found;
}
