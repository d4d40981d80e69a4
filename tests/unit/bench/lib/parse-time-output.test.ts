import { describe, expect, test } from 'vitest';
import { parseElapsed, parseTimeOutput } from '../../../../bench/lib/parse-time-output.ts';

// The shape GNU time 1.9 prints with -v, values invented.
const REPORT = [
  '\tCommand being timed: "node build.mjs --out a:b"',
  '\tUser time (seconds): 14.52',
  '\tSystem time (seconds): 1.98',
  '\tPercent of CPU this job got: 131%',
  '\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:12.61',
  '\tAverage shared text size (kbytes): 0',
  '\tMaximum resident set size (kbytes): 1048576',
  '\tMinor (reclaiming a frame) page faults: 512000',
  '\tExit status: 0',
  '',
].join('\n');

describe('parseTimeOutput', () => {
  test('reads wall time, CPU time, peak memory and exit status', () => {
    expect(parseTimeOutput(REPORT)).toEqual({
      wallSeconds: 12.61,
      userSeconds: 14.52,
      systemSeconds: 1.98,
      peakRssBytes: 1024 ** 3,
      exitStatus: 0,
    });
  });

  test('reads the exit status of a failed command after the "non-zero status" line', () => {
    const failed = `Command exited with non-zero status 1\n${REPORT.replace('Exit status: 0', 'Exit status: 1')}`;
    expect(parseTimeOutput(failed).exitStatus).toBe(1);
  });

  test('names the line it expected when the report is not from time -v', () => {
    expect(() => parseTimeOutput('0.01user 0.00system 0:00.01elapsed')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Expected a \`Elapsed (wall clock) time (h:mm:ss or m:ss)\` line in the output of /usr/bin/time -v]`,
    );
  });
});

describe('parseElapsed', () => {
  test('reads m:ss.ss', () => {
    expect(parseElapsed('2:06.50')).toBe(126.5);
  });

  test('reads h:mm:ss', () => {
    expect(parseElapsed('1:02:03')).toBe(3723);
  });

  test('rejects a bare number, naming it', () => {
    expect(() => parseElapsed('12.5')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Expected an elapsed time such as \`1:02.53\` or \`1:02:03\`, got \`12.5\`]`,
    );
  });
});
