import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { entityLookup } from '../shared/cypherHelpers';
import type { Connection, FieldSelection, PageArgs } from '../../projection';

/** The Cypher behind organizations and platforms. */
@Injectable()
export class OrganizationRepository {
  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    return ctx.reader.one(selection, 'Organization', (q) => entityLookup(q.param(id), 'Organization'));
  }

  page(ctx: AppContext, filter: { kind?: string | null; nameContains?: string | null }, page: PageArgs, selection: FieldSelection): Promise<Connection> {
    return ctx.reader.connection(
      selection,
      'Organization',
      (q) => {
        const where: string[] = [];
        return {
          match: (w) => {
            where.length = 0;
            if (filter.kind) where.push(`${w}.kind = ${q.param(filter.kind)}`);
            if (filter.nameContains) {
              const text = q.param(filter.nameContains.toLowerCase());
              where.push(`(toLower(${w}.name) CONTAINS ${text} OR any(a IN coalesce(${w}.aliases, []) WHERE toLower(a) CONTAINS ${text}))`);
            }
            // Each organization once: `where` and the page's cursor join this WHERE (an id filter seeks the id index).
            return `(${w}:Organization) WHERE ${where.length ? where.join(' AND ') : `${w}.id IS NOT NULL`}`;
          },
          sortKey: (w) => [`coalesce(${w}.name, '')`, `${w}.id`],
          unique: true,
        };
      },
      page,
    );
  }

  platform(ctx: AppContext, id: string, selection: FieldSelection) {
    return ctx.reader.one(selection, 'Platform', (q) => entityLookup(q.param(id), 'Platform'));
  }

  platforms(ctx: AppContext, page: PageArgs, selection: FieldSelection): Promise<Connection> {
    return ctx.reader.connection(selection, 'Platform', () => ({ match: (w) => `(${w}:Platform)`, sortKey: (w) => [`coalesce(${w}.name, '')`, `${w}.id`] }), page);
  }
}
