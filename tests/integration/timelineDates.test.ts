import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { runPrefix } from '../helpers/testIds';

const P = runPrefix('timeline-dates');

/**
 * The timeline takes each claim's dates from the model: a decision shows its opening and its decision (`decidedAt`,
 * even when it has a `validFrom`), and a restriction lifted by a decision ends on that decision's date.
 */
describe('timeline dates from the model', () => {
  const db = testDatabase();
  let api: TestServer;

  beforeAll(async () => {
    api = await createTestServer();
    await db.writeRows(
      `CREATE (o:Organization:Entity:Node {id: $p + 'org', name: 'Timeline Org'})
       CREATE (a:Account:Node {id: $p + 'account', handle: '@t'})
       CREATE (d:Claim:Decision:Node {id: $p + 'decision', title: 'Lift it?', status: 'UNDER_CONSIDERATION',
               openedAt: date('2022-03-01'), openedAtPrecision: 'MONTH', validFrom: date('2022-03-01'), validFromPrecision: 'MONTH',
               decidedAt: date('2022-11-19'), decidedAtPrecision: 'DAY'})-[:DECIDED_BY]->(o)
       CREATE (o)-[:IMPOSED]->(r:Claim:Restriction:Node {id: $p + 'restriction', kind: 'BAN', validFrom: date('2021-01-08'), validFromPrecision: 'DAY'})-[:RESTRICTS]->(a)
       CREATE (r)-[:LIFTED_BY]->(d)`,
      { p: P },
    );
  });

  afterAll(async () => {
    await db.writeRows('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
    await api.stop();
    await closeTestDatabases();
  });

  it('shows a decision’s opening and its decision, and the end of the restriction it lifted', async () => {
    const { data, errors } = await api.run(`{ timeline(entityId: "${P}decision", first: 50) { edges { node { date precision kind summary node { id } } } } }`);
    expect(errors).toBeUndefined();
    const timeline = data!.timeline.edges.map((e: { node: unknown }) => e.node);
    const points = (timeline as Array<{ date: string; precision: string; kind: string; summary: string; node: { id: string } }>).map((t) => [
      t.node.id,
      t.kind,
      t.date,
      t.precision,
    ]);
    expect(points).toEqual(
      expect.arrayContaining([
        [`${P}decision`, 'START', '2022-03-01', 'MONTH'],
        [`${P}decision`, 'START', '2022-11-19', 'DAY'],
        [`${P}restriction`, 'START', '2021-01-08', 'DAY'],
        [`${P}restriction`, 'END', '2022-11-19', 'DAY'],
      ]),
    );
    const decided = (timeline as Array<{ date: string; summary: string; node: { id: string } }>).find((t) => t.node.id === `${P}decision` && t.date === '2022-11-19');
    expect(decided?.summary).toMatch(/ — decided$/);
  });

  it('filters the decision and the lifting end by the period asked, like every point', async () => {
    const { data } = await api.run(`{ timeline(entityId: "${P}decision", from: "2022-06-01", to: "2022-12-31") { edges { node { date kind node { id } } } } }`);
    expect((data!.timeline.edges as Array<{ node: { date: string } }>).map((e) => e.node.date)).toEqual(['2022-11-19', '2022-11-19']);
  });
});
