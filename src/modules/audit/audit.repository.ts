import type { AppContext } from '../../context';
import { Injectable } from '../../container';

/** The Cypher behind the audit log. */
@Injectable()
export class AuditRepository {
  /** The audit log since a date, newest last. */
  async changesSince(ctx: AppContext, since: string, first: number): Promise<unknown[]> {
    const rows = await ctx.db.readRows(
      `MATCH (a:AuditEntry) WHERE a.at >= datetime($since)
       WITH a ORDER BY a.at, a.id LIMIT toInteger($first)
       RETURN a {.id, .at, .keyId, .operation, .ids, .requestId, .reason} AS entry`,
      { since, first },
      { requestId: ctx.requestId },
    );
    return rows.map((r) => r.entry);
  }
}
