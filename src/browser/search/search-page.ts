/**
 * The search page: runs the search in the URL on load, keeps the URL in step
 * with the box and the topic filter (one history entry per search, replaced
 * while typing), restores a search on back/forward, and lets the keyboard move
 * between the box and the results (arrows, Home/End, Escape back to the box).
 */
import { resultsAnnouncement, unsavedResultsNote } from './announce.ts';
import { nextActiveIndex } from './keyboard.ts';
import { loadPagefind, searchPapers, type PaperHit, type SearchOutcome } from './pagefind-client.ts';
import { el, excerptParagraph, topicNamesOf } from './render-hit.ts';
import { parseSearchState, sameSearch, searchQueryString, type SearchState } from './search-state.ts';
import { topicOptions } from './topic-options.ts';

const PAGE = 20;
const DEBOUNCE_MS = 30;

/** Starts the search page whose elements are inside `root`. */
export function startSearchPage(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const totalPapers = Number(root.dataset.total ?? 0);
  const form = root.querySelector<HTMLFormElement>('form[role="search"]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-primary]')!;
  const topicList = root.querySelector<HTMLUListElement>('[data-topic-list]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const names = JSON.parse(root.querySelector('[data-topic-names]')?.textContent ?? '{}') as Record<string, string>;
  const wholeArchiveCounts = Object.fromEntries(
    [...topicList.querySelectorAll<HTMLInputElement>('input[value]')].filter((r) => r.value).map((r) => [r.value, Number(r.closest('label')?.querySelector('.count')?.textContent ?? 0)]),
  );

  let state: SearchState = parseSearchState(location.search);
  let outcome: SearchOutcome | undefined;
  // Results loaded so far, shown or not (offline, some cannot be), and those not shown.
  let shown = 0;
  let missing = 0;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Typing replaces the current history entry, except for the first keystroke
  // after a finished search (a topic change, a submit, back/forward), which
  // starts a new entry: back then returns to the previous search.
  let replaceWhileTyping = !state.q && !state.topic;

  const topicName = (id: string) => names[id] ?? id;
  const statusText = (total: number) =>
    [resultsAnnouncement(total, state.q, state.topic ? topicName(state.topic) : undefined), unsavedResultsNote(missing)].filter(Boolean).join(' ');

  const writeUrl = (mode: 'push' | 'replace') => {
    const url = `${location.pathname}${searchQueryString(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(state, '', url);
    else history.replaceState(state, '', url);
  };

  const renderTopics = (counts: Record<string, number>, total: number) => {
    const options = topicOptions(counts, names, state.topic);
    const radio = (id: string, name: string, count: number) => {
      const li = el('li');
      const label = el('label');
      const input = el('input');
      input.type = 'radio';
      input.name = 'topic';
      input.value = id;
      input.setAttribute('form', form.id);
      input.checked = state.topic === id;
      label.append(input, ' ', el('span', 'name', name), ' ', el('span', 'count', String(count)));
      li.append(label);
      return li;
    };
    topicList.replaceChildren(radio('', 'All topics', total), ...options.map((o) => radio(o.id, o.name, o.count)));
  };

  const renderHit = (hit: PaperHit) => {
    const li = el('li');
    const article = el('article');
    const heading = el('h3');
    const link = el('a', 'result-link', hit.title);
    link.href = hit.url;
    heading.append(link);
    article.append(heading, excerptParagraph(hit, 'excerpt'));
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
  };

  const showMore = async () => {
    if (!outcome) return;
    const mine = generation;
    const page = await outcome.more(shown, PAGE);
    if (mine !== generation) return;
    const first = list.children.length;
    list.append(...page.hits.map(renderHit));
    shown += page.hits.length + page.missing;
    more.hidden = shown >= outcome.total;
    if (page.missing) {
      missing += page.missing;
      status.textContent = statusText(outcome.total);
    }
    list.children[first]?.querySelector<HTMLAnchorElement>('a')?.focus();
  };

  const run = async () => {
    const mine = ++generation;
    if (!state.q && !state.topic) {
      outcome = undefined;
      list.replaceChildren();
      more.hidden = true;
      renderTopics(wholeArchiveCounts, totalPapers);
      status.textContent = `Type to search ${totalPapers} papers, or choose a topic.`;
      return;
    }
    status.textContent = 'Searching…';
    try {
      const result = await searchPapers(base, state.q, state.topic, PAGE);
      if (mine !== generation) return;
      outcome = result;
      shown = result.hits.length + result.missing;
      missing = result.missing;
      list.replaceChildren(...result.hits.map(renderHit));
      more.hidden = shown >= result.total;
      // With no words, the counts are the whole archive's (rendered with the page).
      renderTopics(state.q ? result.topicCounts : wholeArchiveCounts, state.q ? result.allTopics : totalPapers);
      status.textContent = statusText(result.total);
    } catch {
      if (mine !== generation) return;
      status.textContent = navigator.onLine
        ? 'Search could not load. Reload the page to try again.'
        : 'You are offline and search has not been saved on this device yet. Visit once with the network on.';
    }
  };

  const apply = (next: SearchState, mode: 'push' | 'replace' | 'none') => {
    state = next;
    if (input.value.trim() !== state.q) input.value = state.q;
    if (mode !== 'none') writeUrl(mode);
    void run();
  };

  input.addEventListener('focus', () => void loadPagefind(base).catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const next = { ...state, q: input.value.trim() };
      if (sameSearch(next, state)) return;
      const mode = replaceWhileTyping ? 'replace' : 'push';
      replaceWhileTyping = true;
      state = next;
      writeUrl(mode);
      void run();
    }, DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    replaceWhileTyping = false;
    apply({ ...state, q: input.value.trim() }, 'push');
  });
  topicList.addEventListener('change', (event) => {
    const radio = event.target as HTMLInputElement;
    if (radio.name !== 'topic') return;
    replaceWhileTyping = false;
    apply({ q: input.value.trim(), topic: radio.value }, 'push');
  });
  window.addEventListener('popstate', () => {
    replaceWhileTyping = false;
    apply(parseSearchState(location.search), 'none');
  });
  more.addEventListener('click', () => void showMore());

  // Arrow keys: from the box into the results, and between results.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0]!.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const current = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (current < 0) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
      return;
    }
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = nextActiveIndex(current, event.key, all.length);
    (next < 0 ? input : all[next]!).focus();
  });

  history.replaceState(state, '');
  apply(state, 'none');
  input.value = state.q;
}
