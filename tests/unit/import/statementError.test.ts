import { DatabaseUnavailableError } from '../../../src/errors';
import { ImportError } from '../../../src/import/importError';
import { splitStatements } from '../../../src/import/splitStatements';
import { statementError } from '../../../src/import/statementError';

const neo4jError = (message: string) => Object.assign(new Error(message), { code: 'Neo.ClientError.Statement.SyntaxError' });
const script = 'RETURN 1;\n\n   MATCH (n)\n  WHERE n.x = 1\n  RETRUN n;';
const statement = splitStatements(script)[1];

describe('statementError', () => {
  it('moves a position on a later line of the statement into the file', () => {
    const error = statementError(neo4jError(`Invalid input 'RETRUN': expected ... (line 3, column 3 (offset: 28))\n"  RETRUN n"\n   ^`), 'cypher/seed/x.cypher', statement);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'SCRIPT_FAILED', file: 'cypher/seed/x.cypher', line: 5, column: 3 });
    expect(error.message).toMatch(/^cypher\/seed\/x\.cypher:5:3: Invalid input 'RETRUN'/);
    expect(error.message).not.toMatch(/offset/);
    expect(error.neo4jCode).toBe('Neo.ClientError.Statement.SyntaxError');
  });

  it('adds the statement column for a position on its first line', () => {
    const error = statementError(neo4jError('Unknown function (line 1, column 7 (offset: 6))'), 'f.cypher', statement);
    expect(error).toMatchObject({ line: 3, column: 10 });
  });

  it('subtracts the lines of a prefix such as EXPLAIN', () => {
    const error = statementError(neo4jError('bad (line 4, column 3 (offset: 36))'), 'f.cypher', statement, { linesBefore: 1 });
    expect(error).toMatchObject({ line: 5, column: 3 });
  });

  it('points at the statement start when Neo4j gives no position', () => {
    const error = statementError(neo4jError('/ by zero'), 'f.cypher', statement);
    expect(error).toMatchObject({ line: 3, column: 4 });
    expect(error.message).toBe('f.cypher:3:4: / by zero');
  });

  it('reports an unreachable database as a connection error', () => {
    expect(statementError(new DatabaseUnavailableError(), 'f.cypher', statement).code).toBe('CONNECTION');
  });
});
