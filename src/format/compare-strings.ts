/** Code-point order, independent of the machine's locale: the same on every machine, so output is reproducible. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
