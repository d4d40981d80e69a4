/** Quotes and brackets that may close a text after its last mark (`… as “done.”`, `(see below.)`). */
const CLOSERS = /["'\u201D\u2019\u00BB)\]}]+$/u;

/**
 * The mark a text ends with, past the quotes and brackets that close it
 * (`.` of `… called it “done.”`), or its last character: what each rule
 * that asks whether a text ends as a sentence, a statement or a question
 * compares with its own marks.
 */
export function finalMark(text: string): string {
  return text.replace(CLOSERS, '').at(-1) ?? '';
}
