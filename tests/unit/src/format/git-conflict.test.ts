import { describe, expect, test } from 'vitest';
import { findGitConflicts, gitConflictProblem, gitConflictSides } from '../../../../src/format/git-conflict.ts';

const MERGED = ['{', '  "a": 1,', '<<<<<<< HEAD', '  "b": 2,', '=======', '  "c": 3,', '>>>>>>> 9f1c2ab', '  "z": 0', '}', ''].join('\n');

describe('findGitConflicts', () => {
  test('gives the lines of each conflict Git left in a merged file, marker to marker', () => {
    expect(findGitConflicts(MERGED)).toEqual([{ line: 3, end: 7 }]);
  });

  test('reads a conflict written with its base (merge.conflictStyle diff3 or zdiff3) and CRLF line ends', () => {
    const diff3 = ['<<<<<<< ours', 'b', '||||||| base', 'a', '=======', 'c', '>>>>>>> theirs', 'x'].join('\r\n');
    expect(findGitConflicts(diff3)).toEqual([{ line: 1, end: 7 }]);
  });

  test('finds nothing in text that merely has such a line: a Markdown heading underlined with `=======`, an arrow', () => {
    expect(findGitConflicts('Results\n=======\n\nWe win.\n')).toEqual([]);
    expect(findGitConflicts('<<<<<<< not closed\nabc\n')).toEqual([]);
  });
});

describe('gitConflictSides', () => {
  test('gives the file as each side of the merge wrote it, the base left out', () => {
    const diff3 = ['x', '<<<<<<< ours', 'b', '||||||| base', 'a', '=======', 'c', '>>>>>>> theirs', 'y', ''].join('\n');
    expect(gitConflictSides(diff3)).toEqual({ ours: 'x\nb\ny\n', theirs: 'x\nc\ny\n' });
    expect(gitConflictSides(MERGED)).toEqual({ ours: '{\n  "a": 1,\n  "b": 2,\n  "z": 0\n}\n', theirs: '{\n  "a": 1,\n  "c": 3,\n  "z": 0\n}\n' });
  });
});

describe('gitConflictProblem', () => {
  test('names the first marker of a conflict Git left, and what to keep', () => {
    expect(gitConflictProblem('x.mdx', MERGED, 'keep both')?.line).toBe(3);
    expect(gitConflictProblem('x.mdx', MERGED, 'keep both')?.reason).toMatch(/^holds a Git merge conflict \(lines 3–7\); .*: keep both, then run the command again$/);
  });

  test('names a marker line left behind when the rest of its conflict was resolved by hand', () => {
    const left = ['---', 'title: Merged', 'listings:', '  - listing: "2025-03-02"', '---', '', 'Body.', '>>>>>>> theirs', ''].join('\n');
    const problem = gitConflictProblem('x.mdx', left, 'keep both');
    expect(problem?.line).toBe(8);
    expect(problem?.reason).toBe("holds `>>>>>>> theirs`, a line of a Git merge conflict whose other markers are gone (resolved by hand, this one left); expected the file without Git's `<<<<<<<`, `|||||||`, `=======` and `>>>>>>>` lines: delete it, then run the command again");
    expect(gitConflictProblem('x.mdx', '<<<<<<< HEAD\nBody.\n', 'keep both')?.line).toBe(1);
  });

  test('finds nothing in text that merely has such a line: a Markdown heading underlined with `=======`, a quotation', () => {
    expect(gitConflictProblem('x.mdx', 'Results\n=======\n\nWe win.\n', 'keep both')).toBeUndefined();
    expect(gitConflictProblem('x.mdx', '> quoted\n>> deeper\n', 'keep both')).toBeUndefined();
  });
});
