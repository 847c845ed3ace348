/**
 * Reads what an export writes, page by page (keyset pages on the global id index, one read transaction each), so that
 * memory stays bounded whatever the size of the graph: the nodes and edges the graph formats draw, and the full
 * records (properties, claim links, evidence, structural links, merged ids) the FtM export maps.
 */
import type { Database, Row } from '../../db';
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

export const PAGE_SIZE = 1000;
/** A neighbourhood or id list larger than this is refused: export the whole graph instead. */
export const MAX_SUBSET = 200_000;

/** The labels of the nodes the graph formats draw: entities, accounts, events, and claims that are shortcut ends (decisions). */
export const GRAPH_NODE_LABELS: readonly string[] = [
  ...new Set(NODE_TYPES.filter((n) => n.family !== 'Source').map((n) => n.family)),
  ...CLAIM_TYPES.filter((c) => c.shortcuts.some((s) => s.from === 'claim' || s.to === 'claim')).map((c) => c.label),
];
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

/** Pages of `T` from a keyset query: `page(after)` answers up to PAGE_SIZE rows sorted by id, the last one's id is the next `after`. */
async function* keyset<T extends { id: string }>(page: (after: string) => Promise<T[]>): AsyncGenerator<T[]> {
  let after = '';
  for (;;) {
    const rows = await page(after);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < PAGE_SIZE) return;
    after = rows[rows.length - 1].id;
  }
}

function chunks<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Reads the export of one scope. */
export class ExportReader {
  private subset: string[] | null = null;

  constructor(
    private readonly db: Database,
    readonly scope: ExportScope,
  ) {}

