import type { Feature } from '../feature';
import { AuditResolver } from './audit.resolver';
import { auditEntrySpec } from './audit.projection';
import { ChangesResolver } from './changes.resolver';

export { AuditResolver } from './audit.resolver';
export { ChangeFeed, SLOW_SUBSCRIBER, type ChangeEvent } from './changeFeed';
export { Change } from './change.type';
export { AuditEntry } from './auditEntry.type';
export { AuditService } from './audit.service';
export { writeAudit, writerOf, type Writer } from './audit';

/** What the audit feature adds to the API. */
export const auditFeature: Feature = {
  resolvers: [AuditResolver, ChangesResolver],
  specs: [auditEntrySpec],
};
