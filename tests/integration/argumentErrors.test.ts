import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases } from '../helpers/testDatabase';

/**
 * API 1.0's error contract for arguments: every refusal has a code and names its argument (by path for variables and
 * inputs), carries `max` or `allowed` where they apply, and an error on a nested list's own arguments nulls that list
 * only, not the parent a client would read as "not found".
 */
describe('argument errors', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await createTestServer();
  });

  afterAll(async () => {
    await api.stop();
    await closeTestDatabases();
  });

  it('nulls only a nested list whose page size is over the cap, naming the argument and the cap; the parent is answered', async () => {
    const { data, errors } = await api.run(`{ person(id: "nick-clegg") { name lobbiedBy(first: 1000) { totalCount } roles(first: 2) { edges { node { title } } } } }`);
    expect(data!.person.name).toBe('Nick Clegg');
    expect(data!.person.lobbiedBy).toBeNull();
    expect(data!.person.roles.edges.length).toBeGreaterThan(0);
    expect(errors).toHaveLength(1);
    expect(errors![0].path).toEqual(['person', 'lobbiedBy']);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', max: 100 });
  });

  it('nulls only a nested list given the cursor of another list', async () => {
    const first = await api.run(`{ organization(id: "meta") { roles(first: 1) { pageInfo { endCursor } } } }`);
    const cursor = first.data!.organization.roles.pageInfo.endCursor as string;
    const { data, errors } = await api.run(`query ($c: String) { organization(id: "meta") { name accounts(after: $c) { totalCount } } }`, { c: cursor });
    expect(data!.organization).toEqual({ name: 'Meta', accounts: null });
    expect(errors![0].path).toEqual(['organization', 'accounts']);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('names the argument a variable of the wrong type stands in', async () => {
    const { errors } = await api.run(`query ($n: Int) { people(first: $n) { totalCount } }`, { n: 'ten' });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('names the argument of a required variable left out', async () => {
    const { errors } = await api.run(`query ($id: ID!) { person(id: $id) { name } }`, {});
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('names the path inside an input object given as a variable, whatever the variable is called', async () => {
    const { errors } = await api.run(
      `mutation ($payload: AddRoleInput!) { addRole(input: $payload) { role { id } } }`,
      { payload: { holderId: 'nick-clegg', organizationId: 'meta', title: 'x', evidence: [{ sourceId: 'cnn-meta-trump-reinstatement-fr', quote: 'x', attribution: 'SAYS' }] } },
      { keyId: 'test-argument-errors', role: 'EDITOR' },
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.evidence[0].attribution' });
    expect(errors![0].extensions!.allowed).toEqual(expect.arrayContaining(['DIRECT', 'REPORTED', 'ACCORDING_TO']));
  });

  it('names the argument of an enum variable inside an object literal', async () => {
    const { errors } = await api.run(`query ($k: OrganizationKind) { organizations(kind: $k) { totalCount } }`, { k: 'CULT' });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'kind' });
  });

  it('answers NOT_FOUND naming the argument for an unknown id, under its 1.0 name or its deprecated alias', async () => {
    const renamed = await api.run(`{ lobbyingEfforts(targetId: "no-such-node") { totalCount } }`);
    expect(renamed.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'targetId' });
    const alias = await api.run(`{ lobbyingEfforts(target: "no-such-node") { totalCount } }`);
    expect(alias.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'target' });
  });

  it('answers the same page under an id filter’s 1.0 name and its deprecated alias, and refuses both with different ids', async () => {
    const renamed = await api.run(`{ statements(speakerId: "nick-clegg") { totalCount edges { node { id } } } }`);
    const alias = await api.run(`{ statements(speaker: "nick-clegg") { totalCount edges { node { id } } } }`);
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data).toEqual(alias.data);
    expect(renamed.data!.statements.totalCount).toBeGreaterThan(0);
    const both = await api.run(`{ statements(speakerId: "nick-clegg", speaker: "meta") { totalCount } }`);
    expect(both.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'speaker' });
  });

  it('caps a page of paths at 20, with the cap in the error', async () => {
    const { errors } = await api.run(`{ paths(fromId: "adam-schiff", toId: "nick-clegg", first: 21) { totalCount } }`);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', max: 20 });
  });
});
