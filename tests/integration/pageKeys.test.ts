import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db';
import { importPaths } from '../../src/import';
import { refreshPageKeys } from '../../src/claims/derived';
import { GRAPH_CHECKS, validateGraph } from '../../src/validate';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { createTestKey } from '../helpers/testKeys';
import { RUN, runPrefix } from '../helpers/testIds';
import { removeTestData } from './import/importTestData';
import { planOperators } from '../helpers/planOperators';

type Caller = { keyId: string; role: 'EDITOR' | 'ADMIN' };

const CNN = 'cnn-meta-trump-reinstatement-fr';
/** This run's ids: a second run on the same database, or a suite beside this one, never meets them. */
const PREFIX = runPrefix('pk');
/** The import ledger names the script by its file name: one of this run's own. */
const SCRIPT = `001-pk-${RUN}.cypher`;
const evidence = [{ sourceId: CNN, quote: 'q' }];
const db = testDatabase();

/** Our problems from the stale-page-keys check. */
async function stalePageKeys(): Promise<Array<{ id: string; detail: string }>> {
  const check = GRAPH_CHECKS.find((c) => c.name === 'stale-page-keys')!;
  const report = await validateGraph(db, { checks: [check] });
  return report.checks[0].problems.filter((p) => p.id.startsWith(PREFIX) || p.detail.includes(PREFIX));
}

/**
 * A hub's statements and the lobbying that targeted it are read in page order from relationship indexes
 * (cypher/schema/005-page-keys.cypher). Their keys are derived data: these tests check that every way of writing keeps
 * them, that the pages keep the order and the cursors of a list sorted by date then id, and that Neo4j reads them
 * from the index rather than sorting the whole list.
 */
