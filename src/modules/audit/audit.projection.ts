import type { TypeSpec } from '../../projection';
import type { AuditEntry } from './auditEntry.type';

/** How an audit entry is read from the graph: every field is a property of the AuditEntry node. */
export const auditEntrySpec: TypeSpec<AuditEntry> = {
  name: 'AuditEntry',
  implements: [],
  fields: {},
};
