import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { PageArgs } from '../../graphql/pageArgs';
import { DateTimeScalar } from '../../graphql/scalars';
import { selectionOf } from '../../projection';
import { AuditEntry, AuditEntryConnection } from './auditEntry.type';
import { AuditService } from './audit.service';

/** The audit log: every write, by whom and when. */
@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Authorized('ADMIN')
  @Query(() => AuditEntryConnection, { description: 'Writes since an instant, oldest first, a page at a time (ADMIN).' })
  changes(
    @Arg('since', () => DateTimeScalar, { description: 'Only writes made at or after this instant.' }) since: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.changes(ctx, since, page, selectionOf(info));
  }
}
