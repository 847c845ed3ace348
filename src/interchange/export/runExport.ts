import type { Writable } from 'node:stream';
import type { Database } from '../../db';
import { ExportReader, type ExportScope } from './exportReader';
import { writeCsv, writeFtm, writeGexf, writeGraphml, type ExportCounts, type ExportFormat, type ProgressFn } from './writers';

export { EXPORT_FORMATS, type ExportFormat, type ExportCounts } from './writers';
export type { ExportScope } from './exportReader';

/** The media type and file extension of each format. */
export const FORMAT_FILES: Readonly<Record<ExportFormat, { type: string; extension: string }>> = {
  ftm: { type: 'application/x-ndjson; charset=utf-8', extension: 'ftm.json' },
  gexf: { type: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
};

/** A date argument: YYYY-MM-DD. */
export const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** Writes one export (one CSV part) of a scope to `out`. Nothing is ended or closed: the caller owns `out`. */
export async function runExport(
  db: Database,
  format: ExportFormat,
  scope: ExportScope,
  out: Writable,
  options: { part?: 'nodes' | 'edges'; onProgress?: ProgressFn; onStart?: () => void; pageSize?: number } = {},
): Promise<ExportCounts> {
  const reader = new ExportReader(db, scope, { pageSize: options.pageSize });
  await reader.resolve();
  options.onStart?.();
  switch (format) {
    case 'ftm':
      return writeFtm(reader, out, options.onProgress);
    case 'gexf':
      return writeGexf(reader, out, options.onProgress);
    case 'graphml':
      return writeGraphml(reader, out, options.onProgress);
    case 'csv':
      return writeCsv(reader, out, options.part ?? 'nodes', options.onProgress);
  }
}
