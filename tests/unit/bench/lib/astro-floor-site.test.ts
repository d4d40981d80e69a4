import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ASTRO_FLOOR_CONFIG, ASTRO_FLOOR_SOURCES, astroFloorConfig, astroFloorContentConfig, writeAstroFloorSite } from '../../../../bench/lib/astro-floor-site.ts';

/** Three invented papers, one of them with math, in a Folio content folder beside a file that is not an entry. */
function contentFolder(tmp: string): string {
  const content = path.join(tmp, 'content');
  fs.mkdirSync(path.join(content, 'papers'), { recursive: true });
  const entry = (slug: string, title: string, topic: string, body: string) =>
    `---\ntitle: ${title}\nslug: ${slug}\ntopics:\n  - ${topic}\nkeywords:\n  - otters\nlistings:\n  - listing: 2026-03-14\n    source: day.txt\n    position: 1\n---\n\n${body}\n`;
  fs.writeFileSync(path.join(content, 'papers', 'quiet-otters.mdx'), entry('quiet-otters', 'Quiet Otters', 'robotics', 'Otters, quietly.'));
  fs.writeFileSync(path.join(content, 'papers', 'loud-herons.mdx'), entry('loud-herons', 'Loud Herons', 'audio', 'Herons in $R^{k}$.'));
  fs.writeFileSync(path.join(content, 'papers', 'slow-snails.mdx'), entry('slow-snails', 'Slow Snails', 'robotics', 'Snails.'));
  fs.writeFileSync(path.join(content, 'papers', 'notes.txt'), 'not an entry');
  fs.writeFileSync(path.join(content, 'topics.yaml'), 'topics: []\n');
  return content;
}

describe('writeAstroFloorSite', () => {
  test('copies every entry as .md by default, beside the config, the content config and the pages, node_modules linked to the repo’s', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-astro-floor-'));
    const content = contentFolder(tmp);
    const site = path.join(tmp, 'site');
    expect(await writeAstroFloorSite('/repo', content, site)).toBe(3);
    expect(fs.readdirSync(path.join(site, 'papers')).sort()).toEqual(['loud-herons.md', 'quiet-otters.md', 'slow-snails.md']);
    expect(fs.readFileSync(path.join(site, 'papers/loud-herons.md'), 'utf8')).toBe(fs.readFileSync(path.join(content, 'papers/loud-herons.mdx'), 'utf8'));
    expect(fs.readFileSync(path.join(site, ASTRO_FLOOR_CONFIG), 'utf8')).toBe(astroFloorConfig('md'));
    expect(fs.readFileSync(path.join(site, 'src/content.config.ts'), 'utf8')).toContain(`glob({ pattern: '*.md', base: './papers' })`);
    for (const [file, text] of Object.entries(ASTRO_FLOOR_SOURCES)) expect(fs.readFileSync(path.join(site, file), 'utf8')).toBe(text);
    expect(fs.readlinkSync(path.join(site, 'node_modules'))).toBe('/repo/node_modules');
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('keeps the entries as .mdx, with @astrojs/mdx, when asked', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-astro-floor-'));
    const site = path.join(tmp, 'site');
    await writeAstroFloorSite('/repo', contentFolder(tmp), site, 'mdx');
    expect(fs.readdirSync(path.join(site, 'papers')).sort()).toEqual(['loud-herons.mdx', 'quiet-otters.mdx', 'slow-snails.mdx']);
    expect(fs.readFileSync(path.join(site, 'src/content.config.ts'), 'utf8')).toContain(`pattern: '*.mdx'`);
    expect(fs.readFileSync(path.join(site, ASTRO_FLOOR_CONFIG), 'utf8')).toContain('integrations: [mdx()]');
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});

describe('astroFloorConfig', () => {
  test('uses Astro’s own Markdown processor with `$…$` math on (else MDX reads `{k}` as JSX), and no integration for .md', () => {
    const md = astroFloorConfig('md');
    expect(md).toContain('satteri({ features: { math: true } })');
    expect(md).not.toContain('mdx');
  });
});

describe('ASTRO_FLOOR_SOURCES', () => {
  test('has the pages the Hugo baseline has: home, the A–Z papers list, a page per paper, the topics list and a page per topic', () => {
    expect(Object.keys(ASTRO_FLOOR_SOURCES).filter((file) => file.startsWith('src/pages/')).sort()).toEqual([
      'src/pages/index.astro',
      'src/pages/papers/[slug].astro',
      'src/pages/papers/index.astro',
      'src/pages/topics/[topic].astro',
      'src/pages/topics/index.astro',
    ]);
  });

  test('a paper page shows the title, topics as links, the abstract, keywords and listings', () => {
    const page = ASTRO_FLOOR_SOURCES['src/pages/papers/[slug].astro']!;
    for (const part of ['<h1>{title}</h1>', 'href={`/topics/${t}/`}', '<Content />', '<h2>Keywords</h2>', '{l.listing} (#{l.position})']) expect(page).toContain(part);
  });
});

describe('astroFloorContentConfig', () => {
  test('reads a listing id YAML parsed as a date back as the day', () => {
    expect(astroFloorContentConfig('md')).toContain(`v.toISOString().slice(0, 10)`);
  });
});
