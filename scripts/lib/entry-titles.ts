import { cleanLine } from '../../src/text/normalize.ts';
import { problemAt, quote, type Problem } from '../../src/format/problem.ts';
import type { Paper } from '../../src/format/paper-schema.ts';

/** An entry's titles as the ingest writes them again. */
export interface EntryTitles {
  title: string;
  formerTitles: string[];
  /** One for each title that lost characters, naming them and the title now. */
  problems: Problem[];
}

/**
 * An entry's title and former titles cleaned as a dump's lines are (see
 * `cleanLine`: invisible characters and marks removed, whitespace folded,
 * NFC), so a title edited by hand, or written by an older version, is
 * written again as a dump would give it: the paper is matched by the
 * cleaned title, and what is kept on disk must be that title too. Removed
 * characters are said, as the dump reader says them; folded whitespace is not.
 */
export function cleanEntryTitles(path: string, data: Pick<Paper, 'title' | 'formerTitles'>): EntryTitles {
  const problems: Problem[] = [];
  const clean = (title: string, what: string): string => {
    const { text, removed, removedCodes } = cleanLine(title);
    if (removed > 0) problems.push(problemAt(path, undefined, `removed ${removed === 1 ? 'a control or invisible character' : `${removed} control or invisible characters`} (${removedCodes.join(', ')}) from ${what}, now ${quote(text)}`));
    return text;
  };
  return { title: clean(data.title, 'its title'), formerTitles: data.formerTitles.map((t) => clean(t, 'a former title')), problems };
}
