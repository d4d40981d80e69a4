import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { replaceFile } from '../../../../src/integrations/replace-file.ts';

test('replaces a file of the site whole, and leaves nothing beside it', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-replace-file-'));
  writeFileSync(path.join(dir, 'sw.js'), 'old');
  await replaceFile(path.join(dir, 'sw.js'), 'new');
  expect(readFileSync(path.join(dir, 'sw.js'), 'utf8')).toBe('new');
  expect(readdirSync(dir)).toEqual(['sw.js']);
});

test('a file that cannot be replaced is named with the cause, and leaves nothing beside it', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-replace-file-'));
  mkdirSync(path.join(dir, 'sw.js', 'in-the-way'), { recursive: true });
  const failed: unknown = await replaceFile(path.join(dir, 'sw.js'), 'new').catch((error: unknown) => error);
  expect((failed as Error).message.replaceAll(dir, 'dist')).toMatchInlineSnapshot(`"could not write \`dist/sw.js\` (EISDIR: illegal operation on a directory, rename 'dist/sw.js.folio-new' -> 'dist/sw.js')"`);
  expect((failed as Error).cause).toBeInstanceOf(Error);
  expect(readdirSync(dir)).toEqual(['sw.js']);
});
