import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../context';
import { UnauthenticatedError } from '../errors';

/**
 * Refuses, before anything runs, what an anonymous caller may not do: any mutation, and any query when reads need
 * a key (READS_NEED_KEY). Which role a mutation needs is checked by `@Authorized` and the authChecker (src/auth/authChecker.ts).
 */
export function accessPlugin(readsNeedKey: boolean): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (contextValue.caller.role !== 'ANONYMOUS') return;
          if (operation?.operation === 'mutation') throw new UnauthenticatedError('Writes need an API key: send `Authorization: Bearer <key>`.');
          if (readsNeedKey) throw new UnauthenticatedError('Reads need an API key on this server: send `Authorization: Bearer <key>`.');
        },
      };
    },
  };
}
