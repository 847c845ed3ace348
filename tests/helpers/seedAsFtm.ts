import fs from 'node:fs';
import { PassThrough } from 'node:stream';
import type { Database } from '../../src/db';
import { runExport } from '../../src/interchange/export/runExport';

/**
 * Writes the article's graph, exported to FtM, into `file`, one entity a line: the seed only (other suites' data, whose
 * ids start with `test-`, is left out).
 */
export async function writeSeedAsFtm(db: Database, file: string): Promise<void> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await runExport(db, 'ftm', {}, out);
  out.end();
  const lines = Buffer.concat(chunks)
    .toString('utf8')
    .split('\n')
    .filter((l) => l && !l.includes('"test-'));
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}
