import { AppError } from './appError';
import { ErrorCode } from './codes';

/** Neo4j cancelled a query that ran past its transaction timeout. */
export class QueryTimeoutError extends AppError {
  constructor(message = 'The query took too long and was cancelled; narrow it and try again.') {
    super(ErrorCode.QUERY_TIMEOUT, message);
  }
}
