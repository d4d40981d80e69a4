/**
 * Files a dump is sometimes mistaken for, named by their first bytes (their
 * "magic number"), with what to do to get the text out: whatever the file's
 * name says, these bytes say what it holds.
 */

/** How a file of a known kind starts, what it is, and how to get a listing's text from it. */
interface Signature {
  bytes: readonly number[];
  /** Bytes that must follow `bytes`, one of these (bzip2's block or end-of-stream magic after `BZh` and its level, so text that starts `BZh9` is read). */
  then?: ReadonlyArray<readonly number[]>;
  /** Why the file is no dump; `bytes` are all of it that was read (a folder's scan reads only its first ones). */
  reason: (file: string, bytes: Uint8Array) => string;
}

const AS_TEXT = 'expected a saved Daily Papers listing, as text';

/**
 * The reason for a file compressed with `format` (its first bytes shown as
 * `magic`), with the command that decompresses it: `command` on the file
 * when its name ends in `extension` (the tool then leaves the file without
 * it), else after renaming it so, which each of these tools needs.
 */
function compressed(format: string, magic: string, extension: string, command: string): (file: string) => string {
  return (file) => {
    const named = file.toLowerCase().endsWith(extension);
    const how = named
      ? `\`${command} ${shellArg(file)}\`) and give the file that leaves (\`${file.slice(0, -extension.length)}\`)`
      : `\`mv ${shellArg(file)} ${shellArg(`${file}${extension}`)} && ${command} ${shellArg(`${file}${extension}`)}\`) and give it again`;
    return `it is compressed with ${format} (it starts with the bytes ${magic}), not text; ${AS_TEXT}: decompress it (${how}`;
  };
}

/** bzip2's level after `BZh` (`1` to `9`), then the magic of its first block (π's digits) or of its end (an empty file: √π's). */
const BZIP2_LEVELS = [0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39];
const BZIP2_NEXT = BZIP2_LEVELS.flatMap((level) => [
  [level, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59],
  [level, 0x17, 0x72, 0x45, 0x38, 0x50, 0x90],
]);

/** A binary property list's magic, as the reasons show it. */
const BPLIST = '62 70 6C 69 73 74 30 30, `bplist00`';

/** The key of a web archive's page in its property list, stored as ASCII among the list's objects. */
const WEB_MAIN_RESOURCE = new TextEncoder().encode('WebMainResource');

/**
 * Whether a binary property list is a Safari web archive: named so, or
 * holding the key of the archived page (`WebMainResource`). Other apps save
 * their data as binary property lists too.
 */
function isWebArchive(file: string, bytes: Uint8Array): boolean {
  return file.toLowerCase().endsWith('.webarchive') || Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(WEB_MAIN_RESOURCE) !== -1;
}

const SIGNATURES: readonly Signature[] = [
  { bytes: [0x1f, 0x8b], reason: compressed('gzip', '1F 8B', '.gz', 'gunzip') },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], reason: compressed('xz', 'FD 37 7A 58 5A 00', '.xz', 'xz -d') },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], reason: compressed('zstd', '28 B5 2F FD', '.zst', 'zstd -d') },
  { bytes: [0x42, 0x5a, 0x68], then: BZIP2_NEXT, reason: compressed('bzip2', '42 5A 68, `BZh`', '.bz2', 'bunzip2') },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    reason: (file) => `it is a zip archive (it starts with the bytes 50 4B 03 04, \`PK\`), not text; ${AS_TEXT}: extract it (\`unzip ${shellArg(file)}\`) and give the .txt files it holds`,
  },
  {
    // `%PDF-`: a title may start `%PDF`, never with the dash and a version after it on the first line.
    bytes: [0x25, 0x50, 0x44, 0x46, 0x2d],
    reason: () => `it is a PDF document (it starts with \`%PDF-\`), not text; ${AS_TEXT}: select the page in the browser, copy it and paste it into a .txt file, rather than print it to PDF`,
  },
  {
    // A binary property list: Safari saves a page so (`.webarchive`), and so do many apps on a Mac or an iPhone their own data.
    bytes: [0x62, 0x70, 0x6c, 0x69, 0x73, 0x74, 0x30, 0x30],
    reason: (file, bytes) =>
      isWebArchive(file, bytes)
        ? `it is a Safari web archive (it starts with the bytes ${BPLIST}), not text; ${AS_TEXT}: open it in Safari, select the page, copy it and paste it into a .txt file, rather than save it as a web archive`
        : `it is a binary property list (it starts with the bytes ${BPLIST}), not text: data an app on a Mac or an iPhone saved, not a page copied as text (\`plutil -p ${shellArg(file)}\` shows what it holds); ${AS_TEXT}: select the page in the browser, copy it and paste it into a .txt file`,
  },
];

/** Why `bytes` are no dump when their first bytes name a compressed file or a document, else undefined. */
export function knownBinaryFormat(bytes: Uint8Array, file: string): string | undefined {
  const startsWith = (prefix: readonly number[], at: number) => prefix.every((byte, i) => bytes[at + i] === byte);
  const signature = SIGNATURES.find((s) => startsWith(s.bytes, 0) && (s.then === undefined || s.then.some((next) => startsWith(next, s.bytes.length))));
  return signature?.reason(file, bytes);
}

/** `word` as one argument of a POSIX shell command: as it is when it holds nothing the shell reads, else in single quotes. */
export function shellArg(word: string): string {
  return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
