import path from 'node:path';

/**
 * The name a script has in the Migration ledger: its path relative to the project root with `/` separators
 * (`cypher/seed/001-sources.cypher`), so that the ledger means the same on every machine. A script outside the root
 * is named by its absolute path.
 */
export function scriptName(file: string, root: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(path.resolve(root), absolute);
  const outside = relative === '' || relative.startsWith('..') || path.isAbsolute(relative);
  return (outside ? absolute : relative).split(path.sep).join('/');
}
