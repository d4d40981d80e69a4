/**
 * Words of a title or abstract reduced to comparable terms, for related papers.
 * Deliberately simple: lowercase, drop stop words and short words, fold plurals.
 */

/** Common English and boilerplate research words that say nothing about a topic. */
const STOP_WORDS = new Set(
  (
    'a about above across after again against all almost also although always am among an and another any are around as at ' +
    'be because been before being below between both but by can cannot could did do does doing done down during each either ' +
    'enough especially even ever every few for from further had has have having here how however if in into is it its itself ' +
    'just least less like made make makes making many may more most much must neither no nor not now of off often on once one ' +
    'only onto or other others our ours out over own per rather same several shall she should since so some such than that the ' +
    'their them then there these they this those though three through thus to too two under until up upon us use used uses ' +
    'using very via was we well were what when where whether which while who whom whose why will with within without would yet ' +
    'you your new novel propose proposed proposes present presents show shows shown paper papers work approach approaches ' +
    'method methods result results based study studies existing recent recently first second significantly significant ' +
    'furthermore moreover specifically experiments experimental demonstrate demonstrates achieve achieves achieving ' +
    'introduce introduces introducing provide provides across various different effective effectively extensive state art ' +
    'code available github com https www http large good better best high higher low lower without set sets'
  ).split(' '),
);

/** Folds an English plural or possessive to its singular form (`models` → `model`, `studies` → `study`). */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|ics)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** One term occurrence: the folded, lowercase term and the word as written, case kept (for explanations). */
export interface Token {
  term: string;
  word: string;
}

/** Splits text into terms, skipping stop words, numbers and words shorter than three letters. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  for (const raw of words) {
    const word = raw.replace(/['’]s$/iu, '');
    const lower = word.toLowerCase();
    if (lower.length < 3 || /^[\p{N}.-]+$/u.test(lower) || STOP_WORDS.has(lower)) continue;
    const term = stem(lower);
    if (STOP_WORDS.has(term)) continue;
    tokens.push({ term, word });
  }
  return tokens;
}
