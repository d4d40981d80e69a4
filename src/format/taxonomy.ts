import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { aliasClashes, ALIASES_CLASH, FALLBACK_TOPIC, taxonomySchema, type Taxonomy } from './taxonomy-schema.ts';
import { compileTerm } from './topic-terms.ts';
import { gitConflictProblem } from './git-conflict.ts';
import { problemAt, ProblemsError, quote, type Problem } from './problem.ts';
import { SourceLines } from './source-lines.ts';

/** The taxonomy shipped with Folio, used when a content folder has no `topics.yaml` of its own. */
export const DEFAULT_TAXONOMY_URL = new URL('./default-topics.yaml', import.meta.url);

/** {@link DEFAULT_TAXONOMY_URL} as a file path, for messages. */
export const DEFAULT_TAXONOMY_PATH = fileURLToPath(DEFAULT_TAXONOMY_URL);

/** A taxonomy file that cannot be used; `message` lists every problem as `file:line: reason`. */
export class TaxonomyError extends ProblemsError {
  override name = 'TaxonomyError';
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
 *   at the line of the value (or the field, or the topic) it is about.
 */
export function parseTaxonomy(yamlText: string, file: string): Taxonomy {
  const conflict = gitConflictProblem(file, yamlText, 'keep what each side added');
  if (conflict !== undefined) throw new TaxonomyError([conflict]);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    throw new TaxonomyError([problemAt(file, line, `not valid YAML: ${syntax.message.split('\n')[0]}`)], { cause: syntax });
  }
  const data: unknown = doc.toJS();
  if (data === undefined || data === null) {
    throw new TaxonomyError([problemAt(file, 1, 'the file is empty; expected a `topics:` list')]);
  }

