import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { Connection, FieldSelection, PageArgs } from '../../projection';
import { active, claimDateKey, decisionStatusAt, overlaps } from '../shared/cypherHelpers';
import type { IdFilterArgument } from '../shared/args';

/** Filters of the decisions list. */
export interface DecisionFilter {
  decidedBy: IdFilterArgument;
  participant: IdFilterArgument;
  concerns: IdFilterArgument;
  status?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The Cypher behind decisions. */
@Injectable()
export class DecisionRepository {
  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    return ctx.reader.one(selection, 'Decision', (q) => `MATCH (n:Decision {id: ${q.param(id)}}) WHERE ${active('n')}`);
  }

  /** Starts from the most selective anchor (the decider) when there is one, so the list is index-backed. */
  page(ctx: AppContext, filter: DecisionFilter, page: PageArgs, selection: FieldSelection): Promise<Connection> {
    return ctx.reader.connection(
      selection,
      'Decision',
      (q) => ({
        match: (w) => {
          const where = [active(w, q)];
          if (filter.participant.value) {
            where.push(`EXISTS { MATCH (${w})<-[:IN]-(dr:DecisionRole)<-[:PLAYS]-(:Entity {id: ${q.param(filter.participant.value)}}) WHERE ${active('dr', q)} }`);
          }
          if (filter.concerns.value) where.push(`EXISTS { MATCH (${w})-[:CONCERNS]->(c) WHERE c.id = ${q.param(filter.concerns.value)} }`);
          if (filter.status) where.push(`${decisionStatusAt(w, 'date()', q)} = ${q.param(filter.status)}`);
          where.push(
            overlaps(
              q,
              {
                start: `coalesce(${w}.openedAt, ${w}.validFrom)`,
                startPrecision: `coalesce(${w}.openedAtPrecision, ${w}.validFromPrecision)`,
                end: `coalesce(${w}.decidedAt, ${w}.validTo)`,
                endPrecision: `coalesce(${w}.decidedAtPrecision, ${w}.validToPrecision)`,
              },
              filter.from,
              filter.to,
            ),
          );
          const root = filter.decidedBy.value ? `(:Entity {id: ${q.param(filter.decidedBy.value)}})<-[:DECIDED_BY]-(${w}:Decision)` : `(${w}:Decision)`;
          return `${root} WHERE ${where.join(' AND ')}`;
        },
        sortKey: (w) => [claimDateKey('Decision', w), `${w}.id`],
      }),
      page,
      Object.fromEntries([
        [filter.decidedBy.argument, filter.decidedBy.value],
        [filter.participant.argument, filter.participant.value],
        [filter.concerns.argument, filter.concerns.value],
      ]),
    );
  }
}
