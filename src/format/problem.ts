import { VFileMessage } from 'vfile-message';

/**
 * A problem tied to a place in an input file: a `vfile-message` (the
 * message type of remark and unified) whose `file` is always set, reported as
 * `file:line: reason`, so editors and terminals can jump to it.
 */
export type Problem = VFileMessage & { file: string };

/**
 * A problem at `file` (as the user named it) and, when known, a 1-based `line`.
 * `reason` says what was found and what was expected, in one sentence.
 */
export function problemAt(file: string, line: number | undefined, reason: string): Problem {
  const message = new VFileMessage(reason, { ...(line === undefined ? {} : { place: { line, column: 1 } }), source: 'folio' });
  message.file = file;
  return message as Problem;
}

/** Render a problem as `file:line: reason` (or `file: reason` without a line), the file shown by {@link showPath}. */
export function formatProblem(problem: Problem): string {
  const file = showPath(problem.file);
  const place = problem.line === undefined ? file : `${file}:${problem.line}`;
  return `${place}: ${problem.reason}`;
}

/**
 * Problems that stop a run, thrown together: `message` lists each as
 * `file:line: reason` under an optional heading. Every error Folio reports
 * about its input is a {@link Problem} or one of these.
 *
 * They are the user's to fix, not crashes, so they carry no stack trace and
 * no `cause`: Astro prints an error's message, then its `Location:` and
 * `Stack trace:` when it has a stack and its `Caused by:` when it has a
 * cause (core/messages/runtime.js `formatErrorMessage`), and the build's
 * output is then the problems alone. The error that led to a problem, if
 * any, is kept as {@link ProblemsError.origin} for debugging.
 */
export class ProblemsError extends Error {
  /** The problems, in the order they are listed. */
  readonly problems: readonly Problem[];
  /** The error a problem was found through (a YAML or MDX parser's), when there is one. */
  readonly origin: unknown;

  constructor(problems: readonly Problem[], options?: ErrorOptions & { heading?: string }) {
    const list = problems.map(formatProblem);
    super(options?.heading === undefined ? list.join('\n') : `${options.heading}\n${list.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'ProblemsError';
    this.problems = problems;
    this.origin = options?.cause;
    this.stack = undefined;
  }
}

/** A problem as plain JSON, for memos kept between runs. */
export interface StoredProblem {
  file: string;
  line?: number;
  message: string;
}

/** {@link Problem} → {@link StoredProblem}. */
export function storeProblem(problem: Problem): StoredProblem {
  return { file: problem.file, ...(problem.line === undefined ? {} : { line: problem.line }), message: problem.reason };
}

/** {@link StoredProblem} → {@link Problem}. */
export function restoreProblem(stored: StoredProblem): Problem {
  return problemAt(stored.file, stored.line, stored.message);
}

/** Quote a value for a message: backticks, cut to a readable length. */
export function quote(value: string, max = 80): string {
  const cut = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  return `\`${cut}\``;
}

/** Characters that would break a message's line or hide what a name says: controls (C0, C1), line and paragraph separators, format characters (bidi overrides). */
const UNSHOWABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * A file or folder name as every message shows it: as it is, unless it holds
 * a character that would split the message's line or hide what the name
 * says (`a\nb.txt`, a bidi override); then double-quoted with such
 * characters (and `"` and `\`) escaped as in JSON, `"a\\nb.txt"`, so
 * `file:line: reason` stays one line a terminal and an editor can read.
 */
export function showPath(name: string): string {
  if (!UNSHOWABLE.test(name)) return name;
  return JSON.stringify(name).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
