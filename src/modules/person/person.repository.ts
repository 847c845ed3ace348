import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { entityLookup } from '../shared/cypherHelpers';
import type { Connection, FieldSelection, PageArgs } from '../../projection';

/** The Cypher behind people. */
@Injectable()
export class PersonRepository {
  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    return ctx.reader.one(selection, 'Person', (q) => entityLookup(q.param(id), 'Person'));
  }

  page(ctx: AppContext, filter: { nameContains?: string | null }, page: PageArgs, selection: FieldSelection): Promise<Connection> {
    return ctx.reader.connection(
      selection,
      'Person',
      (q) => ({
        match: (w) =>
          `(${w}:Person)` +
          (filter.nameContains
            ? ` WHERE toLower(${w}.name) CONTAINS ${q.param(filter.nameContains.toLowerCase())} OR any(a IN coalesce(${w}.aliases, []) WHERE toLower(a) CONTAINS ${q.param(filter.nameContains.toLowerCase())})`
            : ''),
        sortKey: (w) => [`coalesce(${w}.name, '')`, `${w}.id`],
      }),
      page,
    );
  }
}
