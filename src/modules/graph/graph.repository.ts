import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { ENTITY_VERSION, TIMELINE_KIND, knownAt, timelinePoints, versionHeldAt } from '../../model';

/** The kinds of timeline point, as the model names them. */
const [START, END, EVENT] = TIMELINE_KIND.values;
import type { FieldSelection, PageArgs } from '../../projection';
import { active, liveEdge, nodeLookup, recorded, validAt } from '../shared/cypherHelpers';
import { WALKED_TYPES } from './graph.projection';
import { searchTypeOf } from './graph.types';
import { summaryOf } from './summaryOf';

const WALK = WALKED_TYPES.join('|');

/**
 * A Cypher expression folding a text as `fold` does in JS and the index's analyzer does: lower case, accents removed
 * (decomposed, combining marks U+0300–U+036F dropped). A printable ASCII text has no mark to drop, so it is only
 * lowered: one regular-expression match instead of a pass over its characters, for every search candidate (search
 * at XL ranks up to two thousand of them).
 */
export const foldCypher = (t: string): string =>
  `CASE WHEN ${t} =~ '[ -~]*' THEN toLower(${t}) ELSE reduce(s = '', c IN split(normalize(toLower(${t}), NFD), '') | s + CASE WHEN c >= '\u0300' AND c <= '\u036f' THEN '' ELSE c END) END`;

/** How many full-text candidates search pages through (twice as many when it filters by type). */
export const SEARCH_WINDOW = 1000;

/** The most paths a page holds: each is a shortest path, and a page of them is drawn at once. */
export const PATHS_MAX = 20;

/** The Cypher behind search, timelines, paths and neighbourhoods. */
@Injectable()
export class GraphRepository {
  /**
   * Full-text search over the `search` index, a page at a time; `lucene` is an already escaped query. Hits rank as a
   * person typing a name expects (texts folded: case and accents ignored): a name or title equal to the text first,
   * then an alias equal to it ("facebook" is the platform before Meta, once called Facebook), then names and then
   * aliases that start with it, then the rest; within each, by full-text score, then id. Pages are read from the
   * best `SEARCH_WINDOW` candidates (the index cannot filter by label, so with `types` the window is wider).
   */
  search(ctx: AppContext, lucene: string, text: string, terms: string[], types: readonly string[] | null, page: PageArgs, selection: FieldSelection) {
    return ctx.reader.rows(
      selection,
      'SearchHit',
      (q) => {
        const typeFilter = types?.length ? ` AND any(l IN labels(node) WHERE l IN ${q.param(types)})` : '';
        const limit = q.intParam(types?.length ? SEARCH_WINDOW * 2 : SEARCH_WINDOW);
        // As of an instant of record time, an entity's names are those it had then (`named`: the kept version that
        // held them, or the entity itself); today's names are read from the node, and the statement is as it was.
        const named = q.knownAt ? 'named' : 'node';
        const carry = q.knownAt ? ', named' : '';
        const texts = `[t IN [${named}.name] + coalesce(${named}.aliases, []) + [node.title, node.text, ${named}.description] WHERE t IS NOT NULL]`;
        const names = `[t IN [${named}.name, node.title] WHERE t IS NOT NULL | ${foldCypher('t')}]`;
        const aliases = `[t IN coalesce(${named}.aliases, []) | ${foldCypher('t')}]`;
        const typed = q.param(text);
        const candidates = q.knownAt
          ? searchKnownAt(q.param(lucene), limit, q.knownAt, typeFilter)
          : `CALL db.index.fulltext.queryNodes('search', ${q.param(lucene)}, {limit: ${limit}}) YIELD node, score WITH node, score WHERE ${active('node', q)}${typeFilter} `;
        return {
          rows:
            candidates +
            `WITH node, score${carry}, ${names} AS names, ${aliases} AS aliases ` +
            `WITH node, score${carry}, CASE WHEN ${typed} IN names THEN 0 WHEN ${typed} IN aliases THEN 1 WHEN any(n IN names WHERE n STARTS WITH ${typed}) THEN 2 ` +
            `WHEN any(n IN aliases WHERE n STARTS WITH ${typed}) THEN 3 ELSE 4 END AS rank WHERE true`,
          sortKey: ['rank', { cursor: '-score', order: 'score DESC' }, 'node.id'],
          groups: { TYPE: searchTypeOf('node') },
          // The text that matched, computed for the page's hits only.
          scope: {
            v: 'node',
            score: 'score',
            matched: `coalesce(head([t IN ${texts} WHERE any(term IN ${q.param(terms)} WHERE toLower(t) CONTAINS term)]), head(${texts}), node.id)`,
          },
        };
      },
      page,
    );
  }

