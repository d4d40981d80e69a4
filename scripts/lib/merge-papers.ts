import type { Appearance } from '../../src/format/paper-schema.ts';
import type { ListingEntry } from './parse-listing.ts';
import { abstractKey, caselessTitleKey, isRealAbstract, REAL_ABSTRACT, titleKey, titlesRelated, type AbstractKey } from '../../src/format/paper-key.ts';
import { problemAt, quote, showPath, type Problem } from '../../src/format/problem.ts';
import { compareStrings } from '../../src/format/compare-strings.ts';
import { compareListings } from '../../src/format/day.ts';
import { wordParts } from '../../src/text/words.ts';
import { nearTitleIndex } from './near-title-index.ts';
import { MIN_WORDS, titleWords } from './near-titles.ts';
import { compatibilityForm, isAscii } from '../../src/text/ascii.ts';
import { addTo, append } from '../../src/lib/append.ts';

/** A parsed dump, ready to merge: where it came from and what it holds. */
export interface Listing {
  /** Listing id, used in URLs: the day (`2025-03-14`), or an id made from the file name of an undated dump. */
  id: string;
  /** The dump's file name. */
  source: string;
  /** The path as the user gave it, for messages. */
  path: string;
  /** The dump's date label (`Mar 14`), kept for an undated listing only. */
  date?: string;
  entries: ListingEntry[];
}

/** Where one copy of a paper was seen. */
export interface Sighting {
  path: string;
  /** The listing it was seen in, and its position there. */
  listing: string;
  position: number;
  line: number;
  abstractLine: number;
  title: string;
  abstract: string;
}

/** A paper an earlier ingest published, as far as identity goes. */
export interface KnownPaper {
  slug: string;
  /** Title keys it is known by: its title, former titles, and the titles its slug and aliases were published with. */
  titles: readonly string[];
  /** The keys of its abstract, as far as they are known: exact ones from a record of the dump it was made from, a loose one from its body. */
  abstracts: readonly AbstractKey[];
  /**
   * Whether its page is known to show an abstract of a notice's length (see
   * `isRealAbstract`), which says nothing of which paper it is; left out
   * when not known, which counts as a real abstract of its own.
   */
  notice?: boolean;
}

/** One distinct paper, merged from every dump it appeared in. */
export interface MergedPaper {
  /** The title key of {@link title}. */
  key: string;
  /** The title to show: the one in the latest listing (by listing id) that has the paper. */
  title: string;
  /** The title a new slug is made from: the one in the earliest listing, so that ingesting day by day gives the same slug as all at once. */
  slugTitle: string;
  /** Every title the paper was seen under, distinct by title key, sorted. */
  titles: string[];
  abstract: string;
  /** The slug of the published paper it is, if it is one. */
  knownSlug?: string;
  /** One per listing, at the paper's first position there. */
  appearances: Appearance[];
  /** Every copy seen, ordered by listing id then position. */
  sightings: Sighting[];
}

/**
 * Merge the entries of several listings into distinct papers, independent
 * of the order the listings are given in, by the identity rules of
 * src/format/paper-key.ts, and attach each to the published paper it is
 * (`known`). Two published papers are never merged: a copy that would join
 * two of them (the title of one over the abstract of another: a dump that
 * pairs titles with the wrong abstracts) is an error, unless only a notice
 * kept them apart (the copy's paper showed one, and their titles are
 * related): then it is the paper its title is, with a warning.
 *
 * When copies of one paper disagree, the rule is stated and order-free: the
 * title of the latest listing is shown; the longest abstract is kept (on a
 * tie, the one whose key sorts first: {@link chooseAbstract}), and a warning
 * names every place that disagrees.
 */
