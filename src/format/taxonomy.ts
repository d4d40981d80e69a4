import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { load, YAMLException } from 'js-yaml';
import { FALLBACK_TOPIC, taxonomySchema, type Taxonomy } from './taxonomy-schema.ts';
import { compileTerm } from './topic-terms.ts';
import { formatProblem, quote, type Problem } from './problem.ts';

/** The taxonomy shipped with Folio, used when a content folder has no `topics.yaml` of its own. */
export const DEFAULT_TAXONOMY_URL = new URL('./default-topics.yaml', import.meta.url);

/** {@link DEFAULT_TAXONOMY_URL} as a file path, for messages. */
export const DEFAULT_TAXONOMY_PATH = fileURLToPath(DEFAULT_TAXONOMY_URL);

/** A taxonomy file that cannot be used; `message` lists every problem as `file:line: message`. */
export class TaxonomyError extends Error {
  /** The problems, in file order. */
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], options?: ErrorOptions) {
    super(problems.map(formatProblem).join('\n'), options);
    this.name = 'TaxonomyError';
    this.problems = problems;
  }
}

/** Read the shipped default taxonomy (`src/format/default-topics.yaml`), which the ingest copies into a content folder that has none. */
export async function defaultTaxonomyText(): Promise<string> {
  return readFile(DEFAULT_TAXONOMY_URL, 'utf8');
}

/**
 * Parse and validate a taxonomy file: YAML syntax, the taxonomy schema, and
 * every term (a `/regex/` term must compile and must not match empty text).
 *
 * @param yamlText The file's text.
 * @param file The file as the user should see it in messages.
 * @throws TaxonomyError listing every problem as `file:line: topic \`id\`: …`,
 *   with the line found by searching the source for the offending topic.
 */
export function parseTaxonomy(yamlText: string, file: string): Taxonomy {
  let data: unknown;
  try {
    data = load(yamlText, { filename: file });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark === undefined ? 1 : error.mark.line + 1;
    throw new TaxonomyError([{ file, line, message: `not valid YAML: ${error.reason}` }], { cause: error });
  }

  const source = new SourceIndex(yamlText);
  if (data === undefined || data === null) {
    throw new TaxonomyError([{ file, line: 1, message: 'the file is empty; expected a `topics:` list' }]);
  }

  const parsed = taxonomySchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => describeIssue(issue, data, source, file));
    throw new TaxonomyError(sortProblems(problems));
  }

  const problems: Problem[] = [];
  parsed.data.topics.forEach((topic, index) => {
    topic.terms.forEach((term) => {
      try {
        compileTerm(term);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        problems.push({ file, line: source.termLine(index, topic.id, term), message: `topic \`${topic.id}\`: ${reason}` });
      }
    });
  });
  if (problems.length > 0) throw new TaxonomyError(problems);
  return parsed.data;
}

/** The subset of a zod issue this module reads. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
}

function describeIssue(issue: Issue, data: unknown, source: SourceIndex, file: string): Problem[] {
  const [root, topicIndex, field, termIndex] = issue.path;

  if (root === undefined) {
    if (issue.code === 'unrecognized_keys') {
      return [{ file, line: 1, message: `unknown top-level ${plural(issue.keys, 'field')} ${listCodes(issue.keys)}; expected only \`topics\`` }];
    }
    return [{ file, line: 1, message: `expected a mapping with a \`topics:\` list, found ${describeValue(data)}` }];
  }

  const topics = (data as { topics?: unknown }).topics;
  if (typeof topicIndex !== 'number') {
    const line = source.topicsLine();
    if (issue.code === 'invalid_type') return [{ file, line, message: `\`topics\`: expected a list of topics, found ${describeValue(topics)}` }];
    if (issue.code === 'too_small') return [{ file, line, message: '`topics`: expected at least one topic, found an empty list' }];
    if (issue.message.includes('unique')) return duplicateIdProblems(topics as { id: string }[], source, file);
    if (issue.message.includes(`\`${FALLBACK_TOPIC}\``)) {
      return [{ file, line, message: `\`topics\`: expected a topic with id \`${FALLBACK_TOPIC}\` (the fallback for papers that match no topic), found none` }];
    }
    return [{ file, line, message: `\`topics\`: ${issue.message}` }];
  }

  const topic = Array.isArray(topics) ? (topics[topicIndex] as unknown) : undefined;
  const id = idOf(topic);
  const label = id === undefined ? `topic ${topicIndex + 1}` : `topic \`${id}\``;
  const topicLine = source.topicLine(topicIndex, id);

  if (field === undefined) {
    if (issue.code === 'unrecognized_keys') {
      return [{ file, line: topicLine, message: `${label}: unknown ${plural(issue.keys, 'field')} ${listCodes(issue.keys)}; expected \`id\`, \`name\`, \`description\` and \`terms\`` }];
    }
    return [{ file, line: topicLine, message: `${label}: expected a mapping with \`id\`, \`name\`, \`description\` and \`terms\`, found ${describeValue(topic)}` }];
  }

  const name = String(field);
  const value = (topic as Record<string, unknown>)[name];
  if (typeof termIndex === 'number') {
    const term = Array.isArray(value) ? (value[termIndex] as unknown) : undefined;
    const line = typeof term === 'string' && term !== '' ? source.termLine(topicIndex, id, term) : source.fieldLine(topicIndex, id, 'terms');
    const expected = issue.code === 'too_small' ? 'a non-empty term' : 'a term (text)';
    return [{ file, line, message: `${label}: term ${termIndex + 1}: expected ${expected}, found ${describeValue(term)}` }];
  }

  const line = source.fieldLine(topicIndex, id, name);
  const expected =
    name === 'id'
      ? 'a lowercase id such as `language-models`'
      : name === 'terms'
        ? 'a list of terms'
        : 'a non-empty text';
  if (value === undefined) return [{ file, line, message: `${label}: \`${name}\` is missing; expected ${expected}` }];
  return [{ file, line, message: `${label}: \`${name}\`: expected ${expected}, found ${describeValue(value)}` }];
}

function duplicateIdProblems(topics: { id: string }[], source: SourceIndex, file: string): Problem[] {
  const firstLine = new Map<string, number>();
  const problems: Problem[] = [];
  topics.forEach((topic, index) => {
    const line = source.topicLine(index, topic.id);
    const first = firstLine.get(topic.id);
    if (first === undefined) firstLine.set(topic.id, line);
    else problems.push({ file, line, message: `topic \`${topic.id}\`: the id is already used at line ${first}; expected each id once` });
  });
  return problems;
}

function idOf(topic: unknown): string | undefined {
  if (typeof topic !== 'object' || topic === null) return undefined;
  const id = (topic as { id?: unknown }).id;
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return `\`${String(value)}\``;
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}

function plural(items: readonly string[] | undefined, word: string): string {
  return items !== undefined && items.length > 1 ? `${word}s` : word;
}

function listCodes(items: readonly string[] | undefined): string {
  return (items ?? []).map((item) => `\`${item}\``).join(', ');
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.map((problem, order) => ({ problem, order })).sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.order - b.order).map(({ problem }) => problem);
}

/**
 * Finds lines in the YAML source. js-yaml keeps no positions for values, so
 * topics are found by searching the text: the `id: <id>` line, else the n-th
 * item of the `topics:` list. Good enough to point a person at the right place.
 */
