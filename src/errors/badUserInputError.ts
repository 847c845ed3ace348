import { AppError } from './appError';
import { ErrorCode } from './codes';

/** The client sent an argument the API cannot accept; `argument` names it. */
export class BadUserInputError extends AppError {
  constructor(message: string, argument?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
  }
}
