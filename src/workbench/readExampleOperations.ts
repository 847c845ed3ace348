import fs from 'node:fs';
import path from 'node:path';

/** An example operation of schema/operations, as the playground offers it. */
export interface ExampleOperation {
  /** The file name without `.graphql`, which is also the operation's name. */
  readonly name: string;
  /** The leading `#` comment: what the operation answers. */
  readonly description: string;
  readonly query: string;
}

/**
 * Reads the example operations once, at start. Why: the playground offers exactly the operations docs/examples.md and
 * the tests use, so they cannot drift from what the project documents.
 */
export function readExampleOperations(dir: string): ExampleOperation[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = fs.readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n');
      const comments = query.split('\n').filter((line) => /^\s*#/.test(line));
      const description = comments.length > 0 ? comments[0].replace(/^\s*#\s*/, '') : '';
      return { name: path.basename(file, '.graphql'), description, query: `${query.trim()}\n` };
    });
}
