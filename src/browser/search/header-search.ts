/**
 * The header search box as an ARIA combobox: typing shows the best matches in
 * a listbox below it; arrows move through them, Enter opens one (or, with
 * none chosen, submits the form to the search page), Escape closes the list
 * and then clears the box. Loaded on the reader's first focus or keystroke.
 * The search itself is the one the search page runs (search.ts).
 */
import { outcomeMessage, resultsAnnouncement, unsavedResultsNote } from './announce.ts';
import { nextActiveIndex } from './keyboard.ts';
import { latestOnly } from './latest-only.ts';
import { offerOfflineSearch } from './offline-warmup.ts';
import { RERANK_WINDOW } from './rank.ts';
import { el, excerptParagraph, renderSuggestion, topicNamesOf } from './render-hit.ts';
import { siteSearch, type PaperHit, type SearchOutcome } from './search.ts';
import { searchQueryString } from './search-state.ts';
import { topicNamesLoader } from './topic-names.ts';
import { countOf } from '../../text/counts.ts';

/** Matches shown in the popup: the reranked window, so they are the search page's first results. */
const LIMIT = RERANK_WINDOW;

interface HeaderParts {
  base: string;
  form: HTMLFormElement;
  input: HTMLInputElement;
  popup: HTMLElement;
  summary: HTMLElement;
  suggest: HTMLElement;
  listbox: HTMLUListElement;
  all: HTMLAnchorElement;
  live: HTMLElement;
  names: Record<string, string>;
}

function headerParts(root: HTMLElement): HeaderParts {
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  return {
    base: root.dataset.base ?? '/',
    form: q('form'),
    input: q('input[role="combobox"]'),
    popup: q('[data-popup]'),
    summary: q('[data-summary]'),
    suggest: q('[data-suggest]'),
    listbox: q('[role="listbox"]'),
    all: q('[data-all]'),
    live: q('[data-live]'),
    // Filled from the site's shared topic-names.json, under the index's version (see enhanceHeaderSearch).
    names: {},
  };
}

/** One option of the listbox. */
function option(hit: PaperHit, id: string, names: Record<string, string>): HTMLLIElement {
  const item = el('li', 'option');
  item.id = id;
  item.setAttribute('role', 'option');
  item.setAttribute('aria-selected', 'false');
  item.dataset.href = hit.url;
  const title = el('span', 'option-title', hit.title);
  title.dir = 'auto';
  item.append(title, excerptParagraph(hit.excerpt, 'option-excerpt'));
  const topics = topicNamesOf(hit, names);
  if (topics.length) item.append(el('span', 'option-topics', topics.join(' · ')));
  return item;
}

/** Shows an outcome in the popup; returns the hits now listed. */
function renderOutcome(parts: HeaderParts, outcome: SearchOutcome): PaperHit[] {
  const { listbox, summary, all, live, base } = parts;
  const hits = outcome.state === 'results' ? outcome.hits : [];
  listbox.replaceChildren(...hits.map((hit, i) => option(hit, `${listbox.id}-${i}`, parts.names)));
  listbox.hidden = hits.length === 0;
  renderSuggestion(parts.suggest, base, outcome.state === 'no-match' ? outcome.suggestion : null);
  const query = 'query' in outcome ? outcome.query : '';
  all.href = `${base}search/${searchQueryString({ q: query, topic: '' })}`;
  if (outcome.state === 'results') {
    const note = unsavedResultsNote(outcome.missing);
    summary.textContent = outcome.total === 0 ? `No papers match “${query}”.` : `${countOf(outcome.total, 'paper', 'papers')}${note ? `. ${note}` : ''}`;
    all.textContent = outcome.total > hits.length ? `See all ${countOf(outcome.total, 'result', 'results')}` : 'Open on the search page';
    all.hidden = outcome.total === 0;
    live.textContent = [resultsAnnouncement(outcome.total, query), note].filter(Boolean).join(' ');
  } else {
    summary.textContent = outcomeMessage(outcome);
    all.textContent = 'Open on the search page';
    all.hidden = outcome.state !== 'needs-network' && outcome.state !== 'error';
    live.textContent = summary.textContent;
  }
  return hits;
}

/**
 * Wires up one header search (`root` holds the form, popup and live region).
 * Longer than a screen because its handlers share the popup's state (the
 * hits listed, the active option); rendering is `renderOutcome`'s.
 */
export function enhanceHeaderSearch(root: HTMLElement): void {
  if (root.dataset.enhanced) return;
  root.dataset.enhanced = 'true';
  const parts = headerParts(root);
  const { input, popup, listbox } = parts;
  const search = siteSearch(parts.base);
  // When an outcome with hits is drawn: its version comes with the search's files, which load on the first search, never before.
  // Kept once loaded; a failure is not, so the next search asks again rather than show ids until the page is reloaded.
  const topicNames = topicNamesLoader(parts.base);
  const loadNames = () =>
    search
      .version()
      .then(topicNames)
      .then((names) => Object.assign(parts.names, names), () => undefined);
  let hits: PaperHit[] = [];
  let active = -1;

  const setActive = (index: number) => {
    active = index;
    const options = listbox.querySelectorAll<HTMLElement>('[role="option"]');
    options.forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = (show: boolean) => {
    popup.hidden = !show;
    input.setAttribute('aria-expanded', String(show && hits.length > 0));
    if (!show) setActive(-1);
  };
  const runner = latestOnly<string>(async (query, isCurrent) => {
    const outcome = await search.search(query, { limit: LIMIT, isCurrent });
    if (outcome.state === 'results') await loadNames();
    if (!isCurrent() || outcome.state === 'stale') return;
    if (outcome.state === 'idle') {
      hits = [];
      parts.live.textContent = '';
      return open(false);
    }
    hits = renderOutcome(parts, outcome);
    open(true);
    setActive(-1);
    offerOfflineSearch();
  });

  input.addEventListener('focus', () => {
    void search.warm().catch(() => undefined);
    if (input.value.trim() && hits.length) open(true);
  });
  input.addEventListener('input', () => runner.schedule(input.value));
  input.addEventListener('keydown', (event) => onKey(event));
  listbox.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box
  listbox.addEventListener('click', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
    if (item?.dataset.href) location.href = item.dataset.href;
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) open(false);
  });
  parts.form.addEventListener('submit', () => runner.cancel());

  function onKey(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (popup.hidden && hits.length) open(true);
      event.preventDefault();
      setActive(nextActiveIndex(active, event.key, hits.length));
    } else if (event.key === 'Enter' && active >= 0 && hits[active]) {
      event.preventDefault();
      location.href = hits[active]!.url;
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (!popup.hidden) open(false);
      else if (input.value) {
        input.value = '';
        hits = [];
        parts.live.textContent = '';
      } else input.blur();
    }
  }

  // The reader may have focused the box or typed before this module arrived.
  if (document.activeElement === input) void search.warm().catch(() => undefined);
  if (input.value.trim()) void runner.now(input.value);
}
