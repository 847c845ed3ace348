import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { Connection, FieldSelection, PageArgs } from '../../projection';
import { writeSource } from '../../claims/claimWriter';
import { writeAudit, writerOf } from '../audit/audit';
import { readBack } from '../shared/readBack';

/** The Cypher behind sources. */
@Injectable()
export class SourceRepository {
  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    return ctx.reader.one(selection, 'Source', (q) => `MATCH (n:Source {id: ${q.param(id)}})`);
  }

  /** A page of sources in id order (read from the id index). */
  page(ctx: AppContext, page: PageArgs, selection: FieldSelection): Promise<Connection> {
    return ctx.reader.connection(selection, 'Source', () => ({ match: (w) => `(${w}:Source) WHERE ${w}.id IS NOT NULL`, sortKey: (w) => [`${w}.id`], unique: true }), page);
  }

  /** Creates a source. */
  async create(ctx: AppContext, source: Parameters<typeof writeSource>[1], id: string, selection: FieldSelection): Promise<unknown> {
    return ctx.db.write(
      async (tx) => {
        await writeSource(tx, { ...source, id }, id, 'input');
        await writeAudit(tx, writerOf(ctx), 'createSource', [id]);
        return readBack(tx, ctx, selection, 'Source', id);
      },
      { requestId: ctx.requestId },
    );
  }
}
