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

/** Render a problem as `file:line: reason` (or `file: reason` without a line). */
export function formatProblem(problem: Problem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${place}: ${problem.reason}`;
}

/**
 * Problems that stop a run, thrown together: `message` lists each as
 * `file:line: reason` under an optional heading. Every error Folio reports
 * about its input is a {@link Problem} or one of these.
 */
export class ProblemsError extends Error {
  /** The problems, in the order they are listed. */
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], options?: ErrorOptions & { heading?: string }) {
    const list = problems.map(formatProblem);
    super(options?.heading === undefined ? list.join('\n') : `${options.heading}\n${list.map((line) => `  - ${line}`).join('\n')}`, options);
    this.name = 'ProblemsError';
    this.problems = problems;
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
