import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, visit, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import type { AppContext } from '../context';
import { mapDriverError } from '../db';
import { AppError, ErrorCode } from '../errors';

/** Codes Apollo and graphql-js give to errors of the request itself (parse, validation, coercion): shown as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * The one place where unknown errors are masked: an error the API did not raise on purpose reaches the client as
 * INTERNAL_SERVER_ERROR naming the request id (never a stack trace), and is logged in full with that id. Driver
 * errors that escaped a repository are translated here too, so they keep their named code.
 */
export function errorMaskingPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors, contextValue, document }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors || !errors) return;
          const formatted = response.body.singleResult.errors as GraphQLFormattedError[];
          response.body.singleResult.errors = formatted.map((shown, i) => {
            const argumentError = badArgumentLiteral(shown, errors[i], document);
            if (argumentError) return argumentError;
            const refused = refusedRequest(shown, errors[i]);
            if (refused) return refused;
            const original = errors[i] ? unwrapResolverError(errors[i]) : undefined;
            return decide(shown, original, contextValue);
          });
        },
      };
    },
  };
}

function decide(shown: GraphQLFormattedError, original: unknown, context: AppContext): GraphQLFormattedError {
  const { stacktrace: _stack, ...extensions } = (shown.extensions ?? {}) as Record<string, unknown>;
  const clean = { ...shown, extensions };
  if (original instanceof AppError) return clean;
  const mapped = mapDriverError(original);
  if (mapped instanceof AppError) return { ...clean, message: mapped.message, extensions: { ...mapped.extensions } };
  const code = extensions.code as string | undefined;
  if (code && REQUEST_ERROR_CODES.has(code)) return clean;
  // graphql-js refusing the request itself at execution (no path, no cause: a subscription on a schema without them).
  if ((!code || code === ErrorCode.INTERNAL_SERVER_ERROR) && !shown.path && original instanceof GraphQLError && !original.originalError)
    return { ...clean, extensions: { ...extensions, code: 'BAD_REQUEST' } };
  context.logger.error({ err: original, path: shown.path }, 'unexpected error');
  return {
    message: `Internal error; quote request id ${context.requestId} when reporting it.`,
    path: shown.path,
    locations: shown.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: context.requestId },
  };
}

/**
 * A literal argument that its scalar refused (`from: "2023-13-45"`) fails validation, which graphql-js reports
 * without the argument's name: it is bad user input all the same, so it gets BAD_USER_INPUT and the argument it
 * stands in.
 */
function badArgumentLiteral(shown: GraphQLFormattedError, error: GraphQLError | undefined, document: DocumentNode | undefined): GraphQLFormattedError | undefined {
  const cause = (error?.originalError ?? error) as GraphQLError | undefined;
  if (shown.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || cause?.extensions?.code !== 'BAD_USER_INPUT') return undefined;
  const value = cause.extensions.value;
  let argument: string | undefined;
  if (document && typeof value === 'string') {
    visit(document, {
      Argument(node) {
        if (node.value.kind === 'StringValue' && node.value.value === value) argument ??= node.name.value;
      },
    });
  }
  const message = argument ? `Argument "${argument}": ${shown.message}` : shown.message;
  return { message, locations: shown.locations, extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) } };
}

/**
 * A request refused for a limit keeps the limit's own code (QUERY_TOO_COMPLEX) rather than the generic validation
 * or parse code, so that clients can tell "too big" from "wrong".
 */
function refusedRequest(shown: GraphQLFormattedError, error: GraphQLError | undefined): GraphQLFormattedError | undefined {
  const cause = (error?.originalError ?? error) as GraphQLError | undefined;
  if (cause?.extensions?.code === ErrorCode.QUERY_TOO_COMPLEX) {
    return { message: shown.message, locations: shown.locations, extensions: { ...cause.extensions } };
  }
  const tokens = /Document contains more that (\d+) tokens/.exec(shown.message);
  if (shown.extensions?.code === 'GRAPHQL_PARSE_FAILED' && tokens) {
    return {
      message: `The query has more than ${tokens[1]} tokens; the limit is ${tokens[1]}.`,
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'tokens', max: Number(tokens[1]) },
    };
  }
  return undefined;
}
