/**
 * Invent one paper: a title and an abstract in the shape of a real Daily
 * Papers entry (title about 30-140 characters, abstract about 600-1920,
 * arXiv's limit), built from the term lists of one research area, sometimes
 * borrowing from a second one, with the quirks of real abstracts mixed in.
 */
import type { Random } from './random.ts';
import { QUIRKS } from './abstract-quirks.ts';
import {
  ACTIONS,
  ADJECTIVES,
  CODE_HOSTS,
  COINAGE_PREFIXES,
  COINAGE_ROOTS,
  COINAGE_SUFFIXES,
  COMPONENTS,
  EVIDENCE,
  FRAMING,
  GENERAL_MODIFIERS,
  GENERAL_NOUNS,
  GENERAL_VERBS,
  LIMITATIONS,
  NAME_SUFFIXES,
  NAME_SYLLABLES,
  OUTCOMES,
  PROPOSALS,
  RESEARCH_AREAS,
  type ResearchArea,
} from './vocabulary.ts';

/** An invented paper. */
export interface InventedPaper {
  title: string;
  abstract: string;
  /** Id of the research area the paper's terms come from. */
  area: string;
  /** Ids of the quirks its abstract holds. */
  quirks: string[];
}

/** arXiv's abstract limit, which the real dumps never exceed. */
export const MAX_ABSTRACT_LENGTH = 1920;

const SMALL_WORDS = new Set(['a', 'an', 'the', 'for', 'of', 'in', 'on', 'with', 'via', 'and', 'or', 'to', 'from', 'by', 'at', 'as', 'is']);

/** Title-case a phrase the way paper titles are: small words lower, acronyms kept. */
export function titleCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((word, index) =>
      index > 0 && SMALL_WORDS.has(word)
        ? word
        : word
            .split('-')
            .map((part) => (part === '' ? part : part[0]!.toUpperCase() + part.slice(1)))
            .join('-'),
    )
    .join(' ');
}

/** Upper-case the first letter of a sentence. */
function capitalize(text: string): string {
  return text === '' ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** `a` or `an`, by the first letter (good enough for invented text). */
function article(word: string): string {
  return /^[aeiouAEIOU]/.test(word) ? `an ${word}` : `a ${word}`;
}

/** An invented method name such as `LuTokFormer`: the long tail of a real vocabulary. */
export function inventName(random: Random): string {
  const syllables = random.int(2, 3);
  let name = '';
  for (let i = 0; i < syllables; i++) {
    const syllable = random.pick(NAME_SYLLABLES);
    name += i === 0 ? syllable : syllable.toLowerCase();
  }
  return name + random.pick(NAME_SUFFIXES);
}

/** A coined technical word such as `crossdistillation`, from a pool of a few thousand. */
export function coinWord(random: Random): string {
  return random.pick(COINAGE_PREFIXES) + random.pick(COINAGE_ROOTS) + random.pick(COINAGE_SUFFIXES);
}

interface Context {
  random: Random;
  area: ResearchArea;
  /** A second area the paper borrows a method from (cross-area work is common). */
  other: ResearchArea;
  name: string;
  task: string;
  method: string;
  percent: string;
}

function inventTitle(c: Context): string {
  const { random: r, area, other, name, task, method } = c;
  const adjective = r.pick(ADJECTIVES);
  const objects = r.pick(area.objects);
  const templates: Array<() => string> = [
    () => `${name}: ${titleCase(`${adjective} ${method} for ${task}`)}`,
    () => `${name}: ${titleCase(`towards ${adjective} ${task} with ${r.pick(other.methods)}`)}`,
    () => `${name}: ${titleCase(`${r.pick(ACTIONS)} ${objects} for ${adjective} ${task}`)}`,
    () => `${name}: A Benchmark for ${titleCase(`${adjective} ${task}`)}`,
    () => titleCase(`${adjective} ${task} via ${method}`),
    () => titleCase(`scaling ${method} for ${task}`),
    () => titleCase(`learning ${adjective} ${objects} for ${task} from ${r.pick(other.objects)}`),
    () => titleCase(`rethinking ${task} through the lens of ${r.pick(other.methods)}`),
    () => titleCase(`on the ${r.pick(FRAMING)} of ${method} in ${task}`),
    () => `When ${titleCase(method)} Meets ${titleCase(r.pick(other.methods))}: ${titleCase(`${adjective} ${task}`)}`,
    () => `Do ${titleCase(`${method}s really need ${objects}`)}?`,
    () => `${titleCase(method)} + ${titleCase(r.pick(other.methods))} for ${titleCase(task)}`,
    () => `${name}'s ${titleCase(`${r.pick(COMPONENTS)} for ${task}`)}`,
    () => `${name}-${r.int(1, 9)}B: ${titleCase(`${adjective} ${task} at scale`)}`,
    () => `Is ${titleCase(`${article(method)} all you need for ${task}`)}?`,
    () => `[${r.pick(['Re', 'Un'])}] ${titleCase(`${adjective} ${task}`)}: ${titleCase(`${method} under <${r.int(1, 8)}% budget`)}`,
  ];
  // Rare templates (questions, `+`, brackets, `<`) are drawn less often, as in the seeds.
  const weights = [14, 9, 7, 3, 10, 5, 6, 4, 4, 3, 1.5, 1.2, 0.8, 2, 1, 0.3];
  let ticket = r.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < templates.length; i++) {
    ticket -= weights[i]!;
    if (ticket < 0) return templates[i]!();
  }
  return templates[0]!();
}

