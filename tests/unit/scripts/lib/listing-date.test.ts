import { describe, expect, test } from 'vitest';
import { parseDateLabel, READ_DATE_FORMS, readDayLabel } from '../../../../scripts/lib/listing-date.ts';

describe('READ_DATE_FORMS', () => {
  const examples = [...READ_DATE_FORMS.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

  test('lists forms of dates and of days’ labels', () => {
    expect(examples).toEqual(expect.arrayContaining(['Mar 14', '2025-03-14', 'Friday', '2025-W11']));
  });

  test.each(examples)('gives %j, which is read as a date or a day’s label: a message never offers a form the ingest does not read', (example) => {
    expect(parseDateLabel(example) !== undefined || readDayLabel(example) !== undefined).toBe(true);
  });
});
