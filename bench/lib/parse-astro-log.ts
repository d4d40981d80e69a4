/**
 * Read the phases of an `astro build` from its log, a cheap first answer to
 * "where does the build spend its time?" before reaching for a profiler.
 */
import type { PhaseSpan } from './summarise-profile.ts';

/** Seconds per build phase; a phase the log does not show is left out. */
export interface BuildPhases {
  /** Config, content-layer sync and type generation ("Collecting build info"). */
  setupSeconds?: number;
  /** Vite/Rolldown bundling of every page and MDX entry ("Building static entrypoints"). */
  bundleSeconds?: number;
  /** Rendering every route to HTML ("generating static routes"). */
  renderSeconds?: number;
  /** Building the search index, as a Pagefind integration reports it (`[folio:pagefind] indexed ... in 1234 ms`). */
  searchSeconds?: number;
  /** What Astro reports as the whole build ("N page(s) built in ..."). */
  astroSeconds?: number;
  /** Pages Astro says it built. */
  pages?: number;
}

// Astro colours its log when it thinks it writes to a terminal.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/** A duration as Astro and Vite print it: `57ms`, `12.34s`, `5m 3s`, `2m`. */
const DURATION = String.raw`(\d+m(?: [\d.]+s)?|[\d.]+(?:ms|s))(?!\w)`;

/** Seconds in a duration printed by Astro or Vite (see `DURATION`). */
export function parseDuration(text: string): number {
  const minutes = /^(\d+)m(?: ([\d.]+)s)?$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2] ?? 0);
  if (text.endsWith('ms')) return Number(text.slice(0, -2)) / 1000;
  return Number(text.slice(0, -1));
}

const VITE_BUILT = new RegExp(`\\[vite\\] ✓ built in ${DURATION}`);
const PAGES_BUILT = new RegExp(`(\\d+) page\\(s\\) built in ${DURATION}`);
const COMPLETED = new RegExp(`✓ Completed in ${DURATION}`);
/** A log line of an integration whose name mentions Pagefind, ending with a duration. */
const SEARCH_INDEXED = /\[[^\]]*pagefind[^\]]*\].*\bin (\d+(?:\.\d+)?) ?(ms|s)\b/i;

/** Parse the phases out of an `astro build` log (Astro 5-7 wording). */
export function parseAstroLog(log: string): BuildPhases {
  const phases: BuildPhases = {};
  let phase: 'setup' | 'bundle' | 'render' | undefined;
  for (const raw of log.split('\n')) {
    const line = raw.replace(ANSI, '');
    if (line.includes('Collecting build info')) phase = 'setup';
    else if (line.includes('Building static entrypoints')) phase = 'bundle';
    else if (/generating static routes/.test(line)) phase = 'render';

    const built = VITE_BUILT.exec(line);
    if (built) phases.bundleSeconds = (phases.bundleSeconds ?? 0) + parseDuration(built[1]!);

    const total = PAGES_BUILT.exec(line);
    if (total) {
      phases.pages = Number(total[1]);
      phases.astroSeconds = parseDuration(total[2]!);
      continue;
    }
    const search = SEARCH_INDEXED.exec(line);
    if (search) phases.searchSeconds = parseDuration(`${search[1]}${search[2]}`);

    const completed = COMPLETED.exec(line);
    if (completed && phase === 'setup') {
      phases.setupSeconds = parseDuration(completed[1]!);
      phase = undefined;
    } else if (completed && phase === 'render') {
      phases.renderSeconds = parseDuration(completed[1]!);
      phase = undefined;
    }
  }
  return phases;
}

/**
 * The build process's wall time as consecutive spans, from what its log says:
 * start-up (Node, config, Vite) until Astro's clock starts, then setup,
 * bundle and render, then what Astro's total leaves after rendering (waiting
 * for the search index, the vocabulary, the service worker). The search
 * index's own figure is timed from the build's start, in parallel with
 * rendering, so it is not a span of its own.
 */
export function phaseSpans(phases: BuildPhases, wallSeconds: number): PhaseSpan[] {
  const setup = phases.setupSeconds ?? 0;
  const bundle = phases.bundleSeconds ?? 0;
  const render = phases.renderSeconds ?? 0;
  const astro = Math.min(phases.astroSeconds ?? setup + bundle + render, wallSeconds);
  return [
    { name: 'start-up', seconds: Math.max(wallSeconds - astro, 0) },
    { name: 'setup (content sync, types)', seconds: setup },
    { name: 'bundle', seconds: bundle },
    { name: 'render', seconds: render },
    { name: 'after rendering (search index, vocabulary, service worker)', seconds: Math.max(astro - setup - bundle - render, 0) },
  ];
}
