/** Quotes and brackets that may close a text after its last mark (`… as “done.”`, `(see below.)`). */
const CLOSER = /["'\u201D\u2019\u00BB)\]}]/u;

/**
 * `text` without the quotes and brackets that close it. Read back from its
 * end, a character a step: a pattern for the run at the end (`[…]+$`) is
 * tried at each character of every run inside the text too, quadratic in a
 * long one (13 s of CPU for an abstract holding 100,000 `}`).
 */
export function withoutClosers(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSER.test(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

/**
 * The mark a text ends with, past the quotes and brackets that close it
 * (`.` of `… called it “done.”`), or its last character: what each rule
 * that asks whether a text ends as a sentence, a statement or a question
 * compares with its own marks.
 */
export function finalMark(text: string): string {
  return withoutClosers(text).at(-1) ?? '';
}
