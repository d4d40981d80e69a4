import { textAbstractHtml } from '../format/abstract-html.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';
import { searchMeta } from '../lib/search-meta.ts';

/**
 * The search index's view of a paper: what its page gives Pagefind (the
 * title, weighted, and the abstract as rendered), with the page's filters.
 * The content loader has all of it for every entry, unchanged ones
 * included, before Astro bundles and renders anything; the Pagefind
 * integration takes the records at `astro:build:start` and indexes them in
 * Pagefind's own process while Astro builds, instead of reading every page
 * back from `dist/` at the end.
 */
export interface SearchRecord {
  /** The page's URL under the site's base (`/papers/x/`): the search client gives Pagefind the base path. */
  url: string;
  title: string;
  /** Titles the paper was listed under before it was retitled, weighted as its page weights them. */
  formerTitles: readonly string[];
  /**
   * The abstract as the page shows it (KaTeX's HTML marked `data-pagefind-ignore`, each formula's plain text given to the index);
   * none when it is `textAbstractHtml` of `text` (src/format/abstract-html.ts), made only for the records indexed.
   */
  html?: string;
  /** The abstract as text (math as `$tex$`) and as plain text (formulas written out, `O(L²)`): the extra words the index needs of it (search-meta.ts) are made from them. */
  text: string;
  plain: string;
  /** The paper's topics: ids (the `topic` filter) and names (the `topics` metadata). */
  topics: Array<{ id: string; name: string }>;
  /** The first day the paper was listed (`YYYY-MM-DD`), if any of its listings is dated: which part of the index it goes in (search-parts.ts). */
  firstDay?: string;
}

const attribute = (text: string) => escapeMarkup(text).replace(/"/g, '&quot;');

/**
 * A record as a page for Pagefind's `addHTMLFile`: the paper page's
 * searchable part (its title, former titles, topics, abstract and the
 * extra words the index needs of them, search-meta.ts, marked as
 * src/layouts/PaperLayout.astro marks them), so the index is what indexing
 * the built page gives (tests/site/search-index.test.ts compares the two), and
 * costs a fraction of parsing it.
 */
export function searchRecordPage(record: SearchRecord): string {
  const topics = record.topics.map((t) => `<li><a data-pagefind-filter="topic:${attribute(t.id)}">${escapeMarkup(t.name)}</a></li>`).join('');
  const names = record.topics.map((t) => t.name).join(', ');
  const extra = searchMeta(record);
  const meta = (value: string | undefined) => (value === undefined ? '' : ` data-pagefind-meta="${attribute(value)}"`);
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeMarkup(record.title)}</title></head><body>` +
    `<article data-pagefind-body${meta(extra.title)}>` +
    `<h1 data-pagefind-weight="10" data-pagefind-meta="title">${escapeMarkup(record.title)}</h1>` +
    (record.formerTitles.length > 0 ? `<p data-pagefind-weight="5">Also listed as ${record.formerTitles.map((t) => `<q>${escapeMarkup(t)}</q>`).join('; ')}</p>` : '') +
    `<ul data-pagefind-ignore data-pagefind-meta="${attribute(`topics:${names}`)}">${topics}</ul>` +
    `<div class="abstract"${meta(extra.text)}>${record.html ?? textAbstractHtml(record.text)}</div>` +
    `</article></body></html>`
  );
}

/** Where the records wait between the content loader and the integration (two module graphs of one process): the records, or who waits for them. */
const HANDOFF = Symbol.for('folio.search-records');

/** What the content loader hands over: the records of the papers on show, and how many entries it set aside (retired papers: README, "Retiring a paper"). */
export interface SearchRecordBatch {
  records: readonly SearchRecord[];
  setAside: number;
}

type Handoff = { batch: SearchRecordBatch } | { receive: (batch: SearchRecordBatch) => void };

const handoffs = globalThis as Record<symbol, Handoff | undefined>;

/**
 * Called by the content loader once it has loaded every entry, with the
 * records of the papers on show and the number of entries set aside: the
 * batch goes to whoever waits for it, else waits to be taken.
 */
export function publishSearchRecords(records: readonly SearchRecord[], setAside = 0): void {
  const handoff = handoffs[HANDOFF];
  const batch = { records, setAside };
  if (handoff && 'receive' in handoff) {
    delete handoffs[HANDOFF];
    handoff.receive(batch);
  } else handoffs[HANDOFF] = { batch };
}

/**
 * Hands the next records the content loader publishes in this process to
 * `receive`, as soon as it publishes them (at once if it has): each batch is
 * taken once. Returns a function that stops waiting.
 */
export function receiveSearchRecords(receive: (batch: SearchRecordBatch) => void): () => void {
  const handoff = handoffs[HANDOFF];
  if (handoff && 'batch' in handoff) {
    delete handoffs[HANDOFF];
    receive(handoff.batch);
    return () => undefined;
  }
  const waiting = { receive };
  handoffs[HANDOFF] = waiting;
  return () => {
    if (handoffs[HANDOFF] === waiting) delete handoffs[HANDOFF];
  };
}

/** The batch the content loader published in this process, if any; each batch is taken once. */
export function takeSearchRecords(): SearchRecordBatch | undefined {
  const handoff = handoffs[HANDOFF];
  if (!handoff || !('batch' in handoff)) return undefined;
  delete handoffs[HANDOFF];
  return handoff.batch;
}
