/** The parts of a `KeyboardEvent` the shortcuts look at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

/**
 * Whether a key press should open search: Ctrl+K or Cmd+K anywhere, and `/`
 * alone when the reader is not typing in a field (`typing`), where `/` is text.
 */
export function isSearchShortcut(press: KeyPress, typing: boolean): boolean {
  if (press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey) && !press.altKey) return true;
  return press.key === '/' && !typing && !press.ctrlKey && !press.metaKey && !press.altKey;
}

/**
 * The next active item of a list of `count` items after an arrow, Home or End
 * key, from `current` (`-1`: none, focus still in the search box). Down from
 * the last item wraps to the first and Up from the first goes back to none;
 * other keys leave it unchanged.
 */
export function nextActiveIndex(current: number, key: string, count: number): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return current >= count - 1 ? 0 : current + 1;
    case 'ArrowUp':
      return current <= 0 ? (current === 0 ? -1 : count - 1) : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return current;
  }
}
