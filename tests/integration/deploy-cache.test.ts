import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runIngest } from './run-ingest.ts';
import { astroBuild as build } from '../support/astro.ts';
import { fixtureContent } from '../support/fixture-content.ts';

/**
 * A deploy from CI runs on a fresh machine: the repository is checked out
 * anew (every content file written again, with new times) and the last
 * deploy's build cache and output are restored by the workflow
 * (.github/workflows/pages.yml, actions/cache). This builds the fixture
 * archive, then a day later builds it as such a runner would, and checks
 * that the restored cache is used and that what it deploys is exactly what
 * a clean build writes. Content only, never time.
 */

const { tmp, content } = fixtureContent('folio-deploy-cache-');
const deployed = { FOLIO_CONTENT: content, FOLIO_OUT_DIR: path.join(tmp, 'dist'), FOLIO_CACHE_DIR: path.join(tmp, 'cache') };
const clean = { ...deployed, FOLIO_OUT_DIR: path.join(tmp, 'dist-clean'), FOLIO_CACHE_DIR: path.join(tmp, 'cache-clean') };

/** Every file under `dir`, by path, with its bytes. */
const files = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name))]),
  );
const pageLines = (log: string) => log.split('\n').filter((line) => /\.html \((?:cached|restored|\+\d+ms)\)/.test(line));

describe('a deploy from a fresh checkout with the last deploy’s cache restored', () => {
  let second: string;

  beforeAll(async () => {
    await build(deployed);
    // The next day: one more dump ingested and committed.
    const dumps = path.join(tmp, 'next-day');
    mkdirSync(dumps, { recursive: true });
    writeFileSync(path.join(dumps, '2026-04-01.txt'), 'Apr 1\n\nKelp Forest Recovery after Marine Heatwaves\n\nWe survey kelp canopies along two coasts for a decade and find recovery where urchin predators remain.\n');
    const ingest = await runIngest(['--content', content, path.join(dumps, '2026-04-01.txt')]);
    expect(ingest.code, ingest.stderr).toBe(0);
    // The checkout: the same bytes, every file new.
    const checkout = path.join(tmp, 'checkout');
    cpSync(content, checkout, { recursive: true });
    rmSync(content, { recursive: true });
    renameSync(checkout, content);
    second = await build(deployed);
    await build(clean);
  }, 300_000);

  test('renders only what the day changed and reuses the rest of the restored output', () => {
    const pages = pageLines(second);
    const reused = pages.filter((line) => /\((?:cached|restored)\)/.test(line));
    expect(pages.length).toBeGreaterThan(0);
    expect(reused.length).toBeGreaterThan(pages.length / 2);
    expect(pages.find((line) => line.includes('/papers/kelp-forest-recovery-after-marine-heatwaves/index.html'))).toMatch(/\(\+\d+ms\)/);
  });

  test('deploys exactly what a clean build writes, file for file and byte for byte', () => {
    const built = files(deployed.FOLIO_OUT_DIR);
    const expected = files(clean.FOLIO_OUT_DIR);
    expect([...built.keys()].sort()).toEqual([...expected.keys()].sort());
    const differing = [...expected].filter(([file, bytes]) => !bytes.equals(built.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