  /** Dated points (claim starts and ends, events) around one node or the whole graph, oldest first, a page at a time. */
  timeline(ctx: AppContext, entityId: string | null, from: string | null, to: string | null, page: PageArgs, selection: FieldSelection) {
    return ctx.reader.rows(
      selection,
      'TimelineItem',
      (q) => {
        const around = entityId
          ? `${nodeLookup(q.param(entityId), 'e')} CALL (e) { ` +
            `MATCH (e)--(c:Claim) RETURN c ` +
            `UNION MATCH (e)-[:HAS_ACCOUNT]->(:Account)--(c:Claim) RETURN c ` +
            `UNION MATCH (e)--(:Claim)-[:IN_RESPONSE_TO]->(c:Event) RETURN c ` +
            `UNION MATCH (e)-[:HAS_ACCOUNT]->(:Account)--(:Claim)-[:IN_RESPONSE_TO]->(c:Event) RETURN c ` +
            `UNION WITH e WHERE e:Claim OR e:Event RETURN e AS c } `
          : `CALL () { MATCH (c:Claim) RETURN c UNION MATCH (c:Event) RETURN c } `;
        const range: string[] = [];
        if (from) range.push(`point.date >= date(${q.param(from)})`);
        if (to) range.push(`point.date <= date(${q.param(to)})`);
        return {
          rows:
            around +
            `WITH DISTINCT c WHERE ${q.knownAt ? knownAt('c', q.knownAt) : 'c.retractedAt IS NULL'} AND any(l IN labels(c) WHERE l IN ${q.param(ctx.reader.readableLabels('Node'))}) ` +
            `WITH c, ${summaryOf('c')} AS summary ` +
            `UNWIND ${timelinePoints('c', 'summary', { start: START, end: END, event: EVENT })} AS point ` +
            `WITH c, point WHERE point.date IS NOT NULL${range.length ? ` AND ${range.join(' AND ')}` : ''}`,
          sortKey: [{ cursor: 'toString(point.date)', order: 'point.date' }, `CASE point.kind WHEN '${END}' THEN 1 ELSE 0 END`, 'c.id'],
          scope: { v: 'c', point: 'point' },
        };
      },
      page,
    );
  }

  /**
   * Shortest connections over the walked edges, a page at a time (at most `PATHS_MAX` a page), in the order of their
   * node ids. `maxHops` is a validated whole number from 1 to 6: Cypher takes no parameter for a path length, so it is
   * the one number written into the text.
   */
  paths(ctx: AppContext, fromId: string, toId: string, maxHops: number, asOf: string | null, page: PageArgs, selection: FieldSelection) {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw new RangeError('maxHops must be 1..6');
    return ctx.reader.rows(
      selection,
      'Path',
      (q) => {
        const conditions = [liveEdge('r', q)];
        if (asOf) conditions.push(validAt('r', `date(${q.param(asOf)})`));
        return {
          rows:
            `${nodeLookup(q.param(fromId), 'a')} ${nodeLookup(q.param(toId), 'b')} ` +
            `MATCH p = allShortestPaths((a)-[:${WALK}*..${maxHops}]-(b)) ` +
            `WHERE all(r IN relationships(p) WHERE ${conditions.join(' AND ')})${q.knownAt ? ` AND all(x IN nodes(p) WHERE ${recorded('x', q)})` : ''} ` +
            `WITH p, reduce(k = '', x IN nodes(p) | k + x.id + ' ') + '|' + reduce(k = '', r IN relationships(p) | k + coalesce(r.claimId, type(r)) + ' ') AS pathKey WHERE true`,
          sortKey: ['pathKey'],
          scope: { v: 'p' },
          max: PATHS_MAX,
        };
      },
      page,
    );
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

/**
 * Search candidates as of the instant `t` (record time), each with `named`, the node that holds its names then: a
 * node the graph held then, found by today's texts (the `search` index) when no kept version held its names at `t`,
 * or found by the names of the kept version that did (the `entityVersionSearch` index), so that an entity is found
 * by the names it had then and not by those it was given since. The two branches never yield the same node.
 */
function searchKnownAt(lucene: string, limit: string, t: string, typeFilter: string): string {
  const { label, link, searchIndex } = ENTITY_VERSION;
  return (
    `CALL () { ` +
    `CALL db.index.fulltext.queryNodes('search', ${lucene}, {limit: ${limit}}) YIELD node, score ` +
    `WITH node, score WHERE ${knownAt('node', t)}${typeFilter} AND NOT EXISTS { MATCH (v_:${label})-[:${link}]->(node) WHERE ${versionHeldAt('v_', t)} } ` +
    `RETURN node, score, node AS named ` +
    `UNION ` +
    `CALL db.index.fulltext.queryNodes('${searchIndex}', ${lucene}, {limit: ${limit}}) YIELD node AS named, score ` +
    `MATCH (named)-[:${link}]->(node) WHERE ${versionHeldAt('named', t)} AND ${knownAt('node', t)}${typeFilter} ` +
    `AND NOT EXISTS { MATCH (o_:${label})-[:${link}]->(node) WHERE ${versionHeldAt('o_', t)} AND o_.supersededAt < named.supersededAt } ` +
    `RETURN node, score, named ` +
    `} `
  );
}
