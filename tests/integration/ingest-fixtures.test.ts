import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runIngest, tempDir } from './run-ingest.ts';

/**
 * Fixture folders in the style of remark's tests: `tests/fixtures/ingest/<case>/`
 * holds `input/` (the dumps, one quirk per case) and `output/` (every entry the
 * ingest writes for them, and `warnings.txt`). `UPDATE=1 npm test` rewrites the
 * outputs from the current code; review the diff before committing it.
 */
const FIXTURES = path.join(ROOT, 'tests/fixtures/ingest');
const cases = readdirSync(FIXTURES).sort();
const update = process.env.UPDATE === '1';

describe('the ingest on fixture dumps', () => {
  test.each(cases)('%s', async (name) => {
    const dir = path.join(FIXTURES, name);
    const content = path.join(await tempDir('folio-fixture-'), 'content');
    const { code, stdout, stderr } = await runIngest(['--content', content, 'input'], dir);
    expect(code, stderr).toBe(0);
    const written = new Map<string, string>();
    for (const file of (await readdir(path.join(content, 'papers'))).sort()) written.set(file, await readFile(path.join(content, 'papers', file), 'utf8'));
    written.set('warnings.txt', `${stderr}${stdout}`.split(content).join('<content>'));

    const output = path.join(dir, 'output');
    if (update || !existsSync(output)) {
      await rm(output, { recursive: true, force: true });
      await mkdir(output, { recursive: true });
      for (const [file, text] of written) await writeFile(path.join(output, file), text);
    }
    const expected = new Map<string, string>();
    for (const file of (await readdir(output)).sort()) expected.set(file, await readFile(path.join(output, file), 'utf8'));
    expect([...written.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, text] of written) expect(text, `${name}/output/${file}`).toBe(expected.get(file));
  });
});
