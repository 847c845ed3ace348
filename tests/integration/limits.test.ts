import { getIntrospectionQuery } from 'graphql';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases } from '../helpers/testDatabase';

describe('limits on what a request may ask', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await createTestServer();
  });

  afterAll(async () => {
    await api.stop();
    await closeTestDatabases();
  });

  async function refused(query: string) {
    const before = api.queryCount();
    const { data, errors } = await api.run(query);
    expect(data ?? null).toBeNull();
    expect(api.queryCount()).toBe(before);
    return errors![0];
  }

  it('refuses a query nested 20 levels deep before any Cypher runs, naming the depth limit', async () => {
    // organization, then 4 × (partOf, units, edges, node), then partOf, partOf, id: 20 fields deep.
    let selection = 'id';
    for (let i = 0; i < 4; i++) selection = `partOf { units { edges { node { ${selection} } } } }`;
    const error = await refused(`{ organization(id: "meta") { partOf { partOf { ${selection} } } } }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 12, found: 20 });
    expect(error.message).toMatch(/levels deep; the limit is 12/);
  });

  it('refuses a query with 100 aliases before any Cypher runs, naming the alias limit', async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `a${i}: platforms { totalCount }`).join(' ');
    const error = await refused(`{ ${fields} }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', found: 100 });
  });

  it('refuses a query whose estimated cost is over the limit before any Cypher runs', async () => {
    // 12 levels deep, within the depth limit: 100 decisions × 100 participants × 100 lobbying efforts × their evidence.
    const error = await refused(`{
      decisions(first: 100) { edges { node {
        participants(first: 100) { edges { node { actor { ... on Person { lobbying(first: 100) { edges { node { evidence { quote } } } } } } } } }
      } } }
    }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    expect(error.message).toMatch(/estimated cost/);
  });

  it('refuses a document with too many tokens', async () => {
    const error = await refused(`{ ${Array.from({ length: 3000 }, () => 'platforms { totalCount }').join(' ')} }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
  });

  it('refuses too many directives', async () => {
    const error = await refused(`{ platforms { ${Array.from({ length: 60 }, () => 'totalCount @include(if: true)').join(' ')} } }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'directives' });
  });

  it('still answers the introspection query GraphiQL sends', async () => {
    const { errors, data } = await api.run(getIntrospectionQuery());
    expect(errors).toBeUndefined();
    expect(data!.__schema.queryType.name).toBe('Query');
  });

  it('lets the nested query over decisions, participants, lobbying and evidence through', async () => {
    const { errors } = await api.run(
      `{ decisions(first: 50) { edges { node { participants { edges { node { actor { name } evidence { quote source { title } } } } } lobbyingAbout { edges { node { lobbyists { name } evidence { quote } } } } } } } }`,
    );
    expect(errors).toBeUndefined();
  });
});
