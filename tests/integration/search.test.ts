import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { fold } from '../../src/lib/lucene';
import { foldCypher } from '../../src/modules/graph/graph.repository';

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
  // Other suites write their own copies of the article's entities (ids starting with `test-`) while this one runs:
  // hits are judged on the article's own nodes.
  const own = (page: Page) => page.edges.filter((e) => !e.node.node.id.startsWith('test-'));
  const ids = (page: Page) => own(page).map((e) => e.node.node.id);

  beforeAll(async () => {
    api = await createTestServer();
  });

  afterAll(async () => {
    await api.stop();
    await closeTestDatabases();
  });

  it('puts the entity whose name is the text first, then names that start with it, then the rest', async () => {
    // A page of 100: other suites' copies of Meta and Meta Platforms rank with the article's and would fill a short one.
    const page = await search({ text: 'meta', first: 100 });
    expect(ids(page)[0]).toBe('meta');
    const startsWithMeta = own(page).map(({ node: { node: n } }) => [n.name, n.title, ...(n.aliases ?? [])].some((t) => t !== undefined && /^meta/i.test(t)));
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
    // Hits of this suite's own: people whose names carry a word no other data has.
    const marker = `zq${Math.random().toString(36).slice(2, 8)}`;
    const prefix = `test-search-${marker}-`;
    await testDatabase().writeRows(`UNWIND range(1, 7) AS i CREATE (:Person:Entity:Node {id: $prefix + i, name: $marker + ' Person ' + i})`, { prefix, marker });
    try {
      const all = await search({ text: marker, first: 100 });
      expect(all.totalCount).toBe(7);
      const every = all.edges.map((e) => e.node.node.id);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Page = await search({ text: marker, first: 2, after });
        expect(page.totalCount).toBe(7);
        seen.push(...page.edges.map((e) => e.node.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(every);
    } finally {
      await testDatabase().writeRows(`MATCH (n:Person) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, { prefix });
    }
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

  it('puts every entity of the article first for its own name typed in lower case without accents', async () => {
    const entities = await testDatabase().readRows(`MATCH (n:Entity) WHERE NOT n.id STARTS WITH 'test-' AND n.name IS NOT NULL RETURN n.id AS id, n.name AS name`);
    expect(entities.length).toBeGreaterThan(20);
    const misses: string[] = [];
    for (const { id, name } of entities as Array<{ id: string; name: string }>) {
      const typed = fold(name);
      // Several entities may share a name (Twitter the company and Twitter the platform): any of them may come first.
      const sameName = (entities as Array<{ id: string; name: string }>).filter((e) => fold(e.name) === typed).map((e) => e.id);
      const first = ids(await search({ text: typed, first: 20 }))[0];
      if (!sameName.includes(first)) misses.push(`${typed} → ${first} (expected ${id})`);
    }
    expect(misses).toEqual([]);
  });

  it('folds a text in Cypher as it does in JavaScript: printable ASCII by lowering alone, the rest by dropping marks', async () => {
    const texts = ['Nick CLEGG', 'Émirats arabes unis', 'Zoë Ça', 'mixed Ünïcode and ascii', 'tab\there', 'line\nbreak', '', '~ !{}|', 'ＮＩＣＫ', 'Straße', 'Ǆ'];
    const rows = await testDatabase().readRows(`UNWIND $texts AS t RETURN t, ${foldCypher('t')} AS folded`, { texts });
    expect(rows.map((r) => r.folded)).toEqual(texts.map((t) => fold(t)));
  });
});