class SourceIndex {
  private readonly lines: string[];
  private readonly itemLines: number[];

  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
    this.itemLines = this.findItemLines();
  }

  /** 1-based line of `topics:`, or 1. */
  topicsLine(): number {
    const index = this.lines.findIndex((line) => /^topics\s*:/.test(line));
    return index + 1 || 1;
  }

  /** 1-based line where topic `index` (with this id, when it has one) is written. */
  topicLine(index: number, id: string | undefined): number {
    if (id !== undefined) {
      const pattern = new RegExp(`^\\s*(?:-\\s+)?id\\s*:\\s*(['"]?)${escapeRegExp(id)}\\1\\s*(?:#.*)?$`);
      const matches = this.lines.flatMap((line, i) => (pattern.test(line) ? [i + 1] : []));
      // A duplicated id: the k-th topic with that id is the k-th match.
      const nth = this.itemLines.length > 0 ? matches.filter((line) => this.itemStart(line) <= (this.itemLines[index] ?? Infinity)).length - 1 : 0;
      const line = matches[Math.max(0, nth)] ?? matches[0];
      if (line !== undefined) return line;
    }
    return this.itemLines[index] ?? this.topicsLine();
  }

  /** 1-based line of `field:` inside topic `index`, or the topic's line. */
  fieldLine(index: number, id: string | undefined, field: string): number {
    const [start, end] = this.block(index, id);
    const pattern = new RegExp(`^\\s*(?:-\\s+)?${escapeRegExp(field)}\\s*:`);
    for (let line = start; line < end; line += 1) if (pattern.test(this.lines[line - 1] ?? '')) return line;
    return this.topicLine(index, id);
  }

  /** 1-based line of a term inside topic `index`, or its `terms:` line. */
  termLine(index: number, id: string | undefined, term: string): number {
    const [start, end] = this.block(index, id);
    for (let line = start; line < end; line += 1) if ((this.lines[line - 1] ?? '').includes(term)) return line;
    return this.fieldLine(index, id, 'terms');
  }

  /** Lines [start, end) of topic `index`'s block. */
  private block(index: number, id: string | undefined): [number, number] {
    const start = this.itemStart(this.topicLine(index, id));
    const next = this.itemLines.find((line) => line > start);
    return [start, next ?? this.lines.length + 1];
  }

  /** The list item a line belongs to (the last item start at or before it). */
  private itemStart(line: number): number {
    let start = line;
    for (const item of this.itemLines) if (item <= line) start = item;
    return start;
  }

  /** 1-based lines that start an item of the `topics:` block list. */
  private findItemLines(): number[] {
    const topics = this.topicsLine() - 1;
    const items: number[] = [];
    let indent: number | undefined;
    for (let i = topics + 1; i < this.lines.length; i += 1) {
      const line = this.lines[i] as string;
      if (/^\S/.test(line) && !line.startsWith('#') && !line.startsWith('-')) break;
      const item = /^(\s*)-(?:\s|$)/.exec(line);
      if (item === null) continue;
      const width = (item[1] as string).length;
      indent ??= width;
      if (width === indent) items.push(i + 1);
    }
    return items;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
