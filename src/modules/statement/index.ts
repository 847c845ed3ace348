import type { Feature } from '../feature';
import { StatementResolver } from './statement.resolver';
import { statementSpec } from './statement.projection';

export { StatementResolver } from './statement.resolver';
export { Statement, StatementConnection } from './statement.type';
export { statementSpec } from './statement.projection';
export { AddStatementInput } from './statement.inputs';
export { StatementService } from './statement.service';

/** What the statement feature adds to the API. */
export const statementFeature: Feature = {
  resolvers: [StatementResolver],
  specs: [statementSpec],
};
