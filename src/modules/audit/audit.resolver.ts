import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { DateTimeScalar } from '../../graphql/scalars';
import { AuditEntry } from './auditEntry.type';
import { AuditService } from './audit.service';

/** The audit log: every write, by whom and when. */
@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Authorized('ADMIN')
  @Query(() => [AuditEntry], { description: 'Writes since a date, oldest first (ADMIN).' })
  changes(
    @Arg('since', () => DateTimeScalar, { description: 'Only writes made at or after this instant.' }) since: string,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many entries, 1 to 1000.' }) first: number,
    @Ctx() ctx: AppContext,
  ) {
    return this.service.changes(ctx, since, first);
  }
}
