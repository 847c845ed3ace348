import { Neo4jError } from 'neo4j-driver';
import { mapDriverError } from '../../src/db';
import { ConflictError, DatabaseUnavailableError, QueryTimeoutError } from '../../src/errors';

const neo4jError = (code: string, message = 'x') => new Neo4jError(message, code, 'gql', 'desc');

describe('mapDriverError', () => {
  it.each([
    ['ServiceUnavailable', DatabaseUnavailableError],
    ['SessionExpired', DatabaseUnavailableError],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', QueryTimeoutError],
    ['Neo.ClientError.Transaction.LockClientStopped', QueryTimeoutError],
    ['Neo.TransientError.Transaction.Terminated', QueryTimeoutError],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', ConflictError],
  ])('turns %s into a named error', (code, type) => {
    expect(mapDriverError(neo4jError(code))).toBeInstanceOf(type);
  });

  it('leaves an unknown error as it is, to be masked and logged', () => {
    const error = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(mapDriverError(error)).toBe(error);
  });
});
