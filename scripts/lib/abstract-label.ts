/**
 * A card's `Abstract` label at the start of an abstract with no colon after
 * it: glued onto the text (`AbstractWe study…`, a copy that lost the line
 * break between them) or before it with a space (`Abstract We study…`).
 * With a colon (`Abstract: We study…`) the label is split off the line
 * before the structure is read (page-chrome's splitCardLabel); without one,
 * only the text's place tells: an abstract line right under its title,
 * where a title such as `Abstract Reasoning in LLMs` never stands.
 */

/** The label, the text after it, and whether it was glued on. */
export interface LeadingLabel {
  label: string;
  text: string;
  glued: boolean;
}

/** The label, then a capital that starts the text's first word: glued on (a capital and a small letter), or after one space. */
const LABEL = /^(Abstract|ABSTRACT)(?:(?=\p{Lu}\p{Ll})| (?=\p{Lu}))/u;

/**
 * The label at the start of `abstract` (the abstract of `title`), or
 * undefined where the word is the text's own: before a small letter
 * (`Abstract reasoning is…`), part of a word (`Abstractions`), or glued into
 * a name that the title or the text names again (`AbstractNet`). A spaced
 * label before a capital may still be a term's first word (`Abstract Meaning
 * Representation`): the caller decides by the rest of the dump.
 */
export function leadingAbstractLabel(abstract: string, title: string): LeadingLabel | undefined {
  const match = LABEL.exec(abstract);
  if (match === null) return undefined;
  const text = abstract.slice(match[0].length);
  const glued = match[0] === match[1];
  if (glued) {
    const name = /^[\p{L}\p{N}]+/u.exec(abstract)![0];
    if (title.includes(name) || text.includes(name)) return undefined;
  }
  return { label: match[1]!, text, glued };
}
