/**
 * The awkward text real abstracts carry, as sentences to mix into invented
 * ones: LaTeX fragments, bare `<` and `{`, placeholder tokens in angle
 * brackets. Each is the reason some escaping or parsing path exists, so the
 * benchmark must push every one of them through ingest and build.
 */
import type { Random } from './random.ts';

/** One kind of quirk: how often a paper has it, and a sentence that shows it. */
export interface Quirk {
  /** Short name, for tests and for counting what a corpus holds. */
  id: string;
  /** Share of papers whose abstract has this quirk. */
  rate: number;
  /** A sentence containing the quirk; `name` is the paper's method name. */
  sentence(random: Random, name: string): string;
}

const LETTERS = ['A', 'B', 'C', 'W', 'K', 'Q'];

/** Every quirk with its rate; rates are a little above the seeds' so small corpora still hold each one. */
export const QUIRKS: readonly Quirk[] = [
  {
    id: 'latex-inline-math',
    rate: 0.02,
    sentence: (r, name) => {
      const [m, n] = r.sample(LETTERS, 2);
      return `We model the hidden dynamics as a linear system \\( x'(t) = ${m}x(t) + ${n}u(t) \\), and show that ${name} remains stable for any choice of the state matrix \\( ${m} \\).`;
    },
  },
  {
    id: 'latex-italic',
    rate: 0.02,
    sentence: (r) => `This design is {\\it ${r.pick(['orthogonal', 'complementary', 'agnostic', 'invariant', 'sufficient'])}} to the choice of backbone, and {\\it ${r.pick(['no', 'little', 'minimal'])}} additional tuning is required.`,
  },
  {
    id: 'latex-bold',
    rate: 0.01,
    sentence: (r, name) => `We call the resulting system \\textbf{${name}} (\\textbf{${r.pick(['S', 'M', 'L', 'D'])}}${r.pick(['calable', 'odular', 'ightweight', 'ynamic'])} \\textbf{${r.pick(['A', 'R', 'P', 'T'])}}${r.pick(['daptation', 'easoning', 'lanning', 'raining'])}).`,
  },
  {
    id: 'dollar-math',
    rate: 0.02,
    sentence: (r) => {
      const d = r.pick(['n', 'd', 'k', 'm']);
      return `Each input is embedded in $R^{${d}}$ and the cost drops from $O(${d}^2)$ to $O(${d} \\log ${d})$, with a tolerance of $10^{-${r.int(2, 6)}}$.`;
    },
  },
  {
    id: 'latex-percent',
    rate: 0.04,
    sentence: (r, name) => {
      const a = (r.int(400, 900) / 10).toFixed(1);
      const b = (r.int(100, 399) / 10).toFixed(1);
      return `${name} reaches ${a}\\% accuracy (vs ${b}\\% for the strongest baseline) and reduces compute by ${r.int(10, 70)}\\%.`;
    },
  },
  {
    id: 'angle-token',
    rate: 0.01,
    sentence: (r) => {
      const token = r.pick(['<SEG>', '<image>', '<think>', '<REF>', '<mask>']);
      return `Current pipelines typically rely on ${token} tokens as a bridge between modules; we find that the ${token} token mostly carries positional information.`;
    },
  },
  {
    id: 'brace-set',
    rate: 0.01,
    sentence: (r) => `All weights are constrained to the ternary set {-1, 0, 1}, and activations to ${r.pick(['4', '6', '8'])} bits.`,
  },
  {
    id: 'much-less-than',
    rate: 0.01,
    sentence: (r) => `Each token is mapped to a small set of codes drawn from a shared codebook whose size is far below the vocabulary (K << V ), saving ${r.int(2, 9)}x memory.`,
  },
  {
    id: 'bare-less-than',
    rate: 0.02,
    sentence: (r) => `Quality stays high even at extreme budgets (<0.0${r.int(1, 9)} bpp and <${r.int(2, 4)} bits per weight), where prior methods degrade.`,
  },
  {
    id: 'double-dash',
    rate: 0.04,
    sentence: (r) => `We find that the ${r.pick(['encoder', 'decoder', 'bottleneck', 'router'])} matters most -- and that scaling it beyond a point brings ${r.pick(['diminishing', 'no', 'negative'])} returns.`,
  },
  {
    id: 'tilde-approx',
    rate: 0.03,
    sentence: (r) => `Training takes ~${r.int(2, 90)} GPU hours, roughly ${r.int(2, 9)}x less than comparable systems.`,
  },
  {
    id: 'underscore-asterisk',
    rate: 0.01,
    sentence: (r) => `The released checkpoints (e.g. ${r.pick(['base_v2', 'large_ft', 'mini_chat'])}) use A* search at inference, and results marked with * are reproduced.`,
  },
];
