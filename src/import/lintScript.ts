import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';
import { ImportError } from './importError';
import type { ScriptStatement } from './splitStatements';

/**
 * Checks every statement of a script with Neo4j's Cypher parser and semantic analysis (`@neo4j-cypher/language-support`)
 * before anything reaches Neo4j, and throws the first error as `file:line:column: message`. Parameters are not errors
 * (scripts may be run with them). It costs about 0.1 to 0.3 s a statement, so the import runs it on `--dry-run`;
 * a real import leaves syntax to Neo4j, which reports it at the same place, and rolls the script back.
 */
export function lintScript(file: string, statements: readonly ScriptStatement[]): void {
  for (const statement of statements) {
    const { diagnostics } = lintCypherQuery(statement.text, {}, { consoleCommandsEnabled: false });
    const messageOf = (d: (typeof diagnostics)[number]) => (typeof d.message === 'string' ? d.message : d.message.value);
    const error = diagnostics.find((d) => d.severity === 1 && isNotParamError({ message: messageOf(d) }));
    if (!error) continue;
    const { line: l, character } = error.range.start;
    const line = statement.line + l;
    const column = l === 0 ? statement.column + character : character + 1;
    throw new ImportError('SCRIPT_FAILED', `${file}:${line}:${column}: ${messageOf(error).split('\n')[0]}`, { file, line, column });
  }
}
