import { AppError } from './appError';
import { ErrorCode } from './codes';

/** Neo4j cannot be reached; the request may be retried later. */
export class DatabaseUnavailableError extends AppError {
  constructor(message = 'The database is unavailable; try again shortly.') {
    super(ErrorCode.DATABASE_UNAVAILABLE, message);
  }
}
