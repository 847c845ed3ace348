import type { FieldSelection } from '../../projection';
import type { GraphReader } from '../shared/graphReader';

/** The Cypher behind sources. */
export class SourceRepository {
  constructor(private readonly reader: GraphReader) {}

  byId(id: string, selection: FieldSelection) {
    return this.reader.one(selection, 'Source', (q) => `MATCH (n:Source {id: ${q.param(id)}})`);
  }

  /** Sources in id order, after an id. */
  list(after: string | null | undefined, first: number, selection: FieldSelection) {
    return this.reader.many(selection, 'Source', (q) => ({
      match: (w) => `(${w}:Source)${after ? ` WHERE ${w}.id > ${q.param(after)}` : ''}`,
      sortKey: (w) => [`${w}.id`],
      limit: q.intParam(first),
    }));
  }
}
