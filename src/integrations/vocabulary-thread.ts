import { Worker } from 'node:worker_threads';
import { writeSearchVocabulary, type VocabularyFigures, type VocabularyJob } from './search-vocabulary.ts';

/** The search vocabulary being written: its figures once its files are there, then once its cache file is saved too. */
export interface VocabularyWriting {
  written: Promise<VocabularyFigures>;
  saved: Promise<void>;
}

/** What the worker posts: the figures once the files are written, then that the cache is saved; or the error that stopped it. */
export type VocabularyWorkerMessage = { figures: VocabularyFigures } | { saved: true } | { error: unknown };

/**
 * Writes the search vocabulary (search-vocabulary.ts) in a worker thread, so
 * that it runs on another core while Astro renders, and saves its cache
 * while Astro writes the service worker. The worker loads Folio's
 * TypeScript as Node does, by stripping its types: where Node cannot
 * (before 22.18, or with `--no-experimental-strip-types`), the vocabulary is
 * written on this thread. `saved` rejects with `written` when the writing
 * fails: await either.
 */
export function writeSearchVocabularyOffThread(job: VocabularyJob): VocabularyWriting {
  let wrote!: (figures: VocabularyFigures) => void;
  let failed!: (error: unknown) => void;
  const written = new Promise<VocabularyFigures>((resolve, reject) => {
    wrote = resolve;
    failed = reject;
  });
  let saved: Promise<void>;
  if (!process.features.typescript) {
    saved = writeSearchVocabulary(job, { written: wrote }).then(() => undefined);
    saved.catch(failed);
  } else {
    saved = new Promise((resolve, reject) => {
      const fail = (error: unknown) => {
        failed(error);
        reject(error);
      };
      const worker = new Worker(new URL('./vocabulary-worker.ts', import.meta.url), { workerData: job });
      worker.on('message', (message: VocabularyWorkerMessage) => {
        if ('figures' in message) wrote(message.figures);
        else if ('saved' in message) resolve();
        else fail(message.error);
      });
      worker.once('error', fail);
      // After `saved` this settles nothing.
      worker.once('exit', (code) => fail(new Error(`The search vocabulary's worker thread stopped (exit code ${code}) before it wrote the vocabulary and its cache`)));
    });
  }
  // Either may be the one awaited; the other must not count as unhandled.
  written.catch(() => undefined);
  saved.catch(() => undefined);
  return { written, saved };
}
