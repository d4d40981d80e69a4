/**
 * The search page: runs the search in the URL on load, keeps the URL in step
 * with the box and the topic filter (one history entry per search, replaced
 * while typing), restores a search on back/forward, and lets the keyboard move
 * between the box and the results (arrows, Home/End, Escape back to the box).
 * The search itself is the one the header box runs (search.ts).
 */
import { outcomeMessage, resultsAnnouncement, unsavedResultsNote } from './announce.ts';
import { nextActiveIndex } from './keyboard.ts';
import { latestOnly } from './latest-only.ts';
import { offerOfflineSearch, saveSearchOffline } from './offline-warmup.ts';
import { el, excerptParagraph, renderSuggestion, topicNamesOf } from './render-hit.ts';
import { siteSearch, type PaperHit, type SearchOutcome } from './search.ts';
import { parseSearchState, sameSearch, searchQueryString, type SearchState } from './search-state.ts';
import { topicOptions } from './topic-options.ts';
import { countOf, formatCount } from '../../text/counts.ts';

const PAGE = 20;
/** An answer slower than this shows "Searching…" meanwhile. */
const SEARCHING_AFTER_MS = 150;

interface PageParts {
  base: string;
  totalPapers: number;
  form: HTMLFormElement;
  input: HTMLInputElement;
  topicList: HTMLUListElement;
  status: HTMLElement;
  suggest: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  save: HTMLButtonElement | null;
  names: Record<string, string>;
  /** Renamed topics' old ids → their ids (`topics.yaml` aliases), for search links saved before a rename. */
  aliases: Record<string, string>;
  /** Papers per topic in the whole archive (rendered with the page). */
  archiveCounts: Record<string, number>;
}

function pageParts(root: HTMLElement): PageParts {
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const topicList = q<HTMLUListElement>('[data-topic-list]');
  const radios = [...topicList.querySelectorAll<HTMLInputElement>('input[value]')].filter((r) => r.value);
  return {
    base: root.dataset.base ?? '/',
    totalPapers: Number(root.dataset.total ?? 0),
    form: q('form[role="search"]'),
    input: q('[data-search-primary]'),
    topicList,
    status: q('[data-status]'),
    suggest: q('[data-suggest]'),
    list: q('[data-results]'),
    more: q('[data-more]'),
    save: root.querySelector('[data-save-offline]'),
    names: JSON.parse(root.querySelector('[data-topic-names]')?.textContent ?? '{}') as Record<string, string>,
    aliases: JSON.parse(root.querySelector('[data-topic-aliases]')?.textContent ?? '{}') as Record<string, string>,
    // From `data-count`: the label's text is for reading (`1,234`), not for Number().
    archiveCounts: Object.fromEntries(radios.map((r) => [r.value, Number(r.dataset.count ?? 0)])),
  };
}

/** The topic filter for a query's counts: "All topics", then topics with matches. */
function renderTopics(parts: PageParts, state: SearchState, counts: Record<string, number>, total: number): void {
  const radio = (id: string, name: string, count: number) => {
    const li = el('li');
    const label = el('label');
    const input = el('input');
    input.type = 'radio';
    input.name = 'topic';
    input.value = id;
    input.setAttribute('form', parts.form.id);
    input.checked = state.topic === id;
    label.append(input, ' ', el('span', 'name', name), ' ', el('span', 'count', formatCount(count)));
    li.append(label);
    return li;
  };
  const options = topicOptions(counts, parts.names, state.topic);
  parts.topicList.replaceChildren(radio('', 'All topics', total), ...options.map((o) => radio(o.id, o.name, o.count)));
}

/** One result: title link, excerpt, topic chips. */
function resultItem(hit: PaperHit, names: Record<string, string>): HTMLLIElement {
  const li = el('li');
  const article = el('article');
  const heading = el('h3');
  // On the heading, a block, not on its link: a title in Arabic or Hebrew then stands at the right, as its excerpt does.
  heading.dir = 'auto';
  const link = el('a', 'result-link', hit.title);
  link.href = hit.url;
  heading.append(link);
  article.append(heading, excerptParagraph(hit.excerpt, 'excerpt'));
  const topics = topicNamesOf(hit, names);
  if (topics.length) {
    const chips = el('ul', 'chips');
    chips.setAttribute('aria-label', 'Topics');
    for (const topic of topics) {
      const chip = el('li');
      chip.append(el('span', 'chip', topic));
      chips.append(chip);
    }
    article.append(chips);
  }
  li.append(article);
  return li;
}

/** The status sentence for results. */
function resultsStatus(parts: PageParts, state: SearchState, total: number, missing: number): string {
  const topicName = state.topic ? (parts.names[state.topic] ?? state.topic) : undefined;
  return [resultsAnnouncement(total, state.q, topicName), unsavedResultsNote(missing)].filter(Boolean).join(' ');
}

/**
 * Shows an outcome. Returns what "show more" needs: the results outcome
 * and how many of its results were loaded (shown or not).
 */
