/**
 * Windows file paths in an abstract (`C:\Users\me\file`, a network share
 * `\\server\share`, a relative `.\tools\run.bat`): their backslashes are
 * separators, not TeX, so the abstract keeps them as written and reports no
 * unknown command (`\Users`). A letter and a colon before TeX the reader
 * knows (`f:\alpha`, `P:\Omega\to[0,1]`, `X:\mathcal X`) is no path.
 */
import { isBareCommandName } from './latex-commands.ts';

/** A stretch of an abstract that is a path. */
export interface BackslashPath {
  start: number;
  end: number;
}

/** What a path's names hold: letters, figures and what file names hold besides, never a brace, a dollar or a space. */
const NAME_CHARACTER = String.raw`\p{L}\p{N}_.~%#@+\-`;

/** One name, whole: never the start of a word a brace follows (`\textbf{`, a command's argument), nor part of a longer name. */
const NAME = String.raw`[${NAME_CHARACTER}]+(?![${NAME_CHARACTER}{])`;

/**
 * A drive (`C:\`), a share (`\\server\share`) or a relative start (`.\`,
 * `..\`), then names separated by backslashes, perhaps a backslash at the
 * end; not after a letter, a figure, a full stop or a backslash (a TeX line
 * break `\\` glued to a word, `end.\emph{x}`).
 */
const PATH = new RegExp(
  String.raw`(?<![\p{L}\p{N}\\.])(?:[A-Za-z]:\\|\\\\${NAME}\\|\.{1,2}\\)(?:${NAME}(?:\\${NAME})*(?:\\(?![${NAME_CHARACTER}{]))?)?(?![${NAME_CHARACTER}{])`,
  'gu',
);

/** The paths in `source`, in order; not a stretch whose every name is a command the reader knows (`f:\alpha`, `P:\Omega\to`), which is TeX. */
export function findBackslashPaths(source: string): BackslashPath[] {
  return [...source.matchAll(PATH)].filter((match) => !isTex(match[0])).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** A path's names, past its start, are all TeX commands turned into text without braces: the whole is TeX. */
function isTex(path: string): boolean {
  const names = path.replace(/^(?:[A-Za-z]:\\|\\\\|\.{1,2}\\)/u, '').split('\\').filter((name) => name !== '');
  return names.length > 0 && names.every(isBareCommandName);
}
