import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { withAstroLock } from './astro.ts';
import { addEdgeCaseEntries, type EdgeCases } from './edge-case-entries.ts';

/** The builds every site and browser test shares. */
export interface SiteBuilds {
  /** Content folder the seeds were ingested into. */
  content: string;
  /** The site built at the root (`/`). */
  root: { dist: string; base: string; site: string };
  /** The same site built under a base path, as on GitHub Pages. */
  based: { dist: string; base: string; site: string };
  /** A paper renamed by hand before the build, its old slug kept as an alias. */
  renamed: { from: string; to: string };
  /** A topic renamed in topics.yaml, its old id kept as an alias, and the seeds ingested again (so every entry names the new id). */
  renamedTopic: { from: string; to: string };
  /** Entries edited or added by hand to build pages the seeds alone do not have. */
  edgeCases: EdgeCases;
  /**
   * A small site of invented look-alike papers (`C#`/`C++` twins, a quoted short name, `x'(t)`, escaped markup): tests/fixtures/search/.
   * Built as the README's quick start builds, without FOLIO_SITE: its `site` is the default, http://localhost:4321.
   */
  searchFixtures: { content: string; dist: string; base: string; site: string };
  /**
   * A small site of invented papers whose titles and abstracts are hostile (markup, MDX and YAML syntax, scripts of several languages, words too long for a line): tests/fixtures/hostile/.
   * One of its topics is renamed in topics.yaml (the old id kept as an alias) and its entries are left naming the old id, as they are until ingested again.
   */
  hostile: { content: string; dist: string; base: string; site: string; renamedTopic: { from: string; to: string }; formerTitle: { title: string; former: string; alias: string } };
  /** What the ingest of the seeds printed: its warnings (stderr) and summary (stdout). */
  ingest: { stdout: string; stderr: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    builds: SiteBuilds;
  }
}

const repo = path.resolve(import.meta.dirname, '../..');

