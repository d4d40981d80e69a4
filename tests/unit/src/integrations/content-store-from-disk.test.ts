import { describe, expect, test } from 'vitest';
import { storeFromDisk } from '../../../../src/integrations/content-store-from-disk.ts';

describe('storeFromDisk', () => {
  test('replaces the store written into the module as a string with a read of the file when the module runs', () => {
    const code = 'export default JSON.parse("[[\\"Map\\",1,2],\\"papers\\"]")';
    const replaced = storeFromDisk(code, '/site/node_modules/.astro/data-store.json')!;
    expect(replaced).toBe(
      `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync("/site/node_modules/.astro/data-store.json", 'utf8'));\n`,
    );
    expect(replaced).not.toContain('papers');
  });

  test('leaves any other shape of the module to Astro (the chunked store, an empty one)', () => {
    expect(storeFromDisk('export default{"papers":[(await import("astro:data-layer-chunk:a.txt"))]}', '/x.json')).toBeUndefined();
    expect(storeFromDisk('export default new Map()', '/x.json')).toBeUndefined();
  });
});
