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
        // Each person once: `where` and the page's cursor join this WHERE, so that `id: { in: [...] }` seeks the id index.
        match: (w) =>
          `(${w}:Person) WHERE ` +
          (filter.nameContains
            ? `(toLower(${w}.name) CONTAINS ${q.param(filter.nameContains.toLowerCase())} OR any(a IN coalesce(${w}.aliases, []) WHERE toLower(a) CONTAINS ${q.param(filter.nameContains.toLowerCase())}))`
            : `${w}.id IS NOT NULL`),
        sortKey: (w) => [`coalesce(${w}.name, '')`, `${w}.id`],
        unique: true,
      }),
      page,
    );
  }
}
