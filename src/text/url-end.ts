/**
 * What may follow a web address in an abstract and is never its last
 * character: sentence punctuation, a quotation's close (`'`, `”`, `’`, `»`,
 * `›`), an ellipsis, emphasis marks (`*`, `_`, `~`) and footnote marks
 * (`†`, `‡`, `§`, `¶`, superscript figures). The ingest's reading of an
 * abstract (scripts/lib/abstract-to-mdast.ts) and the site's rendering of a
 * plain one (src/format/abstract-html.ts) both trim these off a link's end,
 * so the two agree to the byte.
 */
export const URL_END_MARK = /[.,;:!?'"*_~\u2020\u2021\u00A7\u00B6\u00B9\u00B2\u00B3\u2070-\u2079\u2019\u201D\u00BB\u203A\u2026]/u;
