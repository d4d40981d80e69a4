import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseEntry } from '../../src/format/entry.ts';
import { runIngest, snapshotDir, tempDir } from './run-ingest.ts';

// Invented papers. Which cards are one paper must not depend on whether their days arrive one by one or together.

const NOTICE = 'This submission has been withdrawn by arXiv administrators due to inappropriate text reuse from external sources.';
const filler = (topic: string) => `We propose a method for ${topic} that improves accuracy over prior work on several public benchmarks, combining a simple objective with careful data curation.`;

/** A dump of one day: its date line, then each title over its abstract. */
const dump = (day: string, cards: Array<[string, string]>) => `Daily Papers\n\n${day}\n\n${cards.map(([t, a]) => `${t}\n\n${a}\n`).join('\n')}`;

/** Writes each day's dump (`YYYY-MM-DD.txt`) into a fresh folder; returns the paths in day order. */
async function days(files: Record<string, string>): Promise<string[]> {
  const dir = await tempDir('folio-identity-');
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return Object.keys(files).sort().map((name) => path.join(dir, name));
}

/** The archive made by ingesting `files` one run each, and the one made by a single run of them all. */
async function byDayAndAtOnce(files: string[]): Promise<{ byDay: string; atOnce: string }> {
  const [byDay, atOnce] = [await tempDir(), await tempDir()];
  for (const file of files) {
    const run = await runIngest(['--content', byDay, file]);
    expect(run.code, run.stderr).toBe(0);
  }
  const run = await runIngest(['--content', atOnce, ...files]);
  expect(run.code, run.stderr).toBe(0);
  return { byDay, atOnce };
}

/** Each entry's title, former titles and abstract, by slug. */
async function pages(content: string): Promise<Record<string, [string, unknown, string]>> {
  const result: Record<string, [string, unknown, string]> = {};
  for (const name of (await readdir(path.join(content, 'papers'))).sort()) {
    const { data, body } = parseEntry(await readFile(path.join(content, 'papers', name), 'utf8'));
    const paper = data as { title: string; formerTitles?: string[] };
    result[name.replace(/\.mdx$/, '')] = [paper.title, paper.formerTitles ?? [], body.trim()];
  }
  return result;
}