export function mergePapers(listings: readonly Listing[], known: readonly KnownPaper[] = [], { everyPublished = false }: MergeOptions = {}): { papers: MergedPaper[]; errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const sightings = collectSightings(listings);
  // Loose keys only serve to match published papers known by nothing better: made only when there are some.
  const loose = known.some((k) => k.abstracts.some((a) => a.exact === undefined));
  const groups = identify(sightings, everyPublished ? known : papersInReach(sightings, known, loose), loose, errors, warnings);
  const papers = groups.map(({ members, slug }) => mergeGroup(members, slug, listings, warnings));
  // By first listing (days sort by date): new slugs are claimed in this order, so the earlier of two papers whose slugs collide gets the plain one, as it would ingested day by day.
  papers.sort((a, b) => compareListings(a.sightings[0]!.listing, b.sightings[0]!.listing) || compareStrings(a.key, b.key) || compareStrings(a.sightings[0]!.abstract, b.sightings[0]!.abstract));
  append(warnings, lookalikeTitles(papers, known, everyPublished), revisedTitles(papers, known, everyPublished));
  errors.sort((a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { papers, errors, warnings };
}

/** How {@link mergePapers} reads the archive. */
export interface MergeOptions {
  /**
   * Read every published paper, not only those a day's papers can reach
   * ({@link papersInReach}, and the look-alike and revised-title warnings'
   * published titles of a look or words the day has): slower, the same
   * result. The definition the property test holds the narrowed merge to.
   * Default: `false`.
   */
  everyPublished?: boolean;
}

/**
 * The published papers that share a title key or an abstract key with a
 * sighting: the only ones {@link identify} can link a sighting to, or find
 * joined by one. Every link it makes is between two nodes that share a key,
 * and two published papers are never linked (nor is an error said of them
 * alone), so a paper that shares none with any sighting changes nothing but
 * the cost: a day's 50 papers were matched against all 10,000 of the
 * archive's, key by key, 0.6 s of a day's ingest. Keys of every kind are
 * pooled (a superset of each kind's), and the sightings' keys are made as
 * `identify` makes them (`loose`: from every published paper, not these).
 */
export function papersInReach(sightings: readonly Sighting[], known: readonly KnownPaper[], loose: boolean): KnownPaper[] {
  const titles = new Set(sightings.map((s) => titleKey(s.title)));
  const abstracts = new Set<string>();
  for (const s of sightings) {
    const key = abstractKey(s.abstract, loose);
    for (const each of [key.exact, key.loose]) if (each !== undefined) abstracts.add(each);
  }
  const shares = (key: AbstractKey) => (key.exact !== undefined && abstracts.has(key.exact)) || (key.loose !== undefined && abstracts.has(key.loose));
  // Every record of a paper in reach: what one says of it (a notice, a title) is said of the paper.
  const slugs = new Set(known.filter((k) => k.titles.some((title) => titles.has(titleKey(title))) || k.abstracts.some(shares)).map((k) => k.slug));
  return known.filter((k) => slugs.has(k.slug));
}

/** Every entry of every listing as a sighting, ordered by listing (undated ones first, see `compareListings`), dump file name, then position. */
function collectSightings(listings: readonly Listing[]): Sighting[] {
  return [...listings]
    .sort((a, b) => compareListings(a.id, b.id) || compareStrings(a.source, b.source) || compareStrings(a.path, b.path))
    .flatMap((listing) =>
      listing.entries.map((entry) => ({ path: listing.path, listing: listing.id, position: entry.position, line: entry.line, abstractLine: entry.abstractLine, title: entry.title, abstract: entry.abstract })),
    );
}

/** A node of the identity graph: a sighting (index < sightings.length) or a known paper. */
interface Group {
  members: Sighting[];
  slug?: string;
}

/**
 * Group sightings (and known papers) that are one paper: union-find over
 * links of three kinds, strongest first: the same title (up to case) with the
 * same abstract; the same distinctive abstract of a real one's length under
 * related titles (a retitle, see `titlesRelated`); the same title alone
 * ({@link linkTitles}). Two published papers are never joined, and neither
 * are two cards of one dump (a listing shows a paper once): a link that
 * would is refused, and is an error where nothing stronger decides it
 * (an abstract that only a notice kept from being two published papers'
 * links nothing: {@link publishedAlike}). One
 * abstract under titles it does not relate (titles that share no word, or
 * an abstract of a notice's length) joins nothing; it is an error only
 * where the two are published papers sharing a real abstract (a dump
 * pairing titles with the wrong abstracts), and a warning otherwise.
 */
function identify(sightings: readonly Sighting[], known: readonly KnownPaper[], loose: boolean, errors: Problem[], warnings: Problem[]): Group[] {
  const parent = [...sightings, ...known].map((_, index) => index);
  const owner = new Map<number, string>(known.map((k, i) => [sightings.length + i, k.slug]));
  // The cards each group holds, by dump: two that are not one card never join.
  const cards = new Map<number, Map<string, Sighting[]>>(sightings.map((s, i) => [i, new Map([[s.path, [s]]])]));
  const find = (node: number): number => {
    while (parent[node] !== node) node = parent[node] = parent[parent[node]!]!;
    return node;
  };
  const refused = new Set<string>();
  const refuse = (pair: string, problem: Problem | undefined) => {
    if (problem !== undefined && !refused.has(pair)) {
      refused.add(pair);
      errors.push(problem);
    }
  };
  // A card's keys and words, made once: a title many cards share compares each of them with every other.
  const facts = cardFacts();
  const clash = (ra: number, rb: number) => twoCards(cards.get(ra), cards.get(rb), facts);
  const join = (ra: number, rb: number) => {
    parent[rb] = ra;
    const ob = owner.get(rb);
    if (ob !== undefined) owner.set(ra, ob);
    const into = cards.get(ra) ?? new Map<string, Sighting[]>();
    for (const [path, copies] of cards.get(rb) ?? []) into.set(path, [...(into.get(path) ?? []), ...copies]);
    cards.set(ra, into);
  };
  const union = (a: number, b: number, what: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [oa, ob] = [owner.get(ra), owner.get(rb)];
    if (oa !== undefined && ob !== undefined && oa !== ob) {
      refuse([oa, ob].sort(compareStrings).join(' '), twoPublished(sightings, a, b, oa, ob, what));
      return;
    }
    const cardsOf = clash(ra, rb);
    if (cardsOf !== undefined) {
      refuse(`${place(cardsOf[0])} ${place(cardsOf[1])}`, joinsTwoCards(cardsOf, sightings[a] ?? sightings[b]!, what));
      return;
    }
    join(ra, rb);
  };

  const nodes = [
    ...sightings.map((s) => ({ titles: [s.title], abstracts: [abstractKey(s.abstract, loose)] })),
    ...known.map((k) => ({ titles: k.titles, abstracts: k.abstracts })),
  ];
  const caseless = (i: number, kind: 'exact' | 'loose') =>
    nodes[i]!.titles.flatMap((t) => nodes[i]!.abstracts.flatMap((a) => (a[kind] === undefined ? [] : [`${caselessTitleKey(t)}\u0000${a[kind]}`])));
  const shared = sharedAbstracts(sightings, nodes, warnings);
  const distinctive = (i: number, kind: 'exact' | 'loose') => nodes[i]!.abstracts.flatMap((a) => (a.distinctive && a[kind] !== undefined && !shared.has(a[kind]!) ? [a[kind]!] : []));
  // The published papers each title is, by title key.
  const titled = new Map<string, Set<string>>();
  for (const k of known) for (const title of k.titles) titled.set(titleKey(title), (titled.get(titleKey(title)) ?? new Set()).add(k.slug));
  publishedAlike('exact', false);
  publishedAlike('loose', true);
  // Loose keys only tie a sighting to a published paper known by nothing better (two sightings must agree exactly).
  link('title (up to case) and abstract', (i) => caseless(i, 'exact'), false);
  link('title (up to case) and abstract', (i) => caseless(i, 'loose'), true);
  const unrelated = [...linkAbstracts((i) => distinctive(i, 'exact'), false), ...linkAbstracts((i) => distinctive(i, 'loose'), true)];
  linkTitles();
  unrelatedTitles(unrelated);

  /** Each node's keys (`keysOf`) by key, in node order; `toKnown`: only keys a published paper has, and only its sightings and it. */
  function byKey(keysOf: (node: number) => string[], toKnown: boolean): Map<string, number[]> {
    const holders = new Map<string, number[]>();
    if (toKnown && !known.some((_, k) => keysOf(sightings.length + k).length > 0)) return holders;
    const knownKeys = toKnown ? new Set(known.flatMap((_, k) => keysOf(sightings.length + k))) : undefined;
    nodes.forEach((_, node) => {
      for (const key of new Set(keysOf(node))) {
        if (knownKeys === undefined || knownKeys.has(key)) addTo(holders, key, node);
      }
    });
    return holders;
  }

  /**
   * Abstracts this input would give two published papers, a card being the
   * published paper its title is. Where only a notice kept the two apart
   * (each that gets the abstract from a card showed only a notice before,
   * and the card's title is related to the other's), they now look like one
   * paper listed under two titles: the abstract joins neither (as one that
   * two published papers show, see {@link sharedAbstracts}), each card is
   * the paper its title is, and a warning names both and how to make them
   * one. Anything else (titles that share no word, a paper with a real
   * abstract of its own) is left to the links, which stop the ingest: a
   * dump pairing titles with the wrong abstracts.
   */
  function publishedAlike(kind: 'exact' | 'loose', toKnown: boolean): void {
    for (const [key, holders] of byKey((i) => distinctive(i, kind), toKnown)) {
      // Each published paper with this abstract, and the first card that gives it (none when it was published with it).
      const papers = new Map<string, Sighting | undefined>();
      for (const node of holders) {
        if (node >= sightings.length) papers.set(known[node - sightings.length]!.slug, undefined);
        else {
          const slugs = [...(titled.get(titleKey(sightings[node]!.title)) ?? [])];
          if (slugs.length === 1 && !papers.has(slugs[0]!)) papers.set(slugs[0]!, sightings[node]!);
        }
      }
      if (papers.size < 2) continue;
      const paper = (slug: string) => known.filter((k) => k.slug === slug);
      const related = (copy: Sighting, slug: string) => paper(slug).some((k) => k.titles.some((title) => titlesRelated(copy.title, title, copy.abstract)));
      // Each paper that has the abstract by a card showed only a notice, and the card's title is related to the others' titles.
      const byNotice = [...papers].every(
        ([slug, copy]) => copy === undefined || (paper(slug).some((k) => k.notice === true) && [...papers.keys()].every((other) => other === slug || related(copy, other))),
      );
      if (!byNotice) continue;
      shared.add(key);
      // Said at each card but the first (the paper published with the abstract, if any, else the first card), naming that one.
      const ordered = [...papers].sort(([, a], [, b]) => (a === undefined || b === undefined ? Number(a !== undefined) - Number(b !== undefined) : compareSightings(a, b)));
      const [first, firstCopy] = ordered[0]!;
      for (const [slug, copy] of ordered.slice(1)) warnings.push(publishedAlikePair(copy!, slug, firstCopy, first));
    }
  }

  /** Union the nodes that share a key (`what` they share); `toKnown`: only sightings with published papers. */
  function link(what: string, keysOf: (node: number) => string[], toKnown: boolean): void {
    for (const holders of byKey(keysOf, toKnown).values()) {
      const [first, ...rest] = toKnown ? [...holders].reverse() : holders;
      for (const node of rest) if (!toKnown || node < sightings.length) union(first!, node, what);
    }
  }

  /**
   * Union the nodes that share a distinctive abstract under related titles;
   * return the pairs it does not relate (a sighting with a node before it),
   * which the abstract does not join.
   */
  function linkAbstracts(keysOf: (node: number) => string[], toKnown: boolean): Array<[number, number]> {
    const apart: Array<[number, number]> = [];
    for (const holders of byKey(keysOf, toKnown).values()) {
      holders.forEach((j, index) => {
        for (const i of holders.slice(0, index)) {
          // Each pair once, the sighting (the later one when both are) second; loose keys only pair a sighting with a published paper.
          const [a, b] = j < sightings.length ? [i, j] : [j, i];
          if (b >= sightings.length || (toKnown && a < sightings.length)) continue;
          if (nodes[a]!.titles.some((title) => titlesRelated(title, sightings[b]!.title, sightings[b]!.abstract))) union(a, b, 'abstract');
          else apart.push([a, b]);
        }
      });
    }
    return apart;
  }

  /**
   * Union the groups that hold a title, unless two of them may not be one
   * (two published papers, or two cards of one dump): then the title alone
   * identifies none of them. A group kept from the others by such a clash
   * stays apart: the paper whose abstract a dump lists under a new title is
   * that card, and the dump's card with the old title another paper (said in
   * a warning), as a copy that is a published paper by its title and
   * abstract is that one. A published paper reached by its abstract alone
   * under another published paper's title is an error, as is a group that
   * clashes with none of them: it could be either.
   */
  function linkTitles(): void {
    const index = new Map(sightings.map((s, i) => [s, i]));
    for (const [title, holders] of byKey((i) => nodes[i]!.titles.map(titleKey), false)) {
      const roots = [...new Set(holders.map(find))];
      // Each pair of groups compared once: the two cards that keep them apart (or none, for two published papers).
      const clashes = roots.map((): Array<{ other: number; cardsOf: [Sighting, Sighting] | undefined }> => []);
      const clashed = roots.map(() => false);
      // Cards of this title over other papers' abstracts: said once a card, naming the first card it is not.
      const sameTitle = new Map<Sighting, Sighting>();
      roots.forEach((r, i) => {
        for (let j = i + 1; j < roots.length; j += 1) {
          const o = roots[j]!;
          const published = owner.has(r) && owner.has(o) && owner.get(r) !== owner.get(o);
          const cardsOf = clash(r, o);
          if (!published && cardsOf === undefined) continue;
          clashed[i] = clashed[j] = true;
          // Two cards of one title over two papers' abstracts, neither group a published paper: nothing more to weigh (kept off the list, which would hold every pair of a title thousands of cards share).
          if (cardsOf !== undefined && !owner.has(r) && !owner.has(o) && cardsOf.every((c) => facts(c.title).title === title)) {
            const [earlier, later] = cardsOf;
            if ((sameTitle.get(later)?.line ?? Infinity) > earlier.line) sameTitle.set(later, earlier);
            continue;
          }
          clashes[i]!.push({ other: o, cardsOf });
          clashes[j]!.push({ other: r, cardsOf });
        }
      });
      if (clashed.every((c) => !c)) {
        for (const root of roots.slice(1)) union(roots[0]!, root, 'title');
        continue;
      }
      const copies = new Map<number, Sighting[]>();
      for (const n of holders) if (n < sightings.length) addTo(copies, find(n), sightings[n]!);
      const copiesOf = (root: number) => copies.get(root) ?? [];
      roots.forEach((root, i) => {
        const others = clashes[i]!;
        if (!clashed[i]) {
          for (const copy of copiesOf(root)) errors.push(ambiguousTitle(copy, roots.filter((_, j) => clashed[j]).map((r) => describeGroup(r, title))));
          return;
        }
        for (const { other, cardsOf } of others) {
          const mine = owner.get(root);
          const theirs = owner.get(other);
          const byAbstract = copiesOf(root).find(() => mine !== undefined && !knownTitles(mine).has(title));
          if (byAbstract !== undefined && theirs !== undefined && knownTitles(theirs).has(title)) {
            refuse([mine!, theirs].sort(compareStrings).join(' '), publishedPair(byAbstract, theirs, undefined, mine!, 'abstract'));
          }
          // Two cards of one title over two papers' abstracts: said at the later card.
          if (cardsOf !== undefined && cardsOf.every((s) => titleKey(s.title) === title)) {
            const [earlier, later] = cardsOf;
            if (find(index.get(later)!) === root && (sameTitle.get(later)?.line ?? Infinity) > earlier.line) sameTitle.set(later, earlier);
            continue;
          }
          const reused = cardsOf?.find((s) => titleKey(s.title) === title && find(index.get(s)!) === root);
          const retitled = cardsOf?.find((s) => s !== reused);
          if (reused !== undefined && retitled !== undefined) {
            warnings.push(
              problemAt(reused.path, reused.line, `${quote(reused.title)} is a title of the paper this dump lists at line ${retitled.line} as ${quote(retitled.title)} (by its abstract); kept two papers, since a listing shows a paper once: this one is another paper under that title`),
            );
          }
        }
      });
      for (const [later, earlier] of [...sameTitle].sort(([a], [b]) => a.line - b.line)) {
        warnings.push(problemAt(later.path, later.line, `${quote(later.title)} is the title of two cards of this dump (also at line ${earlier.line}) over two different abstracts; kept two papers, since a listing shows a paper once; if they are one paper, delete one card from the dump`));
      }
    }
  }

  /** The titles of the published paper `slug`, as keys. */
  function knownTitles(slug: string): Set<string> {
    return new Set(known.filter((k) => k.slug === slug).flatMap((k) => k.titles.map(titleKey)));
  }

  /** A group as a message names it: the published paper it is, or its copy of `title` (else its first copy). */
  function describeGroup(root: number, title: string): string {
    const slug = owner.get(root);
    if (slug !== undefined) return `the published paper \`${slug}\``;
    const members = sightings.filter((_, i) => find(i) === root);
    const copy = members.find((s) => titleKey(s.title) === title) ?? members[0]!;
    return `${quote(copy.title)} (${place(copy)})`;
  }

  /**
   * Pairs that share an abstract under titles it does not relate, and are
   * not one paper by anything else: a warning, or, for two published papers
   * sharing a real abstract, an error (a dump pairing titles with the wrong
   * abstracts). A notice two published papers show is neither's, so no sign
   * of that.
   */
  function unrelatedTitles(pairs: ReadonlyArray<[number, number]>): void {
    const warned = new Set<number>();
    for (const [a, b] of pairs) {
      const [ra, rb] = [find(a), find(b)];
      if (ra === rb) continue;
      const copy = sightings[b]!;
      const real = isRealAbstract(copy.abstract);
      const [oa, ob] = [owner.get(ra), owner.get(rb)];
      if (real && oa !== undefined && ob !== undefined && oa !== ob) refuse([oa, ob].sort(compareStrings).join(' '), twoPublished(sightings, a, b, oa, ob, 'abstract'));
      else if (!warned.has(b)) {
        warned.add(b);
        const other = a < sightings.length ? `${quote(sightings[a]!.title)} (${place(sightings[a]!)})` : `the published paper \`${known[a - sightings.length]!.slug}\``;
        const why = real ? 'their titles share no word' : `an abstract of under ${REAL_ABSTRACT} letters and digits (a notice's length) says nothing of which paper it is`;
        warnings.push(
          problemAt(copy.path, copy.line, `${quote(copy.title)} has the same abstract as ${other}, but ${why}; kept two papers; if they are one paper, delete the entry of one and add its slug to the \`aliases\` of the other (its URL then redirects)`),
        );
      }
    }
  }

  const groups = new Map<number, Group>();
  sightings.forEach((sighting, index) => {
    const root = find(index);
    let group = groups.get(root);
    if (group === undefined) {
      const slug = owner.get(root);
      group = { members: [], ...(slug === undefined ? {} : { slug }) };
      groups.set(root, group);
    }
    group.members.push(sighting);
  });
  return [...groups.values()];
}

/**
 * Two cards of one dump that one group holds and the other does not, which
 * cannot be one paper: a listing shows a paper once, so only copies with the
 * same title over one paper's abstract (listed twice: see
 * {@link oneAbstract}) or the same abstract under titles alike (two saves of
 * the day in one file, the paper retitled between them) are one.
 */
function twoCards(a: ReadonlyMap<string, Sighting[]> | undefined, b: ReadonlyMap<string, Sighting[]> | undefined, facts: (text: string) => CardFacts): [Sighting, Sighting] | undefined {
  if (a === undefined || b === undefined) return undefined;
  for (const [path, mine] of a) {
    for (const other of b.get(path) ?? []) {
      const apart = mine.find((copy) => (facts(copy.title).title === facts(other.title).title ? !oneAbstract(copy.abstract, other.abstract, facts) : !(facts(copy.abstract).exact === facts(other.abstract).exact && titlesAlike(copy.title, other.title))));
      if (apart !== undefined) return apart.line < other.line ? [apart, other] : [other, apart];
    }
  }
  return undefined;
}

/** What {@link twoCards} compares of a card's title or abstract: its title key, its exact abstract key, the text without an ellipsis at its end, and its words. */
interface CardFacts {
  title: string;
  exact: string | undefined;
  cut: string;
  words: ReadonlySet<string>;
}

/** {@link CardFacts} of a text, each made once. */
function cardFacts(): (text: string) => CardFacts {
  const made = new Map<string, CardFacts>();
  return (text) => {
    let facts = made.get(text);
    if (facts === undefined) {
      facts = { title: titleKey(text), exact: abstractKey(text).exact, cut: text.replace(/(?:\u2026|\.\.\.)\s*$/u, '').trim(), words: new Set(wordParts(text)) };
      made.set(text, facts);
    }
    return facts;
  };
}

/**
 * Whether two abstracts under one title in one dump may be one paper's: the
 * same, one cut short of the other (`…`), or the two sharing most of their
 * words (a paper revised between two saves of the day in one file). Two
 * abstracts that share few words are two papers of one title (`Summary`).
 */
function oneAbstract(a: string, b: string, facts: (text: string) => CardFacts): boolean {
  const [fa, fb] = [facts(a), facts(b)];
  if (fa.exact! === fb.exact!) return true;
  if (a.startsWith(fb.cut) || b.startsWith(fa.cut)) return true;
  const [shorter, longer] = [fa.words, fb.words].sort((x, y) => x.size - y.size) as [ReadonlySet<string>, ReadonlySet<string>];
  let shared = 0;
  for (const word of shorter) if (longer.has(word)) shared += 1;
  return 10 * shared >= 7 * shorter.size;
}

/** The error for a link that would make one paper of two cards of one dump: nothing tells which of them the paper is. */
function joinsTwoCards([first, second]: [Sighting, Sighting], through: Sighting, what: string): Problem {
  return problemAt(
    second.path,
    second.line,
    `${quote(second.title)} and ${quote(first.title)} (line ${first.line}) are two papers of this dump, but ${quote(through.title)} (${place(through)}) has the ${what} of one and is the other; cannot tell which paper it is: ` +
      'check that the dumps pair each title with its own abstract (a line missing or extra shifts every pair after it)',
  );
}

/** The error for a copy whose title two papers that are not one hold (`named`), its abstract neither's: nothing tells which it is. */
function ambiguousTitle(copy: Sighting, named: readonly string[]): Problem {
  const published = named.every((n) => n.startsWith('the published paper '));
  const list = published ? `the published papers ${named.map((n) => n.slice('the published paper '.length)).join(' and ')}` : named.join(' and ');
  return problemAt(
    copy.path,
    copy.line,
    `${quote(copy.title)} is the title of two papers that are not one (${list}), and its abstract is neither's; cannot tell which it is: expected a title and its abstract to be one paper; ` +
      'if this is one of them, give it the abstract it was published with, or delete the entry of one and add its slug to the `aliases` of the other',
  );
}

/** Sightings in the order they were listed: by listing, dump and position. */
function compareSightings(a: Sighting, b: Sighting): number {
  return compareListings(a.listing, b.listing) || compareStrings(a.path, b.path) || a.position - b.position;
}

/** What two titles that look alike may differ in, each with its fold, in the order a warning names them. */
const LOOKALIKE_FOLDS = [
  { name: 'case', fold: (t: string) => (isAscii(t) ? t.toLowerCase() : foldCase(t)) },
  { name: 'spaces', fold: (t: string) => t.replace(/[\s\p{Zs}]/gu, '') },
  { name: 'punctuation', fold: (t: string) => t.replace(/[^\p{L}\p{N}\s\p{Zs}]/gu, '') },
  { name: 'the form of a character (a ligature, a full-width letter: a Unicode compatibility form)', fold: compatibilityForm },
] as const;

/**
 * A title's case folded character by character. A compatibility form is not
 * a case: `ﬃ` upper-cases to `FFI`, so it is only lower-cased. Exported for
 * the property test that holds ASCII titles' `toLowerCase` to it (every
 * title of the archive is folded on every run: 0.5 s at 30,000 papers this
 * way, 0.05 s that way).
 */
export function foldCase(title: string): string {
  return Array.from(title, (c) => (c.normalize('NFKC') === c ? c.toUpperCase().toLowerCase() : c.toLowerCase())).join('');
}

type LookalikeFold = (typeof LOOKALIKE_FOLDS)[number];

/** A title with the given folds applied, compatibility forms first (`ﬃ` is `ffi` before its case is folded). */
function foldTitle(title: string, folds: readonly LookalikeFold[]): string {
  const order = [LOOKALIKE_FOLDS[3], LOOKALIKE_FOLDS[0], LOOKALIKE_FOLDS[1], LOOKALIKE_FOLDS[2]];
  return order.filter((f) => folds.includes(f)).reduce((text, f) => f.fold(text), title);
}

/**
 * A title with case, compatibility forms, spaces and punctuation folded:
 * what two titles that look alike share. An ASCII title keeps its letters
 * and digits, lower-cased, as the folds leave it: every title of the archive
 * is keyed on every run, and the four folds (three passes of Unicode
 * property classes) took 9 ms against 6 for the 10,100 titles of the bench
 * archive, once warm. Exported for the property test that holds the two
 * ways to one.
 */
export function lookalikeKey(title: string): string {
  return isAscii(title) ? title.toLowerCase().replace(/[^a-z0-9]/g, '') : foldTitle(title, LOOKALIKE_FOLDS);
}

/** {@link lookalikeKey} by the folds alone, whatever the title: for the property test. */
export function foldedLookalikeKey(title: string): string {
  return foldTitle(title, LOOKALIKE_FOLDS);
}

/**
 * What two look-alike titles differ in (`case`, `spaces and punctuation`):
 * the fewest folds that make them one, a compatibility form named only
 * where no other fold accounts for it (a full-width `：` is punctuation).
 */
function lookalikeDifference(a: string, b: string): string {
  let needed: LookalikeFold[] = [...LOOKALIKE_FOLDS];
  for (const fold of [LOOKALIKE_FOLDS[3], ...LOOKALIKE_FOLDS.slice(0, 3)]) {
    const without = needed.filter((f) => f !== fold);
    if (foldTitle(a, without) === foldTitle(b, without)) needed = without;
  }
  const names = LOOKALIKE_FOLDS.filter((f) => needed.includes(f)).map((f) => f.name);
  return names.length <= 1 ? (names[0] ?? 'nothing') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Warnings for papers whose titles differ only in case, spaces,
 * punctuation or a character's compatibility form from another's
 * (`Scaling Laws For X`, `Scaling laws for X`, `Eﬃcient`), each saying which
 * (see {@link lookalikeDifference}),
 * which their different abstracts keep apart: two papers, or one whose
 * abstract changed. Said at each such paper's first copy, naming the paper
 * it looks like (a published one first, then in the papers' order).
 */
function lookalikeTitles(papers: readonly MergedPaper[], known: readonly KnownPaper[], everyPublished: boolean): Problem[] {
  const warnings: Problem[] = [];
  // Each look of a title, with the first paper that had it and that paper's abstracts (exact keys).
  const seen = new Map<string, { owner: string; where: (s: Sighting) => string; title: string; abstracts: ReadonlySet<string> }>();
  const mine = new Set(papers.flatMap((p) => (p.knownSlug === undefined ? [] : [p.knownSlug])));
  // Only the looks of this input's titles are ever looked up: a published title of another look is not kept.
  const looks = new Set(papers.flatMap((p) => p.sightings.map((s) => lookalikeKey(s.title))));
  for (const paper of known) {
    if (mine.has(paper.slug)) continue;
    for (const title of paper.titles) {
      const key = lookalikeKey(title);
      if (key !== '' && (everyPublished || looks.has(key)) && !seen.has(key)) seen.set(key, { owner: `known:${paper.slug}`, where: () => `the published paper \`${paper.slug}\``, title, abstracts: new Set(paper.abstracts.flatMap((k) => (k.exact === undefined ? [] : [k.exact]))) });
    }
  }
  // In the order the papers were first listed, so that the earlier of two is the one named.
  const inOrder = [...papers].sort((a, b) => compareSightings(a.sightings[0]!, b.sightings[0]!));
  inOrder.forEach((paper, index) => {
    const owner = paper.knownSlug === undefined ? `new:${index}` : `known:${paper.knownSlug}`;
    const warned = new Set<string>();
    const abstracts = new Set(paper.sightings.map((s) => abstractKey(s.abstract).exact!));
    for (const copy of paper.sightings) {
      const key = lookalikeKey(copy.title);
      if (key === '') continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, { owner, where: (other) => (other.path === copy.path ? `line ${copy.line}` : place(copy)), title: copy.title, abstracts });
      // Two papers that share an abstract (a notice's) were kept apart by it, and a warning says so: their abstracts do not differ.
      else if (first.owner !== owner && !warned.has(first.owner) && titleKey(first.title) !== titleKey(copy.title) && !first.abstracts.has(abstractKey(copy.abstract).exact!)) {
        warned.add(first.owner);
        warnings.push(
          problemAt(copy.path, copy.line, `${quote(copy.title)} differs from ${quote(first.title)} (${first.where(copy)}) only in ${lookalikeDifference(copy.title, first.title)}; kept two papers, as their abstracts differ; if they are one paper, delete the entry of one and add its slug to the \`aliases\` of the other (its URL then redirects)`),
        );
      }
    }
  });
  return warnings;
}

/**
 * Warnings for new papers whose title is a published paper's or an earlier
 * new paper's revised (a typo fixed, a version mark added: near-titles.ts)
 * and whose abstract differs, so that nothing made them one: two papers, or
 * one revised between two saves. Said at the new paper's first copy, once
 * per paper it is near, naming it as {@link lookalikeTitles} does.
 */
function revisedTitles(papers: readonly MergedPaper[], known: readonly KnownPaper[], everyPublished: boolean): Problem[] {
  const warnings: Problem[] = [];
  // Abstract keys are made only for a paper found near another: making them for every paper of the archive cost more than finding the near ones.
  type Filed = { owner: string; title: string; where: (s: Sighting) => string; abstracts: () => ReadonlySet<string> };
  const filed = nearTitleIndex<Filed>();
  const file = (title: string, entry: Filed) => filed.add(title, entry);
  const mine = new Set(papers.flatMap((p) => (p.knownSlug === undefined ? [] : [p.knownSlug])));
  const mayBeNear = everyPublished ? () => true : mayBeNearOne(papers.flatMap((p) => (p.knownSlug === undefined ? [p.sightings[0]!.title] : [])));
  for (const paper of known) {
    if (mine.has(paper.slug)) continue;
    const abstracts = once(() => new Set(paper.abstracts.flatMap((k) => (k.exact === undefined ? [] : [k.exact]))));
    for (const title of paper.titles) if (mayBeNear(title)) file(title, { owner: `known:${paper.slug}`, title, where: () => `the published paper \`${paper.slug}\``, abstracts });
  }
  const inOrder = [...papers].sort((a, b) => compareSightings(a.sightings[0]!, b.sightings[0]!));
  inOrder.forEach((paper, index) => {
    const owner = paper.knownSlug === undefined ? `new:${index}` : `known:${paper.knownSlug}`;
    const copy = paper.sightings[0]!;
    const abstracts = once(() => new Set(paper.sightings.map((s) => abstractKey(s.abstract).exact!)));
    if (paper.knownSlug === undefined) {
      const warned = new Set<string>();
      for (const { value: near, difference } of filed.near(copy.title)) {
        // Two papers that share an abstract (a notice's) were kept apart by it, and a warning says so: their abstracts do not differ.
        if (near.owner === owner || warned.has(near.owner) || lookalikeKey(near.title) === lookalikeKey(copy.title) || [...abstracts()].some((a) => near.abstracts().has(a))) continue;
        warned.add(near.owner);
        warnings.push(problemAt(copy.path, copy.line, `${quote(copy.title)} differs from ${quote(near.title)} (${near.where(copy)}) only in ${difference}; ${TWO_PAPERS_KEPT}`));
      }
    }
    for (const title of paper.titles) file(title, { owner, title, where: (other) => (other.path === copy.path ? `line ${copy.line}` : place(copy)), abstracts });
  });
  return warnings;
}

/**
 * Whether a title may be near one of `titles` (near-titles.ts): it has as
 * many words give or take one, and all its words but one are among that
 * title's, as a near title's are (one word spelled otherwise, or a version
 * mark more or less), so one of its first two words is among them. Only
 * titles that pass are filed to be found: filing every published title (its
 * words, and its words with each left out) cost 0.4 s of a day's ingest at
 * 10,000 papers, to be looked up by a day's 50.
 */
function mayBeNearOne(titles: readonly string[]): (title: string) => boolean {
  const theirs = titles.map((title) => titleWords(title));
  const sets = theirs.map((words) => new Set(words));
  const holding = new Map<string, number[]>();
  sets.forEach((words, i) => {
    // In place: a word many titles share (`Learning`) copied its list once a title, quadratic in a run's new papers.
    for (const word of words) addTo(holding, word, i);
  });
  const near = (words: readonly string[], i: number) => {
    if (Math.abs(theirs[i]!.length - words.length) > 1) return false;
    let others = 0;
    for (const word of words) if (!sets[i]!.has(word) && ++others > 1) return false;
    return true;
  };
  return (title) => {
    const words = titleWords(title);
    if (words.length < MIN_WORDS) return false;
    return [...(holding.get(words[0]!) ?? []), ...(holding.get(words[1]!) ?? [])].some((i) => near(words, i));
  };
}

/** `make`, called once, when first asked for. */
function once<V>(make: () => V): () => V {
  let made: { value: V } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** What a warning about two papers that may be one says was done, and how to make them one. */
const TWO_PAPERS_KEPT = 'kept two papers, as their abstracts differ; if they are one paper, delete the entry of one and add its slug to the `aliases` of the other (its URL then redirects)';

/**
 * Abstract keys that are no one paper's, so never link titles: one that two
 * published papers share, or one a dump gives under two unlike titles (a
 * listing shows a paper once, so that is a placeholder or a paste, not a
 * retitle; each such title after the first is warned about). Two saves of a
 * day pasted into one file may hold a paper twice, retitled: those titles
 * share most of their words.
 */
function sharedAbstracts(sightings: readonly Sighting[], nodes: ReadonlyArray<{ abstracts: readonly AbstractKey[] }>, warnings: Problem[]): Set<string> {
  const shared = new Set<string>();
  const publishedBy = new Map<string, number>();
  const firstInDump = new Map<string, Sighting>();
  nodes.forEach((node, i) => {
    for (const a of node.abstracts) {
      if (!a.distinctive) continue;
      for (const key of [a.exact, a.loose]) {
        if (key === undefined) continue;
        if (i >= sightings.length) {
          if ((publishedBy.get(key) ?? i) !== i) shared.add(key);
          else publishedBy.set(key, i);
          continue;
        }
        const copy = sightings[i]!;
        const first = firstInDump.get(`${copy.path}\u0000${key}`);
        if (first === undefined) firstInDump.set(`${copy.path}\u0000${key}`, copy);
        else if (!titlesAlike(first.title, copy.title)) {
          shared.add(key);
          if (key === a.exact) warnings.push(problemAt(copy.path, copy.line, `${quote(copy.title)} has the same abstract as ${quote(first.title)} (line ${first.line}) in this dump; kept two papers, since a listing shows a paper once`));
        }
      }
    }
  });
  return shared;
}

/** Whether two titles share at least half the words of the shorter one (case, compatibility forms and punctuation aside). */
function titlesAlike(a: string, b: string): boolean {
  // Compatibility forms folded (fullwidth letters, ligatures); upper then lower case folds what lowercasing alone does not (`ß` and `SS`, Greek iota subscripts).
  const words = (title: string) => new Set(wordParts(title.normalize('NFKC').toUpperCase()));
  const [shorter, longer] = [words(a), words(b)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  const shared = [...shorter].filter((word) => longer.has(word)).length;
  return shared > 0 && 2 * shared >= shorter.size;
}

/**
 * The error for a link between `a` and `b` (sharing their `what`) refused
 * because they are already the published papers `oa` and `ob`: said of the
 * copy in the dump, as the paper it already is and the one the link would
 * make it too. Undefined for two published papers alone (the archive's
 * state, not this input's).
 */
function twoPublished(sightings: readonly Sighting[], a: number, b: number, oa: string, ob: string, what: string): Problem | undefined {
  const isSighting = (node: number) => node < sightings.length;
  if (!isSighting(a) && !isSighting(b)) return undefined;
  // The copy is the sighting of the two (the later one when both are); the paper it already is owns its root.
  const [copy, is, other, also] = isSighting(b) ? [sightings[b]!, ob, a, oa] : [sightings[a]!, oa, b, ob];
  return publishedPair(copy, is, isSighting(other) ? sightings[other]! : undefined, also, what);
}

/** The published paper `also` as a message about `copy` names it: with its copy in this input (`otherCopy`), if any. */
function otherPublished(copy: Sighting, otherCopy: Sighting | undefined, also: string): string {
  const at = (s: Sighting) => (s.path === copy.path ? `line ${s.line}` : place(s));
  return otherCopy === undefined ? `the published paper \`${also}\`` : `${quote(otherCopy.title)} (${at(otherCopy)}), the published paper \`${also}\``;
}

/** The warning for `copy`, the published paper `is`, which showed a notice, having the abstract of the published paper `also` under a related title (see `publishedAlike`). */
function publishedAlikePair(copy: Sighting, is: string, otherCopy: Sighting | undefined, also: string): Problem {
  return problemAt(
    copy.path,
    copy.line,
    `${quote(copy.title)} is the published paper \`${is}\`, but has the abstract of ${otherPublished(copy, otherCopy, also)}; ` +
      `the two now show the same abstract under related titles (\`${is}\` showed only a notice before), so they look like one paper listed under two titles; ` +
      `kept two papers, this card as \`${is}\`, since two published papers are never joined; ` +
      'if they are one paper, delete the entry of one and add its slug to the `aliases` of the other (its URL then redirects)',
  );
}

/** The error for `copy`, the published paper `is`, having the `what` of the published paper `also` (seen as `otherCopy`, when it is a copy of this input). */
function publishedPair(copy: Sighting, is: string, otherCopy: Sighting | undefined, also: string, what: string): Problem {
  return problemAt(
    copy.path,
    copy.line,
    `${quote(copy.title)} is the published paper \`${is}\`, but has the ${what} of ${otherPublished(copy, otherCopy, also)}; expected a title and its abstract to be one paper: ` +
      'check that the dump pairs each title with its own abstract (a line missing or extra above here shifts every pair after it); ' +
      'if the two are one paper, delete the entry of one and add its slug to the `aliases` of the other (its URL then redirects)',
  );
}

/** One paper from the sightings of a group (ordered by listing id, then position). */
function mergeGroup(members: Sighting[], knownSlug: string | undefined, listings: readonly Listing[], warnings: Problem[]): MergedPaper {
  const latest = members.filter((s) => s.listing === members.at(-1)!.listing)[0]!;
  const abstract = chooseAbstract(members.map((s) => s.abstract));
  const titles = [...new Map(members.map((s) => [titleKey(s.title), s.title])).values()].sort(compareStrings);
  append(warnings, disagreements(members, latest, abstract, titles));
  return {
    key: titleKey(latest.title),
    title: latest.title,
    slugTitle: members[0]!.title,
    titles,
    abstract,
    ...(knownSlug === undefined ? {} : { knownSlug }),
    appearances: appearancesOf(members, listings, warnings),
    sightings: members,
  };
}

/** Warnings where copies of one paper disagree: on its title, or on its abstract. */
function disagreements(members: readonly Sighting[], latest: Sighting, abstract: string, titles: readonly string[]): Problem[] {
  const warnings: Problem[] = [];
  if (titles.length > 1) {
    const others = members.filter((s) => titleKey(s.title) !== titleKey(latest.title)).map((s) => `${quote(s.title, 60)} at ${place(s)}`);
    warnings.push(problemAt(latest.path, latest.line, `${quote(latest.title)} is the paper also listed as ${[...new Set(others)].join(', ')} (the same title or abstract); kept one paper, titled as in its latest listing`));
  }
  const distinct = new Set(members.map((s) => s.abstract));
  if (distinct.size > 1) {
    const kept = members.find((s) => s.abstract === abstract)!;
    // The places of each title (the kept copy's first), so that a place that lists another title of the paper names it.
    const byTitle = new Map<string, { title: string; places: Set<string> }>([[titleKey(kept.title), { title: kept.title, places: new Set() }]]);
    for (const s of members) {
      if (s.abstract === abstract) continue;
      const key = titleKey(s.title);
      if (!byTitle.has(key)) byTitle.set(key, { title: s.title, places: new Set() });
      byTitle.get(key)!.places.add(place(s));
    }
    const others = [...byTitle.values()].filter((t) => t.places.size > 0).map(({ title, places }) => `${titleKey(title) === titleKey(kept.title) ? '' : `as ${quote(title, 60)} `}at ${[...places].join(', ')}`);
    warnings.push(problemAt(kept.path, kept.line, `${quote(kept.title)} has ${distinct.size} different abstracts (also ${others.join('; ')}); kept this one, the longest`));
  }
  return warnings;
}

/**
 * One appearance per dump, at the paper's first position there: a paper
 * listed twice in one dump is shown once, with a warning. (Dumps of one day
 * are one listing; placeOnDays puts the paper on it once.)
 */
function appearancesOf(members: readonly Sighting[], listings: readonly Listing[], warnings: Problem[]): Appearance[] {
  const byDump = new Map<string, Sighting[]>();
  for (const s of members) addTo(byDump, s.path, s);
  return [...byDump].map(([file, copies]) => {
    const listing = listings.find((l) => l.path === file)!;
    const first = copies[0]!;
    if (copies.length > 1) {
      warnings.push(problemAt(first.path, first.line, `${quote(first.title)} is listed ${copies.length} times in this dump (also at line ${copies.slice(1).map((c) => c.line).join(', ')}); kept it once, at position ${first.position}`));
    }
    return { listing: listing.id, source: listing.source, ...(listing.date === undefined ? {} : { date: listing.date }), position: first.position };
  });
}

/**
 * The longest abstract; among equally long ones, the one whose exact key
 * sorts first. Length and key are all a later ingest knows of the abstract
 * an entry was made from (published.json records them, not the text), so
 * the rule gives the same abstract in one ingest as across several.
 */
export function chooseAbstract(abstracts: readonly string[]): string {
  const rank = (text: string): AbstractRank => ({ length: text.length, key: abstractKey(text).exact! });
  // Keys are made only for a tie in length.
  return [...abstracts].sort((a, b) => b.length - a.length || compareAbstracts(rank(a), rank(b)) || compareStrings(a, b))[0]!;
}

/** What the longest-abstract rule compares of an abstract. */
export interface AbstractRank {
  /** Its length in UTF-16 code units. */
  length: number;
  /** Its exact key (src/format/paper-key.ts). */
  key: string;
}

/** Negative when abstract `a` is kept over `b`: the longer one, then the one whose key sorts first; 0 for the same abstract. */
export function compareAbstracts(a: AbstractRank, b: AbstractRank): number {
  return b.length - a.length || compareStrings(a.key, b.key);
}

function place(s: Sighting): string {
  return `${showPath(s.path)}:${s.line}`;
}
