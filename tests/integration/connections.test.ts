import { Database } from '../../src/db';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { planOperators } from '../helpers/planOperators';

/**
 * The contract's connection conventions (api-1.0 §2) on the seed data: `first`/`after` and `last`/`before`, page info
 * both ways, `first: 0`, opaque cursors that only their own list accepts, and backward pages of a page-keyed list read
 * from its index without a sort.
 */
describe('connections', () => {
  let api: TestServer;
  const db = testDatabase();

  beforeAll(async () => {
    api = await createTestServer();
  });

  afterAll(async () => {
    await api.stop();
    await closeTestDatabases();
  });

  type Page = { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: Record<string, any>; totalCount?: number };
  const PAGE = `edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

  type Args = { first?: number; last?: number; after?: string | null; before?: string | null };
  async function people(args: Args): Promise<Page> {
    const { data, errors } = await api.run<{ people: Page }>(
      `query($first: Int, $last: Int, $after: String, $before: String) { people(first: $first, last: $last, after: $after, before: $before) { ${PAGE} totalCount } }`,
      args,
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
    // Other test files may add and remove their own people (ids `test-…`) while this one walks: compare the seed's.
    expect(seed(backward)).toEqual(seed(forward));

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
});
