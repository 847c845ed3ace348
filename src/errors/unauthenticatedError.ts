import { AppError } from './appError';
import { ErrorCode } from './codes';

/** The request needs an API key and has none, or a key the API does not know. */
export class UnauthenticatedError extends AppError {
  constructor(message = 'This needs an API key: send `Authorization: Bearer <key>`.') {
    super(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
  }
}
