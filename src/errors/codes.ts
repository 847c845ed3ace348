/** The stable error codes a client can rely on (GraphQL `extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** One of {@link ErrorCode}'s values. */
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];
