/**
 * The search vocabulary's worker thread (started by vocabulary-thread.ts):
 * writes the vocabulary of the job in `workerData` and posts back its
 * figures, or the error that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeSearchVocabulary, type VocabularyJob } from './search-vocabulary.ts';

try {
  parentPort!.postMessage({ figures: await writeSearchVocabulary(workerData as VocabularyJob) });
} catch (error) {
  parentPort!.postMessage({ error });
}
