import fs from 'node:fs';
import path from 'node:path';
import { createTestServer, type TestServer } from '../../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';

/**
 * The facts of the worked example of docs/adding-an-article.md, `cypher/articles/2023-01-25-meta-reinstatement.cypher`
 * (applied by the global setup after the seed): read back through GraphQL and Cypher, with every quote found in the
 * research note it was copied from. Read-only.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const NOTE = 'note-meta-reinstatement-2023-01-25';
const POST = 'meta-newsroom-ending-trump-suspension-2023-01-25';
const DECISION = 'decision-meta-trump-reinstatement';
const STATE = 'decision-state-meta-trump-reinstatement-decided';

/** The note's text with each paragraph on one line, whitespace folded (quotes join a paragraph's wrapped lines). */
function noteParagraphs(): Map<string, string> {
  const upstream = path.resolve(ROOT, '..', 'shared', 'sources', 'meta-reinstatement-2023-01-25-summary.txt');
  const file = fs.existsSync(upstream) ? upstream : path.join(ROOT, 'sources', 'meta-reinstatement-2023-01-25-summary.txt');
  const paragraphs = new Map<string, string>();
  for (const block of fs.readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    const match = /^(¶\d+)\s+([\s\S]*)$/.exec(block.trim());
    if (match) paragraphs.set(match[1], match[2].replace(/\s+/g, ' ').trim());
  }
  return paragraphs;
}

describe('the article of 25 January 2023 (cypher/articles/2023-01-25-meta-reinstatement.cypher)', () => {
  const db = testDatabase();
  let api: TestServer;

  beforeAll(async () => {
    api = await createTestServer();
  });

  afterAll(async () => {
    await api.stop();
    await closeTestDatabases();
  });

  async function ok(query: string, variables?: Record<string, unknown>): Promise<any> {
    const { data, errors } = await api.run(query, variables);
    expect(errors).toBeUndefined();
    return data;
  }

  it('records the note as a source that cites Meta’s newsroom post, published by Meta', async () => {
    const data = await ok(`{ node(id: "${NOTE}") { ... on Source { title language cites { id title url publishedAt publisher { id } } } } }`);
    expect(data.node).toMatchObject({ language: 'en', title: expect.stringContaining('25 January 2023') });
    expect(data.node.cites).toEqual([
      {
        id: POST,
        title: 'Ending Suspension of Trump’s Accounts With New Guardrails to Deter Repeat Offenses',
        url: 'https://about.fb.com/news/2023/01/trump-facebook-instagram-account-suspension/',
        publishedAt: '2023-01-25',
        publisher: { id: 'meta' },
      },
    ]);
  });

  it('records that the decision was DECIDED on 25 January 2023 as a state of its own, leaving the status it was opened with', async () => {
    const [row] = await db.readRows(
      `MATCH (s:Claim:DecisionState {id: $state})-[:STATE_OF]->(d:Claim:Decision {id: $decision})
       RETURN s.status AS status, toString(s.validFrom) AS validFrom, s.validFromPrecision AS precision, s.validTo AS validTo,
              d.status AS decisionStatus`,
      { state: STATE, decision: DECISION },
    );
    expect(row).toEqual({
      status: 'DECIDED',
      validFrom: '2023-01-25',
      precision: 'DAY',
      validTo: null,
      decisionStatus: 'UNDER_CONSIDERATION',
    });
    // Decision.status answers the state of the day (schema: the latest of its states begun by then, else its own
    // status): the status it was opened with until the state of 25 January 2023, DECIDED from then on.
    const data = await ok(`{ decision(id: "${DECISION}") { opened: status(asOf: "2023-01-24") decided: status(asOf: "2023-01-25") today: status } }`);
    expect(data.decision).toEqual({ opened: 'UNDER_CONSIDERATION', decided: 'DECIDED', today: 'DECIDED' });
  });

  it('records Clegg’s title, President of Global Affairs at Meta, as of the post', async () => {
    const data = await ok(
      `{ person(id: "nick-clegg") { roles(asOf: "2023-01-25", first: 100) { edges { node { id title kind organization { id } evidence { source { id } locator attribution } } } } } }`,
    );
    const role = data.person.roles.edges.map((e: any) => e.node).find((r: any) => r.id === 'role-clegg-meta-president-global-affairs');
    expect(role).toMatchObject({ title: 'President of Global Affairs', kind: 'EXECUTIVE', organization: { id: 'meta' } });
    expect(role.evidence).toContainEqual({ source: { id: NOTE }, locator: '¶2', attribution: 'REPORTED' });
  });

  it('records what Clegg wrote, that the public should hear politicians and the new guardrails, about the decision', async () => {
    const rows = await db.readRows(
      `MATCH (:Person {id: 'nick-clegg'})-[:MADE]->(s:Claim:Statement)-[:ABOUT]->(:Decision {id: $decision})
       WHERE s.id ENDS WITH '-2023-01-25'
       RETURN s.id AS id, s.text AS text, s.medium AS medium, toString(s.saidAt) AS saidAt, s.isDirectQuote AS isDirectQuote,
              EXISTS { (:Person {id: 'nick-clegg'})-[:STATED_ABOUT {claimId: s.id}]->(:Decision {id: $decision}) } AS shortcut
       ORDER BY id`,
      { decision: DECISION },
    );
    expect(rows).toEqual([
      {
        id: 'statement-clegg-hear-politicians-2023-01-25',
        text: 'The public should be able to hear what politicians are saying.',
        medium: 'BLOG_POST',
        saidAt: '2023-01-25',
        isDirectQuote: false,
        shortcut: true,
      },
      {
        id: 'statement-clegg-new-guardrails-2023-01-25',
        text: expect.stringContaining('between one month and two years'),
        medium: 'BLOG_POST',
        saidAt: '2023-01-25',
        isDirectQuote: false,
        shortcut: true,
      },
    ]);
  });

  it('supports every claim with the note’s own words and with Meta’s post relayed via the note, each quote found in the note', async () => {
    const paragraphs = noteParagraphs();
    const rows = await db.readRows(
      `MATCH (c:Claim)-[e:SUPPORTED_BY]->(s:Source) WHERE s.id IN [$note, $post]
       RETURN c.id AS claim, s.id AS source, e.locator AS locator, e.attribution AS attribution, e.quoteVia AS via, e.quote AS quote ORDER BY claim, source`,
      { note: NOTE, post: POST },
    );
    const claims = [...new Set(rows.map((r) => r.claim))];
    expect(claims).toEqual([
      DECISION,
      STATE,
      'role-clegg-meta-president-global-affairs',
      'statement-clegg-hear-politicians-2023-01-25',
      'statement-clegg-new-guardrails-2023-01-25',
    ]);
    for (const claim of claims) {
      const fromNote = rows.find((r) => r.claim === claim && r.source === NOTE)!;
      const fromPost = rows.find((r) => r.claim === claim && r.source === POST)!;
      expect(fromNote).toMatchObject({ attribution: 'REPORTED', via: null });
      expect(paragraphs.get(fromNote.locator as string)).toBe(fromNote.quote);
      expect(fromPost).toMatchObject({ attribution: 'ACCORDING_TO', via: NOTE, locator: null, quote: fromNote.quote });
    }
    const data = await ok(`{ decision(id: "${DECISION}") { evidence { source { id } via { id } } } }`);
    expect(data.decision.evidence).toContainEqual({ source: { id: POST }, via: { id: NOTE } });
  });
});
