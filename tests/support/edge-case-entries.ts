import fs from 'node:fs';
import path from 'node:path';

/** The entries the site tests add to the seeds, to build pages real dumps can lead to. */
export interface EdgeCases {
  /** A paper listed twice in one listing (next to its own copy) and in a second, undated listing (with its first listing's date label, if it had one). */
  listedTwice: string;
  /** An invented paper whose formulas are oversized (`\rule{3000em}…`) or broken (KaTeX errors). */
  formulaErrors: string;
  /** An invented paper retired by hand (README, "Retiring a paper"), on the listed-twice paper's listing and alone on a listing of its own, with an alias. */
  retired: { slug: string; alias: string; title: string; reason: string; listing: string; ownListing: string };
}

/** The invented paper's body: sizes KaTeX must bound, and errors it shows in its error colour. */
const FORMULA_ERRORS_BODY =
  'We draw a rule $\\rule{3000em}{2em}$, a kern $a\\kern{20000em}b$ and a raised box $\\raisebox{900em}{y}$ inline. ' +
  'An unclosed fraction $\\frac{1}{$ and an unknown command $\\foo x$ are shown as their source.\n';

/**
 * Edits a content folder the way hand edits and odd dumps can leave it: one
 * paper (in the middle of a listing, not the first file) gets a second
 * appearance at its own position and a third in a new listing with the same
 * date label, and an invented paper with oversized and broken formulas joins
 * that new listing; an invented paper retired by hand is on the first
 * paper's listing and alone on one of its own. All are recorded in
 * `published.json`, as the ingest would.
 */
export function addEdgeCaseEntries(content: string): EdgeCases {
  const dir = path.join(content, 'papers');
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort();
  const name = names.slice(1).find((n) => /\n {4}position: 2\n---\n/.test(fs.readFileSync(path.join(dir, n), 'utf8')));
  if (name === undefined) throw new Error(`no entry in ${dir} is second in a listing; the site tests expect the seeds to have one`);
  const file = path.join(dir, name);
  const text = fs.readFileSync(file, 'utf8');
  const appearance = /\n {2}- listing: (\S+)\n {4}source: (.+)\n(?: {4}date: (.+)\n)? {4}position: 2\n---\n/.exec(text);
  if (appearance === null) throw new Error(`${file}: expected its last listing to be at position 2`);
  const [, listing, source, date] = appearance;
  // A day's id is quoted in YAML ("2025-03-14"); the second listing is a file-named, undated one.
  const second = `${listing!.replace(/"/g, '')}-second-save`;
  const dated = (lines: string[]) => (date === undefined ? lines.filter((line) => !line.startsWith('    date:')) : lines);
  const more = dated([`  - listing: ${listing}`, `    source: ${source}`, `    date: ${date}`, '    position: 2', `  - listing: ${second}`, `    source: ${second}.txt`, `    date: ${date}`, '    position: 1']);
  const end = appearance.index + appearance[0].length - '---\n'.length;
  fs.writeFileSync(file, `${text.slice(0, end)}${more.join('\n')}\n${text.slice(end)}`);

  const formulaErrors = 'an-invented-abstract-with-oversized-formulas';
  const title = 'An Invented Abstract with Oversized Formulas';
  const frontmatter = dated([`title: ${title}`, `slug: ${formulaErrors}`, 'topics:', '  - other', 'autoTopics:', '  - other', 'listings:', `  - listing: ${second}`, `    source: ${second}.txt`, `    date: ${date}`, '    position: 2']);
  fs.writeFileSync(path.join(dir, `${formulaErrors}.mdx`), `---\n${frontmatter.join('\n')}\n---\n\n${FORMULA_ERRORS_BODY}`);

  // A page footer an older Folio published as a paper, retired by hand: on a day with other papers, and the one paper of a listing of its own.
  const day = listing!.replace(/"/g, '');
  const retired = { slug: 'terms-of-use-and-privacy', alias: 'terms-of-use', title: 'Terms of Use and Privacy', reason: 'Not a paper: a footer line from an early save.', listing: day, ownListing: 'footer-only-save' };
  const retiredFrontmatter = [
    `title: ${retired.title}`,
    `slug: ${retired.slug}`,
    `retired: "${retired.reason}"`,
    'aliases:',
    `  - ${retired.alias}`,
    'topics:',
    '  - other',
    'listings:',
    `  - listing: ${listing}`,
    `    source: ${source}`,
    '    position: 99',
    `  - listing: ${retired.ownListing}`,
    `    source: ${retired.ownListing}.txt`,
    '    position: 1',
  ];
  fs.writeFileSync(path.join(dir, `${retired.slug}.mdx`), `---\n${retiredFrontmatter.join('\n')}\n---\n\nAbout us, careers, terms of use and privacy.\n`);

  const manifestPath = path.join(content, 'published.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { papers: Record<string, { title: string; key: string }> };
  manifest.papers[formulaErrors] = { title, key: title.toLowerCase() };
  manifest.papers[retired.slug] = { title: retired.title, key: retired.title.toLowerCase() };
  manifest.papers[retired.alias] = { title: retired.title, key: retired.title.toLowerCase() };
  fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { listedTwice: name.replace(/\.mdx$/, ''), formulaErrors, retired };
}
