/**
 * The conflicts `git merge` leaves in a content file when two clones of an
 * archive changed the same lines (two people ingesting other days), read so
 * that every reader of the content folder can name them, and the ingest can
 * merge `published.json`, which only ever grows.
 */
import { problemAt, quote, type Problem } from './problem.ts';

/** One conflict: the lines (1-based) of its opening `<<<<<<<` and closing `>>>>>>>` markers. */
export interface GitConflict {
  line: number;
  end: number;
}

const OPEN = /^<{7}(?: |$)/;
const BASE = /^\|{7}(?: |$)/;
const SPLIT = /^={7}$/;
const CLOSE = /^>{7}(?: |$)/;

type Part = 'both' | 'ours' | 'base' | 'theirs';

/** The part a marker line `bare` starts after `part`; `undefined` for a line of text. */
function nextPart(part: Part, bare: string): Part | undefined {
  switch (part) {
    case 'both':
      return OPEN.test(bare) ? 'ours' : undefined;
    case 'ours':
      return BASE.test(bare) ? 'base' : SPLIT.test(bare) ? 'theirs' : undefined;
    case 'base':
      return SPLIT.test(bare) ? 'theirs' : undefined;
    case 'theirs':
      return CLOSE.test(bare) ? 'both' : undefined;
  }
}

/**
 * Each line of `text` with the side of the merge it belongs to, or
 * `undefined` when the text holds no complete conflict: an opening marker,
 * then (after the base, in Git's `diff3` and `zdiff3` styles) `=======`,
 * then a closing marker. A `=======` alone (a Markdown heading's underline)
 * or a marker never closed is text.
 */
function sides(text: string): Array<{ line: string; part: Part | 'marker' }> | undefined {
  // Every entry is checked on every load: most hold no marker at all, told without splitting them into lines.
  if (!/^<{7}(?: |\r?$)/m.test(text)) return undefined;
  const lines = text.split(/(?<=\n)/);
  const out: Array<{ line: string; part: Part | 'marker' }> = [];
  let part: Part = 'both';
  let found = false;
  for (const line of lines) {
    const next = nextPart(part, line.replace(/\r?\n$/, ''));
    if (next === undefined) {
      out.push({ line, part });
      continue;
    }
    if (next === 'both') found = true;
    part = next;
    out.push({ line, part: 'marker' });
  }
  return found && part === 'both' ? out : undefined;
}

/** The conflicts Git left in `text`, in order; none in a text it merged cleanly. */
export function findGitConflicts(text: string): GitConflict[] {
  const lines = sides(text);
  if (lines === undefined) return [];
  const conflicts: GitConflict[] = [];
  lines.forEach(({ line, part }, index) => {
    if (part !== 'marker') return;
    line = line.replace(/\r?\n$/, '');
    if (OPEN.test(line)) conflicts.push({ line: index + 1, end: index + 1 });
    else if (CLOSE.test(line)) conflicts[conflicts.length - 1]!.end = index + 1;
  });
  return conflicts;
}

/** `text` as each side of the merge wrote it (the base of a `diff3` conflict left out), or `undefined` when it holds no conflict. */
export function gitConflictSides(text: string): { ours: string; theirs: string } | undefined {
  const lines = sides(text);
  if (lines === undefined) return undefined;
  const side = (own: Part) =>
    lines
      .filter(({ part }) => part === 'both' || part === own)
      .map(({ line }) => line)
      .join('');
  return { ours: side('ours'), theirs: side('theirs') };
}

/** Where a file's conflicts are, for a message: `lines 19–27`, `lines 19–27 and 2 more`. */
export function describeGitConflicts(conflicts: readonly GitConflict[]): string {
  const [first] = conflicts;
  if (first === undefined) return 'no conflict';
  const more = conflicts.length - 1;
  return `lines ${first.line}–${first.end}${more === 0 ? '' : ` and ${more} more`}`;
}

/**
 * The reason for a problem at the first of `conflicts` in an entry or
 * `topics.yaml`: what was found and what to do. The ingest cannot tell
 * which side of such a file is meant, so the person merging says.
 */
function gitConflictReason(conflicts: readonly GitConflict[], keep: string): string {
  return `holds a Git merge conflict (${describeGitConflicts(conflicts)}); expected the file as both sides meant it, without Git's \`<<<<<<<\`, \`=======\` and \`>>>>>>>\` lines: ${keep}, then run the command again`;
}

/**
 * The problem of an entry or `topics.yaml` that holds what a Git merge left:
 * a conflict, at its first marker (see {@link gitConflictReason}); or, where
 * a conflict was resolved by hand, a marker line left behind (`>>>>>>>
 * theirs`), which YAML may read as text and Markdown as a quotation, so it
 * would be published. `=======` alone is a Markdown heading's underline, and
 * no such problem. Undefined when the text holds neither.
 */
export function gitConflictProblem(file: string, text: string, keep: string): Problem | undefined {
  const conflicts = findGitConflicts(text);
  if (conflicts.length > 0) return problemAt(file, conflicts[0]!.line, gitConflictReason(conflicts, keep));
  // Most files hold no marker at all, told without splitting them into lines.
  if (!/^(?:<{7}|\|{7}|>{7})(?: |\r?$)/m.test(text)) return undefined;
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((line) => OPEN.test(line) || BASE.test(line) || CLOSE.test(line));
  return problemAt(
    file,
    index + 1,
    `holds ${quote(lines[index]!)}, a line of a Git merge conflict whose other markers are gone (resolved by hand, this one left); expected the file without Git's \`<<<<<<<\`, \`|||||||\`, \`=======\` and \`>>>>>>>\` lines: delete it, then run the command again`,
  );
}
