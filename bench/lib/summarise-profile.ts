/**
 * Where a V8 CPU profile (`node --cpu-prof`) spent its time, grouped by
 * package: the question "what dominates the build?" is answered per
 * dependency first (vite, rolldown, @mdx-js/mdx, astro, ...), then per function.
 */

/** The parts of a `.cpuprofile` file this module reads. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }>;
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** Self time of one group or function. */
export interface ProfileShare {
  name: string;
  ms: number;
  /** Share of all sampled time, in percent. */
  percent: number;
}

/** A profile's totals and its heaviest stages, packages and functions. */
export interface ProfileSummary {
  totalMs: number;
  /** Self time per pipeline stage (see `stageOf`), all of them. */
  stages: ProfileShare[];
  packages: ProfileShare[];
  functions: ProfileShare[];
}

/**
 * The package a script URL belongs to: the name after its last
 * `node_modules/` (`@scope/name` kept whole), `node:` for Node's own code,
 * a path relative to the project for the project's files, or the pseudo-frame
 * V8 reports (`(garbage collector)`, `(program)`, `(idle)`).
 */
export function packageOf(url: string, functionName: string, projectRoots: readonly string[] = []): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const path = url.replace(/^file:\/\//, '');
  const marker = path.lastIndexOf('/node_modules/');
  if (marker >= 0) {
    const [first = '', second = ''] = path.slice(marker + '/node_modules/'.length).split('/');
    // Astro's and Vite's chunk names are not packages; the folder is.
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  if (path.startsWith('node:')) return 'node: (Node.js internals)';
  for (const root of projectRoots) {
    if (path.startsWith(root)) return `project: ${path.slice(root.length).replace(/^\//, '').split('/').slice(0, 2).join('/')}`;
  }
  return path.split('/').slice(-2).join('/');
}

/** Packages by the build stage they serve, first match wins. */
const STAGES: ReadonlyArray<[string, RegExp]> = [
  ['MDX/Markdown compile (@mdx-js, micromark, mdast/hast, acorn, astring, estree, katex)', /^(@mdx-js\/|micromark|mdast-|hast-|unist-|remark-|rehype-|acorn|astring|estree-|katex|vfile|unified|@astrojs\/mdx|@astrojs\/markdown-remark|property-information|parse5)/],
  ['bundling (vite, rolldown, esbuild)', /^(vite|rolldown|@rolldown\/|esbuild|@vitejs\/|es-module-lexer|magic-string)/],
  ['rendering pages (prerender bundle, astro runtime)', /^(project: \.astro|astro$|@astrojs\/)/],
  ['project code (src/, scripts/)', /^project: /],
  ['validation and YAML (zod, yaml, js-yaml)', /^(zod|yaml|js-yaml)$/],
  ['search index (pagefind)', /pagefind/],
  ['Node.js internals (module loading, fs)', /^(node:|\(native\)$)/],
  ['garbage collection', /^\(garbage collector\)$/],
  ['idle (waiting on I/O or native threads)', /^\(idle\)$/],
  ['V8 (program)', /^\(program\)$/],
];

/** The pipeline stage a package (as named by `packageOf`) works for; `other` when none matches. */
export function stageOf(pkg: string): string {
  return STAGES.find(([, pattern]) => pattern.test(pkg))?.[0] ?? 'other';
}

function top(map: Map<string, number>, totalMs: number, limit: number): ProfileShare[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, ms]) => ({ name, ms, percent: totalMs === 0 ? 0 : (100 * ms) / totalMs }));
}

/** Self time per package and per function, heaviest first. */
export function summariseProfile(profile: CpuProfile, { limit = 15, projectRoots = [] as readonly string[] } = {}): ProfileSummary {
  const selfMs = new Map<number, number>();
  const { samples = [], timeDeltas = [] } = profile;
  if (samples.length > 0 && samples.length === timeDeltas.length) {
    // A sample's time is the delta to the next one: attribute it to the sampled node.
    for (let i = 0; i < samples.length; i++) {
      const next = timeDeltas[i + 1] ?? 0;
      selfMs.set(samples[i]!, (selfMs.get(samples[i]!) ?? 0) + next / 1000);
    }
  } else {
    const total = (profile.endTime - profile.startTime) / 1000;
    const hits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
    for (const node of profile.nodes) selfMs.set(node.id, hits === 0 ? 0 : ((node.hitCount ?? 0) / hits) * total);
  }
  const packages = new Map<string, number>();
  const stages = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalMs = 0;
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    if (ms === 0) continue;
    totalMs += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg = packageOf(url, functionName, projectRoots);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
    stages.set(stageOf(pkg), (stages.get(stageOf(pkg)) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\//, '')}:${lineNumber + 1}` : ''}`.trim();
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  return { totalMs, stages: top(stages, totalMs, STAGES.length + 1), packages: top(packages, totalMs, limit), functions: top(functions, totalMs, limit) };
}

/** A span of the profiled process's life, from its start: a build phase as the log timed it. */
export interface PhaseSpan {
  name: string;
  seconds: number;
}

/** Self time within one phase: its total (CPU time of this thread, idle left out) and its heaviest packages (idle left out too). */
export interface PhaseProfile {
  name: string;
  /** Wall time of the phase. */
  seconds: number;
  /** Sampled time the thread was busy (not `(idle)`), in milliseconds. */
  busyMs: number;
  packages: ProfileShare[];
}

/**
 * Split a profile by phase: the phases follow each other from the profile's
 * start (the last one takes whatever is left), and each gets the self time
 * of the samples taken in it, by package. Answers "what does the build do
 * while it renders" rather than only "what does it do overall".
 */
export function profileByPhase(profile: CpuProfile, phases: readonly PhaseSpan[], { limit = 6, projectRoots = [] as readonly string[] } = {}): PhaseProfile[] {
  const { samples = [], timeDeltas = [] } = profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ends: number[] = [];
  let end = 0;
  for (const phase of phases) ends.push((end += phase.seconds * 1e6));
  const perPhase = phases.map(() => new Map<string, number>());
  let at = 0;
  for (let i = 0; i < samples.length; i++) {
    at += timeDeltas[i] ?? 0;
    const ms = (timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(samples[i]!);
    if (!node || ms === 0) continue;
    const found = ends.findIndex((e) => at < e);
    const index = found === -1 ? phases.length - 1 : found;
    const pkg = packageOf(node.callFrame.url, node.callFrame.functionName, projectRoots);
    perPhase[index]!.set(pkg, (perPhase[index]!.get(pkg) ?? 0) + ms);
  }
  return phases.map((phase, i) => {
    const busy = new Map([...perPhase[i]!].filter(([pkg]) => pkg !== '(idle)'));
    const busyMs = [...busy.values()].reduce((sum, ms) => sum + ms, 0);
    return { name: phase.name, seconds: phase.seconds, busyMs, packages: top(busy, busyMs, limit) };
  });
}
