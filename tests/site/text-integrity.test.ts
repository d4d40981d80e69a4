import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { SaxesParser } from 'saxes';
import { describe, expect, inject, test } from 'vitest';
import { atomProblems } from '../support/atom-rules.ts';
import { htmlFiles, listFiles, page, readEntries } from '../support/site.ts';

/**
 * What readers of the seeds' site get as text: rendered math or clean text,
 * never TeX source, unless the ingest said it kept it (so its warnings count
 * exactly what stays literal); and feeds any XML reader accepts.
 */
const { content, root, based, ingest, edgeCases } = inject('builds');
const { dist } = root;
const entries = readEntries(content);

/** A TeX control word (`\mathbb`), or the name of a math command a listing page left without its backslash (`mathbb R`). */
const TEX = /\\[A-Za-z]+|(?<![\p{L}\\])(?:mathbb|mathcal|mathrm|mathbf|textbf|textit|emph|footnote|scriptstyle|cdot)(?![\p{L}])/gu;

/** The TeX a page shows outside KaTeX's output, each once. */
function visibleTex(file: string): string[] {
  const article = page(dist, file).querySelector('article.paper');
  const clone = parse(article?.toString() ?? '');
  for (const node of clone.querySelectorAll('.katex, script, style')) node.remove();
  return [...new Set(clone.textContent.match(TEX) ?? [])];
}

describe('TeX on the seeds\' pages', () => {
  // Every paper the ingest wrote; the global setup adds one by hand whose formulas are broken on purpose.
  const byHand = `papers/${edgeCases.formulaErrors}/index.html`;
  const paperPages = htmlFiles(dist).filter((f) => /^papers\/[^/]+\/index\.html$/.test(f) && f !== byHand && page(dist, f).querySelector('article.paper'));

  test('there are paper pages to check', () => expect(paperPages.length).toBe(entries.length - 1));

  test('no page shows TeX outside KaTeX output but what the ingest warned it kept as literal text', () => {
    const shown = paperPages.flatMap((file) => visibleTex(file).map((command) => `${command} on ${file}`));
    const kept = [...ingest.stderr.matchAll(/kept the unknown LaTeX command `([^`]+)` as literal text/g)].map((m) => m[1]!);
    expect(shown.map((s) => s.split(' on ')[0]).sort()).toEqual(kept.sort());
  });

  test('the summary counts what stays literal', () => {
    const kept = [...ingest.stderr.matchAll(/kept (?:the unknown LaTeX command|the formula) `/g)].length;
    expect(ingest.stdout).toContain(`kept ${kept} LaTeX command${kept === 1 ? '' : 's'} as literal text`);
  });
});

describe('feeds', () => {
  const feeds = listFiles(dist).filter((f) => f.endsWith('.xml'));

  test.each(feeds)('%s is well-formed XML to a strict parser', (file) => {
    const errors: string[] = [];
    const parser = new SaxesParser();
    parser.on('error', (error) => errors.push(error.message));
    parser.write(fs.readFileSync(path.join(dist, file), 'utf8')).close();
    expect(errors).toEqual([]);
  });

  // Every feed of both builds (at `/` and under a base path), empty topics' and aliases' included: what a validator asks of an Atom feed.
  const atomFeeds = [root, based].flatMap((build) => listFiles(build.dist).filter((f) => f.endsWith('feed.xml')).map((file) => [`${build.base}${file}`, path.join(build.dist, file)] as const));

  test('there are feeds to check: the site’s and each topic’s, at both bases', () => expect(atomFeeds.length).toBeGreaterThan(40));

  test.each(atomFeeds)('%s meets RFC 4287’s MUSTs, with an author and absolute links', (_, file) => {
    expect(atomProblems(fs.readFileSync(file, 'utf8'))).toEqual([]);
  });
});
