/**
 * Reads what an export writes, page by page (keyset pages on the global id index, one read transaction each), so that
 * memory stays bounded whatever the size of the graph: the nodes and edges the graph formats draw, and the full
 * records (properties, claim links, evidence, structural links, merged ids) the FtM export maps.
 *
 * Each page of the whole graph is one statement that returns its rows already shaped (a node with its edges and their
 * sources, or a record with its links and evidence): no second lookup per page or per node. The next page is asked for
 * as soon as a page arrives, so Neo4j reads it while the caller writes the current one: at most two pages are held.
 */
import type { Database } from '../../db';
import { CLAIM_LABELS, CLAIM_TYPES, GLOBAL_ID_LABEL, NODE_TYPES, STRUCTURAL_LINKS, periodEnd, walkedTypes } from '../../model';
import { CLAIM_LINK_TYPES } from '../ftm/mapping';

/** What to export: the whole graph, a neighbourhood, or a list of ids, optionally as of a date. */
export interface ExportScope {
  rootId?: string;
  depth?: number;
  ids?: readonly string[];
  asOf?: string;
}

/** A node as the graph formats draw it. */
export interface GraphNode {
  id: string;
  label: string;
  name: string;
  kind: string | null;
}

/** A walked edge (a shortcut edge derived from a claim, or a structural link), with its provenance. */
export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  type: string;
  claimId: string | null;
  validFrom: string | null;
  validTo: string | null;
  detail: string | null;
  sources: Array<{ id: string; title: string | null; url: string | null }>;
}

/** A node with everything the FtM mapping needs. */
export interface FullRecord {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  referents: string[];
  /** Outgoing structural links (HAS_ACCOUNT included). */
  structural: Array<{ type: string; id: string; name: string | null }>;
  /** A claim's ends, by link type. */
  links: Array<{ type: string; id: string; name: string | null; labels: string[] }>;
  evidence: Array<{ source: string; quote: string | null; attribution: string | null; locator: string | null }>;
  /** An account's owners and platform; a source's publisher kind. */
  owners: string[];
  platformName: string | null;
  publisherKind: string | null;
}

/** Rows per page (nodes for the graph formats, records for FtM): large enough that a round trip is a small part of a page's time. */
export const PAGE_SIZE = 5000;
/**
 * How long one page may take. Not the API's query timeout (10 s by default, for requests): a page of 5,000 records
 * is bounded work, but its first read plans the statement and warms the page cache, which on a busy machine took more
 * than 10 s; an export that fails half-way for that would be worse than a slow page.
 */
export const PAGE_TIMEOUT_MS = 300_000;
/** A neighbourhood or id list larger than this is refused: export the whole graph instead. */
export const MAX_SUBSET = 200_000;

/**
 * The labels of the nodes the graph formats draw: entities, accounts, events, and every claim a shortcut edge can end
 * at, as the explorer draws them: a claim whose shortcut starts or ends at the claim itself (a decision), and a claim
 * that is the end of a link a shortcut follows (a statement about a restriction: `STATED_ABOUT` reaches the restriction).
 */
export const GRAPH_NODE_LABELS: readonly string[] = (() => {
  const claimLabels = new Set<string>(CLAIM_TYPES.map((c) => c.label));
  const shortcutEnds = CLAIM_TYPES.flatMap((c) =>
    c.shortcuts.flatMap((s) => [s.from, s.to].flatMap((end): readonly string[] => (end === 'claim' ? [c.label] : c.links.filter((l) => l.type === end).flatMap((l) => l.ends)))),
  );
  return [...new Set([...NODE_TYPES.filter((n) => n.family !== 'Source').map((n) => n.family), ...shortcutEnds.filter((l) => claimLabels.has(l))])];
})();
const drawn = (v: string) => `(${GRAPH_NODE_LABELS.map((l) => `${v}:${l}`).join(' OR ')}) AND ${v}.retractedAt IS NULL`;
const WALKED = walkedTypes();
const LINK_TYPES = {
  out: [...new Set(CLAIM_TYPES.flatMap((c) => c.links.filter((l) => l.direction === 'out').map((l) => l.type)))],
  in: [...new Set(CLAIM_TYPES.flatMap((c) => c.links.filter((l) => l.direction === 'in').map((l) => l.type)))],
};
const structuralType = (type: (typeof STRUCTURAL_LINKS)[number]['type']) => STRUCTURAL_LINKS.find((l) => l.type === type)!.type;
const HAS_ACCOUNT = structuralType('HAS_ACCOUNT');
const ON_PLATFORM = structuralType('ON_PLATFORM');
const PUBLISHED_BY = structuralType('PUBLISHED_BY');

