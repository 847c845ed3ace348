import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection, PageArgs } from '../../projection';
import { AuditRepository } from './audit.repository';

/** The rules of reading the audit log. */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  changes(ctx: AppContext, since: string, page: PageArgs, selection: FieldSelection) {
    return this.repository.changesSince(ctx, since, page, selection);
  }
}
