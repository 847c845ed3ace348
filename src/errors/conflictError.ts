import { AppError } from './appError';
import { ErrorCode } from './codes';

/** The write clashes with what is already in the graph (a duplicate id, a constraint). */
export class ConflictError extends AppError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}