function renderOutcome(parts: PageParts, state: SearchState, outcome: SearchOutcome): { outcome: SearchOutcome; loaded: number; missing: number } {
  const { list, more, status } = parts;
  renderSuggestion(parts.suggest, parts.base, outcome.state === 'no-match' ? outcome.suggestion : null);
  if (outcome.state !== 'results') {
    list.replaceChildren();
    more.hidden = true;
    renderTopics(parts, state, outcome.state === 'idle' ? parts.archiveCounts : {}, outcome.state === 'idle' ? parts.totalPapers : 0);
    status.textContent = outcome.state === 'idle' ? `Type to search ${countOf(parts.totalPapers, 'paper', 'papers')}, or choose a topic.` : outcomeMessage(outcome);
    return { outcome, loaded: 0, missing: 0 };
  }
  const loaded = outcome.hits.length + outcome.missing;
  list.replaceChildren(...outcome.hits.map((hit) => resultItem(hit, parts.names)));
  more.hidden = loaded >= outcome.total;
  // With no words, the counts are the whole archive's (rendered with the page).
  renderTopics(parts, state, state.q ? outcome.topicCounts : parts.archiveCounts, state.q ? outcome.allTopics : parts.totalPapers);
  status.textContent = resultsStatus(parts, state, outcome.total, outcome.missing);
  return { outcome, loaded, missing: outcome.missing };
}

/** Arrow keys: from the box into the results, between results, Escape back to the box. */
function wireResultKeys(parts: PageParts): void {
  const links = () => [...parts.list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  parts.input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0]!.focus();
    }
  });
  parts.list.addEventListener('keydown', (event) => {
    const all = links();
    const current = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (current < 0) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      parts.input.focus();
      return;
    }
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = nextActiveIndex(current, event.key, all.length);
    (next < 0 ? parts.input : all[next]!).focus();
  });
}

/** The "Save search for offline use" button: asks the worker to save the whole index. */
function wireSaveButton(parts: PageParts): void {
  const { save } = parts;
  if (!save || !('serviceWorker' in navigator)) return;
  save.hidden = false;
  save.addEventListener('click', async () => {
    save.disabled = true;
    save.textContent = 'Saving search for offline use…';
    const state = await saveSearchOffline(true).catch(() => undefined);
    save.textContent = state === 'ready' ? 'Search is saved on this device' : 'Could not save all of search; try again online';
    save.disabled = state === 'ready';
  });
}

/**
 * Starts the search page whose elements are inside `root`. Longer than a
 * screen because its handlers share the page's state (the current search,
 * the results loaded for "show more"); each part is rendered by a function above.
 */
export function startSearchPage(root: HTMLElement): void {
  const parts = pageParts(root);
  const search = siteSearch(parts.base);
  let state: SearchState = parseSearchState(location.search, parts.aliases);
  let shown: { outcome: SearchOutcome; loaded: number; missing: number } | undefined;
  // Typing replaces the current history entry, except for the first keystroke
  // after a finished search (a topic change, a submit, back/forward), which
  // starts a new entry: back then returns to the previous search.
  let replaceWhileTyping = !state.q && !state.topic;

  const writeUrl = (mode: 'push' | 'replace') => {
    const url = `${location.pathname}${searchQueryString(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(state, '', url);
    else history.replaceState(state, '', url);
  };
  // While typing, the last word may be unfinished (`sta`); a search from the URL, a submit or back/forward is complete.
  const runner = latestOnly<{ next: SearchState; typing: boolean }>(async ({ next, typing }, isCurrent) => {
    const slow = setTimeout(() => isCurrent() && (parts.status.textContent = 'Searching…'), SEARCHING_AFTER_MS);
    const query = typing ? parts.input.value : `${next.q} `;
    const outcome = await search.search(query, { topic: next.topic, limit: PAGE, topicCounts: true, isCurrent });
    clearTimeout(slow);
    if (!isCurrent() || outcome.state === 'stale') return;
    shown = renderOutcome(parts, next, outcome);
    if (outcome.state !== 'idle') offerOfflineSearch();
  });
  const apply = (next: SearchState, mode: 'push' | 'replace' | 'none') => {
    state = next;
    if (parts.input.value.trim() !== state.q) parts.input.value = state.q;
    if (mode !== 'none') writeUrl(mode);
    void runner.now({ next: state, typing: false });
  };

  parts.input.addEventListener('focus', () => void search.warm().catch(() => undefined), { once: true });
  parts.input.addEventListener('input', () => {
    const next = { ...state, q: parts.input.value.trim() };
    if (sameSearch(next, state)) return;
    state = next;
    writeUrl(replaceWhileTyping ? 'replace' : 'push');
    replaceWhileTyping = true;
    runner.schedule({ next: state, typing: true });
  });
  parts.form.addEventListener('submit', (event) => {
    event.preventDefault();
    replaceWhileTyping = false;
    apply({ ...state, q: parts.input.value.trim() }, 'push');
  });
  parts.topicList.addEventListener('change', (event) => {
    const radio = event.target as HTMLInputElement;
    if (radio.name !== 'topic') return;
    replaceWhileTyping = false;
    apply({ q: parts.input.value.trim(), topic: radio.value }, 'push');
  });
  window.addEventListener('popstate', () => {
    replaceWhileTyping = false;
    apply(parseSearchState(location.search, parts.aliases), 'none');
  });
  parts.more.addEventListener('click', () => void showMore());
  wireResultKeys(parts);
  wireSaveButton(parts);

  async function showMore() {
    if (shown?.outcome.state !== 'results') return;
    const current = shown;
    const page = await shown.outcome.more(current.loaded, PAGE);
    if (shown !== current || current.outcome.state !== 'results') return;
    const first = parts.list.children.length;
    parts.list.append(...page.hits.map((hit) => resultItem(hit, parts.names)));
    current.loaded += page.hits.length + page.missing;
    current.missing += page.missing;
    parts.more.hidden = current.loaded >= current.outcome.total;
    if (page.missing) parts.status.textContent = resultsStatus(parts, state, current.outcome.total, current.missing);
    parts.list.children[first]?.querySelector<HTMLAnchorElement>('a')?.focus();
  }

  history.replaceState(state, '');
  apply(state, 'none');
  parts.input.value = state.q;
}
