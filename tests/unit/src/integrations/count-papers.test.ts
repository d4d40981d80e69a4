import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { countPapersOnShow, isRetiredEntry } from '../../../../src/integrations/count-papers.ts';

const entry = (extra = '') => `---\ntitle: Knots\nslug: knots\n${extra}topics:\n  - other\nlistings:\n  - listing: "2025-03-14"\n    source: 2025-03-14.txt\n    position: 1\n---\n\nA knot.\n`;

describe('isRetiredEntry', () => {
  test('reads an entry whose frontmatter gives `retired` as retired', () => {
    expect(isRetiredEntry(entry('retired: "Not a paper."\n'))).toBe(true);
  });

  test('reads one without it as on show, though its title or body says "retired"', () => {
    expect(isRetiredEntry(entry())).toBe(false);
    expect(isRetiredEntry(entry().replace('title: Knots', 'title: "retired: a study"').replace('A knot.', 'retired: no'))).toBe(false);
  });
});

describe('countPapersOnShow', () => {
  test('counts the entries of a papers folder that are not retired', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-count-'));
    fs.writeFileSync(path.join(dir, 'a.mdx'), entry());
    fs.writeFileSync(path.join(dir, 'b.mdx'), entry('retired: "Not a paper."\n'));
    fs.writeFileSync(path.join(dir, 'c.mdx'), entry());
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'retired');
    expect(await countPapersOnShow(dir)).toBe(2);
  });
});
