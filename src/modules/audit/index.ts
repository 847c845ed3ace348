import type { Feature } from '../feature';
import { AuditResolver } from './audit.resolver';
import { auditEntrySpec } from './audit.projection';

export { AuditResolver } from './audit.resolver';
export { AuditEntry } from './auditEntry.type';
export { AuditService } from './audit.service';
export { writeAudit, writerOf, type Writer } from './audit';

/** What the audit feature adds to the API. */
export const auditFeature: Feature = {
  resolvers: [AuditResolver],
  specs: [auditEntrySpec],
};
