/**
 * Read the report of GNU `/usr/bin/time -v`: the wall time, CPU time and peak
 * memory of a whole process, measured by the kernel rather than by the
 * process itself.
 */

/** What one timed process cost. */
export interface ProcessCost {
  /** Elapsed wall-clock time, in seconds. */
  wallSeconds: number;
  /** CPU time in user mode, in seconds. */
  userSeconds: number;
  /** CPU time in the kernel, in seconds. */
  systemSeconds: number;
  /**
   * Peak resident memory, in bytes, of the process or of its largest child
   * (the kernel reports the maximum over the process tree, not the sum).
   */
  peakRssBytes: number;
  /** The process's exit status. */
  exitStatus: number;
}

/** Parse `h:mm:ss` or `m:ss.ss`, as `time -v` prints elapsed time, into seconds. */
export function parseElapsed(text: string): number {
  const parts = text.trim().split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^\d+(\.\d+)?$/.test(part))) {
    throw new Error(`Expected an elapsed time such as \`1:02.53\` or \`1:02:03\`, got \`${text}\``);
  }
  return parts.reduce((total, part) => total * 60 + Number(part), 0);
}

/** Parse the text `/usr/bin/time -v` writes (to its `-o` file or stderr). */
export function parseTimeOutput(text: string): ProcessCost {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    // "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:07.36" has colons in its value.
    const match = /^\s*(.+?(?:\([^)]*\))?):\s+(\S.*)$/.exec(line);
    if (match) fields.set(match[1]!.trim(), match[2]!.trim());
  }
  const field = (name: string): string => {
    const value = fields.get(name);
    if (value === undefined) throw new Error(`Expected a \`${name}\` line in the output of /usr/bin/time -v`);
    return value;
  };
  const number = (name: string): number => {
    const value = Number(field(name));
    if (!Number.isFinite(value)) throw new Error(`Expected a number for \`${name}\`, got \`${field(name)}\``);
    return value;
  };
  return {
    wallSeconds: parseElapsed(field('Elapsed (wall clock) time (h:mm:ss or m:ss)')),
    userSeconds: number('User time (seconds)'),
    systemSeconds: number('System time (seconds)'),
    peakRssBytes: number('Maximum resident set size (kbytes)') * 1024,
    exitStatus: number('Exit status'),
  };
}