function percentValue(r: Random): string {
  return r.chance(0.5) ? String(r.int(2, 60)) : (r.int(10, 600) / 10).toFixed(1);
}

function openingSentences(c: Context): string[] {
  const { random: r, area, task, method } = c;
  const context = r.pick([
    () => `${capitalize(task)} has become ${article(r.pick(ADJECTIVES))} ${r.pick(FRAMING)} for ${r.pick(area.tasks)}, with applications ranging from ${r.pick(area.objects)} to ${r.pick(c.other.objects)}.`,
    () => `Recent advances in ${method} have enabled remarkable progress in ${task}, yet scaling these systems to ${r.pick(area.objects)} of realistic size remains difficult.`,
    () => `Approaches based on ${article(method)} now dominate ${task}, and a growing body of work applies them to ${r.pick(area.tasks)}.`,
    () => `${capitalize(area.objects[0]!)} are central to ${task}, but how ${r.pick(area.methods)} should represent them is still an open ${r.pick(FRAMING)}.`,
  ])();
  const [first, second] = r.sample(LIMITATIONS, 2);
  const problem = r.pick([
    () => `However, existing methods suffer from ${first}, which limits their use in ${r.pick(area.tasks)}.`,
    () => `Despite this progress, current systems still face ${first} and ${second}.`,
    () => `Yet most prior work overlooks ${first}, and the few methods that address it incur ${second}.`,
  ])();
  return [context, problem];
}

function proposalSentence(c: Context): string {
  const { random: r, area, name, method } = c;
  return `${r.pick(PROPOSALS)} ${name}, ${article(r.pick(ADJECTIVES))} ${method} that ${r.pick(ACTIONS)} ${r.pick(area.objects)} through ${article(r.pick(COMPONENTS))} and ${article(r.pick(ADJECTIVES))} ${r.pick(COMPONENTS)}.`;
}

function detailSentence(c: Context): string {
  const { random: r, area, other, name } = c;
  return r.pick([
    () => `Specifically, ${name} ${r.pick(ACTIONS)} ${r.pick(area.objects)} with ${article(r.pick(ADJECTIVES))} ${r.pick(COMPONENTS)}, so that ${r.pick(area.objects)} and ${r.pick(area.objects)} are handled by the same ${r.pick(COMPONENTS)}.`,
    () => `We further introduce ${article(r.pick(ADJECTIVES))} ${r.pick(COMPONENTS)} that ${r.pick(ACTIONS)} ${r.pick(area.objects)} across ${r.pick(['layers', 'stages', 'steps', 'scales', 'modalities', 'rounds'])}, avoiding ${r.pick(LIMITATIONS)}.`,
    () => `Unlike prior work that relies on ${r.pick(other.methods)}, our approach ${r.pick(ACTIONS)} ${r.pick(area.objects)} directly and needs no ${r.pick(['extra supervision', 'task-specific tuning', 'external tools', 'handcrafted rules', 'additional data'])}.`,
    () => `To train ${name}, we construct ${inventName(r)}, a ${r.pick(['dataset', 'corpus', 'benchmark', 'collection'])} of ${r.int(2, 900)}K ${r.pick(area.objects)} covering ${r.int(3, 60)} ${r.pick(['domains', 'languages', 'categories', 'scenarios', 'task types'])}.`,
    () => `Our analysis shows that ${r.pick(area.objects)} in ${r.pick(area.methods)} are ${r.pick(['highly redundant', 'surprisingly sparse', 'strongly correlated', 'poorly calibrated', 'largely low-rank'])}, which motivates ${article(r.pick(ADJECTIVES))} ${r.pick(COMPONENTS)}.`,
    () => `The ${r.pick(COMPONENTS)} is trained jointly with ${article(r.pick(COMPONENTS))} using ${article(r.pick(ADJECTIVES))} ${r.pick(['objective', 'loss', 'reward', 'schedule'])}, and adds only ${r.int(1, 9)}${r.pick(['', '.5'])}${c.percent} parameters.`,
    () => `We also study how ${r.pick(area.methods)} interacts with ${r.pick(other.methods)} and find that ${r.pick(['the two are complementary', 'gains persist at larger scale', 'the benefit grows with data', 'careful initialization is crucial'])}.`,
    () => `We ${r.pick(GENERAL_VERBS)} that ${r.pick(GENERAL_NOUNS)} and ${r.pick(GENERAL_NOUNS)} ${r.pick(GENERAL_MODIFIERS)} affect ${r.pick(area.tasks)}, whereas ${r.pick(GENERAL_NOUNS)} matters ${r.pick(['less', 'more', 'only at scale', 'mainly for small models'])}.`,
    () => `Compared with ${inventName(r)} and ${inventName(r)}, ${name} ${r.pick(GENERAL_MODIFIERS)} improves ${r.pick(GENERAL_NOUNS)} while preserving ${r.pick(GENERAL_NOUNS)}.`,
    () => `We ${r.pick(GENERAL_MODIFIERS)} ${r.pick(GENERAL_VERBS)} the role of ${r.pick(GENERAL_NOUNS)} in ${r.pick(other.tasks)}, and ${r.pick(GENERAL_VERBS)} a link between ${r.pick(GENERAL_NOUNS)} and ${r.pick(GENERAL_NOUNS)}.`,
    () => `We term this ${coinWord(r)} ${r.pick(COMPONENTS)}: it ${r.pick(ACTIONS)} ${r.pick(area.objects)} by ${coinWord(r)} and ${coinWord(r)}, which keeps ${r.pick(GENERAL_NOUNS)} ${r.pick(['low', 'bounded', 'predictable', 'under control'])}.`,
    () => `A ${coinWord(r)} variant further ${r.pick(ACTIONS)} ${r.pick(other.objects)}, and ${coinWord(r)} of ${r.pick(area.objects)} ${r.pick(GENERAL_MODIFIERS)} reduces ${r.pick(GENERAL_NOUNS)}.`,
    () => `Moreover, ${name} scales to ${r.pick(area.objects)} of up to ${r.int(2, 512)}${r.pick(['K', 'M', 'x'])} without ${r.pick(LIMITATIONS)}.`,
  ])();
}

