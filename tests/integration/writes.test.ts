import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { createTestKey } from '../helpers/testKeys';
import { footprintOf, graphOutsideTestData } from '../helpers/graphFootprint';
import { runPrefix } from '../helpers/testIds';

type Caller = { keyId: string; role: 'EDITOR' | 'ADMIN' };

const CNN = 'cnn-meta-trump-reinstatement-fr';
/** This run's ids: a second run on the same database, or a suite beside this one, never meets them. */
const P = runPrefix('w');

/**
 * What a failed write could have left anywhere: this run's own nodes and every relationship touching them, and the
 * graph outside test data (where a write with a generated id, or a link to the article's nodes, would show). Neither
 * changes with what other suites write meanwhile.
 */
async function counts() {
  const db = testDatabase();
  return { own: await footprintOf(db, P), outside: await graphOutsideTestData(db) };
}

describe('writes with provenance', () => {
  let api: TestServer;
  let editor: Caller;
  let admin: Caller;
  let editorKey: string;
  let base: string;

  beforeAll(async () => {
    api = await createTestServer();
    base = `http://127.0.0.1:${await api.server.listen(0, '127.0.0.1')}`;
    const e = await createTestKey('EDITOR');
    const a = await createTestKey('ADMIN');
    editor = e.caller;
    admin = a.caller;
    editorKey = e.key;
    // The suite writes around its own entities, so that suites reading the article's graph see it unchanged.
    for (const [id, name, label] of [
      [`${P}org`, 'Test W Org', 'Organization'],
      [`${P}person`, 'Test W Person', 'Person'],
    ]) {
      await testDatabase().writeRows(`MERGE (n:Entity {id: $id}) SET n.name = $name, n.kind = 'COMPANY', n:${label}`, { id, name });
    }
    await testDatabase().writeRows(`MERGE (d:Claim:Decision {id: '${P}decision'}) SET d.title = 'Test decision', d.status = 'UNDER_CONSIDERATION'`);
  });

  afterAll(async () => {
    await testDatabase().writeRows(`MATCH ()-[r]->() WHERE r.claimId STARTS WITH '${P}' DELETE r`);
    await testDatabase().writeRows(`MATCH (n) WHERE n.id STARTS WITH '${P}' DETACH DELETE n`);
    await api.stop();
    await closeTestDatabases();
  });

  const post = (query: string, variables: Record<string, unknown> = {}, key?: string) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

  describe('access', () => {
    it('refuses a mutation without a key with UNAUTHENTICATED, before any Cypher runs', async () => {
      const before = api.queryCount();
      const { body } = await post(`mutation { createPerson(input: {id: "${P}nobody", name: "Nobody"}) { person { id } } }`);
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(api.queryCount()).toBe(before);
    });

    it('refuses an unknown or malformed key with UNAUTHENTICATED, even for reads', async () => {
      expect((await post(`{ platforms { edges { node { id } } } }`, {}, 'igk_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).body.errors[0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await post(`{ platforms { edges { node { id } } } }`, {}, 'not-a-key')).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('lets an EDITOR key write over HTTP, and refuses it a merge with FORBIDDEN', async () => {
      const created = await post(`mutation { createPerson(input: {id: "${P}http", name: "Over HTTP"}) { person { id name } } }`, {}, editorKey);
      expect(created.body.data.createPerson.person).toEqual({ id: `${P}http`, name: 'Over HTTP' });
      const merge = await post(`mutation { mergeEntities(input: {keepId: "${P}person", mergeId: "${P}http"}) { entity { id } } }`, {}, editorKey);
      expect(merge.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(merge.body.errors[0].message).toMatch(/ADMIN/);
    });

    it('keeps reads open by default, and the audit log for admins', async () => {
      const platforms = (await post(`{ platforms(first: 100) { edges { node { id } } } }`)).body.data.platforms.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(platforms).toEqual(expect.arrayContaining(['facebook', 'instagram', 'truth-social', 'twitter']));
      const asEditor = await api.run(`{ changes(since: "2000-01-01T00:00:00Z") { edges { node { id } } } }`, {}, editor);
      expect(asEditor.errors![0].extensions!.code).toBe('FORBIDDEN');
    });
  });

  describe('claims', () => {
    it('adds a role with its evidence, its shortcut edge and an audit entry, in one transaction', async () => {
      // The audit log is read from just before this write: the whole log grows with every run on the database.
      const since = new Date(Date.now() - 2_000).toISOString();
      await api.run(`mutation { createPerson(input: {id: "${P}alice", name: "Alice Martin"}) { person { id } } }`, {}, editor);
      const { data, errors } = await api.run(
        `mutation($input: AddRoleInput!) { addRole(input: $input) { role { id title kind holder { name } organization { name } validFrom validFromPrecision evidence { quote attribution source { id } } } } }`,
        {
          input: {
            id: `${P}role-1`,
            holderId: `${P}alice`,
            organizationId: `${P}org`,
            title: 'head of testing',
            kind: 'EXECUTIVE',
            validFrom: '2022-01-01',
            validFromPrecision: 'YEAR',
            evidence: [{ sourceId: CNN, quote: 'a passage', quoteLanguage: 'fr', attribution: 'REPORTED' }],
          },
        },
        editor,
      );
      expect(errors).toBeUndefined();
      expect(data!.addRole.role).toMatchObject({
        id: `${P}role-1`,
        holder: { name: 'Alice Martin' },
        organization: { name: 'Test W Org' },
        validFrom: '2022-01-01',
        validFromPrecision: 'YEAR',
      });
      expect(data!.addRole.role.evidence).toEqual([{ quote: 'a passage', attribution: 'REPORTED', source: { id: CNN } }]);
      const [edge] = await testDatabase().readRows(
        `MATCH (:Person {id: '${P}alice'})-[r:ROLE_AT {claimId: '${P}role-1'}]->(:Organization {id: '${P}org'}) RETURN r.kind AS kind, r.validFrom AS validFrom`,
      );
      expect(edge).toEqual({ kind: 'EXECUTIVE', validFrom: '2022-01-01' });
      // Every page of the log since then: other suites write meanwhile too.
      const changes: unknown[] = [];
      for (let after: string | null = null, page = 0; page < 100; page++) {
        const audit: any = await api.run(
          `query($since: DateTime!, $after: String) { changes(since: $since, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { keyId operation ids } } } }`,
          { since, after },
          admin,
        );
        expect(audit.errors).toBeUndefined();
        changes.push(...audit.data.changes.edges.map((e: any) => e.node));
        if (!audit.data.changes.pageInfo.hasNextPage) break;
        after = audit.data.changes.pageInfo.endCursor;
      }
      expect(changes).toEqual(expect.arrayContaining([{ keyId: editor.keyId, operation: 'ADD_ROLE', ids: [`${P}role-1`] }]));
    });

    it('creates a new source along with the claim it supports', async () => {
      const { data, errors } = await api.run(
        `mutation($input: AddStatementInput!) { addStatement(input: $input) { statement { id speaker { name } evidence { source { title url publisher { name } } } } } }`,
        {
          input: {
            id: `${P}statement-1`,
            speakerIds: [`${P}person`],
            aboutIds: [`${P}decision`],
            text: 'A test statement.',
            language: 'en',
            evidence: [
              {
                source: { id: `${P}source-1`, title: 'A test source', url: 'https://example.org/test', language: 'en', publisherId: 'cnn' },
                quote: 'A test statement.',
                attribution: 'DIRECT',
              },
            ],
          },
        },
        editor,
      );
      expect(errors).toBeUndefined();
      expect(data!.addStatement.statement.speaker.name).toBe('Test W Person');
      expect(data!.addStatement.statement.evidence[0].source).toEqual({ title: 'A test source', url: 'https://example.org/test', publisher: { name: 'CNN' } });
    });

    it('refuses a claim without evidence, naming the field', async () => {
      const { errors } = await api.run(`mutation { addRole(input: {holderId: "${P}person", organizationId: "${P}org", title: "x", evidence: []}) { role { id } } }`, {}, editor);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.evidence' });
    });
  });

  describe('nothing half-written', () => {
    it('leaves the graph unchanged when an evidence source does not exist', async () => {
      const before = await counts();
      const { errors } = await api.run(
        `mutation { addRole(input: {holderId: "${P}person", organizationId: "${P}org", title: "x", evidence: [{sourceId: "${CNN}", quote: "ok"}, {sourceId: "no-such-source", quote: "q"}]}) { role { id } } }`,
        {},
        editor,
      );
      expect(errors![0].extensions!.code).toBe('NOT_FOUND');
      expect(errors![0].message).toMatch(/evidence\[1\]\.sourceId/);
      expect(await counts()).toEqual(before);
    });

    it('leaves the graph unchanged when an input fails validation', async () => {
      const before = await counts();
      const blank = await api.run(`mutation { createPerson(input: {name: "   "}) { person { id } } }`, {}, editor);
      expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.name' });
      const url = await api.run(
        `mutation { addRole(input: {holderId: "${P}person", organizationId: "${P}org", title: "x", evidence: [{source: {title: "t", language: "en", url: "javascript:alert(1)"}, quote: "q"}]}) { role { id } } }`,
        {},
        editor,
      );
      expect(url.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.evidence[0].source.url' });
      const kind = await api.run(`mutation { createOrganization(input: {name: "X", kind: "CULT"}) { organization { id } } }`, {}, editor);
      expect(kind.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.kind' });
      const month = await api.run(
        `mutation { addRole(input: {holderId: "${P}person", organizationId: "${P}org", title: "x", validFrom: "2022-11-15", validFromPrecision: MONTH, evidence: [{sourceId: "${CNN}", quote: "q"}]}) { role { id } } }`,
        {},
        editor,
      );
      expect(month.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.validFrom' });
      expect(await counts()).toEqual(before);
    });

    it('leaves the graph unchanged when Neo4j fails part-way through the transaction', async () => {
      const slow = await createTestServer({ NEO4J_QUERY_TIMEOUT_MS: '100' });
      try {
        const before = await counts();
        // The ROLE_AT shortcut is written after the claim, its links and its evidence; a lock held by another
        // transaction on the organization makes that late statement wait past the timeout.
        const blocker = testDatabase().driver.session();
        const tx = await blocker.beginTransaction();
        await tx.run(`MATCH (o:Organization {id: '${P}org'}) SET o.lockedForTest = true`);
        const result = slow.run(
          `mutation { addRole(input: {id: "${P}timeout", holderId: "${P}person", organizationId: "${P}org", title: "x", evidence: [{sourceId: "${CNN}", quote: "q"}]}) { role { id } } }`,
          {},
          editor,
        );
        const { errors } = await result;
        await tx.rollback();
        await blocker.close();
        expect(errors![0].extensions!.code).toMatch(/QUERY_TIMEOUT|DATABASE_UNAVAILABLE|INTERNAL_SERVER_ERROR/);
        expect(await counts()).toEqual(before);
        expect(await testDatabase().readRows(`MATCH (c:Claim {id: '${P}timeout'}) RETURN c`)).toEqual([]);
      } finally {
        await slow.stop();
      }
    });
  });

  describe('idempotent retries', () => {
    it('leaves exactly one node after 20 concurrent identical creates with the same client id', async () => {
      const mutation = `mutation { createPerson(input: {id: "${P}twenty", name: "Twenty Times"}) { person { id name } } }`;
      const results = await Promise.all(Array.from({ length: 20 }, () => api.run(mutation, {}, editor)));
      for (const r of results) expect(r.errors).toBeUndefined();
      const rows = await testDatabase().readRows(`MATCH (n {id: '${P}twenty'}) RETURN count(n) AS n`);
      expect(rows[0].n).toBe(1);
    });

    it('leaves exactly one claim, one evidence edge and one shortcut after 20 concurrent identical claim writes', async () => {
      const mutation = `mutation { addRole(input: {id: "${P}role-twenty", holderId: "${P}person", organizationId: "${P}org", title: "twenty", evidence: [{sourceId: "${CNN}", quote: "q"}]}) { role { id } } }`;
      const results = await Promise.all(Array.from({ length: 20 }, () => api.run(mutation, {}, editor)));
      for (const r of results) expect(r.errors).toBeUndefined();
      const [row] = await testDatabase().readRows(
        `MATCH (c:Claim {id: '${P}role-twenty'}) WITH count(c) AS claims
         OPTIONAL MATCH (:Claim {id: '${P}role-twenty'})-[e:SUPPORTED_BY]->() WITH claims, count(e) AS evidence
         OPTIONAL MATCH ()-[s:ROLE_AT {claimId: '${P}role-twenty'}]->() RETURN claims, evidence, count(s) AS shortcuts`,
      );
      expect(row).toEqual({ claims: 1, evidence: 1, shortcuts: 1 });
    });
  });

  describe('admin', () => {
    it('merges two entities: relationships move, the name becomes an alias, and the merged id keeps resolving', async () => {
      await api.run(`mutation { createPerson(input: {id: "${P}keep", name: "Nicholas Clegg-Test"}) { person { id } } }`, {}, editor);
      await api.run(`mutation { createPerson(input: {id: "${P}gone", name: "N. Clegg-Test", aliases: ["NCT"]}) { person { id } } }`, {}, editor);
      await api.run(
        `mutation { addRole(input: {id: "${P}role-gone", holderId: "${P}gone", organizationId: "${P}org", title: "t", evidence: [{sourceId: "${CNN}", quote: "q"}]}) { role { id } } }`,
        {},
        editor,
      );
      const { data, errors } = await api.run(`mutation { mergeEntities(input: {keepId: "${P}keep", mergeId: "${P}gone"}) { entity { id aliases } } }`, {}, admin);
      expect(errors).toBeUndefined();
      expect(data!.mergeEntities.entity).toEqual({ id: `${P}keep`, aliases: ['N. Clegg-Test', 'NCT'] });
      const moved = await api.run(`{ person(id: "${P}gone") { id roles { edges { node { id } } } } }`);
      expect(moved.data!.person).toEqual({ id: `${P}keep`, roles: { edges: [{ node: { id: `${P}role-gone` } }] } });
      const shortcut = await testDatabase().readRows(`MATCH (:Person {id: '${P}keep'})-[r:ROLE_AT {claimId: '${P}role-gone'}]->() RETURN count(r) AS n`);
      expect(shortcut[0].n).toBe(1);
    });

    it('retracts a claim: hidden from lists and paths, still visible by id with the reason', async () => {
      await api.run(`mutation { createPerson(input: {id: "${P}bob", name: "Bob Retract"}) { person { id } } }`, {}, editor);
      await api.run(
        `mutation { addRole(input: {id: "${P}role-retract", holderId: "${P}bob", organizationId: "${P}org", title: "t", evidence: [{sourceId: "${CNN}", quote: "q"}]}) { role { id } } }`,
        {},
        editor,
      );
      const retracted = await api.run(
        `mutation { retractClaim(input: {id: "${P}role-retract", reason: "wrong person"}) { claim { id retractedAt retractionReason } } }`,
        {},
        admin,
      );
      expect(retracted.errors).toBeUndefined();
      expect(retracted.data!.retractClaim.claim).toMatchObject({ id: `${P}role-retract`, retractionReason: 'wrong person' });
      const after = await api.run(
        `{ person(id: "${P}bob") { roles { totalCount edges { node { id } } } } paths(fromId: "${P}bob", toId: "${P}org") { totalCount edges { node { length } } } node(id: "${P}role-retract") { ... on Claim { retractedAt } } }`,
      );
      expect(after.data!.person.roles).toEqual({ totalCount: 0, edges: [] });
      expect(after.data!.paths).toEqual({ totalCount: 0, edges: [] });
      expect(after.data!.node.retractedAt).toBeTruthy();
    });
  });

  describe('text', () => {
    it('stores names as NFC', async () => {
      const decomposed = 'Ame\u0301lie Test';
      const { data } = await api.run(`mutation($n: String!) { createPerson(input: {id: "${P}nfc", name: $n}) { person { name } } }`, { n: decomposed }, editor);
      expect(data!.createPerson.person.name).toBe('Amélie Test'.normalize('NFC'));
      expect(data!.createPerson.person.name.length).toBe(11);
    });
  });
});
