import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection } from '../../projection';

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
}
