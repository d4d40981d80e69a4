/**
 * Median, minimum and maximum of repeated measurements. The median is what a
 * run usually costs; min and max show how noisy the machine was.
 */

/** A measurement over several runs. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** How many values were summarised. */
  runs: number;
}

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('Expected at least one value to take the median of');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Summarise a non-empty list of measurements. */
export function summarise(values: readonly number[]): Summary {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}
