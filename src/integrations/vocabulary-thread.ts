import { Worker } from 'node:worker_threads';
import { writeSearchVocabulary, type VocabularyFigures, type VocabularyJob } from './search-vocabulary.ts';

/**
 * Writes the search vocabulary (search-vocabulary.ts) in a worker thread, so
 * that it runs on another core while Astro renders and writes the service
 * worker. The worker loads Folio's TypeScript as Node does, by stripping
 * its types: where Node cannot (before 22.18, or with
 * `--no-experimental-strip-types`), the vocabulary is written on this thread.
 */
export function writeSearchVocabularyOffThread(job: VocabularyJob): Promise<VocabularyFigures> {
  if (!process.features.typescript) return writeSearchVocabulary(job);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./vocabulary-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (message: { figures: VocabularyFigures } | { error: unknown }) => ('figures' in message ? resolve(message.figures) : reject(message.error)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The search vocabulary's worker thread stopped (exit code ${code}) before it wrote the vocabulary`)));
  });
}
