import { Database } from '../../../src/db';
import { deriveAll } from '../../../src/claims/derived';
import { createTestServer, type TestServer } from '../../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { runPrefix } from '../../helpers/testIds';
import { createTestKey } from '../../helpers/testKeys';

/** This suite's own data: a hub organization with thousands of lobbyists, a few roles and a platform. */
const P = runPrefix('links');
const HUB = `${P}hub`;
const LOBBYISTS = 2500;
const CNN = 'cnn-meta-trump-reinstatement-fr';
const db = testDatabase();

/** The statements the server sent to Neo4j while `work` ran (as the filters test captures them). */
async function captureStatements(work: () => Promise<void>): Promise<Array<{ cypher: string; params: Record<string, unknown> }>> {
  const statements: Array<{ cypher: string; params: Record<string, unknown> }> = [];
  const read = Database.prototype.read;
  const spy = jest.spyOn(Database.prototype, 'read').mockImplementation(async function (this: Database, run: any, options?: any) {
    return read.call(
      this,
      (tx: any) => run({ run: (cypher: string, params: Record<string, unknown> = {}) => (statements.push({ cypher, params }), tx.run(cypher, params)) }),
      options,
    );
  } as never);
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return statements;
}

type Plan = { operatorType: string; rows?: number; arguments?: Record<string, unknown>; children?: Plan[] };

/** The profiled plan of a statement, its operators depth first, each with the rows it produced. */
async function profile(cypher: string, params: Record<string, unknown>): Promise<Array<{ op: string; rows: number; details: string }>> {
  const session = db.driver.session({ database: db.settings.database });
  try {
    const result = await session.run(`PROFILE ${cypher}`, params);
    const out: Array<{ op: string; rows: number; details: string }> = [];
    const walk = (plan: Plan) => {
      out.push({ op: plan.operatorType, rows: Number(plan.rows ?? 0), details: String(plan.arguments?.Details ?? '') });
      plan.children?.forEach(walk);
    };
    walk(result.summary.profile as unknown as Plan);
    return out;
  } finally {
    await session.close();
  }
}

