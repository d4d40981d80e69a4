/**
 * Walks CBOR (RFC 8949) item by item without building it: what is skipped is
 * never made into JavaScript values. Pagefind's index chunks are mostly word
 * positions that the search vocabulary does not need (pagefind-format.ts
 * counts pages per key with it). Definite lengths only, as Pagefind writes
 * them; anything else is reported through `fail`, with what was expected.
 */
export class CborCursor {
  #data: Uint8Array;
  #at = 0;
  #fail: (what: string) => never;
  /** The last head read: its major type and argument (a length, or an integer's magnitude). */
  #major = 0;
  #argument = 0;

  constructor(data: Uint8Array, fail: (what: string) => never) {
    this.#data = data;
    this.#fail = fail;
  }

  /** Whether every byte has been read. */
  get done(): boolean {
    return this.#at >= this.#data.length;
  }

  /** Reads the head of the next item (RFC 8949 §3). */
  #head(what: string): void {
    const data = this.#data;
    if (this.#at >= data.length) this.#fail(`end of data (expected ${what})`);
    const first = data[this.#at++]!;
    this.#major = first >> 5;
    const info = first & 31;
    if (info < 24) this.#argument = info;
    else if (info === 24) this.#argument = this.#byte();
    else if (info === 25) this.#argument = this.#byte() * 0x100 + this.#byte();
    else if (info === 26) this.#argument = ((this.#byte() * 0x100 + this.#byte()) * 0x100 + this.#byte()) * 0x100 + this.#byte();
    else if (info === 27) {
      const high = ((this.#byte() * 0x100 + this.#byte()) * 0x100 + this.#byte()) * 0x100 + this.#byte();
      const low = ((this.#byte() * 0x100 + this.#byte()) * 0x100 + this.#byte()) * 0x100 + this.#byte();
      if (high >= 0x200000) this.#fail(`a number too large for JavaScript (expected ${what})`);
      this.#argument = high * 0x100000000 + low;
    } else this.#fail(`an indefinite length or reserved head (expected ${what})`);
  }

  #byte(): number {
    if (this.#at >= this.#data.length) this.#fail('end of data inside a head');
    return this.#data[this.#at++]!;
  }

  /** Reads an array's head; returns its length. */
  arrayLength(what: string): number {
    this.#head(what);
    if (this.#major !== 4) this.#fail(what);
    return this.#argument;
  }

  /** Reads an integer. */
  integer(what: string): number {
    this.#head(what);
    if (this.#major === 0) return this.#argument;
    if (this.#major === 1) return -1 - this.#argument;
    return this.#fail(what);
  }

  /** Reads a text string. */
  text(what: string): string {
    this.#head(what);
    if (this.#major !== 3) this.#fail(what);
    const end = this.#at + this.#argument;
    if (end > this.#data.length) this.#fail(`end of data (expected ${what})`);
    const text = Buffer.from(this.#data.buffer, this.#data.byteOffset + this.#at, this.#argument).toString('utf8');
    this.#at = end;
    return text;
  }

  /** Skips an array of integers, checking that it is one. */
  skipIntegers(what: string): void {
    for (let n = this.arrayLength(what); n > 0; n--) {
      this.#head(what);
      if (this.#major > 1) this.#fail(what);
    }
  }

  /** Skips the next item, whatever it is. */
  skip(): void {
    this.#head('an item');
    const major = this.#major;
    const argument = this.#argument;
    if (major === 2 || major === 3) {
      if (this.#at + argument > this.#data.length) this.#fail('end of data (expected a string)');
      this.#at += argument;
    } else if (major === 4) for (let n = argument; n > 0; n--) this.skip();
    else if (major === 5) for (let n = argument * 2; n > 0; n--) this.skip();
    else if (major === 6) this.skip();
  }
}
