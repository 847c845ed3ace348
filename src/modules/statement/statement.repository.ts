import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { Connection, FieldSelection, PageArgs } from '../../projection';
import { active, claimDateKey, claimPointSpan, overlaps } from '../shared/cypherHelpers';
import type { IdFilterArgument } from '../shared/args';

/** Filters of the statements list. */
export interface StatementFilter {
  speaker: IdFilterArgument;
  about: IdFilterArgument;
  text?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The Cypher behind statements. */
@Injectable()
export class StatementRepository {
  page(ctx: AppContext, filter: StatementFilter, page: PageArgs, selection: FieldSelection): Promise<Connection> {
    return ctx.reader.connection(
      selection,
      'Statement',
      (q) => ({
        match: (w) => {
          const where = [active(w, q)];
          const root = filter.speaker.value ? `(:Entity {id: ${q.param(filter.speaker.value)}})-[:MADE]->(${w}:Statement)` : `(${w}:Statement)`;
          if (filter.about.value) where.push(`EXISTS { MATCH (${w})-[:ABOUT]->(a) WHERE a.id = ${q.param(filter.about.value)} }`);
          if (filter.text) where.push(`toLower(${w}.text) CONTAINS ${q.param(filter.text.toLowerCase())}`);
          where.push(overlaps(q, claimPointSpan('Statement', w), filter.from, filter.to));
          return `${root} WHERE ${where.join(' AND ')}`;
        },
        sortKey: (w) => [claimDateKey('Statement', w), `${w}.id`],
      }),
      page,
      Object.fromEntries([
        [filter.speaker.argument, filter.speaker.value],
        [filter.about.argument, filter.about.value],
      ]),
    );
  }
}
