/**
 * Splits a built paper page into the parts a reader or a machine sees (head
 * metadata, header, each section of the paper and its side column, footer)
 * and counts the UTF-8 bytes of each, so the page's weight can be read part by
 * part. Every byte is counted once: a part nested in another is taken out of
 * it, and what no part claims (the doctype, `<html>`, `<main>`, wrappers) is
 * `markup around the parts`.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** A named part of a page and how to find its elements. */
export interface PagePart {
  name: string;
  /** A CSS selector, or a function returning the part's elements. */
  select: string | ((root: HTMLElement) => HTMLElement[]);
}

/** The `<section>` (or, without one, the heading itself) headed by an `h2` whose text is `heading`. */
const section = (heading: string) => (root: HTMLElement) =>
  root
    .querySelectorAll('main h2')
    .filter((h2) => h2.textContent.trim().toLowerCase() === heading.toLowerCase())
    .map((h2) => h2.closest('section') ?? h2);

/**
 * The parts of a paper page, outermost first: a later part's bytes are taken
 * out of an earlier one that holds it (`citation_abstract` out of the other
 * `citation_*`, the copy buttons out of their sections).
 */
export const PAPER_PAGE_PARTS: readonly PagePart[] = [
  { name: 'head: charset, viewport, title, colour scheme, icon, feed, stylesheets', select: 'head' },
  { name: 'Content-Security-Policy', select: 'meta[http-equiv="content-security-policy"]' },
  { name: 'og:site_name, og:type, og:title, twitter:card', select: 'meta[property^="og:"], meta[name^="twitter:"]' },
  { name: 'citation_title, citation_keywords', select: 'meta[name^="citation_"]' },
  { name: 'description, og:description', select: 'meta[name="description"], meta[property="og:description"]' },
  { name: 'the page URL: canonical, og:url, citation_public_url', select: 'link[rel="canonical"], meta[property="og:url"], meta[name="citation_public_url"]' },
  { name: 'citation_abstract', select: 'meta[name="citation_abstract"]' },
  { name: 'JSON-LD', select: 'script[type="application/ld+json"]' },
  { name: 'theme script', select: 'head script:not([type])' },
  { name: 'header: skip link, brand, navigation', select: 'body > .skip-link, body > header' },
  { name: 'header: search form (box, button)', select: 'header [role="search"]' },
  { name: 'header: search help, popup and live region (hidden)', select: 'header [data-popup], header [aria-live], header #site-search-help' },
  { name: 'header: theme toggle, script tags', select: 'header [data-theme-toggle], header script' },
  { name: 'eyebrow, title (h1), former titles', select: 'article .eyebrow, article h1, article .former-titles' },
  { name: 'topic chips', select: 'article .topics-inline' },
  { name: 'abstract', select: section('Abstract') },
  { name: 'keywords', select: section('Keywords') },
  { name: 'why it is filed here', select: section('Why it is filed here') },
  { name: 'related papers', select: section('Related papers') },
  { name: 'listed in: listing, previous and next', select: section('Listed in') },
  { name: 'permanent link', select: section('Permanent link') },
  { name: 'cite (BibTeX)', select: section('Cite') },
  { name: 'find it elsewhere', select: section('Find it elsewhere') },
  { name: 'copy buttons (shown with JavaScript)', select: 'main .copy, main script' },
  { name: 'footer', select: 'body > footer' },
];

const REST = 'markup around the parts';

/** UTF-8 bytes of one UTF-16 code unit (a surrogate pair's two units are four bytes together). */
const unitBytes = (code: number) => (code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3);

/** Bytes of `html` per part of `parts` (every part named, zero when absent), plus `markup around the parts`. */
export function pageParts(html: string, parts: readonly PagePart[] = PAPER_PAGE_PARTS): Record<string, number> {
  const root = parse(html, { comment: true });
  const owner = new Int16Array(html.length).fill(-1);
  for (const [index, part] of parts.entries()) {
    const elements = typeof part.select === 'string' ? root.querySelectorAll(part.select) : part.select(root);
    for (const element of elements) owner.fill(index, element.range[0], element.range[1]);
  }
  const bytes: Record<string, number> = Object.fromEntries([...parts.map((p) => [p.name, 0]), [REST, 0]]);
  for (let i = 0; i < html.length; i++) {
    const name = owner[i] === -1 ? REST : parts[owner[i]!]!.name;
    bytes[name]! += unitBytes(html.charCodeAt(i));
  }
  return bytes;
}
