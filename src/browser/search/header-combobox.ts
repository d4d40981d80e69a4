/**
 * The parts of the header search that only work with its script: the
 * combobox state of the box, the popup with its listbox, the help text the
 * box points to, the live region and the shortcut hint. The page writes only
 * the form (label, box, button), which without JavaScript is a plain search
 * box that opens the search page; these parts are added when the script
 * runs, before the reader can type, instead of being written into every page
 * (about 0.8 KB of each paper page). `header-search.ts` fills them.
 */

/** The id of the listbox; the box's `aria-controls`, and the prefix of its options' ids. */
export const LISTBOX_ID = 'site-search-listbox';
const HELP_ID = 'site-search-help';

/** An element with attributes (set as attributes: text, never HTML) and children. */
function make(tag: string, attributes: Record<string, string>, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * Adds the script-only parts to the header search in `root` (once) and
 * returns its box, or `undefined` when `root` holds no search box.
 */
export function addComboboxParts(root: HTMLElement, shortcut: string): HTMLInputElement | undefined {
  const form = root.querySelector('form');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return undefined;
  if (input.getAttribute('role') === 'combobox') return input;
  for (const [name, value] of Object.entries({
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': LISTBOX_ID,
    'aria-autocomplete': 'list',
    'aria-describedby': HELP_ID,
    // The browser's own list of earlier entries would cover the matches.
    autocomplete: 'off',
  })) {
    input.setAttribute(name, value);
  }
  input.after(make('kbd', { class: 'shortcut', 'aria-hidden': 'true', 'data-shortcut': '' }, shortcut));
  form.append(
    make(
      'div',
      { class: 'popup', 'data-popup': '', hidden: '' },
      make('p', { class: 'summary', 'data-summary': '' }),
      make('p', { class: 'summary suggest', 'data-suggest': '', hidden: '' }),
      make('ul', { class: 'listbox', role: 'listbox', id: LISTBOX_ID, 'aria-label': 'Matching papers', hidden: '' }),
      make('a', { class: 'all', 'data-all': '', href: form.getAttribute('action') ?? '' }, 'See all results'),
    ),
    make('p', { id: HELP_ID, class: 'visually-hidden' }, 'Press Control K or slash to search from any page. Arrow keys move through the matches, Enter opens one.'),
    make('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true', 'data-live': '' }),
  );
  return input;
}
