import fs from 'node:fs';
import path from 'node:path';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { createTestKey } from '../helpers/testKeys';
import { runPrefix } from '../helpers/testIds';

const P = runPrefix('states');
const DECISION = 'decision-meta-trump-reinstatement';
const FOLLOW_UP = 'decision-state-meta-trump-reinstatement-decided';
const SEED_STATE = 'decision-state-meta-trump-reinstatement-under-consideration';
const CNN = 'cnn-meta-trump-reinstatement-fr';

/** ¶1 of the follow-up note, as the project keeps it (beside the repository, else its copy in sources/). */
function followUpQuote(): string {
  const name = 'meta-reinstatement-2023-01-25-summary.txt';
  const beside = path.resolve(__dirname, '..', '..', '..', 'shared', 'sources', name);
  const file = fs.existsSync(beside) ? beside : path.resolve(__dirname, '..', '..', 'sources', name);
  const text = fs.readFileSync(file, 'utf8');
  return /¶1 ([\s\S]*?)\n\n/.exec(text)![1].replace(/\n/g, ' ');
}

describe('decision states in valid time', () => {
  let api: TestServer;
  let editor: { keyId: string; role: 'EDITOR' };
  /** The follow-up state is written here only when no article script has written it already (then it is removed after). */
  let wroteFollowUp = false;

  beforeAll(async () => {
    api = await createTestServer();
    editor = (await createTestKey('EDITOR')).caller as { keyId: string; role: 'EDITOR' };
    const [existing] = await testDatabase().readRows('MATCH (c:Claim {id: $id}) RETURN count(c) AS n', { id: FOLLOW_UP });
    if (Number(existing.n) === 0) {
      wroteFollowUp = true;
      // The shape of cypher/articles/2023-01-25-meta-reinstatement.cypher: a DECIDED state from 25 January 2023, with
      // its evidence (a source of this suite's own, so that its removal leaves the article's graph as it was).
      await testDatabase().writeRows(
        `MERGE (s:Source:Node {id: $source}) SET s.title = 'Summary of Meta’s announcement of 25 January 2023', s.language = 'en',
           s.publishedAt = date('2023-01-25'), s.publishedAtPrecision = 'DAY'
         MERGE (c:Claim:DecisionState:Node {id: $id}) ON CREATE SET c.createdAt = datetime()
         SET c.status = 'DECIDED', c.validFrom = date('2023-01-25'), c.validFromPrecision = 'DAY', c.confidence = 0.95
         WITH c, s MATCH (d:Decision {id: $decision})
         MERGE (c)-[:STATE_OF]->(d)
         MERGE (c)-[e:SUPPORTED_BY {locator: '¶1'}]->(s) SET e.quote = $quote, e.quoteLanguage = 'en', e.attribution = 'REPORTED'`,
        { id: FOLLOW_UP, source: `${P}summary`, decision: DECISION, quote: followUpQuote() },
      );
    }
  });

  afterAll(async () => {
    if (wroteFollowUp) await testDatabase().writeRows('MATCH (c:Claim {id: $id}) DETACH DELETE c', { id: FOLLOW_UP });
    await testDatabase().writeRows('MATCH ()-[r]->() WHERE r.claimId STARTS WITH $prefix DELETE r', { prefix: P });
    await testDatabase().writeRows('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: P });
    await api.stop();
    await closeTestDatabases();
  });

  it('answers under consideration as of 2022-12-01 and decided as of 2023-02-01, each state with its dates and evidence', async () => {
    const { data, errors } = await api.run(`{
      decision(id: "${DECISION}") {
        december: status(asOf: "2022-12-01")
        february: status(asOf: "2023-02-01")
        statusHistory { id status validFrom validFromPrecision validTo validToPrecision evidence { quote locator source { id } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.decision.december).toBe('UNDER_CONSIDERATION');
    expect(data!.decision.february).toBe('DECIDED');
    const history = data!.decision.statusHistory;
    expect(history.map((s: { id: string }) => s.id)).toEqual([SEED_STATE, FOLLOW_UP]);
    expect(history[0]).toMatchObject({ status: 'UNDER_CONSIDERATION', validFrom: '2021-06-01', validFromPrecision: 'MONTH', validTo: '2023-01-25', validToPrecision: 'DAY' });
    expect(history[0].evidence).toEqual([expect.objectContaining({ locator: '¶1', source: { id: CNN }, quote: expect.stringContaining('la société étudie l’opportunité') })]);
    expect(history[1]).toMatchObject({ status: 'DECIDED', validFrom: '2023-01-25', validTo: null });
    expect(history[1].evidence[0].quote).toContain('Meta announced that it would restore Donald Trump');
  });

  it("keeps the seed's facts about December 2022: the decision node, its roles, its lobbying and the open-decision list", async () => {
    const [node] = await testDatabase().readRows('MATCH (d:Decision {id: $id}) RETURN d.status AS status, d.expectedBy AS expectedBy', { id: DECISION });
    expect(node).toEqual({ status: 'UNDER_CONSIDERATION', expectedBy: 'dans les semaines à venir' });
    const { data, errors } = await api.run(`{
      organization(id: "meta") { open: decisions(status: UNDER_CONSIDERATION, asOf: "2022-12-01") { edges { node { id } } } decided: decisions(status: DECIDED, asOf: "2022-12-01") { edges { node { id } } } }
      decision(id: "${DECISION}") { participants { edges { node { role actor { id } } } } lobbyingAbout { edges { node { id date } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.organization.open.edges).toEqual([{ node: { id: DECISION } }]);
    expect(data!.organization.decided.edges).toEqual([]);
    expect(data!.decision.participants.edges.length).toBeGreaterThan(0);
    expect(data!.decision.lobbyingAbout.edges.map((e: { node: { date: string } }) => e.node.date)).toContain('2022-12-01');
  });

  it('filters decisions by their state today', async () => {
    const { data, errors } = await api.run(`{
      decided: decisions(status: DECIDED, decidedById: "meta") { edges { node { id status } } }
      open: decisions(status: UNDER_CONSIDERATION, decidedById: "meta") { edges { node { id } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.decided.edges).toContainEqual({ node: { id: DECISION, status: 'DECIDED' } });
    expect(data!.open.edges).not.toContainEqual({ node: { id: DECISION } });
  });

  it('adds a state through the API; a decision without states answers its own status; a state needs its start', async () => {
    await testDatabase().writeRows(
      `MERGE (o:Entity:Organization:Node {id: $org}) SET o.name = 'Test Board'
       MERGE (d:Claim:Decision:Node {id: $decision}) SET d.title = 'A test decision', d.status = 'ABANDONED', d.validFrom = date('2020-01-01')
       MERGE (d)-[:DECIDED_BY]->(o)`,
      { org: `${P}board`, decision: `${P}decision` },
    );
    const before = await api.run(`{ decision(id: "${P}decision") { status statusHistory { id } } }`);
    expect(before.data!.decision).toEqual({ status: 'ABANDONED', statusHistory: [] });

    const add = (input: Record<string, unknown>) =>
      api.run(`mutation($input: AddDecisionStateInput!) { addDecisionState(input: $input) { decisionState { id status validFrom decision { id } } } }`, { input }, editor);
    const added = await add({ id: `${P}state`, decisionId: `${P}decision`, status: 'DECIDED', validFrom: '2022-03-01', evidence: [{ sourceId: CNN, quote: 'a passage' }] });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addDecisionState.decisionState).toEqual({ id: `${P}state`, status: 'DECIDED', validFrom: '2022-03-01', decision: { id: `${P}decision` } });

    const after = await api.run(`{ decision(id: "${P}decision") { now: status before: status(asOf: "2021-01-01") } }`);
    expect(after.data!.decision).toEqual({ now: 'DECIDED', before: 'ABANDONED' });

    const refused = await add({ decisionId: `${P}decision`, status: 'IMPLEMENTED', evidence: [{ sourceId: CNN, quote: 'a passage' }] });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.argument).toBe('input.validFrom');
  });
});
