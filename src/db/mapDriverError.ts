import { Neo4jError } from 'neo4j-driver';
import { AppError, ConflictError, DatabaseUnavailableError, QueryTimeoutError } from '../errors';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.Database.DatabaseUnavailable',
]);

const TIMEOUT_CODES = new Set([
  // Terminated by its timeout while waiting for a lock, or between statements: the same outcome for the client.
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.TransactionTimedOut',
]);

/**
 * Translates a driver error into one of the API's named errors. The only place that knows Neo4j's error codes; an
 * error it does not know is returned unchanged, to be masked and logged as an internal error.
 */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (UNAVAILABLE_CODES.has(code) || /Connection acquisition timed out|Failed to connect|ECONNREFUSED/i.test(error.message)) {
    return new DatabaseUnavailableError();
  }
  if (TIMEOUT_CODES.has(code)) return new QueryTimeoutError();
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('The write conflicts with an existing node (a unique id or name is already taken).');
  }
  return error;
}

/** True when the error means Neo4j could not be reached (rather than a bad query). */
export function isUnavailable(error: unknown): boolean {
  return mapDriverError(error) instanceof DatabaseUnavailableError;
}
