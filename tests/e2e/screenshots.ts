/**
 * Takes screenshots of a built site for people to look at (not a test).
 *
 *   node_modules/.bin/tsx tests/e2e/screenshots.ts DIST_DIR OUT_DIR [paper-slug] [topic-id]
 *
 * Home, a paper page and a topic page, at 390 px and 1280 px, light and dark.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../support/static-server.ts';
import { launchChromium } from '../support/browser.ts';

const [dist = 'dist', out = '/tmp/folio-shots', paper, topic] = process.argv.slice(2);
const base = process.env.FOLIO_BASE ?? '/';
fs.mkdirSync(out, { recursive: true });

const firstDir = (sub: string) => fs.readdirSync(path.join(dist, sub), { withFileTypes: true }).find((d) => d.isDirectory())?.name;
const pages = {
  home: '',
  paper: `papers/${paper ?? firstDir('papers')}/`,
  topic: `topics/${topic ?? firstDir('topics')}/`,
};

const server = await serveStatic(dist, base);
const browser = await launchChromium();
try {
  for (const [width, device] of [[390, 'phone'], [1280, 'desktop']] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, p] of Object.entries(pages)) {
        await page.goto(`${server.origin}${base}${p}`, { waitUntil: 'networkidle' });
        const file = path.join(out, `${name}-${device}-${scheme}.png`);
        // Full page, but cut long pages (a topic can list hundreds of papers) to stay viewable.
        const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 2400);
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
