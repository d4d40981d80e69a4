import { SaxesParser } from 'saxes';

/** The Atom namespace (RFC 4287). */
const ATOM = 'http://www.w3.org/2005/Atom';
const XML = 'http://www.w3.org/XML/1998/namespace';

/** An element of the parsed feed: what the rules read. */
interface Element {
  uri: string;
  local: string;
  attributes: Map<string, string>;
  /** `xml:base` in scope here, resolved; undefined when none is. */
  base: string | undefined;
  children: Element[];
  text: string;
}

/** The document's root element, or the XML errors that stopped the parse. */
function parse(xml: string): { root?: Element; errors: string[] } {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  const open: Element[] = [];
  let root: Element | undefined;
  parser.on('error', (error) => errors.push(error.message));
  parser.on('opentag', (tag) => {
    const parent = open.at(-1);
    const attributes = new Map(Object.values(tag.attributes).map((a) => [a.uri === XML ? `xml:${a.local}` : a.uri ? `{${a.uri}}${a.local}` : a.local, a.value]));
    const declared = attributes.get('xml:base');
    const base = declared === undefined ? parent?.base : absolute(declared, parent?.base);
    const element: Element = { uri: tag.uri, local: tag.local, attributes, base, children: [], text: '' };
    if (parent) parent.children.push(element);
    else root = element;
    open.push(element);
  });
  parser.on('text', (text) => {
    const current = open.at(-1);
    if (current) current.text += text;
  });
  parser.on('cdata', (text) => {
    const current = open.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => void open.pop());
  parser.write(xml).close();
  return { root, errors };
}

/** `reference` resolved against `base`, if that makes an absolute IRI. */
function absolute(reference: string, base: string | undefined): string | undefined {
  try {
    return new URL(reference, base).href;
  } catch {
    return undefined;
  }
}

/** An RFC 3339 date-time, upper-case `T` and `Z` as RFC 4287 §3.3 asks, of a real instant. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const atomChildren = (element: Element, local: string) => element.children.filter((c) => c.uri === ATOM && c.local === local);

/**
 * What breaks a MUST of RFC 4287 (The Atom Syndication Format) in `xml`, one
 * line per problem, naming the element (`feed`, `entry 3`) and what was
 * expected; none for a valid feed. Checked: well-formed XML with an
 * `atom:feed` root; the feed's and each entry's single `atom:id` (an absolute
 * IRI), `atom:title` and `atom:updated` (an RFC 3339 date-time); an
 * `atom:author` on the feed unless every entry has one, each with one
 * `atom:name`; at most one of each element allowed once; a `type` every text
 * construct may have; an `href` on every link and a `term` on every category;
 * an alternate link on an entry with no content, and at most one per type and
 * language; ids absolute, links and URIs absolute or made so by an `xml:base`. Beyond
 * the MUSTs, for a Folio feed: one `rel="self"` link, and entries with ids of
 * their own (the RFC reads two entries with one id as versions of one entry).
 */
export function atomProblems(xml: string): string[] {
  const { root, errors } = parse(xml);
  if (errors.length > 0 || !root) return errors.length > 0 ? errors : ['no root element'];
  if (root.uri !== ATOM || root.local !== 'feed') return [`the root element is {${root.uri}}${root.local}, expected atom:feed`];
  const problems: string[] = [];
  const entries = atomChildren(root, 'entry');
  problems.push(...commonProblems('feed', root, ['generator', 'icon', 'logo', 'rights', 'subtitle']));
  const authored = entries.filter((e) => atomChildren(e, 'author').length > 0).length;
  if (atomChildren(root, 'author').length === 0 && authored < entries.length) {
    problems.push(`feed: no atom:author, and ${entries.length - authored} of ${entries.length} entries have none (RFC 4287 §4.1.1)`);
  }
  const selfLinks = atomChildren(root, 'link').filter((l) => l.attributes.get('rel') === 'self');
  if (selfLinks.length !== 1) problems.push(`feed: ${selfLinks.length} atom:link elements with rel="self", expected one (RFC 4287 §4.1.1)`);
  for (const [i, entry] of entries.entries()) {
    const where = `entry ${i + 1}`;
    problems.push(...commonProblems(where, entry, ['content', 'published', 'source', 'summary']));
    if (atomChildren(entry, 'content').length === 0 && !atomChildren(entry, 'link').some((l) => (l.attributes.get('rel') ?? 'alternate') === 'alternate')) {
      problems.push(`${where}: no atom:content and no alternate atom:link, expected one of them (RFC 4287 §4.1.2)`);
    }
  }
  const ids = entries.map((e) => atomChildren(e, 'id')[0]?.text.trim());
  for (const [i, id] of ids.entries()) if (id !== undefined && ids.indexOf(id) !== i) problems.push(`entry ${i + 1}: the id \`${id}\` of entry ${ids.indexOf(id) + 1} too, expected an id of its own`);
  return problems;
}

/** The rules the feed and an entry share: `once` names the elements they may hold at most one of, beside id, title, updated and rights. */
function commonProblems(where: string, element: Element, once: readonly string[]): string[] {
  const problems: string[] = [];
  for (const local of ['id', 'title', 'updated']) {
    const found = atomChildren(element, local).length;
    if (found !== 1) problems.push(`${where}: ${found} atom:${local} elements, expected exactly one (RFC 4287 §4.1)`);
  }
  for (const local of [...new Set([...once, 'rights'])]) {
    const found = atomChildren(element, local).length;
    if (found > 1) problems.push(`${where}: ${found} atom:${local} elements, expected at most one (RFC 4287 §4.1)`);
  }
  for (const id of atomChildren(element, 'id')) {
    // An id is never resolved against xml:base: the RFC's IRI excludes relative references.
    if (!isAbsolute(id.text.trim(), undefined)) {
      problems.push(`${where}: atom:id \`${id.text.trim()}\` is not an absolute IRI (RFC 4287 §4.2.6)`);
    }
  }
  for (const updated of [...atomChildren(element, 'updated'), ...atomChildren(element, 'published')]) {
    const text = updated.text.trim();
    if (!DATE_TIME.test(text) || Number.isNaN(Date.parse(text))) problems.push(`${where}: atom:${updated.local} \`${text}\` is not an RFC 3339 date-time (RFC 4287 §3.3)`);
  }
  for (const local of ['title', 'subtitle', 'summary', 'rights', 'content']) {
    for (const construct of atomChildren(element, local)) {
      const type = construct.attributes.get('type') ?? 'text';
      if (local !== 'content' && !['text', 'html', 'xhtml'].includes(type)) problems.push(`${where}: atom:${local} of type \`${type}\`, expected text, html or xhtml (RFC 4287 §3.1.1)`);
    }
  }
  for (const local of ['author', 'contributor']) {
    for (const person of atomChildren(element, local)) {
      const names = atomChildren(person, 'name').length;
      if (names !== 1) problems.push(`${where}: an atom:${local} with ${names} atom:name elements, expected exactly one (RFC 4287 §3.2)`);
      for (const uri of atomChildren(person, 'uri')) if (!isAbsolute(uri.text.trim(), uri.base)) problems.push(`${where}: the atom:uri \`${uri.text.trim()}\` of an atom:${local} is relative, with no xml:base`);
    }
  }
  const alternates = new Set<string>();
  for (const link of atomChildren(element, 'link')) {
    const href = link.attributes.get('href');
    if (href === undefined) problems.push(`${where}: an atom:link with no href (RFC 4287 §4.2.7.1)`);
    else if (!isAbsolute(href, link.base)) problems.push(`${where}: the atom:link href \`${href}\` is relative, with no xml:base`);
    if ((link.attributes.get('rel') ?? 'alternate') === 'alternate') {
      const key = `${link.attributes.get('type') ?? ''} ${link.attributes.get('hreflang') ?? ''}`;
      if (alternates.has(key)) problems.push(`${where}: two alternate atom:link elements of one type and hreflang (RFC 4287 §4.1.1)`);
      alternates.add(key);
    }
  }
  for (const category of atomChildren(element, 'category')) if (!category.attributes.get('term')) problems.push(`${where}: an atom:category with no term (RFC 4287 §4.2.2)`);
  return problems;
}

/** Whether `reference` is an absolute IRI, or becomes one against the `xml:base` in scope. */
function isAbsolute(reference: string, base: string | undefined): boolean {
  return base === undefined ? /^[a-z][a-z0-9+.-]*:/i.test(reference) && absolute(reference, undefined) !== undefined : absolute(reference, base) !== undefined;
}
