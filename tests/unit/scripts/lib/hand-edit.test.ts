import { describe, expect, test } from 'vitest';
import { mergeHandEdit } from '../../../../scripts/lib/hand-edit.ts';

const same = (a: string, b: string) => a === b;

describe('mergeHandEdit', () => {
  test('a value the user did not touch takes what the dumps say now', () => {
    expect(mergeHandEdit({ ingested: 'Old', onDisk: 'Old', fromDumps: 'New' }, same)).toEqual({ value: 'New', ingested: 'New', conflict: false });
  });

  test('a value the user changed is kept when the dumps repeat what was ingested before, and the record stays', () => {
    expect(mergeHandEdit({ ingested: 'Old', onDisk: 'Mine', fromDumps: 'Old' }, same)).toEqual({ value: 'Mine', ingested: 'Old', conflict: false });
  });

  test('a value the user changed is kept when the dumps now say something else too, as a conflict; the record takes the dumps\' value, so the next run says it no more', () => {
    expect(mergeHandEdit({ ingested: 'Old', onDisk: 'Mine', fromDumps: 'New' }, same)).toMatchObject({ value: 'Mine', ingested: 'New', conflict: true });
  });

  test('a conflict records what the ingest had written, so the value put back as it was (`git checkout`) takes the dumps\' again', () => {
    expect(mergeHandEdit({ ingested: 'Old', onDisk: 'Mine', fromDumps: 'New' }, same)).toEqual({ value: 'Mine', ingested: 'New', conflict: true, written: 'Old' });
    expect(mergeHandEdit({ ingested: 'New', onDisk: 'Old', fromDumps: 'Newer', written: 'Old' }, same)).toEqual({ value: 'Newer', ingested: 'Newer', conflict: false });
    // Kept again, the record of what was written stays, through a second conflict too.
    expect(mergeHandEdit({ ingested: 'New', onDisk: 'Mine', fromDumps: 'New', written: 'Old' }, same)).toEqual({ value: 'Mine', ingested: 'New', conflict: false, written: 'Old' });
    expect(mergeHandEdit({ ingested: 'New', onDisk: 'Mine', fromDumps: 'Newer', written: 'Old' }, same)).toEqual({ value: 'Mine', ingested: 'Newer', conflict: true, written: 'Old' });
  });

  test('the user and the dumps making the same change agree: no conflict', () => {
    expect(mergeHandEdit({ ingested: 'Old', onDisk: 'New', fromDumps: 'New' }, same)).toEqual({ value: 'New', ingested: 'New', conflict: false });
  });

  test('values are compared as the caller says (a title by its key), the dumps\' spelling kept when they are one', () => {
    const folded = (a: string, b: string) => a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');
    expect(mergeHandEdit({ ingested: 'Old  Title', onDisk: 'Old Title', fromDumps: 'New' }, folded)).toEqual({ value: 'New', ingested: 'New', conflict: false });
    expect(mergeHandEdit({ ingested: 'Old', onDisk: 'Mine', fromDumps: 'Old ' }, (a, b) => a.trim() === b.trim())).toEqual({ value: 'Mine', ingested: 'Old', conflict: false });
  });
});