  const source = new SourceLines(doc, lineCounter);
  const parsed = taxonomySchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => describeIssue(issue, data, source, file));
    throw new TaxonomyError(sortProblems(problems));
  }

  const problems: Problem[] = [];
  parsed.data.topics.forEach((topic, index) => {
    topic.terms.forEach((term, termIndex) => {
      try {
        compileTerm(term);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        problems.push(problemAt(file, source.line(['topics', index, 'terms', termIndex]), `topic \`${topic.id}\`: ${reason}`));
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

function describeIssue(issue: Issue, data: unknown, source: SourceLines, file: string): Problem[] {
  const [root, topicIndex, field, itemIndex] = issue.path;

  if (root === undefined) {
    if (issue.code === 'unrecognized_keys') {
      return [problemAt(file, 1, `unknown top-level ${plural(issue.keys, 'field')} ${listCodes(issue.keys)}; expected only \`topics\``)];
    }
    return [problemAt(file, 1, `expected a mapping with a \`topics:\` list, found ${describeValue(data)}`)];
  }

  const topics = (data as { topics?: unknown }).topics;
  if (typeof topicIndex !== 'number') {
    const line = source.line(['topics']);
    if (issue.code === 'invalid_type') return [problemAt(file, line, `\`topics\`: expected a list of topics, found ${describeValue(topics)}`)];
    if (issue.code === 'too_small') return [problemAt(file, line, '`topics`: expected at least one topic, found an empty list')];
    if (issue.message.includes('unique')) return duplicateIdProblems(topics as { id: string }[], source, file);
    if (issue.message === ALIASES_CLASH) return aliasProblems(topics as { id: string; aliases?: string[] }[], source, file);
    if (issue.message.includes(`\`${FALLBACK_TOPIC}\``)) {
      return [problemAt(file, line, `\`topics\`: expected a topic with id \`${FALLBACK_TOPIC}\` (the fallback for papers that match no topic), found none`)];
    }
    return [problemAt(file, line, `\`topics\`: ${issue.message}`)];
  }

  const topic = Array.isArray(topics) ? (topics[topicIndex] as unknown) : undefined;
  const id = idOf(topic);
  const label = id === undefined ? `topic ${topicIndex + 1}` : `topic \`${id}\``;
  const topicLine = source.line(['topics', topicIndex]);

  if (field === undefined) {
    if (issue.code === 'unrecognized_keys') {
      return [problemAt(file, topicLine, `${label}: unknown ${plural(issue.keys, 'field')} ${listCodes(issue.keys)}; expected \`id\`, \`name\`, \`description\`, \`terms\` and \`aliases\``)];
    }
    return [problemAt(file, topicLine, `${label}: expected a mapping with \`id\`, \`name\`, \`description\` and \`terms\`, found ${describeValue(topic)}`)];
  }

  const name = String(field);
  const value = (topic as Record<string, unknown>)[name];
  // An id of the right form that is a route of the site's own (taxonomy-schema.ts) says so; any other, its form.
  const expectedId = issue.code === 'custom' ? issue.message.replace(/^expected /u, '') : 'a lowercase id such as `language-models`';
  if (name === 'aliases' && typeof itemIndex === 'number') {
    const alias = Array.isArray(value) ? (value[itemIndex] as unknown) : undefined;
    return [problemAt(file, source.line(['topics', topicIndex, 'aliases', itemIndex]), `${label}: alias ${itemIndex + 1}: expected ${expectedId}, found ${describeValue(alias)}`)];
  }
  if (typeof itemIndex === 'number') {
    const term = Array.isArray(value) ? (value[itemIndex] as unknown) : undefined;
    const line = source.line(['topics', topicIndex, 'terms', itemIndex]);
    const expected = issue.code === 'too_small' ? 'a non-empty term' : 'a term (text)';
    return [problemAt(file, line, `${label}: term ${itemIndex + 1}: expected ${expected}, found ${describeValue(term)}`)];
  }

  const line = source.line(['topics', topicIndex, name]);
  const expected =
    name === 'id'
      ? expectedId
      : name === 'terms'
        ? 'a list of terms'
        : name === 'aliases'
          ? 'a list of earlier ids'
          : 'a non-empty text';
  if (value === undefined) return [problemAt(file, line, `${label}: \`${name}\` is missing; expected ${expected}`)];
  return [problemAt(file, line, `${label}: \`${name}\`: expected ${expected}, found ${describeValue(value)}`)];
}

function duplicateIdProblems(topics: { id: string }[], source: SourceLines, file: string): Problem[] {
  const firstLine = new Map<string, number>();
  const problems: Problem[] = [];
  topics.forEach((topic, index) => {
    const line = source.line(['topics', index, 'id']);
    const first = firstLine.get(topic.id);
    if (first === undefined) firstLine.set(topic.id, line);
    else problems.push(problemAt(file, line, `topic \`${topic.id}\`: the id is already used at line ${first}; expected each id once`));
  });
  return problems;
}

function aliasProblems(topics: { id: string; aliases?: string[] }[], source: SourceLines, file: string): Problem[] {
  return aliasClashes(topics).map(({ topic, alias, other, by }) => {
    const name = topics[topic]!.aliases![alias]!;
    const otherId = topics[other]!.id;
    const line = source.line(['topics', topic, 'aliases', alias]);
    if (by === 'id') {
      return problemAt(file, line, `topic \`${topics[topic]!.id}\`: alias \`${name}\` is the id of topic \`${otherId}\` at line ${source.line(['topics', other, 'id'])}; expected an id no topic has now (a renamed topic's old id, moved from \`id\` to \`aliases\`)`);
    }
    const otherLine = source.line(['topics', other, 'aliases', topics[other]!.aliases!.indexOf(name)]);
    if (other === topic) return problemAt(file, line, `topic \`${topics[topic]!.id}\`: alias \`${name}\` is listed twice (also at line ${otherLine}); expected each alias once`);
    return problemAt(file, line, `topic \`${topics[topic]!.id}\`: alias \`${name}\` is already an alias of topic \`${otherId}\` at line ${otherLine}; expected each alias on one topic, the one its URLs should lead to`);
  });
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