function evidenceSentences(c: Context): string[] {
  const { random: r, area, name } = c;
  const benchmarks = r.sample(area.benchmarks, r.int(2, 4));
  const listed = benchmarks.length > 1 ? `${benchmarks.slice(0, -1).join(', ')} and ${benchmarks.at(-1)}` : benchmarks.join('');
  const sentences = [
    `${r.pick(EVIDENCE)} ${listed} ${r.pick(OUTCOMES)} ${name} ${r.pick(['outperforms', 'surpasses', 'matches or exceeds', 'consistently improves over'])} ${r.pick(['strong baselines', 'state-of-the-art methods', 'prior work', 'much larger models'])}, improving ${r.pick(area.metrics)} by ${percentValue(r)}${c.percent}.`,
  ];
  if (r.chance(0.5)) {
    sentences.push(`Notably, ${name} achieves this with ${r.int(2, 12)}x fewer ${r.pick(['parameters', 'FLOPs', 'training samples', 'GPU hours', 'denoising steps', 'tokens'])} and ${percentValue(r)}${c.percent} lower latency.`);
  }
  if (r.chance(0.35)) {
    const repo = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    sentences.push(`Code and models are available at ${r.pick(CODE_HOSTS)}/${r.pick(['lab', 'team', 'ai', 'research'])}-${r.int(1, 99)}/${repo}.`);
  } else if (r.chance(0.3)) {
    sentences.push(`We will release our code, data and models to facilitate future research.`);
  }
  return sentences;
}

/** Abstract lengths like the seeds': most between 1300 and 1920, a quarter shorter. */
function targetLength(r: Random): number {
  return r.chance(0.75) ? r.int(1300, MAX_ABSTRACT_LENGTH) : r.int(600, 1299);
}

/** Invent one paper from a random stream; the same stream state gives the same paper. */
export function inventPaper(random: Random): InventedPaper {
  const area = random.pick(RESEARCH_AREAS);
  const other = random.chance(0.25) ? random.pick(RESEARCH_AREAS) : area;
  const quirks = QUIRKS.filter((quirk) => random.chance(quirk.rate));
  const c: Context = {
    random,
    area,
    other,
    name: inventName(random),
    task: random.pick(area.tasks),
    method: random.pick(area.methods),
    percent: quirks.some((q) => q.id === 'latex-percent') ? '\\%' : '%',
  };

  let title = inventTitle(c);
  while (title.length > 150) title = inventTitle(c);

  const head = [...openingSentences(c), proposalSentence(c)];
  const tail = evidenceSentences(c);
  const quirky = quirks.map((quirk) => quirk.sentence(random, c.name));
  const target = targetLength(random);
  const length = (sentences: string[]): number => sentences.join(' ').length;

  const middle = [...quirky];
  for (let tries = 0; tries < 40 && length([...head, ...middle, ...tail]) < target; tries++) {
    const sentence = detailSentence(c);
    if (length([...head, ...middle, sentence, ...tail]) > MAX_ABSTRACT_LENGTH) break;
    middle.splice(random.int(0, middle.length), 0, sentence);
  }
  // Quirk sentences can push a long abstract over the limit: drop plain details first.
  let sentences = [...head, ...middle, ...tail];
  while (length(sentences) > MAX_ABSTRACT_LENGTH && sentences.length > 1) {
    const dropAt = sentences.findIndex((s, i) => i >= head.length && !quirky.includes(s));
    sentences.splice(dropAt >= 0 ? dropAt : sentences.length - 1, 1);
  }
  return { title, abstract: sentences.join(' '), area: area.id, quirks: quirks.map((q) => q.id) };
}
