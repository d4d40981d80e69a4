import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { HUGO_LAYOUTS, hugoBuildArgs, writeHugoSite } from '../../../../bench/lib/hugo-site.ts';

describe('writeHugoSite', () => {
  test('copies every entry as .md (Hugo does not render .mdx) beside a config and the three templates', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-hugo-site-'));
    const content = path.join(tmp, 'content');
    fs.mkdirSync(path.join(content, 'papers'), { recursive: true });
    const entry = '---\ntitle: A\nslug: a\ntopics:\n  - code\n---\n\nAn abstract with $x^2$.\n';
    fs.writeFileSync(path.join(content, 'papers', 'a.mdx'), entry);
    fs.writeFileSync(path.join(content, 'papers', 'notes.txt'), 'not an entry');
    const site = path.join(tmp, 'site');
    expect(await writeHugoSite(content, site)).toBe(1);
    expect(fs.readFileSync(path.join(site, 'content/papers/a.md'), 'utf8')).toBe(entry);
    expect(fs.readdirSync(path.join(site, 'content/papers')).sort()).toEqual(['_index.md', 'a.md']);
    expect(fs.readFileSync(path.join(site, 'hugo.toml'), 'utf8')).toContain('topic = "topics"');
    for (const file of Object.keys(HUGO_LAYOUTS)) expect(fs.existsSync(path.join(site, 'layouts', file))).toBe(true);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});

describe('hugoBuildArgs', () => {
  test('a quiet, clean build of one folder into another', () => {
    expect(hugoBuildArgs('/s', '/o')).toEqual(['--quiet', '--source', '/s', '--destination', '/o', '--cleanDestinationDir']);
  });
});
