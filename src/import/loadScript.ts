import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { classifyStatement, type StatementKind } from './classifyStatement';
import { ImportError } from './importError';
import { scriptName } from './scriptName';
import { splitStatements, type ScriptStatement } from './splitStatements';

/** A statement and how it must run. */
export interface ClassifiedStatement extends ScriptStatement {
  kind: StatementKind;
}

/**
 * How a whole script runs: `atomic` in one write transaction; `schema` statement by statement in auto-commit
 * transactions (Neo4j 5 forbids schema and data writes in one transaction); `batched` when it uses
 * `CALL { } IN TRANSACTIONS`, which only runs in auto-commit, so the script is not atomic.
 */
export type ScriptMode = 'atomic' | 'schema' | 'batched';

/** A script file read, checksummed, split and classified, ready to run. */
export interface LoadedScript {
  kind: 'script';
  /** The ledger name (relative to the project root). */
  name: string;
  path: string;
  /** sha256 of the file's bytes, hex. */
  checksum: string;
  statements: ClassifiedStatement[];
  mode: ScriptMode;
}

/**
 * Reads one script and decides how it must run. A script that mixes schema statements with data statements is
 * refused here, before anything of any script runs.
 */
export async function loadScript(file: string, root: string): Promise<LoadedScript> {
  const name = scriptName(file, root);
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new ImportError('NOT_FOUND', `${name}: cannot be read (${error.code ?? error.message}).`, { file: name, cause: error });
  });
  const statements = splitStatements(bytes.toString('utf8')).map((s) => ({ ...s, kind: classifyStatement(s) }));
  return { kind: 'script', name, path: file, checksum: createHash('sha256').update(bytes).digest('hex'), statements, mode: modeOf(name, statements) };
}

function modeOf(name: string, statements: ClassifiedStatement[]): ScriptMode {
  const schema = statements.filter((s) => s.kind === 'schema');
  if (schema.length === 0) return statements.some((s) => s.kind === 'batched') ? 'batched' : 'atomic';
  if (schema.length === statements.length) return 'schema';
  const odd = statements[0].kind === 'schema' ? statements.find((s) => s.kind !== 'schema')! : schema[0];
  throw new ImportError(
    'SCRIPT_FAILED',
    `${name}:${odd.line}:${odd.column}: this script mixes schema statements (CREATE/DROP CONSTRAINT or INDEX, SHOW) ` +
      'with data statements, and Neo4j 5 cannot run both in one transaction. Move the schema statements into a ' +
      'script of their own under cypher/schema.',
    { file: name, line: odd.line, column: odd.column },
  );
}