const LINK = `cursor node { neighbor { id __typename ... on Entity { name } } edge { type from to claim { id evidence { quote source { id } } } } }`;
const PAGE_INFO = `pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
// The hub is read through `organization(id:)` (one type's projection to plan); the seed test reads `node(id:)`, the
// interface, whose entity types each project the fields (three times the statement to plan, cold).
const LINKS = `query($id: ID!, $type: PathEdgeType!, $direction: LinkDirection!, $first: Int, $after: String, $last: Int, $before: String, $asOf: Date) {
  node: organization(id: $id) { links(type: $type, direction: $direction, first: $first, after: $after, last: $last, before: $before, asOf: $asOf) { totalCount ${PAGE_INFO} edges { ${LINK} } } }
}`;
const TYPES = `query($id: ID!, $asOf: Date) { node: organization(id: $id) { linkTypes(asOf: $asOf) { type direction names count } } }`;
const NODE_TYPES = `query($id: ID!, $asOf: Date) { node(id: $id) { ... on Entity { linkTypes(asOf: $asOf) { type direction names count } } } }`;

describe('an entity’s links per relationship type', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await createTestServer({ NEO4J_QUERY_TIMEOUT_MS: '60000' });
    // A hub: 2,500 people lobbied it (one claim each, with evidence), three people hold roles at it (two of them
    // ended in 2020), and it operates a platform. Shortcut edges are derived as every write derives them.
    await db.write(async (tx) => {
      await tx.run(
        `MATCH (s:Source {id: $cnn})
         CREATE (h:Organization:Entity:Node {id: $hub, name: 'Links Hub', kind: 'COMPANY'})
         CREATE (:Platform:Entity:Node {id: $p + 'platform', name: 'Links Platform'})
         WITH h, s UNWIND range(0, $n - 1) AS i
         WITH h, s, i, $p + 'lobbyist-' + right('0000' + toString(i), 4) AS pid
         CREATE (x:Person:Entity:Node {id: pid, name: 'Lobbyist ' + toString(i)})
         CREATE (c:LobbyingEffort:Claim:Node {id: pid + '-effort', method: 'MEETING', date: date('2022-01-01'), datePrecision: 'DAY', createdAt: datetime()})
         CREATE (x)-[:LOBBIED_IN]->(c)-[:TARGETED]->(h)
         CREATE (c)-[:SUPPORTED_BY {quote: 'q' + toString(i), attribution: 'REPORTED', createdAt: datetime()}]->(s)`,
        { cnn: CNN, hub: HUB, p: P, n: LOBBYISTS },
      );
      await tx.run(
        `MATCH (h:Organization {id: $hub}), (s:Source {id: $cnn}), (pl:Platform {id: $p + 'platform'})
         CREATE (h)-[:OPERATES]->(pl)
         WITH h, s UNWIND [['a', null], ['b', date('2020-06-30')], ['c', date('2020-12-31')]] AS r
         CREATE (x:Person:Entity:Node {id: $p + 'member-' + r[0], name: 'Member ' + r[0]})
         CREATE (c:Role:Claim:Node {id: $p + 'role-' + r[0], title: 'Director', kind: 'BOARD_MEMBER', validFrom: date('2019-01-01'), validFromPrecision: 'DAY', validTo: r[1], validToPrecision: CASE WHEN r[1] IS NULL THEN null ELSE 'DAY' END, createdAt: datetime()})
         CREATE (x)-[:HOLDS]->(c)-[:AT]->(h)
         CREATE (c)-[:SUPPORTED_BY {quote: 'role ' + r[0], attribution: 'REPORTED', createdAt: datetime()}]->(s)`,
        { cnn: CNN, hub: HUB, p: P },
      );
      const ids = await tx.run(`MATCH (n:Node) WHERE n.id STARTS WITH $p RETURN collect(n.id) AS ids`, { p: P });
      await deriveAll(tx, ids[0].ids as string[]);
    });
  }, 120_000);

  afterAll(async () => {
    await db.writeRows(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P });
    await api.stop();
    await closeTestDatabases();
  });

  async function links(variables: Record<string, unknown>) {
    const { data, errors } = await api.run(LINKS, variables);
    expect(errors).toBeUndefined();
    return data!.node.links;
  }

  it('counts each kind of link of a seed entity as the graph holds it, and pages them with their claims and evidence', async () => {
    const { data, errors } = await api.run(NODE_TYPES, { id: 'meta' });
    expect(errors).toBeUndefined();
    const kinds = data!.node.linkTypes as Array<{ type: string; direction: string; names: string[]; count: number }>;
    expect(kinds.length).toBeGreaterThan(1);
    for (const kind of kinds) {
      const arrow = kind.direction === 'OUT' ? `-[r:${kind.type}]->` : `<-[r:${kind.type}]-`;
      const [row] = await db.readRows(`MATCH (:Entity {id: 'meta'})${arrow}() WHERE coalesce(r.retracted, false) = false RETURN count(r) AS n`);
      expect([kind.type, kind.direction, kind.count]).toEqual([kind.type, kind.direction, Number(row.n)]);
      expect(kind.count).toBeGreaterThan(0);
      expect(kind.names.length).toBeGreaterThan(0);
    }
    const lobbied = kinds.find((k) => k.type === 'LOBBIED' && k.direction === 'IN')!;
    expect(lobbied.names).toEqual(['lobbiedBy']);
    const page = await links({ id: 'meta', type: 'LOBBIED', direction: 'IN', first: 100 });
    expect(page.totalCount).toBe(lobbied.count);
    expect(page.edges).toHaveLength(Math.min(100, lobbied.count));
    for (const { node } of page.edges) {
      expect(node.edge.to).toBe('meta');
      expect(node.edge.from).toBe(node.neighbor.id);
      expect(node.edge.claim.evidence.length).toBeGreaterThan(0);
    }
    // The Schiff–Whitehouse letter is one of the efforts that lobbied Meta.
    expect(page.edges.map((e: any) => e.node.edge.claim.id)).toContain('lobbying-schiff-whitehouse-letter-meta');
  });

  it('counts a hub’s links per type without reading them whole, and pages 2,500 of one type forward and backward', async () => {
    const { data, errors } = await api.run(TYPES, { id: HUB });
    expect(errors).toBeUndefined();
    expect(data!.node.linkTypes).toEqual([
      { type: 'ROLE_AT', direction: 'IN', names: ['rolesAt'], count: 3 },
      { type: 'LOBBIED', direction: 'IN', names: ['lobbiedBy'], count: LOBBYISTS },
      { type: 'OPERATES', direction: 'OUT', names: ['platforms'], count: 1 },
    ]);
    const expected = Array.from({ length: LOBBYISTS }, (_, i) => `${P}lobbyist-${String(i).padStart(4, '0')}`);

    const forward: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 30; i++) {
      const page: any = await links({ id: HUB, type: 'LOBBIED', direction: 'IN', first: 100, after });
      expect(page.totalCount).toBe(LOBBYISTS);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      forward.push(...page.edges.map((e: any) => e.node.neighbor.id));
      for (const e of page.edges) expect(e.node.edge.claim.id).toBe(`${e.node.neighbor.id}-effort`);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);

    // Backward from the end, three pages of 100: the same ids, in list order.
    const backward: string[][] = [];
    let before: string | null = null;
    for (let i = 0; i < 3; i++) {
      const page: any = await links({ id: HUB, type: 'LOBBIED', direction: 'IN', last: 100, before });
      expect(page.pageInfo.hasPreviousPage).toBe(true);
      backward.unshift(page.edges.map((e: any) => e.node.neighbor.id));
      before = page.pageInfo.startCursor;
    }
    expect(backward.flat()).toEqual(expected.slice(-300));
  }, 120_000);

  it('pages on from a cursor it gave out, and refuses the cursor of another kind of link', async () => {
    const first = await links({ id: HUB, type: 'LOBBIED', direction: 'IN', first: 5 });
    expect(first.edges.map((e: any) => e.node.neighbor.id)).toEqual([0, 1, 2, 3, 4].map((i) => `${P}lobbyist-000${i}`));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await links({ id: HUB, type: 'LOBBIED', direction: 'IN', first: 2, after: first.pageInfo.endCursor });
    expect(next.edges.map((e: any) => e.node.neighbor.id)).toEqual([`${P}lobbyist-0005`, `${P}lobbyist-0006`]);
    const platforms = await links({ id: HUB, type: 'OPERATES', direction: 'OUT', first: 5 });
    expect(platforms.edges.map((e: any) => [e.node.neighbor.id, e.node.edge.claim])).toEqual([[`${P}platform`, null]]);
    const refused = await api.run(LINKS, { id: HUB, type: 'ROLE_AT', direction: 'IN', first: 2, after: first.pageInfo.endCursor });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.data?.node.links).toBeNull();
  });

  it('counts and pages only the links that held on `asOf`', async () => {
    const { data, errors } = await api.run(TYPES, { id: HUB, asOf: '2021-01-01' });
    expect(errors).toBeUndefined();
    expect(data!.node.linkTypes.find((k: any) => k.type === 'ROLE_AT').count).toBe(1);
    const { data: before } = await api.run(TYPES, { id: HUB, asOf: '2020-07-01' });
    expect(before!.node.linkTypes.find((k: any) => k.type === 'ROLE_AT').count).toBe(2);
    const page = await links({ id: HUB, type: 'ROLE_AT', direction: 'IN', first: 10, asOf: '2021-01-01' });
    expect(page.totalCount).toBe(1);
    expect(page.edges.map((e: any) => e.node.neighbor.id)).toEqual([`${P}member-a`]);
  });

  it('leaves out a retracted claim’s link, and shows it as of an instant before the retraction (asKnownAt)', async () => {
    const admin = (await createTestKey('ADMIN')).caller;
    const claim = `${P}lobbyist-0007-effort`;
    const [{ before }] = await db.readRows('RETURN toString(datetime()) AS before');
    const retracted = await api.run(`mutation($id: ID!) { retractClaim(input: { id: $id, reason: "test" }) { claim { id } } }`, { id: claim }, admin);
    expect(retracted.errors).toBeUndefined();
    const count = async (asKnownAt?: string) => {
      const { data, errors } = await api.run(
        `query($id: ID!, $at: DateTime) { node: organization(id: $id, asKnownAt: $at) { linkTypes { type count } links(type: LOBBIED, direction: IN, first: 10) { totalCount edges { node { neighbor { id } } } } } }`,
        { id: HUB, at: asKnownAt ?? null },
      );
      expect(errors).toBeUndefined();
      const node = data!.node;
      return { count: node.linkTypes.find((k: any) => k.type === 'LOBBIED').count, total: node.links.totalCount, ids: node.links.edges.map((e: any) => e.node.neighbor.id) };
    };
    const now = await count();
    expect(now.count).toBe(LOBBYISTS - 1);
    expect(now.total).toBe(LOBBYISTS - 1);
    expect(now.ids).not.toContain(`${P}lobbyist-0007`);
    const then = await count(before as string);
    expect(then.count).toBe(LOBBYISTS);
    expect(then.total).toBe(LOBBYISTS);
    expect(then.ids).toContain(`${P}lobbyist-0007`);
  });

  it('reads a page of a hub in one statement from the entity’s id index, counting and sorting to the page without collecting the hub', async () => {
    const statements = await captureStatements(async () => {
      const { errors } = await api.run(
        `{ organization(id: "${HUB}") { linkTypes { type direction count } links(type: LOBBIED, direction: IN, first: 10) { totalCount edges { ${LINK} } } } }`,
      );
      expect(errors).toBeUndefined();
    });
    expect(statements).toHaveLength(1);
    const plan = await profile(statements[0].cypher, statements[0].params);
    const ops = plan.map((p) => p.op);
    expect(ops.some((op) => /NodeUniqueIndexSeek/.test(op))).toBe(true);
    expect(ops.filter((op) => /NodeByLabelScan|AllNodesScan/.test(op))).toEqual([]);
    // Each count is a count of the edges' expansion (2,500 rows in, one out), never a collected list.
    const aggregations = plan.filter((p) => /Aggregation/.test(p.op));
    expect(aggregations.length).toBeGreaterThan(0);
    for (const p of aggregations) expect(p.details).toMatch(/^count\(\*\)/);
    // The page is a top-n of the hub's edges (11 rows: the page and one more), not a sort of the whole hub; what is
    // projected and collected is that page.
    expect(ops.filter((op) => /^Sort/.test(op))).toEqual([]);
    const tops = plan.filter((p) => /^Top/.test(p.op));
    expect(tops).toHaveLength(1);
    expect(tops[0].rows).toBe(11);
    expect(plan.filter((p) => /RollUpApply/.test(p.op)).every((p) => p.rows === 1)).toBe(true);
  });
});
