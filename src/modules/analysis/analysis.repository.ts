import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { Connection, FieldSelection, PageArgs } from '../../projection';
import { WALKED, interlockRows } from './analysis.cypher';
import { validAt } from '../shared/cypherHelpers';

/** The Cypher behind interlocks and common connections: one statement per root field, paged by the other node's id. */
@Injectable()
export class AnalysisRepository {
  interlocks(ctx: AppContext, id: string, asOf: string | null, page: PageArgs, selection: FieldSelection): Promise<Connection> {
    return ctx.reader.connection(
      selection,
      'Interlock',
      (q) => ({
        match: (w) => {
          const a = q.variable('a');
          const asOfParam = q.param(asOf ?? null);
          const rows = interlockRows(a, asOfParam, q);
          return (
            `(${a}:Entity {id: ${q.param(id)}}) ${rows.clauses} WITH ${a}, ${rows.b}, collect(DISTINCT ${rows.via}) AS vias ` +
            `WITH {node: ${rows.b}, anchor: ${a}, asOf: ${asOfParam}, vias: vias, sharedCount: size(vias)} AS ${w}`
          );
        },
        sortKey: (w) => [`${w}.node.id`],
      }),
      page,
      { id },
    );
  }

  commonConnections(ctx: AppContext, a: string, b: string, asOf: string | null, page: PageArgs, selection: FieldSelection): Promise<Connection> {
    return ctx.reader.connection(
      selection,
      'CommonLink',
      (q) => ({
        match: (w) => {
          const [x, na, nb, e1, e2] = [q.variable('x'), q.variable('a'), q.variable('b'), q.variable('e'), q.variable('e')];
          const asOfParam = q.param(asOf ?? null);
          const walked = q.param(WALKED);
          const valid = (e: string) => `(${asOfParam} IS NULL OR ${validAt(e, `date(${asOfParam})`)})`;
          return (
            `(${na}:Node {id: ${q.param(a)}})-[${e1}]-(${x})-[${e2}]-(${nb}:Node {id: ${q.param(b)}}) ` +
            `WHERE type(${e1}) IN ${walked} AND type(${e2}) IN ${walked} AND ${x} <> ${na} AND ${x} <> ${nb} AND ${valid(e1)} AND ${valid(e2)} ` +
            `WITH DISTINCT ${na}, ${nb}, ${x} WITH {node: ${x}, a: ${na}, b: ${nb}, asOf: ${asOfParam}} AS ${w}`
          );
        },
        sortKey: (w) => [`${w}.node.id`],
      }),
      page,
      { a, b },
    );
  }
}
