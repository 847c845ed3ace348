/**
 * A worker thread of the bulk path (bulk.ts): writes the files of some kinds of row (each kind draws from a random
 * sequence of its own, so the kinds split across threads give the same records as one thread writing them all).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BulkFiles } from '../../src/neo4j-embedded/bulkLoad';
import type { Counts } from './model';
import { writeBatch } from './bulk';
import { batches } from './rows';

export interface FilesWorkerData {
  counts: Counts;
  seed: number;
  kinds: string[];
  dir: string;
  now: string;
}

/** What a worker posts: rows done (progress), then its files (the importer's arguments), or its error. */
export type FilesWorkerMessage = { rows: number; kind: string } | { done: true; args: string[]; records: number } | { error: string };

const data = workerData as FilesWorkerData;
try {
  const files = new BulkFiles(data.dir);
  for (const batch of batches(data.counts, data.seed, 10_000, new Set(data.kinds))) {
    writeBatch(files, batch, data.now);
    parentPort!.postMessage({ rows: batch.rows.length, kind: batch.kind } satisfies FilesWorkerMessage);
  }
  const args = files.close();
  parentPort!.postMessage({ done: true, args, records: files.records } satisfies FilesWorkerMessage);
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).stack ?? String(error) } satisfies FilesWorkerMessage);
}
