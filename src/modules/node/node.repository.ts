import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection } from '../../projection';
import { nodeLookup } from '../shared/cypherHelpers';
import { SUPERSEDES, knownAt } from '../../model';

/** The Cypher behind `node(id:)`: one index seek per label family, no label scan. */
@Injectable()
export class NodeRepository {
  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    return ctx.reader.one(selection, 'Node', (q) => nodeLookup(q.param(id), 'n'));
  }

  /** Several nodes by id, in the order asked, null for an unknown id: one statement, one seek per id and family. */
  async byIds(ctx: AppContext, ids: readonly string[], selection: FieldSelection): Promise<unknown[]> {
    const q = ctx.reader.projector(selection);
    const list = q.param(ids);
    // As of an instant of record time, each node is the version of it the graph then held (see GraphReader.one).
    const asKnown = q.knownAt ? ` CALL (n) { MATCH (n)-[:${SUPERSEDES}*0..]->(k) WHERE ${knownAt('k', q.knownAt)} RETURN k LIMIT 1 } WITH k AS n` : '';
    const cypher =
      `UNWIND range(0, size(${list}) - 1) AS i ` +
      `OPTIONAL CALL (i) { ${nodeLookup(`${list}[i]`, 'n', undefined, 'i')}${asKnown} WITH n LIMIT 1 RETURN n } ` +
      `WITH i, n ORDER BY i ` +
      `RETURN collect({value: CASE WHEN n IS NULL THEN null ELSE ${q.project(selection, 'Node', 'n')} END}) AS value`;
    const rows = await ctx.reader.run(cypher, q.params);
    return ((rows[0]?.value as Array<{ value: unknown }>) ?? []).map((slot) => slot.value);
  }
}
