export { Database, type CountingTx, type DatabaseSettings, type Params, type Row, type StatementUpdates, type Tx, type WorkOptions } from './database';
export { mapDriverError, isUnavailable } from './mapDriverError';
export { dateParam, toPlain } from './toPlain';
export { Pipeline } from './pipeline';