describe('page keys', () => {
  let api: TestServer;
  let editor: Caller;
  let admin: Caller;

  beforeAll(async () => {
    api = await createTestServer();
    editor = (await createTestKey('EDITOR')).caller;
    admin = (await createTestKey('ADMIN')).caller;
    for (const [id, name] of [
      [`${PREFIX}speaker`, 'PK Speaker'],
      [`${PREFIX}other`, 'PK Other'],
      [`${PREFIX}lobbyist`, 'PK Lobbyist'],
    ]) {
      const r = await api.run(`mutation($id: ID!, $name: String!) { createPerson(input: {id: $id, name: $name}) { person { id } } }`, { id, name }, editor);
      expect(r.errors).toBeUndefined();
    }
    const org = await api.run(`mutation { createOrganization(input: {id: "${PREFIX}target", name: "PK Target", kind: COMPANY}) { organization { id } } }`, {}, editor);
    expect(org.errors).toBeUndefined();
  });

  afterAll(async () => {
    await db.writeRows(`MATCH ()-[r]->() WHERE r.claimId STARTS WITH $p DELETE r`, { p: PREFIX });
    await removeTestData(db, { idPrefixes: [PREFIX], migrationNames: [] });
    await api.stop();
    await closeTestDatabases();
  });

  // Dates as the cursors order them: missing first, then by date, ties by id.
  const saidAts: Array<[string, string | null]> = [
    ['s-e', '2021-03-01'],
    ['s-a', null],
    ['s-c', '2020-01-01'],
    ['s-g', '2021-03-01'],
    ['s-b', '2019-12-31'],
    ['s-f', null],
    ['s-d', '2022-06-15'],
  ];
  const expectedStatements = [...saidAts].sort(([ia, da], [ib, db2]) => (da ?? '').localeCompare(db2 ?? '') || ia.localeCompare(ib)).map(([id]) => `${PREFIX}${id}`);

  async function pageThrough(query: string, pick: (data: any) => any, variables: Record<string, unknown> = {}): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i += 1) {
      const { data, errors } = await api.run(query, { ...variables, after });
      expect(errors).toBeUndefined();
      const page = pick(data);
      ids.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  }

  it('gives statements written through the API their keys, and pages them missing dates first, then by date and id', async () => {
    for (const [id, saidAt] of saidAts) {
      const { errors } = await api.run(
        `mutation($input: AddStatementInput!) { addStatement(input: $input) { statement { id } } }`,
        { input: { id: `${PREFIX}${id}`, speakerIds: [`${PREFIX}speaker`], text: `Statement ${id}`, language: 'en', saidAt, evidence } },
        editor,
      );
      expect(errors).toBeUndefined();
    }
    const [keys] = await db.readRows(`MATCH (:Person {id: $id})-[r:MADE]->(s:Statement {id: $s}) RETURN r.pageOf AS pageOf, r.pageKey AS pageKey, r.pageId AS pageId`, {
      id: `${PREFIX}speaker`,
      s: `${PREFIX}s-e`,
    });
    expect(keys).toEqual({ pageOf: `${PREFIX}speaker`, pageKey: '2021-03-01', pageId: `${PREFIX}s-e` });
    const ids = await pageThrough(
      `query($after: String) { person(id: "${PREFIX}speaker") { statements(first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
      (data) => data.person.statements,
    );
    expect(ids).toEqual(expectedStatements);
    expect(await stalePageKeys()).toEqual([]);
  });

  it('pages lobbying by target through its keys, with the same filters as before', async () => {
    const efforts: Array<[string, string | null, string]> = [
      ['l-c', '2022-01-05', 'SUPPORT'],
      ['l-a', null, 'OPPOSE'],
      ['l-b', '2021-07-01', 'SUPPORT'],
      ['l-d', '2022-01-05', 'SUPPORT'],
    ];
    for (const [id, date, stance] of efforts) {
      const { errors } = await api.run(
        `mutation($input: AddLobbyingEffortInput!) { addLobbyingEffort(input: $input) { lobbyingEffort { id } } }`,
        { input: { id: `${PREFIX}${id}`, lobbyistIds: [`${PREFIX}lobbyist`], targetIds: [`${PREFIX}target`], method: 'LETTER', stance, date, evidence } },
        editor,
      );
      expect(errors).toBeUndefined();
    }
    const query = `query($after: String, $stance: Stance) { lobbyingEfforts(target: "${PREFIX}target", stance: $stance, first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    expect(await pageThrough(query, (data) => data.lobbyingEfforts)).toEqual([`${PREFIX}l-a`, `${PREFIX}l-b`, `${PREFIX}l-c`, `${PREFIX}l-d`]);
    expect(await pageThrough(query, (data) => data.lobbyingEfforts, { stance: 'SUPPORT' })).toEqual([`${PREFIX}l-b`, `${PREFIX}l-c`, `${PREFIX}l-d`]);
    // The lobbyist filter with a target still applies, and the list without a target is unchanged.
    const both = await api.run(`{ lobbyingEfforts(target: "${PREFIX}target", lobbyist: "${PREFIX}other") { edges { node { id } } } }`);
    expect(both.data!.lobbyingEfforts.edges).toEqual([]);
    const byLobbyist = await api.run(`{ lobbyingEfforts(lobbyist: "${PREFIX}lobbyist", first: 10) { edges { node { id } } } }`);
    expect(byLobbyist.data!.lobbyingEfforts.edges.map((e: any) => e.node.id)).toEqual([`${PREFIX}l-a`, `${PREFIX}l-b`, `${PREFIX}l-c`, `${PREFIX}l-d`]);
    expect(await stalePageKeys()).toEqual([]);
  });

  it('reads a page from the index in its order: no sort of the whole list', async () => {
    const captured: Array<{ cypher: string; params: Record<string, unknown> }> = [];
    const tx = {
      run: async (cypher: string, params: Record<string, unknown> = {}) => {
        captured.push({ cypher, params });
        return [];
      },
    };
    // The statements our API would send for the two pages (captured, not run), then planned by Neo4j.
    const spy = jest.spyOn(Database.prototype, 'read').mockImplementation(async (work: any) => work(tx));
    try {
      await api.run(
        `{ person(id: "${PREFIX}speaker") { statements(first: 2, after: null) { edges { node { id } } } } lobbyingEfforts(target: "${PREFIX}target", first: 2) { edges { node { id } } } }`,
      );
    } finally {
      spy.mockRestore();
    }
    const pageStatements = captured.filter((c) => /:MADE\]|:TARGETED\]/.test(c.cypher) && /pageOf/.test(c.cypher));
    expect(pageStatements.length).toBeGreaterThanOrEqual(2);
    for (const { cypher, params } of pageStatements) {
      const plan = await planOperators(db, `EXPLAIN ${cypher}`, params);
      // A seek on a graph of any size; on the test's small graph Neo4j may prefer to scan the index, in its order.
      expect(plan).toEqual(expect.arrayContaining([expect.stringMatching(/RelationshipIndex(Seek|Scan)/)]));
      expect(plan.filter((op) => /^(Sort|Top|PartialSort|PartialTop)/.test(op))).toEqual([]);
    }
  });

  it('moves the keys with the links when entities are merged', async () => {
    const { errors } = await api.run(
      `mutation { addStatement(input: {id: "${PREFIX}s-other", speakerIds: ["${PREFIX}other"], text: "Other", language: "en", saidAt: "2020-06-01", evidence: [{sourceId: "${CNN}", quote: "q"}]}) { statement { id } } }`,
      {},
      editor,
    );
    expect(errors).toBeUndefined();
    const merged = await api.run(`mutation { mergeEntities(input: {keepId: "${PREFIX}speaker", mergeId: "${PREFIX}other"}) { entity { id } } }`, {}, admin);
    expect(merged.errors).toBeUndefined();
    const { data } = await api.run(`{ person(id: "${PREFIX}speaker") { statements(first: 20) { edges { node { id } } } } }`);
    const ids = data!.person.statements.edges.map((e: any) => e.node.id);
    expect(ids).toEqual(
      [...saidAts, ['s-other', '2020-06-01'] as [string, string]]
        .sort(([ia, da], [ib, db2]) => (da ?? '').localeCompare(db2 ?? '') || ia.localeCompare(ib))
        .map(([id]) => `${PREFIX}${id}`),
    );
    expect(await stalePageKeys()).toEqual([]);
  });

  it('refreshes keys after an import whose script wrote links without them, and validate reports keys out of step', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pk-'));
    const script = path.join(dir, SCRIPT);
    fs.writeFileSync(
      script,
      `MATCH (p:Person {id: '${PREFIX}speaker'}), (s:Source {id: '${CNN}'})
MERGE (c:Claim:Statement {id: '${PREFIX}s-imported'})
SET c.text = 'Imported', c.language = 'en', c.saidAt = date('1999-01-01')
MERGE (p)-[:MADE]->(c)
MERGE (c)-[:SUPPORTED_BY {quote: 'q'}]->(s);
`,
    );
    try {
      await importPaths(db, [script], { root: dir });
      const { data } = await api.run(`{ person(id: "${PREFIX}speaker") { statements(first: 3) { edges { node { id } } } } }`);
      expect(data!.person.statements.edges.map((e: any) => e.node.id)).toEqual([`${PREFIX}s-a`, `${PREFIX}s-f`, `${PREFIX}s-imported`]);
      expect(await stalePageKeys()).toEqual([]);

      // A claim re-dated behind the API's back: validate reports it, and a refresh puts it right.
      await db.writeRows(`MATCH (c:Statement {id: $id}) SET c.saidAt = date('2030-01-01')`, { id: `${PREFIX}s-imported` });
      expect(await stalePageKeys()).toEqual([
        {
          kind: 'STALE_PAGE_KEY',
          id: `${PREFIX}s-imported`,
          detail: `(${PREFIX}speaker)-[:MADE]-(${PREFIX}s-imported) has page keys ${PREFIX}speaker, 1999-01-01, ${PREFIX}s-imported; its ends give ${PREFIX}speaker, 2030-01-01, ${PREFIX}s-imported`,
        },
      ]);
      expect(await db.write((tx) => refreshPageKeys(tx, [`${PREFIX}speaker`]))).toBe(1);
      expect(await db.write((tx) => refreshPageKeys(tx, [`${PREFIX}speaker`]))).toBe(0);
      expect(await stalePageKeys()).toEqual([]);
    } finally {
      await db.writeRows('MATCH (m:Migration) WHERE m.name ENDS WITH $name DELETE m', { name: SCRIPT });
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
