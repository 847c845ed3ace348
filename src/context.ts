import type { Logger } from 'pino';
import type { Config } from './config';
import type { Database } from './db';
import type { GraphReader } from './modules/shared/graphReader';
import type { ChangeFeed } from './modules/audit/changeFeed';

/** Who is calling: anonymous, or the holder of an API key with a role. */
export interface Caller {
  keyId: string | null;
  role: 'ANONYMOUS' | 'EDITOR' | 'ADMIN';
}

/** What every resolver receives for one request. */
export interface AppContext {
  requestId: string;
  logger: Logger;
  db: Database;
  config: Config;
  caller: Caller;
  /** Runs this request's root fields as one Cypher statement each. */
  reader: GraphReader;
  /** The feed of writes a `changes` subscription reads (set on WebSocket connections only). */
  changes?: ChangeFeed;
  /** Closes the WebSocket connection the operation came on (subscriptions only). */
  closeConnection?: (code: number, reason: string) => void;
}
