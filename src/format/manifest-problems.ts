/**
 * Reading the manifest of published URLs (`published.json`) from its text,
 * as the ingest and the site's loader both do: a byte-order mark read past
 * (an editor may add one), and a hand edit that left it invalid JSON or
 * outside its format said at the line of the file where it is.
 */
import { LineCounter, parseDocument } from 'yaml';
import { describeIssues } from './describe-issues.ts';
import { manifestSchema, type Manifest } from './manifest-schema.ts';
import { problemAt, type Problem } from './problem.ts';
import { SourceLines } from './source-lines.ts';

/**
 * The manifest `text` (the file `file`) holds, or the problem that stops
 * reading it, at its line. `side`, for one side of a Git merge conflict
 * (whose lines are not the file's), is said after what is wrong, and no line
 * is given.
 */
export function checkManifestText(file: string, text: string, side?: string): { manifest: Manifest } | { problem: Problem } {
  const json = text.replace(/^\uFEFF/, '');
  const where = side === undefined ? '' : ` (${side})`;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const line = side === undefined ? jsonErrorLine(json, error as Error) : undefined;
    return { problem: problemAt(file, line, `is not valid JSON${where} (${(error as Error).message}); expected the manifest of published slugs`) };
  }
  const result = manifestSchema.safeParse(raw);
  if (result.success) return { manifest: result.data };
  const first = result.error.issues[0];
  const line = side === undefined && first !== undefined ? jsonLine(json, first.path) : undefined;
  return { problem: problemAt(file, line, `does not fit the manifest format${where}: ${describeIssues(result.error, 'manifest')}`) };
}

/** The line JSON.parse's message names (`… at position 57 (line 4 column 3)`), or the line of the position it names; the last line for a text cut short. */
function jsonErrorLine(json: string, error: Error): number {
  const line = /\(line (\d+) column \d+\)/.exec(error.message)?.[1];
  if (line !== undefined) return Number(line);
  const position = /at position (\d+)/.exec(error.message)?.[1];
  return json.slice(0, position === undefined ? json.trimEnd().length : Number(position)).split('\n').length;
}

/** The line of the value at `path` in valid JSON, read as the YAML it also is. */
function jsonLine(json: string, path: readonly PropertyKey[]): number {
  return jsonLines(json)(path);
}

/**
 * The lines of values in valid JSON (the manifest's text, or any), read as
 * the YAML it also is, once, however many are asked for: a 30,000-paper
 * manifest takes seconds to read so.
 */
export function jsonLines(json: string): (path: readonly PropertyKey[]) => number {
  const lines = new LineCounter();
  const source = new SourceLines(parseDocument(json, { lineCounter: lines }), lines);
  return (path) => source.line(path.filter((key) => typeof key === 'string' || typeof key === 'number'));
}
