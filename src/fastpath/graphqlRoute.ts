import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseUrl } from 'node:url';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import bytes from 'bytes';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Authenticator } from '../auth';
import type { Config } from '../config';
import type { AppContext, Caller } from '../context';
import { CompiledOperations } from './compiledOperations';
import { prepareForJit } from './jitSchema';

/** What the route needs from the server. */
export interface GraphqlRouteDeps {
  apollo: ApolloServer<AppContext>;
  schema: GraphQLSchema;
  config: Config;
  logger: Logger;
  authenticator: Authenticator;
  contextFor(overrides: Partial<AppContext>): AppContext;
  /** false: every request through the standard path (nothing compiled). */
  fastPath: boolean;
}

/** How many requests took which path (for tests and the bench). */
export interface RouteStats {
  fast: number;
  standard: number;
  /** Fast attempts that met an error and were answered again by the standard path. */
  retried: number;
}

interface GraphqlBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/**
 * `POST /graphql` with a JSON body, served on `node:http` without Express (the hot route). The body is read and
 * checked as `express.json` would (size limit, strict JSON, the same error answers); then:
 *
 * - the **fast path**: a query document the standard path has already answered without error, compiled once by
 *   graphql-jit, runs with the same context, root resolvers and projection, and its answer is written as Apollo would
 *   write it. Any error (a refused argument, a bad variable, the database) sends the request down the standard path,
 *   so that errors are Apollo's, formatted by the plugins, byte for byte; reads are safe to run twice.
 * - the **standard path**: Apollo's own request pipeline (`executeHTTPGraphQLRequest`, as the Express integration
 *   calls it) with its plugins: access, error masking, request log, limits.
 *
 * Everything else on `/graphql` (GET, other content types, compressed bodies, CORS preflights) goes to Express.
 */
export function graphqlRoute(deps: GraphqlRouteDeps) {
  const { apollo, config, logger, authenticator } = deps;
  const limit = bytes.parse(config.limits.bodyLimit) ?? 100 * 1024;
  const allowedOrigins = new Set(config.corsOrigins);
  if (deps.fastPath) prepareForJit(deps.schema);
  const operations = new CompiledOperations(deps.schema, 1_000, config.limits.maxTokens);
  const stats: RouteStats = { fast: 0, standard: 0, retried: 0 };

  const contextOf = async (req: IncomingMessage, res: ServerResponse, requestId: string, caller?: Caller): Promise<AppContext> => {
    res.setHeader('x-request-id', requestId);
    return deps.contextFor({ requestId, caller: caller ?? (await authenticator.callerFor(req.headers.authorization)) });
  };

  async function standard(req: IncomingMessage, res: ServerResponse, body: unknown, requestId: string): Promise<void> {
    stats.standard += 1;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: parseUrl(req.url ?? '').search ?? '', body },
      context: () => contextOf(req, res, requestId),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      send(res, response.body.string);
      const b = body as GraphqlBody;
      // Answered whole, without an error (Apollo writes `errors` first): worth compiling for the next time.
      if (res.statusCode === 200 && response.body.string.startsWith('{"data"') && typeof b.query === 'string' && b.extensions === undefined) {
        const operationName = typeof b.operationName === 'string' ? b.operationName : undefined;
        if (deps.fastPath && !operations.has(b.query, operationName)) {
          const refused = operations.add(b.query, operationName);
          if (refused) logger.debug({ operationName, refused }, 'graphql fast path: standard path only');
        }
      }
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  /** The fast path; false when it cannot answer (the caller then takes the standard path). */
  async function fast(req: IncomingMessage, res: ServerResponse, body: GraphqlBody, requestId: string): Promise<boolean> {
    if (typeof body.query !== 'string' || body.extensions !== undefined) return false;
    if (body.operationName !== undefined && body.operationName !== null && typeof body.operationName !== 'string') return false;
    if (body.variables !== undefined && body.variables !== null && (typeof body.variables !== 'object' || Array.isArray(body.variables))) return false;
    const compiled = operations.get(body.query, (body.operationName as string | null) ?? undefined);
    if (!compiled) return false;
    let caller: Caller;
    try {
      caller = await authenticator.callerFor(req.headers.authorization);
    } catch {
      return false;
    }
    if (caller.role === 'ANONYMOUS' && config.readsNeedKey) return false;
    const started = performance.now();
    const context = await contextOf(req, res, requestId, caller);
    const queriesBefore = context.db.queryCount;
    const result = await compiled.query(undefined, context, (body.variables as Record<string, unknown> | null) ?? {});
    if (result.errors?.length) {
      stats.retried += 1;
      return false;
    }
    stats.fast += 1;
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    send(res, JSON.stringify({ data: result.data }) + '\n');
    context.logger.info(
      { operationName: body.operationName ?? null, ms: Math.round((performance.now() - started) * 10) / 10, cypher: context.db.queryCount - queriesBefore, fast: true },
      'graphql request',
    );
    return true;
  }

  return {
    stats,
    operations,
    /** Whether this route serves the request (POST /graphql, JSON in UTF-8, not compressed). */
    handles(req: IncomingMessage): boolean {
      if (req.method !== 'POST' || (req.url !== '/graphql' && !req.url?.startsWith('/graphql?'))) return false;
      const encoding = req.headers['content-encoding'];
      if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
      const type = (req.headers['content-type'] ?? '').toLowerCase().split(';');
      if (type[0].trim() !== 'application/json') return false;
      const charset = type.slice(1).find((p) => p.trim().startsWith('charset='));
      return charset === undefined || ['utf-8', 'utf8', '"utf-8"'].includes(charset.trim().slice('charset='.length));
    },
    async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const origin = req.headers.origin;
      if (origin !== undefined) {
        res.setHeader('Vary', 'Origin');
        if (allowedOrigins.has(origin)) {
          res.setHeader('Access-Control-Allow-Origin', origin);
          res.setHeader('Access-Control-Expose-Headers', 'x-request-id');
        }
      }
      const text = await readBody(req, limit);
      if (text === TOO_LARGE) return refuse(res, 413, 'The request body is over the size limit (LIMIT_BODY).', 'PAYLOAD_TOO_LARGE');
      const body = parseJson(text);
      if (body === BAD_JSON) return refuse(res, 400, 'The request body is not valid JSON.', 'BAD_REQUEST');
      const header = req.headers['x-request-id'];
      const requestId = typeof header === 'string' && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
      if (body !== null && typeof body === 'object' && !Array.isArray(body) && (await fast(req, res, body as GraphqlBody, requestId))) return;
      await standard(req, res, body, requestId);
    },
  };
}

const TOO_LARGE = Symbol('tooLarge');
const BAD_JSON = Symbol('badJson');

/** The body as text, or TOO_LARGE past the limit (announced or read); the rest of a refused body is drained. */
async function readBody(req: IncomingMessage, limit: number): Promise<string | typeof TOO_LARGE> {
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > limit) {
    req.resume();
    return TOO_LARGE;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      return TOO_LARGE;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

/** JSON as `express.json` (strict) reads it: an empty body is `{}`; only an object or an array at the top. */
function parseJson(text: string): unknown {
  if (text.length === 0) return {};
  const first = /\S/.exec(text)?.[0];
  if (first !== '{' && first !== '[') return BAD_JSON;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return BAD_JSON;
  }
}

function send(res: ServerResponse, text: string): void {
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/** The answers src/http/jsonErrorHandler.ts gives on the Express routes, for a body refused before GraphQL. */
function refuse(res: ServerResponse, status: number, message: string, code: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  send(res, JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
