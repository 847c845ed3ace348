import path from 'node:path';
import { packageDir } from './packageDir';

/** One browser file taken from an installed package and served under /workbench/vendor/. */
export interface VendorFile {
  /** The name in the URL: /workbench/vendor/<name>. */
  readonly name: string;
  readonly file: string;
}

/**
 * The exact files the workbench pages load from node_modules. Why: serving a short list (not whole package folders)
 * keeps the pages offline (nothing from a CDN) without exposing the rest of node_modules over HTTP.
 */
export function vendorFiles(options: { playground: boolean }): VendorFile[] {
  const from = (pkg: string, relative: string, name = path.basename(relative)): VendorFile => ({
    name,
    file: path.join(packageDir(pkg), relative),
  });
  const explorer = [from('cytoscape', 'dist/cytoscape.min.js')];
  if (!options.playground) return explorer;
  return [
    ...explorer,
    from('react', 'umd/react.production.min.js'),
    from('react-dom', 'umd/react-dom.production.min.js'),
    from('graphiql', 'graphiql.min.js'),
    from('graphiql', 'graphiql.min.css'),
  ];
}
