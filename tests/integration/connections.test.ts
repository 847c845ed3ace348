import { Database } from '../../src/db';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { planOperators } from '../helpers/planOperators';
import { createTestKey } from '../helpers/testKeys';
import { runPrefix, seedIds } from '../helpers/testIds';
import type { Caller } from '../../src/context';

/** This suite's own data (an account with its follower counts, people whose writes the audit log records). */
const P = runPrefix('connections');

/**
 * The contract's connection conventions (api-1.0 §2) on the seed data: `first`/`after` and `last`/`before`, page info
 * both ways, `first: 0`, opaque cursors that only their own list accepts, and backward pages of a page-keyed list read
 * from its index without a sort.
 */
describe('connections', () => {
  let api: TestServer;
  const db = testDatabase();

  /**
   * The seed's people: the walks below read `people` restricted to them, so that people written by another run on the
   * same database (ids `test-…`) while this one walks change nothing in the pages compared.
   */
  let seedPeople: string[] = [];

  beforeAll(async () => {
    api = await createTestServer();
    seedPeople = await seedIds(db, 'Person');
  });

  afterAll(async () => {
    await db.writeRows(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P });
    await api.stop();
    await closeTestDatabases();
  });

  type Page = { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: Record<string, any>; totalCount?: number };
  const PAGE = `edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

  type Args = { first?: number; last?: number; after?: string | null; before?: string | null };
  async function people(args: Args): Promise<Page> {
    const { data, errors } = await api.run<{ people: Page }>(
      `query($first: Int, $last: Int, $after: String, $before: String, $seed: [ID!]) { people(first: $first, last: $last, after: $after, before: $before, where: { id: { in: $seed } }) { ${PAGE} totalCount } }`,
      { ...args, seed: seedPeople },
    );
    expect(errors).toBeUndefined();
    return data!.people;
  }

  async function refusal(query: string, variables?: Record<string, unknown>) {
    const { data, errors } = await api.run(query, variables);
    expect(errors).toHaveLength(1);
    expect(data?.people ?? data?.person?.statements ?? null).toBeNull();
    return errors![0];
  }

  const seed = (ids: string[]) => ids.filter((id) => !id.startsWith('test-'));

  it('walks people forward with first/after and backward with last/before: the same ids in the same order', async () => {
    const forward: string[] = [];
    const forwardPages: Page[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page = await people({ first: 2, after });
      forwardPages.push(page);
      forward.push(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(i > 0);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(2);
      after = page.pageInfo.endCursor;
    }
    expect(forwardPages[0].totalCount!).toBeGreaterThan(4);
    expect(new Set(forward).size).toBe(forward.length);

    const backward: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page = await people({ last: 2, before });
      backward.unshift(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.hasNextPage).toBe(i > 0);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasPreviousPage) break;
      expect(page.edges).toHaveLength(2);
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);

    // `last` alone is the end of the list; the cursors of both walks are the same.
    const end = await people({ last: 2 });
    expect(end.edges.map((e) => e.node.id)).toEqual(forward.slice(-2));
    expect(end.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const lastForward = forwardPages.flatMap((p) => p.edges).slice(-2);
    expect(end.edges.map((e) => e.cursor)).toEqual(lastForward.map((e) => e.cursor));
    // A forward cursor pages backward, and a backward one forward.
    const middle = await people({ last: 2, before: forwardPages[1].pageInfo.startCursor });
    expect(middle.edges.map((e) => e.node.id)).toEqual(forward.slice(0, 2));
    const next = await people({ first: 2, after: end.pageInfo.startCursor });
    expect(next.edges.map((e) => e.node.id)).toEqual(forward.slice(-1));
    expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('answers first: 0 with no edges, null cursors, and hasNextPage only when an item follows', async () => {
    const start = await people({ first: 0 });
    expect(start.edges).toEqual([]);
    expect(start.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
    const end = await people({ last: 1 });
    const past = await people({ first: 0, after: end.pageInfo.endCursor });
    expect(past.edges).toEqual([]);
    expect(past.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    const beforeLast = await people({ first: 0, after: (await people({ last: 2 })).pageInfo.startCursor });
    expect(beforeLast.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses first and last together, naming last', async () => {
    const error = await refusal(`{ people(first: 2, last: 2) { edges { node { id } } } }`);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
    expect(error.message).toMatch(/"first" and "last" cannot be given together/);
  });

  it('caps last like first, naming the argument and the cap', async () => {
    const error = await refusal(`{ people(last: 100000) { edges { node { id } } } }`);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last', max: expect.any(Number) });
  });

  it('refuses a cursor of another list, and garbage, naming the argument', async () => {
    const { data } = await api.run<any>(`{ organizations(first: 1) { pageInfo { endCursor } } }`);
    const cursor = data.organizations.pageInfo.endCursor as string;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const other = await refusal(`query($after: String) { people(first: 2, after: $after) { edges { node { id } } } }`, { after: cursor });
    expect(other.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(other.message).toMatch(/another list/);
    const otherBefore = await refusal(`query($before: String) { people(last: 2, before: $before) { edges { node { id } } } }`, { before: cursor });
    expect(otherBefore.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'before' });
    const garbage = await refusal(`{ people(first: 2, after: "garbage!") { edges { node { id } } } }`);
    expect(garbage.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(garbage.message).toMatch(/Argument "after" is not a cursor/);
    // A person's statements refuse a cursor of people.
    const person = await refusal(`query($after: String) { person(id: "nick-clegg") { statements(first: 1, after: $after) { edges { node { id } } } } }`, {
      after: (await people({ first: 1 })).pageInfo.endCursor,
    });
    expect(person.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('reads the newest statement with last: 1 over a page-keyed list, and pages back to the oldest', async () => {
    const query = `query($before: String, $last: Int, $first: Int) { person(id: "nick-clegg") { statements(last: $last, first: $first, before: $before) { edges { node { id saidAt } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
    const all = await api.run<any>(query, { first: 100 });
    expect(all.errors).toBeUndefined();
    const ids = all.data.person.statements.edges.map((e: any) => e.node.id);
    expect(ids.length).toBeGreaterThan(0);
    const newest = await api.run<any>(query, { last: 1 });
    expect(newest.errors).toBeUndefined();
    const page = newest.data.person.statements;
    expect(page.edges.map((e: any) => e.node.id)).toEqual(ids.slice(-1));
    const saidAts = all.data.person.statements.edges.map((e: any) => e.node.saidAt ?? '');
    expect(page.edges[0].node.saidAt ?? '').toBe([...saidAts].sort().at(-1));
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: ids.length > 1 });
    const back: string[] = [];
    let before: string | null = null;
    for (let i = 0; i <= ids.length; i++) {
      const { data, errors }: { data: any; errors: unknown } = await api.run<any>(query, { last: 1, before });
      expect(errors).toBeUndefined();
      back.unshift(...data.person.statements.edges.map((e: any) => e.node.id));
      if (!data.person.statements.pageInfo.hasPreviousPage) break;
      before = data.person.statements.pageInfo.startCursor;
    }
    expect(back).toEqual(ids);
  });

  it('reads a backward page of a page-keyed list from the relationship index, without a sort', async () => {
    const captured: Array<{ cypher: string; params: Record<string, unknown> }> = [];
    const tx = {
      run: async (cypher: string, params: Record<string, unknown> = {}) => {
        captured.push({ cypher, params });
        return [];
      },
    };
    // A cursor to page back from, taken before the spy answers every statement with no rows.
    const newest = await api.run<any>(`{ person(id: "nick-clegg") { statements(last: 1) { pageInfo { startCursor } } } }`);
    const before = newest.data.person.statements.pageInfo.startCursor as string;
    const spy = jest.spyOn(Database.prototype, 'read').mockImplementation(async (work: any) => work(tx));
    try {
      await api.run(
        `query($before: String) { person(id: "nick-clegg") { statements(last: 2) { edges { node { id } } } earlier: statements(last: 2, before: $before) { edges { node { id } } } } }`,
        { before },
      );
      await api.run(`{ lobbyingEfforts(targetId: "meta", last: 1) { edges { node { id } } } }`);
    } finally {
      spy.mockRestore();
    }
    const pageStatements = captured.filter((c) => /:MADE\]|:TARGETED\]/.test(c.cypher) && /pageOf/.test(c.cypher));
    expect(pageStatements.length).toBeGreaterThanOrEqual(2);
    for (const { cypher, params } of pageStatements) {
      expect(cypher).toMatch(/pageOf DESC, \w+\.pageKey DESC, \w+\.pageId DESC/);
      if (cypher.includes('earlier')) expect(cypher).toMatch(/pageKey <= \$p\d+ AND NOT/);
      const plan = await planOperators(db, `EXPLAIN ${cypher}`, params);
      expect(plan).toEqual(expect.arrayContaining([expect.stringMatching(/RelationshipIndex(Seek|Scan)/)]));
      expect(plan.filter((op) => /^(Sort|Top|PartialSort|PartialTop)/.test(op))).toEqual([]);
    }
  });
  describe('nested connections', () => {
    it('refuses first: 1000 on a nested connection, nulling only that field, with the error at its path', async () => {
      const { data, errors } = await api.run<any>(`{ person(id: "nick-clegg") { id name lobbiedBy(first: 1000) { edges { node { id } } } statements(first: 1) { totalCount } } }`);
      expect(data!.person).toMatchObject({ id: 'nick-clegg', name: 'Nick Clegg', lobbiedBy: null });
      expect(data!.person.statements.totalCount).toBeGreaterThan(0);
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', max: 100 });
      expect(errors![0].path).toEqual(['person', 'lobbiedBy']);
    });

    it('refuses it in every item of a list, each error at its own item, the items still there', async () => {
      const { data, errors } = await api.run<any>(
        `{ person(id: "donald-trump") { name accounts(first: 10) { edges { node { id handle followers(first: 1000) { totalCount } } } } } }`,
      );
      const accounts = data!.person.accounts.edges.map((e: any) => e.node);
      expect(accounts.map((a: any) => a.id).sort()).toEqual(['trump-facebook-account', 'trump-instagram-account', 'trump-truth-social-account', 'trump-twitter-account']);
      expect(accounts.every((a: any) => a.handle && a.followers === null)).toBe(true);
      expect(errors).toHaveLength(accounts.length);
      for (const [i, error] of errors!.entries()) {
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', max: 100 });
        expect(error.path).toEqual(['person', 'accounts', 'edges', i, 'node', 'followers']);
      }
    });

    it('refuses another list’s cursor on a nested connection, the parent still answered', async () => {
      const cursor = (await people({ first: 1 })).pageInfo.endCursor;
      const { data, errors } = await api.run<any>(`query($before: String) { organization(id: "meta") { name roles(last: 1, before: $before) { totalCount } } }`, {
        before: cursor,
      });
      expect(data!.organization).toEqual({ name: 'Meta', roles: null });
      expect(errors).toHaveLength(1);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'before' });
      expect(errors![0].message).toMatch(/another list/);
      expect(errors![0].path).toEqual(['organization', 'roles']);
    });
  });

  /**
   * Walks one connection forward with first/after and backward with last/before, `size` items a page, checking the page
   * info of every page; `key` names an item. Returns the keys both ways and the first page's totalCount.
   */
  async function walk(query: string, pick: (data: any) => any, key: (node: any) => string, size: number, variables: Record<string, unknown> = {}, caller?: Caller) {
    const read = async (args: Args) => {
      const { data, errors } = await api.run<any>(query, { ...variables, ...args }, caller);
      expect(errors).toBeUndefined();
      return pick(data) as { edges: Array<{ cursor: string; node: any }>; pageInfo: Record<string, any>; totalCount: number };
    };
    const forward: string[] = [];
    let total = -1;
    let after: string | null = null;
    for (let i = 0; i < 200; i++) {
      const page = await read({ first: size, after });
      if (i === 0) total = page.totalCount;
      forward.push(...page.edges.map((e) => key(e.node)));
      expect(page.pageInfo.hasPreviousPage).toBe(i > 0);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(size);
      after = page.pageInfo.endCursor;
    }
    const backward: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 200; i++) {
      const page = await read({ last: size, before });
      backward.unshift(...page.edges.map((e) => key(e.node)));
      expect(page.pageInfo.hasNextPage).toBe(i > 0);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasPreviousPage) break;
      expect(page.edges).toHaveLength(size);
      before = page.pageInfo.startCursor;
    }
    return { forward, backward, total };
  }

  const ARGS = `$first: Int, $last: Int, $after: String, $before: String`;
  const PAGE_ARGS = `first: $first, last: $last, after: $after, before: $before`;
  const PAGE_INFO = `pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount`;

  describe('hub lists', () => {
    it('pages Meta’s roles forward and backward, two at a time: the same roles in the same order, as many as totalCount', async () => {
      const { forward, backward, total } = await walk(
        `query(${ARGS}) { organization(id: "meta") { roles(${PAGE_ARGS}) { edges { cursor node { id } } ${PAGE_INFO} } } }`,
        (d) => d.organization.roles,
        (n) => n.id,
        2,
      );
      expect(forward.length).toBeGreaterThanOrEqual(5);
      expect(forward).toContain('role-clegg-meta-joined-2018');
      expect(new Set(forward).size).toBe(forward.length);
      expect(seed(backward)).toEqual(seed(forward));
      if (forward.length === backward.length) expect(total).toBe(forward.length);
    });

    it('pages an account’s follower counts forward and backward, oldest first, only FOLLOWERS observations', async () => {
      await db.writeRows(
        `MERGE (a:Account:Node {id: $p + 'account'}) SET a.handle = 'connections'
         WITH a UNWIND range(1, 7) AS i
         MERGE (o:Claim:Observation:Node {id: $p + 'followers-' + i})
         SET o.metric = 'FOLLOWERS', o.value = 1000.0 * i, o.observedAt = date('2020-01-01') + duration({months: 8 - i}), o.validFrom = o.observedAt
         MERGE (o)-[:OBSERVED_ON]->(a)
         WITH a, i WHERE i <= 2
         MERGE (x:Claim:Observation:Node {id: $p + 'posts-' + i}) SET x.metric = 'POSTS', x.value = 1.0 * i, x.observedAt = date('2020-01-01')
         MERGE (x)-[:OBSERVED_ON]->(a)`,
        { p: P },
      );
      const query = `query($id: ID!, ${ARGS}) { node(id: $id) { ... on Account { followers(${PAGE_ARGS}) { edges { cursor node { id observedAt metric } } ${PAGE_INFO} } } } }`;
      const dates = new Map<string, string>();
      const { forward, backward, total } = await walk(
        query,
        (d) => d.node.followers,
        (n) => {
          expect(n.metric).toBe('FOLLOWERS');
          dates.set(n.id, n.observedAt);
          return n.id;
        },
        2,
        { id: `${P}account` },
      );
      // Observed from followers-7 (the oldest) to followers-1 (the newest).
      expect(forward).toEqual([7, 6, 5, 4, 3, 2, 1].map((i) => `${P}followers-${i}`));
      expect(backward).toEqual(forward);
      expect(total).toBe(7);
      expect(forward.map((id) => dates.get(id))).toEqual([...forward.map((id) => dates.get(id))].sort());
      const all = await api.run<any>(`query($id: ID!) { node(id: $id) { ... on Account { observations { totalCount } } } }`, { id: `${P}account` });
      expect(all.data!.node.observations.totalCount).toBe(9);
    });
  });

  describe('root lists', () => {
    it('pages search hits forward and backward, best first, with totalCount', async () => {
      const { forward, backward, total } = await walk(
        `query(${ARGS}) { search(text: "meta", ${PAGE_ARGS}) { edges { cursor node { score node { id } } } ${PAGE_INFO} } }`,
        (d) => d.search,
        (hit) => hit.node.id,
        3,
      );
      expect(seed(forward)).toContain('meta');
      expect(new Set(forward).size).toBe(forward.length);
      expect(seed(backward)).toEqual(seed(forward));
      expect(total).toBeGreaterThanOrEqual(seed(forward).length);
      if (forward.length === backward.length) expect(total).toBe(forward.length);
    });

    it('pages a timeline forward and backward, oldest first, with totalCount', async () => {
      const dates: string[] = [];
      const { forward, backward, total } = await walk(
        `query(${ARGS}) { timeline(entityId: "meta", ${PAGE_ARGS}) { edges { cursor node { date kind node { id } } } ${PAGE_INFO} } }`,
        (d) => d.timeline,
        (item) => {
          dates.push(item.date);
          return `${item.kind}:${item.node.id}`;
        },
        3,
      );
      expect(forward.length).toBeGreaterThan(3);
      expect(new Set(forward).size).toBe(forward.length);
      expect(backward).toEqual(forward);
      expect(total).toBe(forward.length);
      const forwardDates = dates.slice(0, forward.length);
      expect(forwardDates).toEqual([...forwardDates].sort());
    });

    it('pages paths forward and backward, with totalCount, and caps a page at 20 paths', async () => {
      const { forward, backward, total } = await walk(
        `query(${ARGS}) { paths(fromId: "adam-schiff", toId: "nick-clegg", ${PAGE_ARGS}) { edges { cursor node { nodes { id } edges { type claim { id } } } } ${PAGE_INFO} } }`,
        (d) => d.paths,
        // Two paths may go through the same nodes over different claims.
        (path) => `${path.nodes.map((n: any) => n.id).join('>')} ${path.edges.map((e: any) => `${e.type}:${e.claim?.id}`).join(',')}`,
        2,
      );
      expect(forward.length).toBeGreaterThan(2);
      expect(forward.some((key) => key.startsWith('adam-schiff>meta>nick-clegg '))).toBe(true);
      expect(new Set(forward).size).toBe(forward.length);
      expect(backward).toEqual(forward);
      expect(total).toBe(forward.length);
      const { errors } = await api.run(`{ paths(fromId: "adam-schiff", toId: "nick-clegg", first: 21) { totalCount } }`);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', max: 20 });
    });

    it('pages sources forward and backward, with totalCount', async () => {
      // The seed's sources only: other runs' sources (bulk loads, FtM imports) would shift the pages.
      const ids = await seedIds(db, 'Source');
      const { forward, backward, total } = await walk(
        `query(${ARGS}, $ids: [ID!]) { sources(where: { id: { in: $ids } }, ${PAGE_ARGS}) { edges { cursor node { id } } ${PAGE_INFO} } }`,
        (d) => d.sources,
        (n) => n.id,
        2,
        { ids },
      );
      expect(forward).toEqual(expect.arrayContaining(['cnn-meta-trump-reinstatement-fr', 'cnn-meta-trump-reinstatement-en']));
      expect(new Set(forward).size).toBe(forward.length);
      expect(backward).toEqual(forward);
      expect(total).toBe(forward.length);
    });

    it('pages the audit log forward and backward for an admin, with totalCount', async () => {
      const admin = (await createTestKey('ADMIN')).caller;
      const since = new Date(Date.now() - 1_000).toISOString();
      const mine: string[] = [];
      for (let i = 1; i <= 5; i++) {
        const { errors } = await api.run(`mutation { createPerson(input: {id: "${P}audited-${i}", name: "Audited ${i}"}) { person { id } } }`, {}, admin);
        expect(errors).toBeUndefined();
        mine.push(`${P}audited-${i}`);
      }
      const ids = new Map<string, string[]>();
      const { forward, backward, total } = await walk(
        `query($since: DateTime!, ${ARGS}) { changes(since: $since, ${PAGE_ARGS}) { edges { cursor node { id at ids } } ${PAGE_INFO} } }`,
        (d) => d.changes,
        (entry) => {
          ids.set(entry.id, entry.ids);
          return entry.id;
        },
        2,
        { since },
        admin,
      );
      expect(new Set(forward).size).toBe(forward.length);
      expect(total).toBeGreaterThanOrEqual(mine.length);
      // Other suites write meanwhile: the entries both walks saw come in the same order, this suite's five among them.
      const both = forward.filter((id) => backward.includes(id));
      expect(backward.filter((id) => forward.includes(id))).toEqual(both);
      const ours = both.map((id) => ids.get(id)![0]).filter((id) => mine.includes(id));
      expect(ours).toEqual(mine);
    });

    it('gives 20 items when neither first nor last is given (search, timeline and paths included), and says more follow', async () => {
      const { data, errors } = await api.run<any>(`{
        search(text: "trump") { totalCount edges { cursor } pageInfo { hasNextPage } }
        timeline { totalCount edges { cursor } pageInfo { hasNextPage } }
      }`);
      expect(errors).toBeUndefined();
      for (const name of ['search', 'timeline']) {
        const list = data![name];
        expect({ name, total: list.totalCount > 20 }).toEqual({ name, total: true });
        expect({ name, edges: list.edges.length, more: list.pageInfo.hasNextPage }).toEqual({ name, edges: 20, more: true });
      }
      const paths = await api.run<any>(`{ paths(fromId: "adam-schiff", toId: "nick-clegg") { totalCount edges { cursor } } }`);
      expect(paths.data!.paths.edges).toHaveLength(Math.min(20, paths.data!.paths.totalCount));
    });

    it('keeps the deprecated Decision.statements and Decision.lobbying lists, with the items of statementsAbout and lobbyingAbout', async () => {
      const { data, errors } = await api.run<any>(`{ decision(id: "decision-meta-trump-reinstatement") {
        statements { id } lobbying { id }
        statementsAbout(first: 100) { totalCount edges { node { id } } }
        lobbyingAbout(first: 100) { totalCount edges { node { id } } }
      } }`);
      expect(errors).toBeUndefined();
      const decision = data!.decision;
      const ids = (list: Array<{ id: string }>) => list.map((n) => n.id).sort();
      const nodeIds = (connection: any) => connection.edges.map((e: any) => e.node.id).sort();
      expect(decision.statements.length).toBeGreaterThan(0);
      expect(ids(decision.statements)).toEqual(nodeIds(decision.statementsAbout));
      expect(decision.statementsAbout.totalCount).toBe(decision.statements.length);
      expect(ids(decision.lobbying)).toEqual(['lobbying-schiff-whitehouse-letter-meta']);
      expect(nodeIds(decision.lobbyingAbout)).toEqual(['lobbying-schiff-whitehouse-letter-meta']);
      expect(decision.lobbyingAbout.totalCount).toBe(1);
    });

    it('refuses another list’s cursor on every root connection, naming the argument', async () => {
      const peopleCursor = (await people({ first: 1 })).pageInfo.endCursor as string;
      const search = await api.run<any>(`{ search(text: "meta", first: 1) { pageInfo { endCursor } } }`);
      const searchCursor = search.data!.search.pageInfo.endCursor as string;
      const admin = (await createTestKey('ADMIN')).caller;
      const lists: Array<[string, string]> = [
        ['search', `search(text: "meta", first: 1, after: $after)`],
        ['timeline', `timeline(entityId: "meta", first: 1, after: $after)`],
        ['paths', `paths(fromId: "adam-schiff", toId: "nick-clegg", first: 1, after: $after)`],
        ['sources', `sources(first: 1, after: $after)`],
        ['changes', `changes(since: "2000-01-01T00:00:00Z", first: 1, after: $after)`],
        ['platforms', `platforms(first: 1, after: $after)`],
      ];
      for (const [name, field] of lists) {
        for (const cursor of [peopleCursor, ...(name === 'search' ? [] : [searchCursor])]) {
          const { data, errors } = await api.run<any>(`query($after: String) { list: ${field} { totalCount } }`, { after: cursor }, admin);
          expect({ name, data: data ?? null }).toEqual({ name, data: null });
          expect(errors).toHaveLength(1);
          expect({ name, extensions: errors![0].extensions }).toMatchObject({ name, extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
          expect(errors![0].message).toMatch(/another list/);
        }
      }
      const before = await api.run(`query($before: String) { timeline(entityId: "meta", last: 1, before: $before) { totalCount } }`, { before: searchCursor });
      expect(before.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'before' });
    });
  });
});
