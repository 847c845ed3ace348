import { randomUUID } from 'node:crypto';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { createTestKey } from '../helpers/testKeys';

const CNN = 'cnn-meta-trump-reinstatement-fr';
/** Ids of this run, so that a second run on the same database starts clean. */
const run = randomUUID().slice(0, 8);
const id = (name: string) => `test-pay-${run}-${name}`;

describe('payments, a claim type added through the model', () => {
  let api: TestServer;
  let editor: { keyId: string; role: 'EDITOR' };

  beforeAll(async () => {
    api = await createTestServer();
    editor = (await createTestKey('EDITOR')).caller as { keyId: string; role: 'EDITOR' };
    await testDatabase().writeRows(`UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n.name = row.name, n:$(row.label), n.kind = row.kind`, {
      rows: [
        { id: id('donor'), name: 'Test Donor', label: 'Person', kind: null },
        { id: id('party'), name: 'Test Party', label: 'Organization', kind: 'PARTY' },
        { id: id('app'), name: 'Test App', label: 'Platform', kind: null },
      ],
    });
  });

  afterAll(async () => {
    await testDatabase().writeRows(`MATCH ()-[r]->() WHERE r.claimId STARTS WITH $prefix DELETE r`, { prefix: `test-pay-${run}` });
    await testDatabase().writeRows(`MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, { prefix: `test-pay-${run}` });
    await api.stop();
    await closeTestDatabases();
  });

  it("answers the article's payment: Trump's campaigns paid Meta at least a million dollars for Facebook ads, with the quote", async () => {
    const { data, errors } = await api.run(`{
      payments(payerId: "trump-campaign") {
        totalCount
        edges { node { id amount bound currency purpose payer { id } payee { id name } evidence { quote attribution locator source { id } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.payments.totalCount).toBe(1);
    const payment = data!.payments.edges[0].node;
    expect(payment).toMatchObject({
      id: 'payment-trump-campaign-facebook-ads',
      amount: 1_000_000,
      bound: 'AT_LEAST',
      currency: 'USD',
      payer: { id: 'trump-campaign' },
      payee: { id: 'meta' },
    });
    expect(payment.evidence).toEqual([
      expect.objectContaining({
        attribution: 'REPORTED',
        locator: '¶11',
        source: { id: CNN },
        quote: expect.stringContaining('ont dépensé des millions pour diffuser des publicités sur Facebook'),
      }),
    ]);
  });

  it('derives the PAID shortcut of the seed payment on import, so paths walk it', async () => {
    const [edge] = await testDatabase().readRows(
      `MATCH (:Organization {id: 'trump-campaign'})-[e:PAID {claimId: 'payment-trump-campaign-facebook-ads'}]->(:Organization {id: 'meta'})
       RETURN e.amount AS amount, e.currency AS currency`,
    );
    expect(edge).toEqual({ amount: 1_000_000, currency: 'USD' });
    const { data, errors } = await api.run(`{ paths(fromId: "trump-campaign", toId: "meta", maxHops: 1) { edges { node { edges { type } } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.paths.edges.flatMap((p: { node: { edges: Array<{ type: string }> } }) => p.node.edges.map((e) => e.type))).toContain('PAID');
  });

  it('adds a payment with its evidence and its PAID shortcut, and lists it by payee', async () => {
    const { data, errors } = await api.run(
      `mutation($input: AddPaymentInput!) { addPayment(input: $input) { payment { id amount bound currency date datePrecision payer { id } payee { id } } } }`,
      {
        input: {
          id: id('gift'),
          payerId: id('donor'),
          payeeId: id('party'),
          amount: 2500,
          currency: 'EUR',
          purpose: 'A donation',
          date: '2022-05-01',
          datePrecision: 'MONTH',
          evidence: [{ sourceId: CNN, quote: 'a passage' }],
        },
      },
      editor,
    );
    expect(errors).toBeUndefined();
    expect(data!.addPayment.payment).toEqual({
      id: id('gift'),
      amount: 2500,
      bound: 'EXACT',
      currency: 'EUR',
      date: '2022-05-01',
      datePrecision: 'MONTH',
      payer: { id: id('donor') },
      payee: { id: id('party') },
    });
    const [edge] = await testDatabase().readRows(`MATCH (:Person {id: $a})-[e:PAID {claimId: $c}]->(:Organization {id: $b}) RETURN count(e) AS n`, {
      a: id('donor'),
      b: id('party'),
      c: id('gift'),
    });
    expect(Number(edge.n)).toBe(1);
    const listed = await api.run(`query($payee: ID) { payments(payeeId: $payee) { edges { node { id } } } }`, { payee: id('party') });
    expect(listed.data!.payments.edges).toEqual([{ node: { id: id('gift') } }]);
  });

  it('refuses a payee the model does not allow (a platform), naming the field, and writes nothing', async () => {
    const { errors } = await api.run(
      `mutation($input: AddPaymentInput!) { addPayment(input: $input) { payment { id } } }`,
      { input: { id: id('bad'), payerId: id('donor'), payeeId: id('app'), amount: 1, currency: 'EUR', evidence: [{ sourceId: CNN, quote: 'a passage' }] } },
      editor,
    );
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(errors?.[0].message).toContain('input.payeeId');
    const [row] = await testDatabase().readRows(`MATCH (c:Claim {id: $id}) RETURN count(c) AS n`, { id: id('bad') });
    expect(Number(row.n)).toBe(0);
  });

  it('shows the source that relayed a quote (the letter, as CNN relays it) and records one a write names', async () => {
    const { data, errors } = await api.run(
      `{ statement: node(id: "statement-schiff-whitehouse-letter-keep-ban") { ... on Statement { evidence { attribution source { id } via { id publisher { id } } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.statement.evidence).toContainEqual({
      attribution: 'ACCORDING_TO',
      source: { id: 'letter-schiff-whitehouse-meta-2022-12' },
      via: { id: CNN, publisher: { id: 'cnn' } },
    });
    expect(data!.statement.evidence).toContainEqual(expect.objectContaining({ attribution: 'DIRECT', source: { id: CNN }, via: null }));

    const added = await api.run(
      `mutation($input: AddPaymentInput!) { addPayment(input: $input) { payment { evidence { quote via { id } } } } }`,
      {
        input: {
          id: id('relayed'),
          payerId: id('donor'),
          payeeId: id('party'),
          amount: 5,
          currency: 'EUR',
          evidence: [{ sourceId: 'letter-schiff-whitehouse-meta-2022-12', quote: 'relayed words', attribution: 'ACCORDING_TO', viaSourceId: CNN }],
        },
      },
      editor,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addPayment.payment.evidence).toEqual([{ quote: 'relayed words', via: { id: CNN } }]);
    const unknown = await api.run(
      `mutation($input: AddPaymentInput!) { addPayment(input: $input) { payment { id } } }`,
      {
        input: {
          id: id('relayed-2'),
          payerId: id('donor'),
          payeeId: id('party'),
          amount: 5,
          currency: 'EUR',
          evidence: [{ sourceId: CNN, quote: 'x', viaSourceId: id('nowhere') }],
        },
      },
      editor,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].message).toContain('input.evidence[0].viaSourceId');
  });

  it('refuses a currency that is not an ISO 4217 code', async () => {
    const { errors } = await api.run(
      `mutation($input: AddPaymentInput!) { addPayment(input: $input) { payment { id } } }`,
      { input: { payerId: id('donor'), payeeId: id('party'), amount: 1, currency: 'dollars', evidence: [{ sourceId: CNN, quote: 'a passage' }] } },
      editor,
    );
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('currency');
  });
});
