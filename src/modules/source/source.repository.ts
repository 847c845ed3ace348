import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection } from '../../projection';
import { writeSource } from '../../claims/claimWriter';
import { writeAudit, writerOf } from '../audit/audit';
import { readBack } from '../shared/readBack';

/** The Cypher behind sources. */
@Injectable()
export class SourceRepository {
  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    return ctx.reader.one(selection, 'Source', (q) => `MATCH (n:Source {id: ${q.param(id)}})`);
  }

  /** Sources in id order, after an id. */
  list(ctx: AppContext, after: string | null | undefined, first: number, selection: FieldSelection) {
    return ctx.reader.many(selection, 'Source', (q) => ({
      match: (w) => `(${w}:Source)${after ? ` WHERE ${w}.id > ${q.param(after)}` : ''}`,
      sortKey: (w) => [`${w}.id`],
      limit: q.intParam(first),
    }));
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
