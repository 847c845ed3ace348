export { ErrorCode, type ErrorCodeValue } from './codes';
export { AppError } from './appError';
export { BadUserInputError } from './badUserInputError';
export { NotFoundError } from './notFoundError';
export { DatabaseUnavailableError } from './databaseUnavailableError';
export { QueryTimeoutError } from './queryTimeoutError';
export { ConflictError } from './conflictError';
export { UnauthenticatedError } from './unauthenticatedError';
export { ForbiddenError } from './forbiddenError';
