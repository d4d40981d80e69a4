/**
 * Windows file paths in an abstract (`C:\Users\me\file`, a network share
 * `\\server\share`, a relative `.\tools\run.bat`): their backslashes are
 * separators, not TeX, so the abstract keeps them as written and reports no
 * unknown command (`\Users`). A letter and a colon before TeX the reader
 * knows (`f:\alpha`, `P:\Omega\to[0,1]`, `X:\mathcal X`) is no path.
 */
import { isBareCommandName, isStyleDeclaration } from './latex-commands.ts';

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

/**
 * The paths in `source`, in order; not a stretch whose every name is a
 * command the reader knows (`f:\alpha`, `P:\Omega\to`), which is TeX, nor a
 * share that is none (see {@link isShare}).
 */
export function findBackslashPaths(source: string): BackslashPath[] {
  return [...source.matchAll(PATH)].filter((match) => !isTex(match[0]) && (!match[0].startsWith('\\\\') || isShare(match[0]))).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** A server's name as a network share gives it: a host name (`lab-server`, `fs01.corp`) or an address (`10.0.0.5`), never ending in a full stop. */
const SERVER = /^[\p{L}\p{N}](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?)*$/u;

/**
 * Whether a stretch that starts with `\\` is a network share: a server's
 * name, then a share's, not all the names past the server TeX (see
 * {@link isTexName}). Else it is a TeX line break glued to a word
 * (`\\second\ldots`, `\\first\\second`), read as TeX.
 */
function isShare(path: string): boolean {
  const [server = '', ...names] = path.slice(2).split('\\');
  const named = names.filter((name) => name !== '');
  return SERVER.test(server) && named.length > 0 && !named.every(isTexName);
}

/** A path's names, past its start, are all TeX (see {@link isTexName}): the whole is TeX (`f:\alpha`, `P:\Omega\to`). */
function isTex(path: string): boolean {
  const names = path.replace(/^(?:[A-Za-z]:\\|\\\\|\.{1,2}\\)/u, '').split('\\').filter((name) => name !== '');
  return names.length > 0 && names.every(isTexName);
}

/**
 * A name past a path's start that reads as TeX: a command the reader knows
 * turned into text without braces, but not a style declaration (`\it`,
 * `\em`, `\small`), which TeX writes inside braces, `{\it x}`, never glued
 * after a drive (`C:\it`), a line break and a word (`\\nas\it`) or `.\`:
 * there it is a folder's name.
 */
function isTexName(name: string): boolean {
  return isBareCommandName(name) && !isStyleDeclaration(name);
}
