/** Shortens text to at most `max` characters at a word boundary, ending with an ellipsis when cut. */
export function snippet(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/**
 * The first sentence or two of an abstract, as a front page shows it: whole
 * sentences up to about `target` characters (at least one), cut with
 * {@link snippet} at `max` when the first sentence alone runs longer.
 */
export function leadSentences(text: string, target = 160, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // A sentence ends at . ! or ? before a space and a capital, digit or opening quote or bracket.
  const sentences = flat.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}“"‘'(\[])/u);
  let lead = sentences[0] ?? '';
  for (const next of sentences.slice(1)) {
    if (lead.length >= target) break;
    lead = `${lead} ${next}`;
  }
  return snippet(lead, max);
}
