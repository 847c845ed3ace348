import type { Database } from '../../db';
import { NotFoundError } from '../../errors';
import { SUPERSEDES, knownAt } from '../../model';
import { nodeLookup } from './cypherHelpers';
import {
  Projector,
  asConnection,
  connectionNodeSelection,
  listTag,
  selectionHas,
  type PlanCache,
  type TypeRegistry,
  type Connection,
  type FieldSelection,
  type ListOptions,
  type PageArgs,
  type Scope,
  type SortKey,
  type SortPart,
} from '../../projection';

/** A list for {@link GraphReader.rows}: its rows (ending with a WHERE clause), their order, the item's scope. */
export interface RowList {
  rows: string;
  sortKey: Array<string | SortPart>;
  scope: Scope;
  /** The page-size cap when it is smaller than the API's (paths: 20). */
  max?: number;
  /** What `aggregate { groupBy(by:) }` may group the rows by: a key expression over the rows' variables. */
  groups?: Record<string, string>;
}

/** A root read, given the projector so that it can add parameters: returns the clause (MATCH … WHERE …) that binds `n`. */
export type RootMatch = (q: Projector, n: string) => string;

/**
 * Runs root fields as one Cypher statement each: the MATCH of the root, and the projection of everything selected
 * under it. The repositories of every module read through it.
 */
export class GraphReader {
  constructor(
    private readonly db: Database,
    private readonly typeRegistry: TypeRegistry,
    private readonly maxPageSize: number,
    private readonly requestId?: string,
    /** Projections built by earlier requests (`GRAPHQL_PLAN_CACHE`), shared by every request's reader. */
    private readonly plans?: PlanCache,
  ) {}

  /** The labels of the types the API can read as `interfaceName` (a node of another label has no GraphQL type yet). */
  readableLabels(interfaceName: string): string[] {
    return this.typeRegistry.possibleTypes(interfaceName).map((t) => t.label ?? t.name);
  }

  /**
   * A new projector with this reader's page-size cap (for repositories that write their own statement). Given the
   * root field's selection, it reads the graph as of that field's `asKnownAt` argument, when there is one.
   */
  projector(root?: FieldSelection): Projector {
    const q = new Projector(this.typeRegistry, this.maxPageSize, this.plans);
    const at = root?.args.asKnownAt;
    if (typeof at === 'string') q.knownAt = `datetime(${q.param(at)})`;
    return q;
  }

  /**
   * The first node the match binds, projected as `typeName`, or null. As of an instant of record time, the node is
   * the version of it the graph then held (a claim corrected since answers its earlier version), or null when the
   * graph did not hold it yet, or any more.
   */
  async one<T>(selection: FieldSelection, typeName: string, match: RootMatch): Promise<T | null> {
    const q = this.projector(selection);
    const asKnown = q.knownAt ? ` CALL (n) { MATCH (n)-[:${SUPERSEDES}*0..]->(k) WHERE ${knownAt('k', q.knownAt)} RETURN k LIMIT 1 } WITH k AS n` : '';
    const cypher = `${match(q, 'n')}${asKnown} WITH n LIMIT 1 RETURN ${q.project(selection, typeName, 'n')} AS value`;
    const rows = await this.run(cypher, q.params);
    return (rows[0]?.value as T) ?? null;
  }

  /** Every node the match binds, in sort order, up to `limit`. */
  async many<T>(selection: FieldSelection, typeName: string, options: (q: Projector) => ListOptions): Promise<T[]> {
    const q = this.projector(selection);
    const rows = await this.run(`RETURN ${q.many(selection, typeName, options(q))} AS value`, q.params);
    return (rows[0]?.value as T[]) ?? [];
  }

