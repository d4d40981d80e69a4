/**
 * The search vocabulary's worker thread (started by vocabulary-thread.ts):
 * writes the vocabulary of the job in `workerData`, posts its figures as
 * soon as its files are there, then that its cache is saved; or the error
 * that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeSearchVocabulary, type VocabularyJob } from './search-vocabulary.ts';
import type { VocabularyWorkerMessage } from './vocabulary-thread.ts';

const post = (message: VocabularyWorkerMessage) => parentPort!.postMessage(message);
try {
  await writeSearchVocabulary(workerData as VocabularyJob, { written: (figures) => post({ figures }) });
  post({ saved: true });
} catch (error) {
  post({ error });
}
