import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases } from '../helpers/testDatabase';

const SEARCH = `query ($text: String!, $first: Int, $after: String, $types: [NodeType!]) {
  search(text: $text, first: $first, after: $after, types: $types) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { matched score node { id ... on Entity { name aliases } ... on Role { title } ... on Decision { title } } } }
  }
}`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { matched: string; node: { id: string; name?: string; aliases?: string[]; title?: string } } }>;
};

/** Search ranks the name a person typed first, forgives stop words, and pages like every connection. */
describe('search', () => {
  let api: TestServer;
  const search = async (variables: Record<string, unknown>): Promise<Page> => {
    const { data, errors } = await api.run<{ search: Page }>(SEARCH, variables);
    expect(errors).toBeUndefined();
    return data!.search;
  };
  const ids = (page: Page) => page.edges.map((e) => e.node.node.id);

  beforeAll(async () => {
    api = await createTestServer();
  });

  afterAll(async () => {
    await api.stop();
    await closeTestDatabases();
  });

  it('puts the entity whose name is the text first, then names that start with it, then the rest', async () => {
    const page = await search({ text: 'meta', first: 10 });
    expect(ids(page)[0]).toBe('meta');
    const startsWithMeta = page.edges.map(({ node: { node: n } }) => [n.name, n.title, ...(n.aliases ?? [])].some((t) => t !== undefined && /^meta/i.test(t)));
    // Every hit with a name that starts with "meta" comes before the first hit without one.
    const firstOther = startsWithMeta.indexOf(false);
    expect(firstOther).toBeGreaterThan(1);
    expect(startsWithMeta.slice(firstOther)).not.toContain(true);
  });

  it('ranks an exact alias first, ignoring case and accents', async () => {
    expect(ids(await search({ text: 'FACEBOOK, INC.', types: ['ORGANIZATION'] }))[0]).toBe('meta');
    expect(ids(await search({ text: 'nick clegg' }))[0]).toBe('nick-clegg');
  });

  it('finds a name with a stop word in it, which the index does not hold', async () => {
    expect(ids(await search({ text: 'House of Representatives' }))).toContain('us-house-of-representatives');
    expect(ids(await search({ text: 'Government of the United States' }))[0]).toBe('us-government');
  });

  it('pages through hits with cursors, each hit once, with the same total', async () => {
    const all = await search({ text: 'meta', first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await search({ text: 'meta', first: 2, after });
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids(all));
  });

  it('counts hits per kind of node (facets), over every hit, not one page', async () => {
    const { data, errors } = await api.run(`{ search(text: "meta", first: 1) { totalCount aggregate { count groupBy(by: TYPE) { key count } } } }`);
    expect(errors).toBeUndefined();
    const { totalCount, aggregate } = data!.search;
    expect(aggregate.count).toBe(totalCount);
    const groups = aggregate.groupBy as Array<{ key: string; count: number }>;
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(totalCount);
    expect(groups.map((g) => g.key)).toContain('ORGANIZATION');
    const organizations = await search({ text: 'meta', first: 100, types: ['ORGANIZATION'] });
    expect(groups.find((g) => g.key === 'ORGANIZATION')!.count).toBe(organizations.totalCount);
  });
});
