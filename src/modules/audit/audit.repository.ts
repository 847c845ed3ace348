import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { Connection, FieldSelection, PageArgs } from '../../projection';

/** The Cypher behind the audit log. */
@Injectable()
export class AuditRepository {
  /** The audit log since an instant, oldest first (by the millisecond of the write, then id), a page at a time. */
  changesSince(ctx: AppContext, since: string, page: PageArgs, selection: FieldSelection): Promise<Connection> {
    return ctx.reader.rows(
      selection,
      'AuditEntry',
      (q) => ({
        rows: `MATCH (a:AuditEntry) WHERE a.at >= datetime(${q.param(since)})`,
        sortKey: ['a.at.epochMillis', 'a.id'],
        scope: { v: 'a' },
      }),
      page,
    );
  }
}