/** The edge `e` held on `$asOf` (when given). */
const edgeValid = (e: string, asOf: boolean) =>
  asOf
    ? `(${e}.validFrom IS NULL OR ${e}.validFrom <= date($asOf)) AND (${e}.validTo IS NULL OR ${periodEnd(`${e}.validTo`, `coalesce(${e}.validToPrecision, 'DAY')`)} >= date($asOf)) AND (${e}.validToBefore IS NULL OR ${e}.validToBefore > date($asOf))`
    : 'true';

/**
 * Pages of `T` from a keyset query: `page(after)` answers up to `size` rows sorted by id, the last one's id is the next
 * `after`. The next page is requested before the current one is yielded (one page ahead, no more).
 */
async function* keyset<T extends { id: string }>(page: (after: string) => Promise<T[]>, size: number): AsyncGenerator<T[]> {
  let pending: Promise<T[]> | null = page('');
  while (pending) {
    const rows: T[] = await pending;
    if (rows.length === 0) return;
    pending = rows.length < size ? null : page(rows[rows.length - 1].id);
    // A rejected prefetch must not go unhandled while the consumer works; it is awaited (and thrown) on the next turn.
    pending?.catch(() => undefined);
    yield rows;
  }
}

/** `read(chunk)` over fixed chunks of `items`, one chunk ahead like `keyset`. */
async function* chunked<T, R>(items: readonly T[], size: number, read: (chunk: T[]) => Promise<R>): AsyncGenerator<R> {
  const parts = chunks(items, size);
  let pending: Promise<R> | null = parts.length ? read(parts[0]) : null;
  for (let i = 1; pending; i += 1) {
    const current: R = await pending;
    pending = i < parts.length ? read(parts[i]) : null;
    pending?.catch(() => undefined);
    yield current;
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The labels a drawn node's `label` is picked from. */
const OWN_LABELS: readonly string[] = [...NODE_TYPES.map((t) => t.label), ...CLAIM_LABELS];
const NODE_RETURN = `RETURN n.id AS id, [l IN labels(n) WHERE l IN $own][0] AS label, coalesce(n.name, n.title, n.handle, n.id) AS name, n.kind AS kind`;

/** A start node's id and its outgoing edges, as one row of an edges page. */
interface EdgesOfNode {
  id: string;
  edges: Array<Omit<GraphEdge, 'id' | 'from'>>;
}

/** A record for every `n` (kept: not retracted, and a claim valid at `$asOf` when given), shaped in the statement. */
const RECORD_RETURN = `RETURN n.id AS id, n.retractedAt IS NULL AND ($asOf IS NULL OR NOT n:Claim OR (${edgeValid('n', true)})) AS keep,
         labels(n) AS labels, properties(n) AS props,
         COLLECT { MATCH (m:MergedId)-[:MERGED_INTO]->(n) RETURN m.id ORDER BY m.id } AS referents,
         COLLECT { MATCH (n)-[r]->(x:${GLOBAL_ID_LABEL}) WHERE type(r) IN $structural RETURN {type: type(r), id: x.id, name: coalesce(x.name, x.title, x.handle)} AS s ORDER BY s.type, s.id } AS structural,
         CASE WHEN n:Claim THEN
           COLLECT { MATCH (n)-[r]->(x:${GLOBAL_ID_LABEL}) WHERE type(r) IN $outTypes RETURN {type: type(r), id: x.id, name: coalesce(x.name, x.title, x.handle), labels: labels(x)} AS l ORDER BY l.type, l.id } +
           COLLECT { MATCH (x:${GLOBAL_ID_LABEL})-[r]->(n) WHERE type(r) IN $inTypes RETURN {type: type(r), id: x.id, name: coalesce(x.name, x.title, x.handle), labels: labels(x)} AS l ORDER BY l.type, l.id }
         ELSE [] END AS links,
         CASE WHEN n:Claim THEN
           COLLECT { MATCH (n)-[r:SUPPORTED_BY]->(s:Source) RETURN {source: s.id, quote: r.quote, attribution: r.attribution, locator: r.locator} AS e ORDER BY e.source, e.locator }
         ELSE [] END AS evidence,
         COLLECT { MATCH (o:${GLOBAL_ID_LABEL})-[:${HAS_ACCOUNT}]->(n) RETURN o.id ORDER BY o.id } AS owners,
         head(COLLECT { MATCH (n)-[:${ON_PLATFORM}]->(p) RETURN p.name }) AS platformName,
         head(COLLECT { MATCH (n)-[:${PUBLISHED_BY}]->(o) RETURN o.kind }) AS publisherKind`;
const RECORD_PARAMS = { structural: STRUCTURAL_LINKS.map((l) => l.type), outTypes: LINK_TYPES.out, inTypes: LINK_TYPES.in };

/** Reads the export of one scope. */
export class ExportReader {
  private subset: string[] | null = null;
  /** Rows per page and per id chunk. */
  readonly pageSize: number;

  constructor(
    private readonly db: Database,
    readonly scope: ExportScope,
    options: { pageSize?: number } = {},
  ) {
    this.pageSize = Math.max(1, Math.floor(options.pageSize ?? PAGE_SIZE));
  }

  /** Resolves a neighbourhood or an id list to the ids of its drawn nodes (null: the whole graph). */
  async resolve(): Promise<string[] | null> {
    const { rootId, ids, asOf } = this.scope;
    if (!rootId && !ids) return null;
    if (this.subset) return this.subset;
    const found = new Set<string>();
    const start = [...(rootId ? [rootId] : []), ...(ids ?? [])];
    const existing = await this.read(`UNWIND $ids AS id MATCH (n:${GLOBAL_ID_LABEL} {id: id}) WHERE ${drawn('n')} RETURN n.id AS id`, { ids: start });
    if (rootId && !existing.some((r) => r.id === rootId)) throw new Error(`No entity with id "${rootId}" to export the neighbourhood of.`);
    let frontier = existing.map((r) => r.id as string);
    frontier.forEach((id) => found.add(id));
    const depth = rootId ? Math.max(0, this.scope.depth ?? 1) : 0;
    for (let level = 0; level < depth && frontier.length > 0; level += 1) {
      const next: string[] = [];
      for (const chunk of chunks(frontier, this.pageSize)) {
        const rows = await this.read(
          `UNWIND $ids AS id MATCH (a:${GLOBAL_ID_LABEL} {id: id})-[e]-(b) WHERE type(e) IN $types AND ${drawn('b')} AND ${edgeValid('e', !!asOf)} RETURN DISTINCT b.id AS id`,
          { ids: chunk, types: WALKED, asOf: asOf ?? null },
        );
        for (const row of rows) {
          const id = row.id as string;
          if (!found.has(id)) {
            found.add(id);
            next.push(id);
          }
        }
        if (found.size > MAX_SUBSET) throw new Error(`The neighbourhood holds more than ${MAX_SUBSET} nodes: lower --depth, or export the whole graph.`);
      }
      frontier = next;
    }
    this.subset = [...found].sort();
    return this.subset;
  }

  /** The drawn nodes, page by page. */
  async *graphNodes(): AsyncGenerator<GraphNode[]> {
    const subset = await this.resolve();
    const params = { own: OWN_LABELS, limit: this.pageSize };
    if (subset) {
      yield* chunked(subset, this.pageSize, (ids) =>
        this.rows<GraphNode>(`UNWIND $ids AS id MATCH (n:${GLOBAL_ID_LABEL} {id: id}) ${NODE_RETURN} ORDER BY id`, { ...params, ids }),
      );
      return;
    }
    yield* keyset(
      (after) =>
        this.rows<GraphNode>(`MATCH (n:${GLOBAL_ID_LABEL}) WHERE n.id > $after AND ${drawn('n')} ${NODE_RETURN} ORDER BY n.id LIMIT toInteger($limit)`, { ...params, after }),
      this.pageSize,
    );
  }

  /**
   * The walked edges between drawn nodes, page by page (by their start node), each with its claim's sources. The whole
   * graph's pages are one statement each: a keyset page of start nodes, each with its outgoing edges.
   */
  async *graphEdges(): AsyncGenerator<GraphEdge[]> {
    const subset = await this.resolve();
    const asOf = this.scope.asOf ?? null;
    const edges = (subsetOnly: boolean) => `COLLECT {
           MATCH (a)-[e]->(b) WHERE type(e) IN $types AND ${drawn('b')} AND ${edgeValid('e', !!asOf)} ${subsetOnly ? 'AND b.id IN $subset' : ''}
           RETURN {to: b.id, type: type(e), claimId: e.claimId, validFrom: toString(e.validFrom), validTo: toString(e.validTo),
             detail: coalesce(e.title, e.kind, e.role, e.stance, toString(e.share), toString(e.amount)),
             sources: COLLECT { MATCH (c:Claim {id: e.claimId})-[:SUPPORTED_BY]->(s:Source) RETURN DISTINCT {id: s.id, title: s.title, url: s.url} AS s ORDER BY s.id }} AS edge
           ORDER BY edge.type, edge.to, edge.claimId
         } AS edges`;
    const flatten = (rows: EdgesOfNode[]): GraphEdge[] =>
      rows.flatMap((r) => r.edges.map((e) => ({ ...e, from: r.id, id: `${r.id}|${e.type}|${e.to}${e.claimId ? `|${e.claimId}` : ''}` })));
    const params = { types: WALKED, asOf, limit: this.pageSize };
    if (subset) {
      yield* chunked(subset, this.pageSize, async (ids) =>
        flatten(await this.rows<EdgesOfNode>(`UNWIND $ids AS id MATCH (a:${GLOBAL_ID_LABEL} {id: id}) RETURN a.id AS id, ${edges(true)} ORDER BY id`, { ...params, ids, subset })),
      );
      return;
    }
    for await (const page of keyset(
      (after) =>
        this.rows<EdgesOfNode>(
          `MATCH (a:${GLOBAL_ID_LABEL}) WHERE a.id > $after AND ${drawn('a')} WITH a ORDER BY a.id LIMIT toInteger($limit) RETURN a.id AS id, ${edges(false)}`,
          {
            ...params,
            after,
          },
        ),
      this.pageSize,
    )) {
      yield flatten(page);
    }
  }

  /** The FtM export's records: every node with an id (or the subset's nodes, the claims between them, their ends and sources). */
  async *records(): AsyncGenerator<FullRecord[]> {
    const subset = await this.resolve();
    const keep = (rows: Array<FullRecord & { keep: boolean }>) => rows.filter((r) => r.keep).map(({ keep: _, ...r }) => r as FullRecord);
    if (subset) {
      const ids = await this.subsetRecordIds(subset);
      yield* chunked(ids, this.pageSize, async (chunk) =>
        keep(
          await this.rows(`UNWIND $ids AS id MATCH (n:${GLOBAL_ID_LABEL} {id: id}) ${RECORD_RETURN} ORDER BY id`, { ...RECORD_PARAMS, ids: chunk, asOf: this.scope.asOf ?? null }),
        ),
      );
      return;
    }
    // One statement a page; a retracted node (or a claim not valid at asOf) comes back with keep = false, so that the
    // page still ends at the last id read and the keyset goes on from there.
    for await (const page of keyset(
      (after) =>
        this.rows<FullRecord & { keep: boolean }>(
          `MATCH (n:${GLOBAL_ID_LABEL}) WHERE n.id > $after AND NOT n:MergedId WITH n ORDER BY n.id LIMIT toInteger($limit) ${RECORD_RETURN}`,
          { ...RECORD_PARAMS, after, limit: this.pageSize, asOf: this.scope.asOf ?? null },
        ),
      this.pageSize,
    )) {
      const records = keep(page);
      if (records.length) yield records;
    }
  }

  /** The ids whose records a subset's FtM export holds: its nodes, the claims of the edges between them, those claims' ends and sources. */
  private async subsetRecordIds(subset: string[]): Promise<string[]> {
    const all = new Set(subset);
    const claims = new Set<string>();
    for await (const page of this.graphEdges()) for (const e of page) if (e.claimId) claims.add(e.claimId);
    claims.forEach((c) => all.add(c));
    for (const chunk of chunks([...claims], this.pageSize)) {
      const rows = await this.read(
        `UNWIND $ids AS id MATCH (c:Claim {id: id})
         RETURN COLLECT { MATCH (c)-[r]-(x:${GLOBAL_ID_LABEL}) WHERE type(r) IN $linkTypes OR type(r) = 'SUPPORTED_BY' RETURN x.id } AS ends`,
        { ids: chunk, linkTypes: CLAIM_LINK_TYPES },
      );
      rows.forEach((r) => (r.ends as string[]).forEach((id) => all.add(id)));
    }
    return [...all].sort();
  }

  private async rows<T>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
    return (await this.read(cypher, params)) as unknown as T[];
  }

  private read(cypher: string, params: Record<string, unknown>) {
    return this.db.readRows(cypher, params, { timeoutMs: PAGE_TIMEOUT_MS });
  }
}
