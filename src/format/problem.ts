/**
 * A problem tied to a place in an input file, reported as `file:line: message`
 * (the vfile-message convention), so editors and terminals can jump to it.
 */
export interface Problem {
  /** The file as the user named it (a path relative to where they ran the command, or absolute). */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  /** What was found and what was expected, in one sentence. */
  message: string;
}

/** Render a problem as `file:line: message` (or `file: message` without a line). */
export function formatProblem(problem: Problem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${place}: ${problem.message}`;
}

/** Quote a value for a message: backticks, cut to a readable length. */
export function quote(value: string, max = 80): string {
  const cut = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  return `\`${cut}\``;
}
