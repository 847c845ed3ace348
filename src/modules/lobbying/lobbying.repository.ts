import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { Connection, FieldSelection, PageArgs } from '../../projection';
import { active, claimDateKey, claimPointSpan, overlaps } from '../shared/cypherHelpers';
import { pagedList } from '../shared/pageKeys';
import type { IdFilterArgument } from '../shared/args';

/** Filters of the lobbying list. */
export interface LobbyingFilter {
  lobbyist: IdFilterArgument;
  target: IdFilterArgument;
  regarding: IdFilterArgument;
  stance?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The Cypher behind lobbying efforts. */
@Injectable()
export class LobbyingRepository {
  /**
   * Anchored on the target, else the lobbyist, else the decision, so that a filter is an index seek. With a target,
   * the efforts are read in page order from the TARGETED page-key index: a page of a hub's efforts costs what a page
   * of anyone's does. The cursors are the same either way.
   */
  page(ctx: AppContext, filter: LobbyingFilter, page: PageArgs, selection: FieldSelection): Promise<Connection> {
    return ctx.reader.connection(
      selection,
      'LobbyingEffort',
      (q) => {
        const lobbyist = (item: string) => `(:Entity {id: ${q.param(filter.lobbyist.value)}})-[:LOBBIED_IN]->${item}`;
        const conditions = (w: string, anchoredOnLobbyist: boolean) => {
          const where = [active(w, q)];
          if (filter.lobbyist.value && !anchoredOnLobbyist) where.push(`EXISTS { MATCH ${lobbyist(`(${w})`)} }`);
          if (filter.regarding.value) where.push(`EXISTS { MATCH (${w})-[:REGARDING]->(:Decision {id: ${q.param(filter.regarding.value)}}) }`);
          if (filter.stance) where.push(`${w}.stance = ${q.param(filter.stance)}`);
          where.push(overlaps(q, claimPointSpan('LobbyingEffort', w), filter.from, filter.to));
          return where;
        };
        if (filter.target.value) return pagedList('LobbyingEffort', 'TARGETED', q.param(filter.target.value), (w) => conditions(w, false));
        return {
          match: (w) => {
            const item = `(${w}:LobbyingEffort)`;
            return `${filter.lobbyist.value ? lobbyist(item) : item} WHERE ${conditions(w, Boolean(filter.lobbyist.value)).join(' AND ')}`;
          },
          // Without a shorthand to start from, a `where` that pins a node by id is the start.
          anchored: filter.lobbyist.value ? undefined : (w, anchor) => `${anchor} WHERE ${w}:LobbyingEffort AND ${conditions(w, false).join(' AND ')}`,
          sortKey: (w) => [claimDateKey('LobbyingEffort', w), `${w}.id`],
        };
      },
      page,
      Object.fromEntries([
        [filter.lobbyist.argument, filter.lobbyist.value],
        [filter.target.argument, filter.target.value],
        [filter.regarding.argument, filter.regarding.value],
      ]),
    );
  }
}
