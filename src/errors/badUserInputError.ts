import { AppError } from './appError';
import { ErrorCode } from './codes';

/** The client sent an argument the API cannot accept; `argument` names it. */
export class BadUserInputError extends AppError {
  /** `details` carries what a client can act on: the `max` of a range, the values `allowed`. */
  constructor(message: string, argument?: string, details: { max?: number; allowed?: readonly string[] } = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, { ...(argument ? { argument } : {}), ...details });
  }
}
