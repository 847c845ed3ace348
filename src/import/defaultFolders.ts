import path from 'node:path';

/**
 * The folders an import without paths applies, in order: the schema (constraints and indexes), the first article's
 * seed, then every later article (`cypher/articles/`, one dated script each, see docs/adding-an-article.md). `npm
 * start`, `npm run import` and the tests' global setup all read this list, so that they load the same graph.
 */
export const DEFAULT_IMPORT_FOLDERS = ['cypher/schema', 'cypher/seed', 'cypher/articles'] as const;

/** The default folders as absolute paths under `root`. */
export function defaultImportPaths(root: string): string[] {
  return DEFAULT_IMPORT_FOLDERS.map((folder) => path.join(root, ...folder.split('/')));
}
