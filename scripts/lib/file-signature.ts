/**
 * Files a dump is sometimes mistaken for, named by their first bytes (their
 * "magic number"), with what to do to get the text out: whatever the file's
 * name says, these bytes say what it holds.
 */

/** How a file of a known kind starts, what it is, and how to get a listing's text from it. */
interface Signature {
  bytes: readonly number[];
  reason: (file: string) => string;
}

const AS_TEXT = 'expected a saved Daily Papers listing, as text';

const SIGNATURES: readonly Signature[] = [
  {
    bytes: [0x1f, 0x8b],
    reason: (file) => {
      const how = /\.gz$/iu.test(file)
        ? `\`gunzip ${shellArg(file)}\`) and give the file that leaves (\`${file.replace(/\.gz$/iu, '')}\`)`
        : `\`mv ${shellArg(file)} ${shellArg(`${file}.gz`)} && gunzip ${shellArg(`${file}.gz`)}\`) and give it again`;
      return `it is compressed with gzip (it starts with the bytes 1F 8B), not text; ${AS_TEXT}: decompress it (${how}`;
    },
  },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    reason: (file) => `it is a zip archive (it starts with the bytes 50 4B 03 04, \`PK\`), not text; ${AS_TEXT}: extract it (\`unzip ${shellArg(file)}\`) and give the .txt files it holds`,
  },
  {
    // `%PDF-`: a title may start `%PDF`, never with the dash and a version after it on the first line.
    bytes: [0x25, 0x50, 0x44, 0x46, 0x2d],
    reason: () => `it is a PDF document (it starts with \`%PDF-\`), not text; ${AS_TEXT}: select the page in the browser, copy it and paste it into a .txt file, rather than print it to PDF`,
  },
];

/** Why `bytes` are no dump when their first bytes name a compressed file or a document, else undefined. */
export function knownBinaryFormat(bytes: Uint8Array, file: string): string | undefined {
  const signature = SIGNATURES.find((s) => s.bytes.every((byte, i) => bytes[i] === byte));
  return signature?.reason(file);
}

/** `word` as one argument of a POSIX shell command: as it is when it holds nothing the shell reads, else in single quotes. */
function shellArg(word: string): string {
  return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
