import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response } from 'express';
import { execute, subscribe, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { AppContext } from './context';
import type { Database } from './db';
import { Authenticator } from './auth';
import { cors } from './http/cors';
import { jsonErrorHandler } from './http/jsonErrorHandler';
import { accessPlugin } from './plugins/accessPlugin';
import { errorMaskingPlugin } from './plugins/errorMaskingPlugin';
import { requestLoggingPlugin } from './plugins/requestLoggingPlugin';
import { GraphReader } from './modules/shared/graphReader';
import { typeRegistry } from './modules/registry';
import { PlanCache, projectedFieldResolver, type PlanCacheStats } from './projection';
import { buildAppSchema } from './schema';
import { mountWorkbench } from './workbench';
import { queryLimitRules } from './limits';
import { ChangeFeed, type ChangeFeedOptions } from './modules/audit/changeFeed';
import type { Caller } from './context';

// graphql-ws publishes its ws adapter as a subpath export, which this project's module resolution ("node") does not
// read: the types come from its file, the code from the export Node resolves.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useServer } = require('graphql-ws/use/ws') as typeof import('graphql-ws/dist/use/ws');
import { exportRoute } from './interchange/export/exportRoute';
import { graphqlRoute, type RouteStats } from './fastpath';

/** What the server needs from the outside: everything is injected, so tests build it without listening. */
export interface ServerDeps {
  config: Config;
  db: Database;
  logger: Logger;
  schema?: GraphQLSchema;
  /** How the change feed of subscriptions polls and buffers (tests make the buffer small). */
  changeFeed?: Partial<ChangeFeedOptions>;
}

/** A built, not yet listening, server. */
export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<AppContext>;
  /** How many `POST /graphql` requests took the compiled fast path and the standard one. */
  routeStats: RouteStats;
  /** How the plan cache served (all zero when GRAPHQL_PLAN_CACHE=false). */
  readonly planCacheStats: PlanCacheStats;
  /** Builds a context the way an HTTP request would get one (for `executeOperation` in tests). */
  contextFor(overrides?: Partial<AppContext>): AppContext;
  listen(port: number, host: string): Promise<number>;
  /** Stops taking requests, drains those in flight, then resolves. */
  stop(): Promise<void>;
}

/** Builds the Apollo server on an Express app with `/graphql`, `/health` and `/ready`. */
export async function createServer(deps: ServerDeps): Promise<AppServer> {
  const { config, db, logger } = deps;
  const schema = deps.schema ?? (await buildAppSchema());
  const app = express();
  app.disable('x-powered-by');
  // An ETag over every GraphQL answer hashes the whole body, and no client revalidates a POST with it.
  app.set('etag', false);
  // `POST /graphql` with JSON (the hot route) is served on node:http without Express; everything else by Express.
  // (The route needs Apollo, which needs the HTTP server to drain: it is set below, before the server listens.)
  const hot: { route?: ReturnType<typeof graphqlRoute> } = {};
  const httpServer = http.createServer((req, res) => {
    const route = hot.route;
    if (!route?.handles(req)) return void app(req, res);
    route.handle(req, res).catch((error: unknown) => {
      logger.error({ err: error, path: req.url }, 'unexpected HTTP error');
      if (res.headersSent) return void res.destroy();
      res.statusCode = 500;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ errors: [{ message: 'Internal error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    });
  });
  const authenticator = new Authenticator(db, config.keyCacheMs);
  const changeFeed = new ChangeFeed(db, logger, deps.changeFeed);
  // Subscriptions: graphql-ws on the same port and path as HTTP; keys (and READS_NEED_KEY) are checked once, when a
  // client connects, from `connectionParams.authorization` ("Bearer <key>").
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { caller?: Caller }>(
    {
      schema,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        try {
          ctx.extra.caller = await authenticator.callerFor(typeof header === 'string' ? header : undefined);
        } catch {
          return false;
        }
        return !(config.readsNeedKey && ctx.extra.caller.role === 'ANONYMOUS');
      },
      context: (ctx) =>
        contextFor({
          caller: ctx.extra.caller ?? { keyId: null, role: 'ANONYMOUS' },
          changes: changeFeed,
          closeConnection: (code, reason) => ctx.extra.socket.close(code, reason),
        }),
      // A client that stops reading answers no keep-alive ping and is dropped (1006) within two ping periods; one that
      // reads too slowly is closed with 4290 by the change feed (a bounded queue per subscription).
      onClose: (_ctx, code, reason) => logger.info({ code, reason }, 'subscription connection closed'),
      execute: (args) => execute({ ...args, fieldResolver: projectedFieldResolver }),
      subscribe: (args) => subscribe({ ...args, fieldResolver: projectedFieldResolver }),
    },
    wsServer,
  );

  const apollo = new ApolloServer<AppContext>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    fieldResolver: projectedFieldResolver,
    validationRules: queryLimitRules(config.limits),
    parseOptions: { maxTokens: config.limits.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              changeFeed.stop();
              await wsCleanup.dispose();
            },
          };
        },
      },
      ApolloServerPluginLandingPageDisabled(),
      // The cache-control plugin hooks every field's resolver to read @cacheControl hints; the API sets none, and
      // the hook doubled the cost of executing a large answer (bench/README.md, "Where the time goes").
      ApolloServerPluginCacheControlDisabled(),
      requestLoggingPlugin(),
      accessPlugin(config.readsNeedKey),
      errorMaskingPlugin(),
    ],
  });
  await apollo.start();

  // Shared by every request's reader: projections built once per selection shape (see src/projection/planCache.ts).
  const plans = config.planCache ? new PlanCache() : undefined;
  const contextFor = (overrides: Partial<AppContext> = {}): AppContext => {
    const requestId = overrides.requestId ?? randomUUID();
    return {
      requestId,
      logger: logger.child({ requestId }),
      db,
      config,
      caller: { keyId: null, role: 'ANONYMOUS' },
      reader: new GraphReader(db, typeRegistry, config.limits.maxPageSize, requestId, plans),
      ...overrides,
    };
  };

  // Before every route: browser pages on the origins of CORS_ORIGINS may call /graphql and the health routes; a
  // preflight never reaches Apollo, whose CSRF prevention still judges every actual request.
  app.use(cors(config.corsOrigins));
  app.get('/health', (_req: Request, res: Response) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  app.get('/ready', async (_req: Request, res: Response) => {
    try {
      await db.ping(2_000);
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
    }
  });
  const route = graphqlRoute({ apollo, schema, config, logger, authenticator, contextFor, fastPath: config.fastPath });
  hot.route = route;
  mountWorkbench(app, config);
  app.get('/export', exportRoute({ db, authenticator, readsNeedKey: config.readsNeedKey, logger }));
  app.use(
    '/graphql',
    express.json({ limit: config.limits.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const header = req.headers['x-request-id'];
        const requestId = typeof header === 'string' && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
        res.setHeader('x-request-id', requestId);
        return contextFor({ requestId, caller: await authenticator.callerFor(req.headers.authorization) });
      },
    }),
  );

  app.use(jsonErrorHandler(logger));

  return {
    app,
    httpServer,
    apollo,
    routeStats: route.stats,
    get planCacheStats() {
      return plans?.stats ?? { hits: 0, misses: 0, entries: 0 };
    },
    contextFor,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as { port: number }).port));
      });
    },
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
