/**
 * What can be wrong with a paper entry edited by hand, said at the line of
 * the entry file where it is: a frontmatter that does not fit the paper
 * schema, a slug its file is not named by, a body MDX cannot read. The
 * ingest (before it rewrites an entry) and the content loader (before it
 * renders one) check an entry with these alike.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { describeIssues } from './describe-issues.ts';
import { parseBody } from './entry.ts';
import { bodyLine, frontmatterLine } from './frontmatter.ts';
import { paperSchema, type Paper } from './paper-schema.ts';
import { problemAt, ProblemsError, type Problem } from './problem.ts';

/**
 * `data`, the frontmatter of the entry `file` (whose text is `source`), as
 * the paper schema reads it; or the problem at the line of the first field
 * it rejects (every rejected field named).
 */
export function checkPaperData(file: string, source: string, data: unknown): { paper: Paper } | { problem: Problem } {
  const result = paperSchema.safeParse(data);
  if (result.success) return { paper: result.data };
  const [first] = result.error.issues;
  // A field the schema does not know is named by the issue, not its path.
  const at = first === undefined ? [] : [...first.path, ...(first.code === 'unrecognized_keys' ? first.keys.slice(0, 1) : [])];
  const line = frontmatterLine(source, at.filter((key) => typeof key === 'string' || typeof key === 'number'));
  return { problem: problemAt(file, line, `does not fit the paper schema: ${describeIssues(result.error)}`) };
}

/**
 * The problem, at its line, of an entry whose slug is not the name of its
 * file: two entries could then claim one URL. When the file is named after
 * a published slug (`published` says which are) and the entry's slug is not
 * one, or is another entry's (`hasFile` says which slugs name a file), the
 * slug was edited by hand: renaming the file would move a published URL, or
 * land on that entry, so the slug is to be put back.
 */
export function slugProblem(file: string, source: string, slug: string, published: (slug: string) => boolean = () => false, hasFile: (slug: string) => boolean = () => false): Problem | undefined {
  const named = path.basename(file, '.mdx');
  if (named === slug) return undefined;
  const line = frontmatterLine(source, ['slug']);
  if (published(named) && (!published(slug) || hasFile(slug))) {
    return problemAt(file, line, `has slug \`${slug}\`, but /papers/${named}/ is published (published.json records it), and a published URL never moves; expected \`slug: ${named}\` back`);
  }
  return problemAt(file, line, `has slug \`${slug}\`; expected the file to be named ${slug}.mdx, so that no two entries can claim one URL`);
}

/**
 * The body of the entry `file` (whose text is `source`) parsed as MDX.
 * @throws ProblemsError naming the line of the file where MDX stops reading it.
 */
export function readEntryBody(file: string, source: string, body: string): Root {
  try {
    return parseBody(body);
  } catch (error) {
    const { line, column, reason, message } = error as { line?: number; column?: number; reason?: string; message: string };
    const where = line === undefined ? undefined : bodyLine(source) + line - 1;
    const place = column === undefined ? 'in the body after the frontmatter' : `column ${column}, in the body after the frontmatter`;
    throw new ProblemsError([problemAt(file, where, `${reason ?? message} (${place}); expected the abstract as MDX`)], { cause: error });
  }
}
