/**
 * The header search box as an ARIA combobox: typing shows the best matches in
 * a listbox below it; arrows move through them, Enter opens one (or, with
 * none chosen, submits the form to the search page), Escape closes the list
 * and then clears the box. Loaded on the reader's first focus or keystroke.
 */
import { resultsAnnouncement, unsavedResultsNote } from './announce.ts';
import { nextActiveIndex } from './keyboard.ts';
import { loadPagefind, searchPapers, type PaperHit } from './pagefind-client.ts';
import { el, excerptParagraph, topicNamesOf } from './render-hit.ts';
import { searchQueryString } from './search-state.ts';

const LIMIT = 6;
const DEBOUNCE_MS = 30;

/** Wires up one header search (`root` holds the form, popup and live region). */
export function enhanceHeaderSearch(root: HTMLElement): void {
  if (root.dataset.enhanced) return;
  root.dataset.enhanced = 'true';
  const base = root.dataset.base ?? '/';
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const popup = root.querySelector<HTMLElement>('[data-popup]')!;
  const summary = root.querySelector<HTMLElement>('[data-summary]')!;
  const listbox = root.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const all = root.querySelector<HTMLAnchorElement>('[data-all]')!;
  const live = root.querySelector<HTMLElement>('[data-live]')!;
  const names = JSON.parse(root.querySelector('[data-topic-names]')?.textContent ?? '{}') as Record<string, string>;

  let hits: PaperHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const open = (show: boolean) => {
    popup.hidden = !show;
    input.setAttribute('aria-expanded', String(show && hits.length > 0));
    if (!show) setActive(-1);
  };

  const setActive = (index: number) => {
    active = index;
    const options = listbox.querySelectorAll<HTMLElement>('[role="option"]');
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const render = (q: string, total: number, missing: number) => {
    listbox.replaceChildren(
      ...hits.map((hit, i) => {
        const option = el('li', 'option');
        option.id = `${listbox.id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.href = hit.url;
        option.append(el('span', 'option-title', hit.title), excerptParagraph(hit, 'option-excerpt'));
        const topics = topicNamesOf(hit, names);
        if (topics.length) option.append(el('span', 'option-topics', topics.join(' · ')));
        return option;
      }),
    );
    listbox.hidden = hits.length === 0;
    const note = unsavedResultsNote(missing);
    summary.textContent = total === 0 ? `No papers match “${q}”.` : `${total} ${total === 1 ? 'paper' : 'papers'}${note ? `. ${note}` : ''}`;
    all.href = `${base}search/${searchQueryString({ q, topic: '' })}`;
    all.textContent = total > hits.length ? `See all ${total} results` : 'Open on the search page';
    all.hidden = total === 0;
    live.textContent = [resultsAnnouncement(total, q), note].filter(Boolean).join(' ');
    open(true);
    setActive(-1);
  };

  const run = async () => {
    const q = input.value.trim();
    const mine = ++generation;
    if (!q) {
      hits = [];
      live.textContent = '';
      open(false);
      return;
    }
    try {
      const outcome = await searchPapers(base, q, '', LIMIT);
      if (mine !== generation) return;
      hits = outcome.hits;
      render(q, outcome.total, outcome.missing);
    } catch {
      if (mine !== generation) return;
      hits = [];
      listbox.replaceChildren();
      listbox.hidden = true;
      summary.textContent = 'Search could not load. Press Enter to try the search page.';
      live.textContent = summary.textContent;
      open(true);
    }
  };

  input.addEventListener('focus', () => {
    void loadPagefind(base).catch(() => undefined);
    if (input.value.trim() && hits.length) open(true);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
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
        live.textContent = '';
      } else input.blur();
    }
  });
  listbox.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box
  listbox.addEventListener('click', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
    if (option?.dataset.href) location.href = option.dataset.href;
  });
  root.addEventListener('focusout', (event) => {
    if (!root.contains(event.relatedTarget as Node | null)) open(false);
  });
  form.addEventListener('submit', () => clearTimeout(timer));

  // The reader may have focused the box or typed before this module arrived.
  if (document.activeElement === input) void loadPagefind(base).catch(() => undefined);
  if (input.value.trim()) void run();
}
