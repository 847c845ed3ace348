import { randomUUID } from 'node:crypto';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { createTestKey } from '../helpers/testKeys';

const CNN = 'cnn-meta-trump-reinstatement-fr';
const run = randomUUID().slice(0, 8);

describe('global ids', () => {
  let api: TestServer;
  let editor: { keyId: string; role: 'EDITOR' };

  beforeAll(async () => {
    api = await createTestServer();
    editor = (await createTestKey('EDITOR')).caller as { keyId: string; role: 'EDITOR' };
  });

  afterAll(async () => {
    await testDatabase().writeRows(`MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, { prefix: `test-gid-${run}` });
    await api.stop();
    await closeTestDatabases();
  });

  it('gives every node of the article that has an id the global id label, held unique by one constraint', async () => {
    const [missing] = await testDatabase().readRows(
      `MATCH (n) WHERE (n:Entity OR n:Claim OR n:Account OR n:Event OR n:Source) AND NOT n:Node AND NOT n.id STARTS WITH 'test-' RETURN count(n) AS n`,
    );
    expect(Number(missing.n)).toBe(0);
    const constraints = await testDatabase().readRows(`SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE labelsOrTypes = ['Node'] RETURN type, properties`);
    expect(constraints).toEqual([{ type: 'UNIQUENESS', properties: ['id'] }]);
  });

  it('answers nodes(ids:) in the order asked, with null for an unknown id', async () => {
    const { data, errors } = await api.run(`{ nodes(ids: ["decision-meta-trump-reinstatement", "no-such-node", "nick-clegg", "meta"]) { __typename id } }`);
    expect(errors).toBeUndefined();
    expect(data!.nodes).toEqual([
      { __typename: 'Decision', id: 'decision-meta-trump-reinstatement' },
      null,
      { __typename: 'Person', id: 'nick-clegg' },
      { __typename: 'Organization', id: 'meta' },
    ]);
  });

  it('answers NOT_FOUND naming the argument when a list filter names an unknown id, and filters by a known one', async () => {
    for (const [query, argument] of [
      ['{ lobbyingEfforts(target: "no-such-target") { totalCount } }', 'target'],
      ['{ lobbyingEfforts(target: "meta", lobbyist: "no-such-lobbyist") { totalCount } }', 'lobbyist'],
      ['{ statements(speaker: "no-such-speaker") { totalCount } }', 'speaker'],
      ['{ decisions(decidedBy: "no-such-decider") { totalCount } }', 'decidedBy'],
      ['{ payments(payee: "no-such-payee") { totalCount } }', 'payee'],
    ] as const) {
      const { errors } = await api.run(query);
      expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', argument });
    }
    const { data, errors } = await api.run(`{ lobbyingEfforts(target: "meta") { totalCount } }`);
    expect(errors).toBeUndefined();
    expect(data!.lobbyingEfforts.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('publishes the error codes as an enum in the schema', async () => {
    const { data } = await api.run(`{ __type(name: "ErrorCode") { kind enumValues { name description } } }`);
    expect(data!.__type.kind).toBe('ENUM');
    const names = data!.__type.enumValues.map((v: { name: string }) => v.name);
    expect(names).toEqual(expect.arrayContaining(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'QUERY_TOO_COMPLEX']));
    expect(data!.__type.enumValues.every((v: { description: string | null }) => Boolean(v.description))).toBe(true);
  });

  it('refuses more ids than a page holds, with the limit', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `id-${i}`);
    const { errors } = await api.run(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids', max: 100 });
  });

  it('refuses a claim or an event whose id another kind of node already has, and writes nothing', async () => {
    const claim = await api.run(
      `mutation($input: AddPaymentInput!) { addPayment(input: $input) { payment { id } } }`,
      { input: { id: 'nick-clegg', payerId: 'trump-campaign', payeeId: 'meta', amount: 1, currency: 'USD', evidence: [{ sourceId: CNN, quote: 'x' }] } },
      editor,
    );
    expect(claim.errors?.[0].extensions?.code).toBe('CONFLICT');
    const event = await api.run(`mutation { createEvent(input: {id: "meta", name: "Not Meta"}) { event { id } } }`, {}, editor);
    expect(event.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [meta] = await testDatabase().readRows(`MATCH (n {id: 'meta'}) RETURN collect(labels(n)) AS labels`);
    const labels = meta.labels as string[][];
    expect(labels).toHaveLength(1);
    expect(labels[0]).toEqual(expect.arrayContaining(['Organization', 'Entity', 'Node']));
  });

  it('gives nodes written through the API the label', async () => {
    const id = `test-gid-${run}-event`;
    const { errors } = await api.run(`mutation($id: ID) { createEvent(input: {id: $id, name: "Test event"}) { event { id } } }`, { id }, editor);
    expect(errors).toBeUndefined();
    const [row] = await testDatabase().readRows(`MATCH (n:Node {id: $id}) RETURN labels(n) AS labels`, { id });
    expect(row.labels).toEqual(expect.arrayContaining(['Event', 'Node']));
  });
});
