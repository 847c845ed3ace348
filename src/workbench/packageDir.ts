import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder an installed npm package lives in. Why: several packages (graphiql, cytoscape) do not export their
 * package.json, so `require.resolve('x/package.json')` fails; this walks the same folders Node would search.
 */
export function packageDir(name: string): string {
  for (const base of require.resolve.paths(name) ?? []) {
    const candidate = path.join(base, name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
  }
  throw new Error(`The package "${name}" is not installed; run npm ci.`);
}
