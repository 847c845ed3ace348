import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { runPrefix } from '../helpers/testIds';

/** This run's ids: a second run on the same database, or a suite beside this one, never meets them. */
const P = runPrefix('rt');
const LARGE = `${P}50`;
const SMALL = `${P}5`;

/** Creates `count` decisions by one organization, each with participants, lobbying and evidence, all with test ids. */
async function createDecisions(prefix: string, count: number): Promise<void> {
  await testDatabase().writeRows(
    `MERGE (org:Organization:Entity {id: $prefix + '-org'}) SET org.name = 'Round-trip Org ' + $prefix, org.kind = 'COMPANY'
     MERGE (src:Source {id: $prefix + '-source'}) SET src.title = 'Round-trip source', src.language = 'en'
     MERGE (src)-[:PUBLISHED_BY]->(org)
     WITH org, src
     UNWIND range(1, $count) AS i
     MERGE (d:Claim:Decision {id: $prefix + '-decision-' + i}) SET d.title = 'Decision ' + i, d.status = 'DECIDED', d.validFrom = date('2020-01-01') + duration({days: i})
     MERGE (d)-[:DECIDED_BY]->(org)
     MERGE (d)-[e:SUPPORTED_BY]->(src) SET e.quote = 'quote ' + i, e.attribution = 'REPORTED'
     WITH d, src, i
     UNWIND range(1, 2) AS j
     MERGE (p:Person:Entity {id: $prefix + '-person-' + i + '-' + j}) SET p.name = 'Person ' + i + '-' + j
     MERGE (dr:Claim:DecisionRole {id: $prefix + '-role-' + i + '-' + j}) SET dr.role = CASE j WHEN 1 THEN 'DECISION_MAKER' ELSE 'ADVISER' END
     MERGE (p)-[:PLAYS]->(dr) MERGE (dr)-[:IN]->(d)
     MERGE (dr)-[re:SUPPORTED_BY]->(src) SET re.quote = 'role quote', re.attribution = 'REPORTED'
     MERGE (l:Claim:LobbyingEffort {id: $prefix + '-lobbying-' + i + '-' + j}) SET l.method = 'LETTER', l.stance = 'SUPPORT'
     MERGE (p)-[:LOBBIED_IN]->(l) MERGE (l)-[:REGARDING {stance: 'SUPPORT'}]->(d)
     MERGE (l)-[le:SUPPORTED_BY]->(src) SET le.quote = 'lobbying quote', le.attribution = 'REPORTED'`,
    { prefix, count },
  );
}

const NESTED = `query($org: ID!) {
  decisions(decidedById: $org, first: 100) {
    totalCount
    edges { node {
      title
      decidedBy { name }
      participants(first: 10) { edges { node { role actor { name ... on Person { accounts(first: 5) { edges { node { handle } } } } } evidence { quote source { title publisher { name } } } } } }
      lobbyingAbout(first: 10) { edges { node { stance lobbyists { name } targets { name } evidence { quote attribution source { title } } } } }
      evidence { quote source { title publisher { name } } }
    } }
  }
}`;

describe('round trips to Neo4j', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await createTestServer();
    await createDecisions(LARGE, 50);
    await createDecisions(SMALL, 5);
  });

  afterAll(async () => {
    await testDatabase().writeRows(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P });
    await api.stop();
    await closeTestDatabases();
  });

  async function countQueries(org: string): Promise<{ queries: number; decisions: number; participants: number }> {
    const before = api.queryCount();
    const { data, errors } = await api.run(NESTED, { org });
    expect(errors).toBeUndefined();
    const nodes = data!.decisions.edges.map((e: any) => e.node);
    return { queries: api.queryCount() - before, decisions: nodes.length, participants: nodes.flatMap((n: any) => n.participants.edges).length };
  }

  it('answers a nested query over 50 decisions, with participants, lobbying and evidence, in one Cypher statement', async () => {
    const result = await countQueries(`${LARGE}-org`);
    expect(result.decisions).toBe(50);
    expect(result.participants).toBe(100);
    expect(result.queries).toBe(1);
  });

  it('sends as many statements for 5 decisions as for 50: the count does not grow with the result', async () => {
    const small = await countQueries(`${SMALL}-org`);
    const large = await countQueries(`${LARGE}-org`);
    expect(small.decisions).toBe(5);
    expect(large.queries).toBe(small.queries);
  });

  it('sends one statement per root field, however many root fields a request has', async () => {
    const before = api.queryCount();
    const { errors } = await api.run(`{
      a: decision(id: "${LARGE}-decision-1") { participants { edges { node { actor { name } } } } }
      b: decision(id: "${LARGE}-decision-2") { lobbyingAbout { edges { node { lobbyists { name } } } } }
      c: person(id: "${LARGE}-person-1-1") { decisionRoles { edges { node { decision { title } } } } lobbying { edges { node { regarding { title } } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(api.queryCount() - before).toBe(3);
  });
});
