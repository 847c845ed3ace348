import { AppError } from './appError';
import { ErrorCode } from './codes';

/** The caller's key is valid but its role does not allow this. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}
