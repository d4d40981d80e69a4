import { describe, expect, test } from 'vitest';
import { formatProblem, problemAt, showPath } from '../../../../src/format/problem.ts';

describe('showPath', () => {
  test.each(['dumps/2025-03-14.txt', 'C:\\dumps\\saved page.txt', 'статьи-весна.txt', 'say "hi".txt'])('leaves %j as it is: a name a terminal shows on one line', (name) => {
    expect(showPath(name)).toBe(name);
  });
  test.each([
    ['dumps/a\nb.txt', '"dumps/a\\nb.txt"'],
    ['a\r\nb.txt', '"a\\r\\nb.txt"'],
    ['tab\there.txt', '"tab\\there.txt"'],
    ['bell\u0007.txt', '"bell\\u0007.txt"'],
    ['next\u0085line.txt', '"next\\u0085line.txt"'],
    ['line\u2028sep.txt', '"line\\u2028sep.txt"'],
    ['evil\u202Etxt.exe', '"evil\\u202etxt.exe"'],
    ['back\\slash\n.txt', '"back\\\\slash\\n.txt"'],
  ])('quotes and escapes %j, which holds a control or format character', (name, shown) => {
    expect(showPath(name)).toBe(shown);
  });
});

describe('formatProblem', () => {
  test('keeps `file:line: reason` on one line whatever the file is named', () => {
    expect(formatProblem(problemAt('dumps/a\nb.txt', 3, 'holds no papers'))).toBe('"dumps/a\\nb.txt":3: holds no papers');
    expect(formatProblem(problemAt('dumps/a.txt', undefined, 'holds no papers'))).toBe('dumps/a.txt: holds no papers');
  });
});
