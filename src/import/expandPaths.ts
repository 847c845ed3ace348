import fs from 'node:fs/promises';
import path from 'node:path';
import { formatOf } from './formats';
import { ImportError } from './importError';

/**
 * Turns the paths an import was given into the files to run, in order: a folder stands for its own files of a
 * format the import reads (`*.cypher`, `*.csv`, see `formats.ts`) sorted by name (numbered scripts run in number order), a file for itself; the paths keep the
 * order they were given in, and a file named twice runs once.
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(given);
    const stat = await fs.stat(absolute).catch(() => undefined);
    if (!stat) {
      throw new ImportError('NOT_FOUND', `${given}: no such file or folder.`, { file: given });
    }
    if (stat.isDirectory()) {
      const entries = await fs.readdir(absolute, { withFileTypes: true });
      const names = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && formatOf(e.name) !== undefined).map((e) => e.name);
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      files.push(...names.map((name) => path.join(absolute, name)));
    } else {
      files.push(absolute);
    }
  }
  return [...new Set(files)];
}
