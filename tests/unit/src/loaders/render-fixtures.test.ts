import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseBody } from '../../../../src/format/entry.ts';
import { renderPlainBody } from '../../../../src/loaders/render-abstract.ts';

/**
 * Fixture folders in the style of remark's tests: `tests/fixtures/render/<case>/`
 * holds `input.mdx` (an entry body) and `output.html` (what the site renders
 * for it). `UPDATE=1 npm test` rewrites the outputs from the current code.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/render');
const update = process.env.UPDATE === '1';

describe('rendering entry bodies', () => {
  test.each(readdirSync(FIXTURES).sort())('%s', async (name) => {
    const input = readFileSync(path.join(FIXTURES, name, 'input.mdx'), 'utf8');
    const html = `${await renderPlainBody(parseBody(input))}\n`;
    const output = path.join(FIXTURES, name, 'output.html');
    if (update || !existsSync(output)) writeFileSync(output, html);
    expect(html).toBe(readFileSync(output, 'utf8'));
  });
});
