import type { Connection, FieldSelection, PageArgs } from '../../projection';
import { active, dateKey, overlaps, pointSpan } from '../shared/cypherHelpers';
import type { GraphReader } from '../shared/graphReader';

/** Filters of the lobbying list. */
export interface LobbyingFilter {
  lobbyist?: string | null;
  target?: string | null;
  regarding?: string | null;
  stance?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The Cypher behind lobbying efforts. */
export class LobbyingRepository {
  constructor(private readonly reader: GraphReader) {}

  /** Anchored on the target, else the lobbyist, else the decision, so that a filter is an index seek. */
  page(filter: LobbyingFilter, page: PageArgs, selection: FieldSelection): Promise<Connection> {
    return this.reader.connection(selection, 'LobbyingEffort', (q) => ({
      match: (w) => {
        const where = [active(w)];
        let root = `(${w}:LobbyingEffort)`;
        if (filter.target) root = `(:Entity {id: ${q.param(filter.target)}})<-[:TARGETED]-(${w}:LobbyingEffort)`;
        if (filter.lobbyist) {
          const lobbyist = `(:Entity {id: ${q.param(filter.lobbyist)}})-[:LOBBIED_IN]->(${w})`;
          if (filter.target) where.push(`EXISTS { MATCH ${lobbyist} }`);
          else root = `(:Entity {id: ${q.param(filter.lobbyist)}})-[:LOBBIED_IN]->(${w}:LobbyingEffort)`;
        }
        if (filter.regarding) where.push(`EXISTS { MATCH (${w})-[:REGARDING]->(:Decision {id: ${q.param(filter.regarding)}}) }`);
        if (filter.stance) where.push(`${w}.stance = ${q.param(filter.stance)}`);
        where.push(overlaps(q, pointSpan(`coalesce(${w}.date, ${w}.validFrom)`, `coalesce(${w}.datePrecision, ${w}.validFromPrecision)`), filter.from, filter.to));
        return `${root} WHERE ${where.join(' AND ')}`;
      },
      sortKey: (w) => [dateKey(`coalesce(${w}.date, ${w}.validFrom)`), `${w}.id`],
    }), page);
  }
}
