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
    let selection = 'id';
    for (let i = 0; i < 9; i++) selection = `partOf { units { ${selection} } }`;
    const error = await refused(`{ organization(id: "meta") { ${selection} } }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 12 });
    expect(error.message).toMatch(/levels deep; the limit is 12/);
  });

  it('refuses a query with 100 aliases before any Cypher runs, naming the alias limit', async () => {
    const fields = Array.from({ length: 100 }, (_, i) => `a${i}: platforms { id }`).join(' ');
    const error = await refused(`{ ${fields} }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', found: 100 });
  });

  it('refuses a query whose estimated cost is over the limit before any Cypher runs', async () => {
    const error = await refused(`{
      decisions(first: 100) { edges { node {
        participants { actor { ... on Person { lobbying { targets { ... on Organization { lobbiedBy { lobbyists { name } evidence { quote } } } } } } } }
      } } }
    }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    expect(error.message).toMatch(/estimated cost/);
  });

  it('refuses a document with too many tokens', async () => {
    const error = await refused(`{ ${Array.from({ length: 3000 }, () => 'platforms { id }').join(' ')} }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
  });

  it('refuses too many directives', async () => {
    const error = await refused(`{ platforms { ${Array.from({ length: 60 }, () => 'id @include(if: true)').join(' ')} } }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'directives' });
  });

  it('still answers the introspection query GraphiQL sends', async () => {
    const { errors, data } = await api.run(getIntrospectionQuery());
    expect(errors).toBeUndefined();
    expect(data!.__schema.queryType.name).toBe('Query');
  });

  it('lets the nested query over decisions, participants, lobbying and evidence through', async () => {
    const { errors } = await api.run(
      `{ decisions(first: 50) { edges { node { participants { actor { name } evidence { quote source { title } } } lobbying { lobbyists { name } evidence { quote } } } } } }`,
    );
    expect(errors).toBeUndefined();
  });
});
