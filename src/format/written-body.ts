import { abstractKey } from './paper-key.ts';

/**
 * What the ingest last wrote as a paper's body, as `published.json` records
 * it (the `body` of a paper's record, src/format/manifest-schema.ts): the
 * body's hash, and the length and exact key (src/format/paper-key.ts) of the
 * abstract it was made from. It lives in the committed content folder, not
 * in the ingest's memo, so that every clone tells a body edited by hand from
 * one the ingest wrote, and a later dump's abstract from the one the body
 * already says, the same way.
 */
export interface WrittenBody {
  /** `hashText` of the body as written: a body with another hash was edited by hand. */
  hash: string;
  /** The abstract's length as the longest-abstract rule counts it (UTF-16 code units). */
  length: number;
  /** The abstract's exact key. */
  key: string;
  /** Whether the abstract identifies the paper by itself (see `abstractKey`). */
  distinctive: boolean;
}

/**
 * The form `body` is written in: `<hash> <length>`, then ` <key>` unless the
 * key is the record's `abstract` (most papers keep their first abstract, and
 * the manifest holds every paper ever published), then ` short` for an
 * abstract too short to identify a paper.
 */
export const WRITTEN_BODY = /^([\w-]+) (\d+)(?: ([\w-]+)( short)?)?$/;

/** The body a record says was written, given the record's `abstract` (which a `body` with no key of its own refers to). */
export function readWrittenBody(text: string, abstract: string | undefined): WrittenBody {
  const match = WRITTEN_BODY.exec(text);
  const key = match?.[3] ?? abstract;
  if (match === null || key === undefined) {
    throw new TypeError(`\`${text}\` is not a written body; expected \`<hash> <length> <key>\` (the key left out only when the record has an \`abstract\`)`);
  }
  return { hash: match[1]!, length: Number(match[2]), key, distinctive: match[4] === undefined };
}

/** Write a {@link WrittenBody} as the `body` of a record whose `abstract` is `abstract`. */
export function writeWrittenBody(body: WrittenBody, abstract: string | undefined): string {
  // The record's `abstract` is always distinctive, so a body that refers to it is too.
  if (body.key === abstract && body.distinctive) return `${body.hash} ${body.length}`;
  return `${body.hash} ${body.length} ${body.key}${body.distinctive ? '' : ' short'}`;
}

/** The {@link WrittenBody} of a body with hash `hash`, made from `abstract` as the dump gave it. */
export function writtenBody(hash: string, abstract: string): WrittenBody {
  const { exact, distinctive } = abstractKey(abstract);
  return { hash, length: abstract.length, key: exact!, distinctive };
}
