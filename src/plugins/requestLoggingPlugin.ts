import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../context';

/** Logs one line per GraphQL request: operation, duration, error codes, Cypher statements sent. */
export function requestLoggingPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const queriesBefore = contextValue.db.queryCount;
      return {
        async willSendResponse({ operationName, errors }) {
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              ms: Math.round((performance.now() - started) * 10) / 10,
              cypher: contextValue.db.queryCount - queriesBefore,
              errors: errors?.map((e) => e.extensions?.code ?? 'UNKNOWN'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
