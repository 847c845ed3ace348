import { AppError } from './appError';
import { ErrorCode } from './codes';

/** A write named a node that does not exist. (Reads return null instead.) */
export class NotFoundError extends AppError {
  constructor(message: string, id?: string) {
    super(ErrorCode.NOT_FOUND, message, id ? { id } : {});
  }
}