  /** Resolves a neighbourhood or an id list to the ids of its drawn nodes (null: the whole graph). */
  async resolve(): Promise<string[] | null> {
    const { rootId, ids, asOf } = this.scope;
    if (!rootId && !ids) return null;
    if (this.subset) return this.subset;
    const found = new Set<string>();
    const start = [...(rootId ? [rootId] : []), ...(ids ?? [])];
    const existing = await this.db.readRows(`UNWIND $ids AS id MATCH (n:${GLOBAL_ID_LABEL} {id: id}) WHERE ${drawn('n')} RETURN n.id AS id`, { ids: start });
    if (rootId && !existing.some((r) => r.id === rootId)) throw new Error(`No entity with id "${rootId}" to export the neighbourhood of.`);
    let frontier = existing.map((r) => r.id as string);
    frontier.forEach((id) => found.add(id));
    const depth = rootId ? Math.max(0, this.scope.depth ?? 1) : 0;
    for (let level = 0; level < depth && frontier.length > 0; level += 1) {
      const next: string[] = [];
      for (const chunk of chunks(frontier)) {
        const rows = await this.db.readRows(
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
    const ret = `RETURN n.id AS id, [l IN labels(n) WHERE l IN $own][0] AS label, coalesce(n.name, n.title, n.handle, n.id) AS name, n.kind AS kind`;
    const own = [...NODE_TYPES.map((t) => t.label), ...CLAIM_LABELS];
    if (subset) {
      for (const chunk of chunks(subset)) {
        yield (await this.db.readRows(`UNWIND $ids AS id MATCH (n:${GLOBAL_ID_LABEL} {id: id}) ${ret} ORDER BY id`, { ids: chunk, own })) as unknown as GraphNode[];
      }
      return;
    }
    yield* keyset(
      (after) =>
        this.db.readRows(`MATCH (n:${GLOBAL_ID_LABEL}) WHERE n.id > $after AND ${drawn('n')} ${ret} ORDER BY n.id LIMIT toInteger($limit)`, {
          after,
          own,
          limit: PAGE_SIZE,
        }) as unknown as Promise<GraphNode[]>,
    );
  }

  /** The walked edges between drawn nodes, page by page (by their start node), each with its claim's sources. */
  async *graphEdges(): AsyncGenerator<GraphEdge[]> {
    const subset = await this.resolve();
    const asOf = this.scope.asOf ?? null;
    const edgesOf = async (ids: string[]): Promise<GraphEdge[]> => {
      const rows = await this.db.readRows(
        `UNWIND $ids AS id MATCH (a:${GLOBAL_ID_LABEL} {id: id})-[e]->(b)
         WHERE type(e) IN $types AND ${drawn('b')} AND ${edgeValid('e', !!asOf)} ${subset ? 'AND b.id IN $subset' : ''}
         RETURN a.id AS from, b.id AS to, type(e) AS type, e.claimId AS claimId, toString(e.validFrom) AS validFrom, toString(e.validTo) AS validTo,
           coalesce(e.title, e.kind, e.role, e.stance, toString(e.share), toString(e.amount)) AS detail,
           COLLECT { MATCH (c:Claim {id: e.claimId})-[:SUPPORTED_BY]->(s:Source) RETURN DISTINCT {id: s.id, title: s.title, url: s.url} AS s ORDER BY s.id } AS sources
         ORDER BY from, type, to, claimId`,
        { ids, types: WALKED, asOf, subset: subset ?? [] },
      );
      return rows.map((r) => ({ ...(r as unknown as GraphEdge), id: `${r.from}|${r.type}|${r.to}${r.claimId ? `|${r.claimId}` : ''}` }));
    };
    if (subset) {
      for (const chunk of chunks(subset)) yield await edgesOf(chunk);
      return;
    }
    for await (const page of this.graphNodes()) yield await edgesOf(page.map((n) => n.id));
  }

  /** The FtM export's records: every node with an id (or the subset's nodes, the claims between them, their ends and sources). */
  async *records(): AsyncGenerator<FullRecord[]> {
    const subset = await this.resolve();
    if (subset) {
      const ids = await this.subsetRecordIds(subset);
      for (const chunk of chunks(ids)) yield await this.recordsOf(chunk);
      return;
    }
    for await (const page of keyset(
      (after) =>
        this.db.readRows(`MATCH (n:${GLOBAL_ID_LABEL}) WHERE n.id > $after AND NOT n:MergedId RETURN n.id AS id ORDER BY n.id LIMIT toInteger($limit)`, {
          after,
          limit: PAGE_SIZE,
        }) as Promise<Array<{ id: string }>>,
    )) {
      yield await this.recordsOf(page.map((r) => r.id));
    }
  }

  /** The ids whose records a subset's FtM export holds: its nodes, the claims of the edges between them, those claims' ends and sources. */
  private async subsetRecordIds(subset: string[]): Promise<string[]> {
    const all = new Set(subset);
    const claims = new Set<string>();
    for await (const page of this.graphEdges()) for (const e of page) if (e.claimId) claims.add(e.claimId);
    claims.forEach((c) => all.add(c));
    for (const chunk of chunks([...claims])) {
      const rows = await this.db.readRows(
        `UNWIND $ids AS id MATCH (c:Claim {id: id})
         RETURN COLLECT { MATCH (c)-[r]-(x:${GLOBAL_ID_LABEL}) WHERE type(r) IN $linkTypes OR type(r) = 'SUPPORTED_BY' RETURN x.id } AS ends`,
        { ids: chunk, linkTypes: CLAIM_LINK_TYPES },
      );
      rows.forEach((r) => (r.ends as string[]).forEach((id) => all.add(id)));
    }
    return [...all].sort();
  }

  private async recordsOf(ids: string[]): Promise<FullRecord[]> {
    const asOf = this.scope.asOf ?? null;
    const rows: Row[] = await this.db.readRows(
      `UNWIND $ids AS id MATCH (n:${GLOBAL_ID_LABEL} {id: id})
       WHERE n.retractedAt IS NULL AND (NOT n:Claim OR ${edgeValid('n', !!asOf)})
       RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
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
         head(COLLECT { MATCH (n)-[:${PUBLISHED_BY}]->(o) RETURN o.kind }) AS publisherKind
       ORDER BY id`,
      { ids, structural: STRUCTURAL_LINKS.map((l) => l.type), outTypes: LINK_TYPES.out, inTypes: LINK_TYPES.in, asOf },
    );
    return rows as unknown as FullRecord[];
  }
}
