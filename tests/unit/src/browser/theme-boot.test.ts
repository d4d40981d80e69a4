import vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import { themeBootScript } from '../../../../src/browser/theme-boot.ts';

/** Runs the script as a classic script in a bare context with `stored` as the reader's choice (or a storage that throws). */
function boot(stored: string | null | Error) {
  const classes: string[] = [];
  const documentElement = { classList: { add: (c: string) => classes.push(c) }, dataset: {} as Record<string, string> };
  const localStorage = {
    getItem: () => {
      if (stored instanceof Error) throw stored;
      return stored;
    },
  };
  const context = vm.createContext({ document: { documentElement }, localStorage });
  vm.runInContext(themeBootScript, context);
  return { classes, theme: documentElement.dataset.theme, globals: Object.keys(context).sort() };
}

describe('themeBootScript', () => {
  test('marks that scripts run and applies a stored light or dark choice', () => {
    expect(boot('dark')).toEqual({ classes: ['js'], theme: 'dark', globals: ['document', 'localStorage'] });
    expect(boot('light').theme).toBe('light');
  });

  test('ignores anything else stored, and a storage that refuses to be read (private browsing)', () => {
    expect(boot('blue')).toMatchObject({ classes: ['js'], theme: undefined });
    expect(boot(null).theme).toBeUndefined();
    expect(boot(new Error('SecurityError'))).toMatchObject({ classes: ['js'], theme: undefined });
  });

  test('leaves no global variables behind', () => {
    expect(boot('dark').globals).toEqual(['document', 'localStorage']);
  });
});
