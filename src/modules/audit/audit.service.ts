import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { BadUserInputError } from '../../errors';
import { AuditRepository } from './audit.repository';

/** The rules of reading the audit log. */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  changes(ctx: AppContext, since: string, first: number) {
    if (!Number.isInteger(first) || first < 1 || first > 1000) throw new BadUserInputError('Argument "first" must be a whole number from 1 to 1000.', 'first');
    return this.repository.changesSince(ctx, since, first);
  }
}
