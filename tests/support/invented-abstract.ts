/**
 * An invented abstract of a real one's length, distinct per `topic`: some
 * 450 letters and digits besides the topic's (the shortest real abstract
 * Folio was measured on has 462), well over the 250 from which an abstract
 * reads as a real one (`REAL_ABSTRACT` in src/format/paper-key.ts), so that
 * a test of a retitle is not a test of a notice.
 */
export function inventedAbstract(topic: string): string {
  return (
    `We study ${topic} and find that a small adapter closes most of the gap to far larger systems. ` +
    'Trained on public data alone, it matches a model forty times its size on six of eight benchmarks, costs a tenth of the compute to fine-tune, ' +
    'and keeps its accuracy when the inputs are noisy or drawn from another domain. ' +
    'On long documents the gap reopens, and on multi-step arithmetic it stays wide; a study over twelve languages shows the same pattern. ' +
    'Ablations show that where the adapter sits matters more than how many parameters it has. Code and checkpoints are released.'
  );
}
