import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { SaxesParser } from 'saxes';
import { describe, expect, inject, test } from 'vitest';
import { atomProblems } from '../support/atom-rules.ts';
import { HTMLElement } from 'node-html-parser';
import { htmlFiles, listFiles, page, readEntries, renderedAbstract, text } from '../support/site.ts';
import { titleText } from '../../src/format/title-text.ts';

/**
 * The hostile fixtures (tests/fixtures/hostile/): titles and abstracts made
 * of markup, MDX and YAML syntax, JSON and BibTeX breakers, several scripts
 * and words too long for a line. Every paper is published, shown as typed,
 * in valid HTML and XML, and none of its text becomes markup.
 */
const { content, dist } = inject('builds').hostile;
const entries = readEntries(content);
const dump = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/hostile/2026-04-01.txt'), 'utf8');
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off', 'no-inline-style': 'off', 'prefer-native-element': ['error', { exclude: ['combobox', 'listbox'] }] },
});

describe('hostile paper content', () => {
  test('every paper of the dump is published', () => {
    // The dump: a date line, then title and abstract paragraphs.
    const paragraphs = dump.split(/\n\n+/).filter((p) => p.trim()).slice(1);
    expect(entries.length).toBe(paragraphs.length / 2);
  });

  test.each(entries.map((e) => [e.data.slug, e] as const))('%s: shown as typed in its h1, <title>, meta tags and JSON-LD, each formula as plain text', (slug, entry) => {
    const html = page(dist, `papers/${slug}/index.html`);
    const title = titleText(entry.data.title);
    expect(text(html.querySelector('h1'))).toBe(title.replace(/\s+/g, ' '));
    expect(renderedAbstract(html.querySelector('.abstract')!)).toBe(entry.text.replace(/\s+/g, ' ').trim());
    expect(html.querySelector('title')!.textContent).toContain(title);
    expect(html.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(title);
    const ld = html.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as { headline?: string });
    expect(ld.map((l) => l.headline)).toContain(title);
  });

  test('a title holding a formula is cited with the formula in TeX, the rest escaped', () => {
    const withFormula = entries.filter((e) => /\$\\/.test(e.data.title));
    expect(withFormula.length).toBeGreaterThan(0);
    for (const entry of withFormula) {
      const bibtex = text(page(dist, `papers/${entry.data.slug}/index.html`).querySelector('.bibtex'));
      for (const [formula] of entry.data.title.matchAll(/\$[^$]+\$/g)) expect(bibtex, entry.data.slug).toContain(formula);
    }
  });

  test('a title or abstract in a right-to-left script reads in its own direction: the paper page and the cards of its topic pages set it from the text', () => {
    for (const entry of entries) {
      const html = page(dist, `papers/${entry.data.slug}/index.html`);
      expect(html.querySelector('h1')?.getAttribute('dir'), entry.data.slug).toBe('auto');
      expect(html.querySelector('.abstract')?.getAttribute('dir'), entry.data.slug).toBe('auto');
    }
    const cards = htmlFiles(dist)
      .filter((file) => file.startsWith('topics/'))
      .flatMap((file) => page(dist, file).querySelectorAll('.paper-card'));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.querySelector('.title')?.getAttribute('dir')).toBe('auto');
      const lead = card.querySelector('.lead');
      if (lead) expect(lead.getAttribute('dir')).toBe('auto');
    }
  });

  test('a title takes its direction from its own text wherever it is shown: listings, the A–Z index, related papers, previous and next', () => {
    // An Arabic or Hebrew title in a list set left to right reads in the wrong order and aligns to the wrong side, and
    // one that starts in Hebrew and ends in English (`בדיקת LLM-Eval 3.5 עבור English`) shuffles its runs.
    const titles = new Set(entries.map((e) => titleText(e.data.title).replace(/\s+/g, ' ').trim()));
    const unset: string[] = [];
    for (const file of htmlFiles(dist)) {
      const body = page(dist, file).querySelector('body');
      // Links and headings: a keyword chip may by chance read as a title (`true`).
      for (const el of body?.querySelectorAll('a, h1, h2, h3, h4, h5, h6') ?? []) {
        if (!titles.has(text(el)) || el.childNodes.some((c) => c instanceof HTMLElement && text(c) === text(el))) continue;
        let scope: HTMLElement | null = el;
        let directed = false;
        for (; scope && text(scope) === text(el); scope = scope.parentNode) if (scope.getAttribute('dir') === 'auto' || scope.rawTagName === 'bdi') directed = true;
        if (!directed) unset.push(`${file}: <${el.rawTagName}> ${text(el).slice(0, 40)}`);
      }
    }
    expect(unset).toEqual([]);
  });

  test('a title’s formula, which the entry keeps as written, is plain text wherever the title is shown: pages, feeds, papers.json, the search records (TeX only in its BibTeX)', () => {
    const entry = entries.find((e) => e.data.title.includes('$\\mathcal{O}'))!;
    expect(entry.data.title).toContain('$\\mathcal{O}(n \\log n)$');
    const shown = listFiles(dist).filter((f) => /\.(html|xml|json)$/.test(f));
    // But in its BibTeX, which LaTeX reads: there the formula is TeX (see 'a title holding a formula is cited with the formula in TeX').
    const withoutBibtex = (html: string) => html.replace(/<pre class="bibtex"[\s\S]*?<\/pre>/g, '');
    const withTex = shown.filter((file) => /\\+mathcal|\\+log n|textbackslash\{\}mathcal/.test(withoutBibtex(fs.readFileSync(path.join(dist, file), 'utf8'))));
    expect(withTex).toEqual([]);
    const html = page(dist, `papers/${entry.data.slug}/index.html`);
    expect(text(html.querySelector('h1'))).toBe('Sorting Walruses in O(n log n) with Bold Heaps');
    expect(shown.filter((f) => f.endsWith('feed.xml')).some((f) => fs.readFileSync(path.join(dist, f), 'utf8').includes('Sorting Walruses in O(n log n) with Bold Heaps'))).toBe(true);
  });

  test('a former title reads in its own direction too: `Also listed as` on the paper page, and the page at the paper’s former address', () => {
    const { title, former, alias } = inject('builds').hostile.formerTitle;
    const entry = entries.find((e) => e.data.title === title)!;
    const quoted = page(dist, `papers/${entry.data.slug}/index.html`).querySelectorAll('.former-titles q');
    expect(quoted.map((q) => [text(q), q.getAttribute('dir')])).toEqual([[former, 'auto']]);
    // The former address names the paper by its title, a link that sets its direction from its text.
    const moved = page(dist, `papers/${alias}/index.html`).querySelectorAll('main a');
    expect(moved.map((a) => [text(a), a.getAttribute('dir')])).toEqual([[title, 'auto']]);
  });

  test('the A–Z index files a title in another script (Arabic, Japanese) under `#`, and that section’s heading and name say it holds other scripts, not only numbers and symbols', () => {
    const az = page(dist, 'papers/index.html');
    const others = entries.filter((e) => /^[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u.test(e.data.title));
    expect(others.length).toBeGreaterThan(0);
    for (const entry of others) {
      const section = az.querySelectorAll('section.letter').find((s) => s.querySelector(`a[href="/papers/${entry.data.slug}/"]`));
      expect(text(section?.querySelector('h2')), entry.data.title).toMatch(/other scripts/);
      expect(section?.getAttribute('aria-label'), entry.data.title).toMatch(/other scripts/);
    }
  });

  test('no text of a paper becomes an element, an event handler or a script URL', () => {
    const found: string[] = [];
    for (const file of htmlFiles(dist)) {
      for (const el of page(dist, file).querySelectorAll('*')) {
        if (['img', 'style', 'component'].includes(el.rawTagName) && el.closest('main')) found.push(`${file}: <${el.rawTagName}>`);
        for (const name of Object.keys(el.attributes)) if (/^on/i.test(name)) found.push(`${file}: ${name}`);
        if (/^\s*javascript:/i.test(el.getAttribute('href') ?? '')) found.push(`${file}: ${el.getAttribute('href')}`);
      }
      for (const script of page(dist, file).querySelectorAll('script')) if (script.textContent.includes('alert(')) expect(script.getAttribute('type'), file).toBe('application/ld+json');
    }
    expect(found).toEqual([]);
  });

  test('every page validates with html-validate and every feed is well-formed XML, an Atom feed RFC 4287 accepts', async () => {
    const problems: string[] = [];
    for (const file of htmlFiles(dist)) {
      const report = await validator.validateFile(path.join(dist, file));
      for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
    }
    for (const file of listFiles(dist).filter((f) => f.endsWith('.xml'))) {
      const parser = new SaxesParser();
      parser.on('error', (error) => problems.push(`${file}: ${error.message}`));
      parser.write(fs.readFileSync(path.join(dist, file), 'utf8')).close();
      if (file.endsWith('feed.xml')) for (const problem of atomProblems(fs.readFileSync(path.join(dist, file), 'utf8'))) problems.push(`${file}: ${problem}`);
    }
    expect(problems.slice(0, 30)).toEqual([]);
  });
});
