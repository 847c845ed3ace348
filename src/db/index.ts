export { Database, type DatabaseSettings, type Params, type Row, type Tx, type WorkOptions } from './database';
export { mapDriverError, isUnavailable } from './mapDriverError';
export { toPlain } from './toPlain';
export { Pipeline } from './pipeline';
