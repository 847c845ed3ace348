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

/**
 * What each code a client can meet means: the API's own codes, and those graphql-js and Apollo give to a request they
 * refuse before it runs. The schema publishes them as the `ErrorCode` enum (src/schema.ts), so that clients can
 * generate the list instead of copying it.
 */
export const ERROR_CODE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  BAD_USER_INPUT: 'An argument or input field is invalid; `extensions.argument` names it (a path into an input), with `max` or `allowed` where they apply.',
  NOT_FOUND: 'A write, or a filter argument, names a node that does not exist; `extensions.argument` names where, `extensions.id` the id.',
  UNAUTHENTICATED: 'The operation needs an API key (`Authorization: Bearer <key>`), or the key sent is unknown or revoked.',
  FORBIDDEN: "The key's role may not do this (EDITOR writes facts; ADMIN also merges, retracts and reads the audit log), or a browser origin is not allowed.",
  CONFLICT: 'The write conflicts with an existing node: the id is taken by another kind of node, or two entities of different kinds were asked to merge.',
  DATABASE_UNAVAILABLE: 'Neo4j cannot be reached right now; retry later.',
  QUERY_TIMEOUT: 'The operation ran past its time limit; narrow it (fewer items, a smaller depth) or retry.',
  QUERY_TOO_COMPLEX: 'The operation is too deep, too wide, too costly or too long; `extensions.limit` names the limit and `max` its value.',
  INTERNAL_SERVER_ERROR: 'An unexpected error; quote `extensions.requestId` when reporting it.',
  GRAPHQL_PARSE_FAILED: 'The document is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The document does not match the schema (an unknown field, a missing argument).',
  BAD_REQUEST: 'The HTTP request is malformed (not JSON, a missing query, a GET that needs a preflight header).',
};
