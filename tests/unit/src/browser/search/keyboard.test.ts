import { describe, expect, test } from 'vitest';
import { isSearchShortcut, nextActiveIndex } from '../../../../../src/browser/search/keyboard.ts';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isSearchShortcut', () => {
  test('opens on Ctrl+K and Cmd+K, even while typing in a field', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }), false)).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }), true)).toBe(true);
  });
  test('opens on a bare slash outside fields only', () => {
    expect(isSearchShortcut(press('/'), false)).toBe(true);
    expect(isSearchShortcut(press('/'), true)).toBe(false);
  });
  test('ignores K without a modifier, and Alt combinations', () => {
    expect(isSearchShortcut(press('k'), false)).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isSearchShortcut(press('/', { ctrlKey: true }), false)).toBe(false);
  });
});

describe('nextActiveIndex', () => {
  test('moves down from the box (-1) to the first item and wraps at the end', () => {
    expect(nextActiveIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextActiveIndex(1, 'ArrowDown', 3)).toBe(2);
    expect(nextActiveIndex(2, 'ArrowDown', 3)).toBe(0);
  });
  test('moves up from the first item back to the box, and from the box to the last item', () => {
    expect(nextActiveIndex(0, 'ArrowUp', 3)).toBe(-1);
    expect(nextActiveIndex(-1, 'ArrowUp', 3)).toBe(2);
    expect(nextActiveIndex(2, 'ArrowUp', 3)).toBe(1);
  });
  test('jumps with Home and End, ignores other keys, and has nothing to select in an empty list', () => {
    expect(nextActiveIndex(1, 'Home', 3)).toBe(0);
    expect(nextActiveIndex(0, 'End', 3)).toBe(2);
    expect(nextActiveIndex(1, 'a', 3)).toBe(1);
    expect(nextActiveIndex(-1, 'ArrowDown', 0)).toBe(-1);
  });
});
