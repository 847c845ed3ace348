import { Database } from '../../src/db';
import { planOperators } from '../helpers/planOperators';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { createTestKey } from '../helpers/testKeys';
import { runPrefix } from '../helpers/testIds';

const P = runPrefix('truth');
const CNN = 'cnn-meta-trump-reinstatement-fr';
type Caller = { keyId: string; role: 'EDITOR' | 'ADMIN' };

describe('record time: evidence, corrections, ranks, conflicts, erasure', () => {
  let api: TestServer;
  let editor: Caller;
  let admin: Caller;

  beforeAll(async () => {
    api = await createTestServer();
    editor = (await createTestKey('EDITOR')).caller as Caller;
    admin = (await createTestKey('ADMIN')).caller as Caller;
    await testDatabase().writeRows(
      `MERGE (p:Entity:Person:Node {id: $person}) SET p.name = 'Test Person', p.aliases = ['T. Person'], p.createdAt = datetime()
       MERGE (o:Entity:Organization:Node {id: $org}) SET o.name = 'Test Org', o.createdAt = datetime()
       MERGE (a:Account:Node {id: $account}) SET a.handle = '@test'
       MERGE (p)-[:HAS_ACCOUNT]->(a)
       MERGE (s:Source:Node {id: $source}) SET s.title = 'A second source', s.language = 'en'`,
      { person: `${P}person`, org: `${P}org`, account: `${P}account`, source: `${P}source` },
    );
  });

  afterAll(async () => {
    await testDatabase().writeRows('MATCH ()-[r]->() WHERE r.claimId STARTS WITH $prefix DELETE r', { prefix: P });
    await testDatabase().writeRows('MATCH (v:EntityVersion) WHERE v.entityId STARTS WITH $prefix DETACH DELETE v', { prefix: P });
    await testDatabase().writeRows('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: P });
    await api.stop();
    await closeTestDatabases();
  });

  const observe = (id: string, value: number, sourceId: string) =>
    api.run(
      `mutation($input: AddObservationInput!) { addObservation(input: $input) { observation { id } } }`,
      { input: { id, subjectId: `${P}account`, metric: 'FOLLOWERS', value, observedAt: '2022-12-01', evidence: [{ sourceId, quote: `${value} followers` }] } },
      editor,
    );

  it('adds a second source to a claim, the edge with its own record time, audited', async () => {
    expect((await observe(`${P}obs-1`, 100, CNN)).errors).toBeUndefined();
    const { data, errors } = await api.run(
      `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { claim { id evidence { quote recordedAt source { id } } } } }`,
      { input: { claimId: `${P}obs-1`, evidence: { sourceId: `${P}source`, quote: 'about a hundred followers', attribution: 'REPORTED' } } },
      editor,
    );
    expect(errors).toBeUndefined();
    const evidence = data!.addEvidence.claim.evidence;
    expect(evidence.map((e: { source: { id: string } }) => e.source.id).sort()).toEqual([CNN, `${P}source`].sort());
    for (const e of evidence) expect(Date.parse(e.recordedAt)).toBeGreaterThan(Date.now() - 60_000);
    const [audit] = await testDatabase().readRows(`MATCH (a:AuditEntry {operation: 'addEvidence'}) WHERE $id IN a.ids RETURN a.keyId AS keyId, a.ids AS ids`, { id: `${P}obs-1` });
    expect(audit).toEqual({ keyId: editor.keyId, ids: [`${P}obs-1`, `${P}source`] });

    const missing = await api.run(
      `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { claim { id } } }`,
      { input: { claimId: `${P}nothing`, evidence: { sourceId: CNN, quote: 'x' } } },
      editor,
    );
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists two follower counts for one account on one day from two sources as a conflict, both with evidence', async () => {
    expect((await observe(`${P}obs-2`, 120, `${P}source`)).errors).toBeUndefined();
    for (const entityId of [`${P}account`, `${P}person`]) {
      const { data, errors } = await api.run(`query($id: ID) { conflicts(entityId: $id) { kind differs claims { id ... on Observation { value } evidence { source { id } } } } }`, {
        id: entityId,
      });
      expect(errors).toBeUndefined();
      expect(data!.conflicts).toEqual([
        {
          kind: 'Observation',
          differs: ['value'],
          claims: [
            { id: `${P}obs-1`, value: 100, evidence: expect.arrayContaining([{ source: { id: CNN } }]) },
            { id: `${P}obs-2`, value: 120, evidence: [{ source: { id: `${P}source` } }] },
          ],
        },
      ]);
    }
  });

  it('ranks a claim with a reason (editors only)', async () => {
    const mutation = `mutation($input: SetClaimRankInput!) { setClaimRank(input: $input) { claim { id rank rankReason } } }`;
    const input = { id: `${P}obs-2`, rank: 'DEPRECATED', reason: 'The second source rounds the figure.' };
    expect((await api.run(mutation, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const { data, errors } = await api.run(mutation, { input }, editor);
    expect(errors).toBeUndefined();
    expect(data!.setClaimRank.claim).toEqual({ id: `${P}obs-2`, rank: 'DEPRECATED', rankReason: input.reason });
    const other = await api.run(`{ node(id: "${P}obs-1") { ... on Claim { rank } } }`);
    expect(other.data!.node.rank).toBe('NORMAL');
  });

  it('corrects a claim: a new version supersedes the old, kept with its links and evidence; history lists both', async () => {
    const added = await api.run(
      `mutation($input: AddRoleInput!) { addRole(input: $input) { role { id } } }`,
      {
        input: {
          id: `${P}role`,
          holderId: `${P}person`,
          organizationId: `${P}org`,
          title: 'Director',
          kind: 'EXECUTIVE',
          validFrom: '2019-01-01',
          evidence: [{ sourceId: CNN, quote: 'director since 2019' }],
        },
      },
      editor,
    );
    expect(added.errors).toBeUndefined();
    const { data, errors } = await api.run(
      `mutation($input: CorrectClaimInput!) { correctClaim(input: $input) { claim { id validFrom ... on Role { title }
         evidence { source { id } } history { id recordedAt supersededAt operation keyId reason claim { validFrom ... on Role { title } } } } } }`,
      {
        input: {
          id: `${P}role`,
          changes: { validFrom: '2018-06-01', validFromPrecision: 'MONTH', values: [{ name: 'title', value: 'Managing director' }] },
          reason: 'The second source dates the appointment to June 2018.',
          evidence: [{ sourceId: `${P}source`, quote: 'managing director from June 2018' }],
        },
      },
      editor,
    );
    expect(errors).toBeUndefined();
    const claim = data!.correctClaim.claim;
    expect(claim).toMatchObject({ id: `${P}role`, validFrom: '2018-06-01', title: 'Managing director' });
    expect(claim.evidence.map((e: { source: { id: string } }) => e.source.id).sort()).toEqual([CNN, `${P}source`].sort());
    expect(claim.history).toHaveLength(2);
    const [first, second] = claim.history;
    expect(first).toMatchObject({ id: `${P}role-version-1`, operation: 'ADD_ROLE', keyId: editor.keyId, reason: null, claim: { validFrom: '2019-01-01', title: 'Director' } });
    expect(second).toMatchObject({
      id: `${P}role`,
      supersededAt: null,
      operation: 'CORRECT_CLAIM',
      keyId: editor.keyId,
      reason: 'The second source dates the appointment to June 2018.',
    });
    expect(first.supersededAt).toBe(second.recordedAt);

    // The current graph shows one role; the kept version has its own links and shortcut edge, out of the current graph.
    const roles = await api.run(`{ person(id: "${P}person") { roles { edges { node { id title } } } } }`);
    expect(roles.data!.person.roles.edges.map((e: any) => e.node)).toEqual([{ id: `${P}role`, title: 'Managing director' }]);
    const [edges] = await testDatabase().readRows(
      `MATCH (:Person {id: $person})-[e:ROLE_AT]->(:Organization {id: $org}) RETURN collect([e.claimId, e.validFrom IS NOT NULL, coalesce(e.retracted, false)]) AS edges`,
      { person: `${P}person`, org: `${P}org` },
    );
    expect((edges.edges as unknown[][]).map((e) => [e[0], e[2]]).sort()).toEqual([
      [`${P}role`, false],
      [`${P}role-version-1`, true],
    ]);

    const again = await api.run(
      `mutation($input: CorrectClaimInput!) { correctClaim(input: $input) { claim { id } } }`,
      { input: { id: `${P}role-version-1`, changes: { values: [] }, reason: 'Try the old one.' } },
      editor,
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const bad = await api.run(
      `mutation($input: CorrectClaimInput!) { correctClaim(input: $input) { claim { id } } }`,
      { input: { id: `${P}role`, changes: { values: [{ name: 'amount', value: '3' }] }, reason: 'A wrong field.' } },
      editor,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.argument).toBe('input.changes.values[0].name');
  });

  it('keeps the names an update replaces as a version of the entity', async () => {
    const { errors } = await api.run(
      `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { name } } }`,
      { input: { id: `${P}person`, name: 'Test Person Renamed', aliases: [] } },
      editor,
    );
    expect(errors).toBeUndefined();
    const [version] = await testDatabase().readRows(
      `MATCH (v:EntityVersion)-[:VERSION_OF]->(:Person {id: $id}) RETURN v.name AS name, v.aliases AS aliases, v.supersededAt IS NOT NULL AS superseded, v.supersededBy AS by`,
      { id: `${P}person` },
    );
    expect(version).toEqual({ name: 'Test Person', aliases: ['T. Person'], superseded: true, by: editor.keyId });
  });

  it('erases a claim for good, with its versions (admins only), and records that it did without the content', async () => {
    const mutation = `mutation($input: PurgeClaimInput!) { purgeClaim(input: $input) { purgedId purgedAt } }`;
    const input = { id: `${P}role`, reason: 'Court order 2026-123.' };
    expect((await api.run(mutation, { input }, editor)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { data, errors } = await api.run(mutation, { input }, admin);
    expect(errors).toBeUndefined();
    expect(data!.purgeClaim.purgedId).toBe(`${P}role`);
    const [left] = await testDatabase().readRows(
      `RETURN COUNT { MATCH (c:Claim) WHERE c.id STARTS WITH $id } AS claims, COUNT { MATCH ()-[e]->() WHERE e.claimId STARTS WITH $id } AS edges`,
      { id: `${P}role` },
    );
    expect(left).toEqual({ claims: 0, edges: 0 });
    const [audit] = await testDatabase().readRows(`MATCH (a:AuditEntry {operation: 'purgeClaim'}) WHERE $id IN a.ids RETURN properties(a) AS a`, { id: `${P}role` });
    expect(audit.a).toMatchObject({ ids: [`${P}role`], keyId: admin.keyId, reason: 'Court order 2026-123.' });
    expect(JSON.stringify(audit.a)).not.toContain('Managing director');
  });
  it("finds a claim's shortcut edges through their claimId index when it corrects, retracts or erases it, never by scanning every relationship", async () => {
    // At 10 million relationships a scan made a correction take 6 s (20 million db hits); an index seek is a few hits.
    const statements: Array<{ cypher: string; params: Record<string, unknown> }> = [];
    const write = Database.prototype.write;
    const spy = jest.spyOn(Database.prototype, 'write').mockImplementation(async function (this: Database, work: any, options?: any) {
      return write.call(
        this,
        (tx: any) => work({ ...tx, run: (cypher: string, params: Record<string, unknown> = {}) => (statements.push({ cypher, params }), tx.run(cypher, params)) }),
        options,
      );
    } as never);
    try {
      const id = `${P}scan-role`;
      const role = { id, holderId: `${P}person`, organizationId: `${P}org`, title: 'Adviser', kind: 'EMPLOYEE', evidence: [{ sourceId: CNN, quote: 'an adviser' }] };
      expect((await api.run(`mutation($input: AddRoleInput!) { addRole(input: $input) { role { id } } }`, { input: role }, editor)).errors).toBeUndefined();
      statements.length = 0;
      const correct = `mutation($input: CorrectClaimInput!) { correctClaim(input: $input) { claim { id } } }`;
      expect(
        (await api.run(correct, { input: { id, changes: { values: [{ name: 'title', value: 'Senior adviser' }] }, reason: 'A later source.' } }, editor)).errors,
      ).toBeUndefined();
      const retract = `mutation($input: RetractClaimInput!) { retractClaim(input: $input) { claim { id } } }`;
      expect((await api.run(retract, { input: { id, reason: 'Withdrawn.' } }, admin)).errors).toBeUndefined();
      const purge = `mutation($input: PurgeClaimInput!) { purgeClaim(input: $input) { purgedId } }`;
      expect((await api.run(purge, { input: { id, reason: 'Erasure request.' } }, admin)).errors).toBeUndefined();
      const shortcutStatements = statements.filter((s) => /claimId:/.test(s.cypher));
      expect(shortcutStatements.filter((s) => /MATCH \(a\)-\[e:/.test(s.cypher))).toHaveLength(3);
      for (const { cypher, params } of shortcutStatements) {
        const plan = await planOperators(testDatabase(), `EXPLAIN ${cypher}`, params);
        expect({ cypher, scans: plan.filter((op) => /AllRelationshipsScan|AllNodesScan/.test(op)) }).toEqual({ cypher, scans: [] });
        // The kept version's copies, the retraction's marks and the erasure seek the edges by claimId; the rederivation
        // MERGEs from the claim's bound ends (an expand between them).
        if (/MATCH \(a\)-\[e:/.test(cypher)) expect({ cypher, seeks: plan.some((op) => /RelationshipIndexSeek/.test(op)) }).toEqual({ cypher, seeks: true });
      }
    } finally {
      spy.mockRestore();
    }
  });
});
