import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { TIMELINE_KIND, anyClaimStart, knownAt } from '../../model';

/** The kinds of timeline point, as the model names them. */
const [START, END, EVENT] = TIMELINE_KIND.values;
import type { FieldSelection } from '../../projection';
import { active, liveEdge, nodeLookup, recorded, validAt } from '../shared/cypherHelpers';
import { WALKED_TYPES } from './graph.projection';
import { summaryOf } from './summaryOf';

const WALK = WALKED_TYPES.join('|');

/** The labels `search(types:)` may name. */

/** The Cypher behind search, timelines, paths and neighbourhoods. */
@Injectable()
export class GraphRepository {
  /**
   * Full-text search over the `search` index; `lucene` is an already escaped query. The index cannot filter by label,
   * so with `types` a wider window of candidates is read before the filter.
   */
  async search(ctx: AppContext, lucene: string, terms: string[], types: readonly string[] | null, first: number, selection: FieldSelection) {
    const q = ctx.reader.projector(selection);
    const typeFilter = types?.length ? ` AND any(l IN labels(node) WHERE l IN ${q.param(types)})` : '';
    const cypher =
      `CALL db.index.fulltext.queryNodes('search', ${q.param(lucene)}, {limit: ${q.intParam(types?.length ? first * 25 + 200 : first * 3 + 10)}}) YIELD node, score ` +
      `WHERE ${active('node', q)}${typeFilter} ` +
      `WITH node, score ORDER BY score DESC, node.id LIMIT ${q.intParam(first)} ` +
      `WITH node, score, [t IN [node.name] + coalesce(node.aliases, []) + [node.title, node.text, node.description] WHERE t IS NOT NULL] AS texts ` +
      `WITH node, score, coalesce(head([t IN texts WHERE any(term IN ${q.param(terms)} WHERE toLower(t) CONTAINS term)]), head(texts), node.id) AS matched ` +
      `RETURN ${q.project(selection, 'SearchHit', { v: 'node', score: 'score', matched: 'matched' })} AS value`;
    return (await ctx.reader.run(cypher, q.params)).map((row) => row.value as Record<string, unknown>);
  }

  /** Dated points (claim starts and ends, events) around one node or the whole graph, oldest first. */
  async timeline(ctx: AppContext, entityId: string | null, from: string | null, to: string | null, first: number, selection: FieldSelection) {
    const q = ctx.reader.projector(selection);
    const around = entityId
      ? `${nodeLookup(q.param(entityId), 'e')} CALL (e) { ` +
        `MATCH (e)--(c:Claim) RETURN c ` +
        `UNION MATCH (e)-[:HAS_ACCOUNT]->(:Account)--(c:Claim) RETURN c ` +
        `UNION MATCH (e)--(:Claim)-[:IN_RESPONSE_TO]->(c:Event) RETURN c ` +
        `UNION MATCH (e)-[:HAS_ACCOUNT]->(:Account)--(:Claim)-[:IN_RESPONSE_TO]->(c:Event) RETURN c ` +
        `UNION WITH e WHERE e:Claim OR e:Event RETURN e AS c } `
      : `CALL () { MATCH (c:Claim) RETURN c UNION MATCH (c:Event) RETURN c } `;
    const { date: start, precision: startPrecision } = anyClaimStart('c');
    const range: string[] = [];
    if (from) range.push(`point.date >= date(${q.param(from)})`);
    if (to) range.push(`point.date <= date(${q.param(to)})`);
    const cypher =
      around +
      `WITH DISTINCT c WHERE ${q.knownAt ? knownAt('c', q.knownAt) : 'c.retractedAt IS NULL'} ` +
      `WITH c, ${summaryOf('c')} AS summary ` +
      `UNWIND [` +
      `{date: ${start}, precision: coalesce(${startPrecision}, 'DAY'), kind: CASE WHEN c:Event THEN '${EVENT}' ELSE '${START}' END, summary: summary}, ` +
      `{date: c.validTo, precision: coalesce(c.validToPrecision, 'DAY'), kind: '${END}', summary: summary + ' — ends'}` +
      `] AS point ` +
      `WITH c, point WHERE point.date IS NOT NULL${range.length ? ` AND ${range.join(' AND ')}` : ''} ` +
      `ORDER BY point.date, CASE point.kind WHEN '${END}' THEN 1 ELSE 0 END, c.id LIMIT ${q.intParam(first)} ` +
      `RETURN ${q.project(selection, 'TimelineItem', { v: 'c', point: 'point' })} AS value`;
    return (await ctx.reader.run(cypher, q.params)).map((row) => row.value);
  }

  /**
   * Shortest connections over the walked edges. `maxHops` is a validated whole number from 1 to 6: Cypher takes no
   * parameter for a path length, so it is the one number written into the text.
   */
  async paths(ctx: AppContext, fromId: string, toId: string, maxHops: number, asOf: string | null, first: number, selection: FieldSelection) {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw new RangeError('maxHops must be 1..6');
    const q = ctx.reader.projector(selection);
    const conditions = [liveEdge('r', q)];
    if (asOf) conditions.push(validAt('r', `date(${q.param(asOf)})`));
    const cypher =
      `${nodeLookup(q.param(fromId), 'a')} ${nodeLookup(q.param(toId), 'b')} ` +
      `MATCH p = allShortestPaths((a)-[:${WALK}*..${maxHops}]-(b)) ` +
      `WHERE all(r IN relationships(p) WHERE ${conditions.join(' AND ')})${q.knownAt ? ` AND all(x IN nodes(p) WHERE ${recorded('x', q)})` : ''} ` +
      `WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | r.claimId] LIMIT ${q.intParam(first)} ` +
      `RETURN ${q.project(selection, 'Path', 'p')} AS value`;
    return (await ctx.reader.run(cypher, q.params)).map((row) => row.value);
  }

  /** The node, the walked edges within `depth` hops (at most `limit` nodes), for drawing. `depth` is 1..3. */
  async neighborhood(ctx: AppContext, id: string, depth: number, limit: number, selection: FieldSelection) {
    if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new RangeError('depth must be 1..3');
    const q = ctx.reader.projector(selection);
    const cypher =
      `${nodeLookup(q.param(id), 'center')} ` +
      `CALL (center) { MATCH p = (center)-[:${WALK}*1..${depth}]-(x) WHERE all(r IN relationships(p) WHERE ${liveEdge('r', q)})${q.knownAt ? ` AND ${recorded('x', q)}` : ''} ` +
      `WITH x, min(length(p)) AS hops ORDER BY hops, x.id LIMIT ${q.intParam(Math.max(0, limit - 1))} RETURN collect(x) AS around } ` +
      `WITH [center] + around AS ns ` +
      `CALL (ns) { UNWIND ns AS m MATCH (m)-[r:${WALK}]->(o) WHERE o IN ns AND ${liveEdge('r', q)} RETURN collect(DISTINCT r) AS rels } ` +
      `RETURN ${q.project(selection, 'Subgraph', { v: 'ns', rels: 'rels' })} AS value`;
    const rows = await ctx.reader.run(cypher, q.params);
    return rows[0]?.value ?? null;
  }
}
