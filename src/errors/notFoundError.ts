import { AppError } from './appError';
import { ErrorCode } from './codes';

/**
 * A write, or a list's filter argument, named a node that does not exist (a lookup by id answers null instead).
 * `argument` names where the id was given (`target`), as BAD_USER_INPUT errors do.
 */
export class NotFoundError extends AppError {
  constructor(message: string, id?: string, argument?: string) {
    super(ErrorCode.NOT_FOUND, message, { ...(id ? { id } : {}), ...(argument ? { argument } : {}) });
  }
}
