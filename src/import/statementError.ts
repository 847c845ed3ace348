import { DatabaseUnavailableError } from '../errors';
import { ImportError } from './importError';
import type { ScriptStatement } from './splitStatements';

const POSITION = /\s*\(line (\d+), column (\d+) \(offset: \d+\)\)/;

/**
 * Turns what a failing statement threw into an {@link ImportError} that points into the script file: Neo4j's
 * "(line X, column Y)" is relative to the text it was sent, so it is moved by the statement's own position (and by
 * `linesBefore`, the lines of any prefix such as `EXPLAIN\n` that the importer added).
 */
export function statementError(error: unknown, file: string, statement: ScriptStatement, options: { linesBefore?: number; note?: string } = {}): ImportError {
  const raw = error instanceof Error ? error.message : String(error);
  const neo4jCode = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined;
  if (error instanceof DatabaseUnavailableError) {
    return new ImportError('CONNECTION', `${file}:${statement.line}:${statement.column}: ${raw}`, {
      file,
      line: statement.line,
      column: statement.column,
      neo4jMessage: raw,
      neo4jCode,
      cause: error,
    });
  }
  const { line, column } = locate(raw, statement, options.linesBefore ?? 0);
  const message = raw.replace(POSITION, '').trim();
  const note = options.note ? `\n${options.note}` : '';
  return new ImportError('SCRIPT_FAILED', `${file}:${line}:${column}: ${message}${note}`, {
    file,
    line,
    column,
    neo4jMessage: raw,
    neo4jCode,
    cause: error,
  });
}

function locate(message: string, statement: ScriptStatement, linesBefore: number): { line: number; column: number } {
  const match = POSITION.exec(message);
  if (!match) return { line: statement.line, column: statement.column };
  const lineInStatement = Number(match[1]) - linesBefore;
  const columnInLine = Number(match[2]);
  if (lineInStatement < 1) return { line: statement.line, column: statement.column };
  if (lineInStatement === 1) return { line: statement.line, column: statement.column + columnInLine - 1 };
  return { line: statement.line + lineInStatement - 1, column: columnInLine };
}
