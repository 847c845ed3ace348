import { entityLookup } from '../shared/cypherHelpers';
import type { Connection, FieldSelection, PageArgs } from '../../projection';
import type { GraphReader } from '../shared/graphReader';

/** The Cypher behind people. */
export class PersonRepository {
  constructor(private readonly reader: GraphReader) {}

  byId(id: string, selection: FieldSelection) {
    return this.reader.one(selection, 'Person', (q) => entityLookup(q.param(id), 'Person'));
  }

  page(filter: { nameContains?: string | null }, page: PageArgs, selection: FieldSelection): Promise<Connection> {
    return this.reader.connection(selection, 'Person', (q) => ({
      match: (w) =>
        `(${w}:Person)` +
        (filter.nameContains
          ? ` WHERE toLower(${w}.name) CONTAINS ${q.param(filter.nameContains.toLowerCase())} OR any(a IN coalesce(${w}.aliases, []) WHERE toLower(a) CONTAINS ${q.param(filter.nameContains.toLowerCase())})`
          : ''),
      sortKey: (w) => [`coalesce(${w}.name, '')`, `${w}.id`],
    }), page);
  }
}