/** The days the site tests give three of the seeds (their date lines say Mar 14, Jun 13 and Mar 17, without a year). */
export const SEED_DAYS: Record<string, string> = {
  '2025-03-14': '000_b74b9448ff318115.txt',
  '2025-06-13': '001_cf197f3b40818cc2.txt',
  '2025-03-17': '004_471ce2beb0afd38b.txt',
};
const bin = path.join(repo, 'node_modules/.bin');
// Node 24 from the `node` package, whatever `node` is on the machine.
const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): { stdout: string; stderr: string } {
  try {
    const result = spawnSync(path.join(bin, command), args, { cwd: repo, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    if (result.status !== 0) throw Object.assign(new Error(`exit ${result.status}`), { stdout: Buffer.from(result.stdout ?? ''), stderr: Buffer.from(result.stderr ?? '') });
    return { stdout: result.stdout, stderr: result.stderr };
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`\`${command} ${args.join(' ')}\` failed:\n${e.stderr?.toString() ?? ''}\n${e.stdout?.toString().slice(-4000) ?? ''}`, { cause: error });
  }
}

/**
 * Ingests the seeds (`../shared/seeds` from the repo root) into a temp folder
 * and builds the site twice into temp folders: once at `/`, once under
 * `/folio/`; then the search fixtures (10 papers, a few seconds) and the hostile fixtures (13 papers).
 * `FOLIO_TEST_KEEP=1` keeps the folder for a look afterwards.
 */
export default async function setup(project: TestProject) {
  const seeds = path.resolve(repo, '../shared/seeds');
  if (!fs.existsSync(seeds)) throw new Error(`The site tests build the seeds, expected at \`${seeds}\` (../shared/seeds from the repo root)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-site-test-'));
  const content = path.join(tmp, 'content');
  // First as saved (file-named listings), then dated as a user would date them: three of the
  // seeds become days and keep their first URLs as redirects; 002 has no date line and stays undated.
  const ingest = run('node', ['scripts/ingest.js', '--content', content, seeds]);
  for (const [day, file] of Object.entries(SEED_DAYS)) run('node', ['scripts/ingest.js', '--content', content, '--date', day, path.join(seeds, file)]);
  // A topic renamed as the README says (its old id moved into `aliases`), then every dump ingested again, which writes the new id.
  const renamedTopic = renameTopic(content, 'language-models', 'large-language-models');
  run('node', ['scripts/ingest.js', '--content', content, seeds]);
  const renamed = renameOnePaper(path.join(content, 'papers'));
  const edgeCases = addEdgeCaseEntries(content);
  // A topic added to the taxonomy that no paper is filed under yet: it gets a page and a feed but is listed nowhere (tests/site/pages.test.ts).
  fs.appendFileSync(path.join(content, 'topics.yaml'), '\n  - id: quantum-hardware\n    name: Quantum hardware\n    description: Qubits, not models.\n    terms:\n      - superconducting qubit\n');

  const site = 'https://lab.example.org';
  // `buildSite` empty: FOLIO_SITE unset (an empty value counts as unset), so the build takes its default.
  const build = (name: string, base: string, from = content, buildSite = site) => {
    const dist = path.join(tmp, name);
    run('astro', ['build'], { FOLIO_CONTENT: from, FOLIO_OUT_DIR: dist, FOLIO_CACHE_DIR: path.join(tmp, `cache-${name}`), FOLIO_SITE: buildSite, FOLIO_BASE: base });
    return { dist, base, site: buildSite || 'http://localhost:4321' };
  };
  const fixtures = path.join(tmp, 'search-fixtures');
  run('node', ['scripts/ingest.js', '--content', fixtures, path.join(repo, 'tests/fixtures/search')]);
  const hostile = path.join(tmp, 'hostile');
  run('node', ['scripts/ingest.js', '--content', hostile, path.join(repo, 'tests/fixtures/hostile')]);
  // Renamed after the ingest: the entry filed under it still names the old id, which the build must read as the new one.
  const hostileTopic = renameTopic(hostile, 'representation-learning', 'learned-representations');
  // The Arabic paper as first listed, under a title spelled otherwise and at another address: its page says `Also listed as` that title, and the address redirects.
  const formerTitle = retitleOnePaper(path.join(hostile, 'papers'), 'نماذج اللغة الكبيرة للترجمة', 'نماذج اللغه الكبيره للترجمه', 'nmadhj-allgh-alkbyrh-lltrjmh');
  // Astro keeps generated modules in the project root: no other test's build may run meanwhile.
  const builds: SiteBuilds = await withAstroLock(async () => ({
    content,
    root: build('dist', '/'),
    based: build('dist-folio', '/folio/'),
    renamed,
    renamedTopic,
    edgeCases,
    ingest,
    searchFixtures: { content: fixtures, ...build('dist-search-fixtures', '/', fixtures, '') },
    hostile: { content: hostile, ...build('dist-hostile', '/', hostile), renamedTopic: hostileTopic, formerTitle },
  }));
  project.provide('builds', builds);

  return () => {
    if (process.env.FOLIO_TEST_KEEP) console.log(`kept the test builds in ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  };
}

/** Renames a topic of `content`'s topics.yaml the way the README says: a new id, the old one kept in `aliases`. */
function renameTopic(content: string, from: string, to: string): { from: string; to: string } {
  const file = path.join(content, 'topics.yaml');
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(`  - id: ${from}\n`)) throw new Error(`expected a topic \`${from}\` in ${file}`);
  fs.writeFileSync(file, text.replace(`  - id: ${from}\n`, `  - id: ${to}\n    aliases:\n      - ${from}\n`));
  return { from, to };
}

/**
 * Renames the first paper the way a user would: a new slug, the old one kept
 * in `aliases`, so the build must serve the old URL as a redirect.
 */
function renameOnePaper(dir: string): { from: string; to: string } {
  const name = fs.readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()[0]!;
  const from = name.replace(/\.mdx$/, '');
  const to = `${from}-renamed`;
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  fs.writeFileSync(path.join(dir, `${to}.mdx`), text.replace(`slug: ${from}\n`, `slug: ${to}\naliases:\n  - ${from}\n`));
  fs.rmSync(path.join(dir, name));
  return { from, to };
}

/**
 * Gives the paper titled `title` a former title and a former address (an
 * alias), as an ingest that saw it retitled and a rename by hand leave them.
 */
function retitleOnePaper(dir: string, title: string, former: string, alias: string): { title: string; former: string; alias: string } {
  const name = fs.readdirSync(dir).find((n) => n.endsWith('.mdx') && fs.readFileSync(path.join(dir, n), 'utf8').includes(`\ntitle: ${title}\n`));
  if (!name) throw new Error(`expected a paper titled \`${title}\` in ${dir}`);
  const file = path.join(dir, name);
  const text = fs.readFileSync(file, 'utf8');
  const slug = /\nslug: (.+)\n/.exec(text)![1]!;
  fs.writeFileSync(file, text.replace(`\nslug: ${slug}\n`, `\nslug: ${slug}\nformerTitles:\n  - ${former}\naliases:\n  - ${alias}\n`));
  return { title, former, alias };
}