describe('which cards are one paper, day by day as in one run', () => {
  test('three unrelated papers showing arXiv\'s withdrawal notice stay three, each at its own URL under its own title', async () => {
    const files = await days({
      '2026-08-05.txt': dump('Aug 5', [['Sparse Attention for Long Video Understanding', NOTICE], ['Ranking Losses for Dense Retrieval', filler('dense retrieval')]]),
      '2026-08-06.txt': dump('Aug 6', [['Protein Folding with Diffusion Priors', NOTICE], ['Streaming Speech Recognition on Phones', filler('streaming speech recognition')]]),
      '2026-08-07.txt': dump('Aug 7', [['Curriculum Learning for Robot Soccer', NOTICE], ['Cheaper Kernels for Sparse Attention', filler('attention kernels')]]),
    });
    const { byDay, atOnce } = await byDayAndAtOnce(files);
    const withdrawn = Object.values(await pages(byDay)).filter(([, , body]) => body === NOTICE);
    expect(withdrawn.map(([title, former]) => [title, former]).sort()).toEqual([
      ['Curriculum Learning for Robot Soccer', []],
      ['Protein Folding with Diffusion Priors', []],
      ['Sparse Attention for Long Video Understanding', []],
    ]);
    expect(await snapshotDir(path.join(byDay, 'papers'))).toEqual(await snapshotDir(path.join(atOnce, 'papers')));
  });

  test('two papers of two days showing one notice under titles that share words stay two, each at its own URL under its own title', async () => {
    const accepted = 'Accepted to the main track of NeurIPS 2026 as a spotlight presentation.';
    const cameraReady = 'Camera-ready version for ICLR 2027; supplementary material and code to follow.';
    const cases: Array<[string, string, string]> = [
      ['Large Language Models for Code Review', 'Large Language Models Are Zero-Shot Rankers', accepted],
      ['Diffusion Models for Protein Design', 'Diffusion Models Beat GANs on Audio', cameraReady],
      ['Scaling Agents', 'Scaling Robots', cameraReady],
    ];
    for (const [first, second, notice] of cases) {
      const files = await days({
        '2026-11-02.txt': dump('Nov 2', [['Ranking Losses for Dense Retrieval', filler('dense retrieval')], [first, notice]]),
        '2026-11-03.txt': dump('Nov 3', [['Streaming Speech Recognition on Phones', filler('streaming speech recognition')], [second, notice]]),
      });
      const { byDay, atOnce } = await byDayAndAtOnce(files);
      const entries = Object.values(await pages(byDay));
      expect(entries).toHaveLength(4);
      expect(entries.filter(([, , body]) => body === notice).map(([title, former]) => [title, former]).sort()).toEqual([[first, []], [second, []]].sort());
      expect(await snapshotDir(path.join(byDay, 'papers'))).toEqual(await snapshotDir(path.join(atOnce, 'papers')));
    }
  });

  test('a published paper listed later over the notice another published paper showed is that paper, keeping its abstract', async () => {
    const own = filler('protein folding');
    const files = await days({
      '2026-08-05.txt': dump('Aug 5', [['Sparse Attention for Long Video Understanding', NOTICE]]),
      '2026-08-06.txt': dump('Aug 6', [['Protein Folding with Diffusion Priors', own]]),
      '2026-08-07.txt': dump('Aug 7', [['Protein Folding with Diffusion Priors', NOTICE]]),
    });
    const { byDay, atOnce } = await byDayAndAtOnce(files);
    expect(await pages(byDay)).toEqual({
      'protein-folding-with-diffusion-priors': ['Protein Folding with Diffusion Priors', [], own],
      'sparse-attention-for-long-video-understanding': ['Sparse Attention for Long Video Understanding', [], NOTICE],
    });
    expect(await snapshotDir(path.join(byDay, 'papers'))).toEqual(await snapshotDir(path.join(atOnce, 'papers')));
  });

  test('two published papers a notice kept apart, later shown one real abstract under related titles: no stop, each card on its title\'s page, a warning naming both', async () => {
    const accepted = 'Accepted to the main track of NeurIPS 2026 as a spotlight presentation.';
    const [plain, scaled] = ['Sparse Routing for Mixture of Experts', 'Sparse Routing for Mixture of Experts at Scale'];
    const [a, b] = ['sparse-routing-for-mixture-of-experts', 'sparse-routing-for-mixture-of-experts-at-scale'];
    const real =
      'We introduce a routing scheme for mixture of experts layers that sends each token to a small set of experts chosen by a learned sparse gate. ' +
      'The gate is trained with a balancing loss that keeps every expert busy without auxiliary tokens. On language modelling benchmarks with one to eight billion ' +
      'parameters the scheme matches dense models at a third of the compute and halves the communication between devices during training.';
    /** Each entry's listings, by slug: every card of every dump must be on exactly one page. */
    const listingsOf = async (content: string) => {
      const result: Record<string, string[]> = {};
      for (const name of (await readdir(path.join(content, 'papers'))).sort()) {
        const { data } = parseEntry(await readFile(path.join(content, 'papers', name), 'utf8'));
        result[name.replace(/\.mdx$/, '')] = (data as { listings: Array<{ listing: string }> }).listings.map((l) => l.listing);
      }
      return result;
    };
    const cases: Array<{ files: Record<string, string>; byDay: object; listings: Record<string, string[]>; warned: string[]; atOnce: object }> = [
      {
        // Listed over the notice, retitled over it (two papers), then the real abstract under each title.
        files: { '2026-12-07.txt': dump('Dec 7', [[plain, accepted]]), '2026-12-08.txt': dump('Dec 8', [[scaled, accepted]]), '2026-12-09.txt': dump('Dec 9', [[scaled, real]]), '2026-12-10.txt': dump('Dec 10', [[plain, real]]) },
        byDay: { [a]: [plain, [], real], [b]: [scaled, [], real] },
        listings: { [a]: ['2026-12-07', '2026-12-10'], [b]: ['2026-12-08', '2026-12-09'] },
        warned: ['2026-12-10.txt:5', plain, a, b],
        atOnce: { [a]: [plain, [scaled], real] },
      },
      {
        // The real abstract first, then the new title over the notice (two papers), then the new title over the real abstract.
        files: { '2026-12-07.txt': dump('Dec 7', [[plain, real]]), '2026-12-08.txt': dump('Dec 8', [[scaled, accepted]]), '2026-12-09.txt': dump('Dec 9', [[scaled, real]]) },
        byDay: { [a]: [plain, [], real], [b]: [scaled, [], real] },
        listings: { [a]: ['2026-12-07'], [b]: ['2026-12-08', '2026-12-09'] },
        warned: ['2026-12-09.txt:5', scaled, b, a],
        atOnce: { [a]: [scaled, [plain], real] },
      },
    ];
    for (const { files, byDay, listings, warned, atOnce } of cases) {
      const paths = await days(files);
      const content = await tempDir();
      const runs = [];
      for (const file of paths) runs.push(await runIngest(['--content', content, file]));
      expect(runs.map((r) => r.code), runs.at(-1)!.stderr).toEqual(paths.map(() => 0));
      expect(await pages(content)).toEqual(byDay);
      expect(await listingsOf(content)).toEqual(listings);
      const [at, title, is, other] = warned;
      expect(runs.at(-1)!.stderr).toContain(
        `${at}: \`${title}\` is the published paper \`${is}\`, but has the abstract of the published paper \`${other}\`; the two now show the same abstract under related titles`,
      );
      // In one run nothing was published yet: one paper, retitled.
      const once = await tempDir();
      expect((await runIngest(['--content', once, ...paths])).code).toBe(0);
      expect(await pages(once)).toEqual(atOnce);
      expect(Object.values(await listingsOf(once))).toEqual([Object.keys(files).map((f) => f.replace('.txt', ''))]);
    }
  });

  test('a paper retitled on the day another paper takes its old title: both published, each with its own abstract', async () => {
    const a1 =
      'We present a method for aligning speech and text encoders with a contrastive objective that improves zero-shot spoken retrieval by eleven points on three benchmarks. ' +
      'Both encoders are trained from scratch on paired audio and transcripts, with no labels beyond the pairing, and a shared projection maps them into one space. ' +
      'The aligned encoders beat a cascade of speech recognition and text retrieval at a fifth of its latency, and degrade gracefully under accented and noisy speech.';
    const c1 =
      'We study the memorization of rare facts in pretrained language models and show that deduplicating the pretraining corpus reduces verbatim recall of personal data. ' +
      'Tracing each fact to the documents that state it, we find that facts seen fewer than ten times are recalled word for word mostly when their documents are repeated. ' +
      'Removing near-duplicates cuts such recall by two thirds, while accuracy on knowledge benchmarks stays within a point of the original model.';
    const files = await days({
      '2026-09-01.txt': dump('Sep 1', [['Speech Meets Text', a1], ['Household Tasks Are Hard', filler('household tasks')]]),
      '2026-09-02.txt': dump('Sep 2', [['Aligning Speech and Text Encoders', a1], ['Speech Meets Text', c1], ['Household Tasks Are Hard', filler('household tasks')]]),
    });
    const { byDay, atOnce } = await byDayAndAtOnce(files);
    const entries = await pages(byDay);
    expect(entries['speech-meets-text']).toEqual(['Aligning Speech and Text Encoders', ['Speech Meets Text'], a1]);
    const reused = Object.entries(entries).find(([slug]) => slug.startsWith('speech-meets-text-'));
    expect(reused?.[1]).toEqual(['Speech Meets Text', [], c1]);
    expect(await snapshotDir(path.join(byDay, 'papers'))).toEqual(await snapshotDir(path.join(atOnce, 'papers')));
  });

  test('a paper listed again under its first title shows it; over another abstract, the title and abstract that listing shows', async () => {
    const T1 = 'Tiny Eyes: Distilled Vision Encoders';
    const T2 = 'TinyEyes: Distilling Vision Encoders for Phones';
    const a =
      'We present a compact vision encoder distilled from a large teacher that keeps most of its zero-shot accuracy while running four times faster on mobile hardware. ' +
      'Distillation uses unlabeled images only, matching the teacher on patch features as well as on the pooled embedding, which matters most for dense tasks. ' +
      'On image classification, retrieval and segmentation the student stays within two points of the teacher at a twentieth of its parameters.';
    const b =
      'We study tidal heating in icy moons with a coupled thermal-orbital model and show that resonant forcing can sustain subsurface oceans for billions of years, with implications for habitability surveys. ' +
      'The model couples the viscosity of the ice shell to the heat it dissipates, so that a thinning shell heats faster and an orbital resonance can lock in a warm state. ' +
      'Applied to three moons of Jupiter and Saturn, it reproduces the shell thicknesses inferred from gravity data and predicts which other moons could hold liquid water today.';
    for (const [third, body] of [[a, a], [b, b]] as const) {
      const files = await days({
        '2026-06-01.txt': dump('Jun 1', [[T1, a]]),
        '2026-06-02.txt': dump('Jun 2', [[T2, a]]),
        '2026-06-03.txt': dump('Jun 3', [[T1, third]]),
      });
      const { byDay, atOnce } = await byDayAndAtOnce(files);
      expect(Object.values(await pages(byDay))).toEqual([[T1, [T2], body]]);
      expect(await snapshotDir(path.join(byDay, 'papers'))).toEqual(await snapshotDir(path.join(atOnce, 'papers')));
    }
  });
});
