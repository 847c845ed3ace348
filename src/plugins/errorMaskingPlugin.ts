import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, isEnumType, visit, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, type ValueNode } from 'graphql';
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
        async willSendResponse({ response, errors, contextValue, document, schema }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors || !errors) return;
          const formatted = response.body.singleResult.errors as GraphQLFormattedError[];
          response.body.singleResult.errors = formatted.map((shown, i) => {
            const argumentError = badArgumentLiteral(shown, errors[i], document) ?? badEnumValue(shown, document, schema) ?? badVariable(shown, document);
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
 * A value outside a closed vocabulary (`kind: "CULT"`, or a variable holding it) is bad user input: it gets
 * BAD_USER_INPUT, the argument it stands in (a path into an input object: `input.kind`; for a variable, the
 * variable's path as graphql-js reports it) and the values `allowed`.
 */
function badEnumValue(shown: GraphQLFormattedError, document: DocumentNode | undefined, schema: GraphQLSchema): GraphQLFormattedError | undefined {
  const code = shown.extensions?.code;
  if (code !== 'GRAPHQL_VALIDATION_FAILED' && code !== 'BAD_USER_INPUT') return undefined;
  const enumName = /Enum "(\w+)" cannot represent|does not exist in "(\w+)" enum/.exec(shown.message);
  if (!enumName) return undefined;
  const type = schema.getType(enumName[1] ?? enumName[2]);
  const allowed = type && isEnumType(type) ? type.getValues().map((v) => v.name) : undefined;
  const argument = variableArgument(shown.message, document) ?? literalPath(document, shown.locations?.[0]);
  return {
    message: argument ? `Argument "${argument}": ${shown.message}` : shown.message,
    locations: shown.locations,
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}), ...(allowed ? { allowed } : {}) },
  };
}

/**
 * A variable's value that its type refused (`$first: "ten"` for an Int, a missing required `$id`, a quote missing in
 * `$input`): BAD_USER_INPUT naming the argument the variable stands in, by path (`input.evidence[0].quote`), so that
 * a client can point at the field whatever it named its variables.
 */
function badVariable(shown: GraphQLFormattedError, document: DocumentNode | undefined): GraphQLFormattedError | undefined {
  if (shown.extensions?.code !== 'BAD_USER_INPUT' && shown.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED') return undefined;
  if (!/^Variable "\$\w+" /.test(shown.message)) return undefined;
  const argument = variableArgument(shown.message, document);
  return {
    message: argument ? `Argument "${argument}": ${shown.message}` : shown.message,
    locations: shown.locations,
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) },
  };
}

/**
 * The argument path a variable error is about: where the document uses the variable (`input`, or `input.kind` for a
 * variable inside an object literal), followed by the path graphql-js gives inside the variable's value
 * (`Variable "$in" got invalid value … at "in.evidence[0]"`). Undefined when the variable is not used in an argument.
 */
function variableArgument(message: string, document: DocumentNode | undefined): string | undefined {
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  if (!variable || !document) return undefined;
  const inside = / at "([^"]+)"/.exec(message)?.[1];
  const rest = inside?.startsWith(variable) ? inside.slice(variable.length) : '';
  const used = argumentPathOf(document, (node) => node.kind === 'Variable' && node.name.value === variable);
  return used === undefined ? undefined : `${used}${rest}`;
}

/** The path (`input.evidence[0].attribution`) of the argument value at a location in the document. */
function literalPath(document: DocumentNode | undefined, at: { line: number; column: number } | undefined): string | undefined {
  if (!document || !at) return undefined;
  return argumentPathOf(document, (node) => {
    const loc = node.loc?.startToken;
    return Boolean(loc && loc.line === at.line && loc.column === at.column && node.kind !== 'ObjectValue' && node.kind !== 'ListValue');
  });
}

/** The path (`input.evidence[0].attribution`) of the first argument value in the document that `matches`. */
function argumentPathOf(document: DocumentNode, matches: (node: ValueNode) => boolean): string | undefined {
  let found: string | undefined;
  const path: string[] = [];
  const walk = (node: ValueNode): void => {
    if (found !== undefined) return;
    if (matches(node)) {
      found = path.join('');
      return;
    }
    if (node.kind === 'ObjectValue') {
      for (const f of node.fields) {
        path.push(`.${f.name.value}`);
        walk(f.value);
        path.pop();
      }
    } else if (node.kind === 'ListValue') {
      node.values.forEach((v, i) => {
        path.push(`[${i}]`);
        walk(v);
        path.pop();
      });
    }
  };
  visit(document, {
    Argument(node) {
      if (found !== undefined) return;
      path.length = 0;
      path.push(node.name.value);
      walk(node.value);
    },
  });
  return found;
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