  /**
   * A page of nodes after a cursor, with opaque cursors and page info. `ids` are the list's filter arguments that
   * name a node (`target: "meta"`): in the same statement, each is looked up, and an id that names nothing is a
   * NOT_FOUND naming its argument, rather than an empty page a client would read as "none".
   */
  async connection<T>(
    selection: FieldSelection,
    typeName: string,
    options: (q: Projector) => ListOptions & { sortKey: SortKey },
    page: PageArgs,
    ids: Record<string, string | null | undefined> = {},
  ): Promise<Connection<T>> {
    const q = this.projector(selection);
    const projection = q.connection(selection, typeName, { ...options(q), outermost: true }, page);
    const named = Object.entries(ids).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    const missing = named.length
      ? `, [a IN ${q.param(named.map(([argument, id]) => ({ argument, id })))} WHERE COUNT { ${nodeLookup('a.id', 'x', undefined, 'a')} RETURN x } = 0 | a] AS missing`
      : '';
    const rows = await this.run(`RETURN ${projection} AS value${missing}`, q.params);
    const [unknown] = (rows[0].missing as Array<{ argument: string; id: string }> | undefined) ?? [];
    if (unknown) throw new NotFoundError(`Argument "${unknown.argument}": no node with id "${unknown.id}".`, unknown.id, unknown.argument);
    return asConnection(rows[0].value as never) as Connection<T>;
  }

  /**
   * A page of a list that is not a MATCH from one node (search hits, timeline points, paths, audit entries), as a
   * connection with keyset cursors. `rows` is the Cypher that yields the list's rows, ending with a WHERE clause (the
   * keyset condition joins it); `sortKey` orders them (expressions over its variables); `scope` names the variables
   * the edge's node type is projected from. `totalCount`, when selected, counts the same rows in the same statement.
   */
  async rows<T>(selection: FieldSelection, nodeType: string, options: (q: Projector) => RowList, page: PageArgs): Promise<Connection<T>> {
    const q = this.projector(selection);
    const list = options(q);
    const window = q.keysetPage(listTag(selection.parent ?? 'Query', selection.name, JSON.stringify(list.sortKey)), list.sortKey, page, list.max);
    const count = selectionHas(selection, 'totalCount') ? ` CALL () { ${list.rows} RETURN count(*) AS total }` : '';
    const aggregate = this.rowsAggregate(selection, list, q);
    const cypher =
      `${list.rows}${window.keyset ? ` AND ${window.keyset}` : ''} WITH * ORDER BY ${window.orderBy} LIMIT ${window.limit} ` +
      `WITH collect({node: ${q.project(connectionNodeSelection(selection), nodeType, list.scope)}, sortKey: ${window.sortKey}}) AS items${count}${aggregate?.calls ?? ''} ` +
      `RETURN items${count ? ', total' : ''}${aggregate ? `, ${aggregate.map} AS aggregate` : ''}`;
    const [row] = await this.run(cypher, q.params);
    return asConnection({
      __items: (row?.items ?? []) as never[],
      __page: window.page,
      totalCount: row?.total as number | undefined,
      aggregate: row?.aggregate as Record<string, unknown> | undefined,
    }) as Connection<T>;
  }

  /**
   * The `aggregate` of a row list, when selected: `count`, and each `groupBy` by one of the list's `groups` (keys
   * over its rows), each a subquery over the same rows, the largest groups first.
   */
  private rowsAggregate(selection: FieldSelection, list: RowList, q: Projector): { calls: string; map: string } | undefined {
    const fields = [...selection.byType.values()].flat().filter((f) => f.name === 'aggregate');
    if (fields.length === 0) return undefined;
    const calls: string[] = [];
    const entries: string[] = [];
    for (const sub of fields.flatMap((f) => [...f.byType.values()].flat())) {
      const name = q.variable('a');
      if (sub.name === 'count') calls.push(` CALL () { ${list.rows} RETURN count(*) AS ${name} }`);
      else if (sub.name === 'groupBy') {
        const key = list.groups?.[sub.args.by as string];
        if (!key) continue;
        const first = q.pageSize((sub.args.first as number | null) ?? 20, 'first');
        calls.push(
          ` CALL () { ${list.rows} WITH ${key} AS key, count(*) AS n ORDER BY n DESC, key LIMIT ${q.intParam(first)} RETURN collect({key: key, count: n, node: null}) AS ${name} }`,
        );
      } else continue;
      entries.push(`\`${sub.key}\`: ${name}`);
    }
    return { calls: calls.join(''), map: `{${entries.join(', ')}}` };
  }

  /** Runs a statement a repository built with {@link projector}. */
  async run(cypher: string, params: Record<string, unknown>) {
    return this.db.read((tx) => tx.run(cypher, params), { requestId: this.requestId });
  }
}
