import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { createTestKey } from '../helpers/testKeys';
import { runPrefix } from '../helpers/testIds';

const P = runPrefix('known');
const CNN = 'cnn-meta-trump-reinstatement-fr';
type Caller = { keyId: string; role: 'EDITOR' | 'ADMIN' };
const nodesOf = (connection: { edges: Array<{ node: any }> }) => connection.edges.map((e) => e.node);

/** An instant strictly between writes: the database's clock has moved on before and after it. */
async function instant(): Promise<string> {
  await new Promise((r) => setTimeout(r, 30));
  const at = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 30));
  return at;
}

describe('asKnownAt: the graph as it stood at an instant of record time', () => {
  let api: TestServer;
  let editor: Caller;
  let admin: Caller;
  const at: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestServer();
    editor = (await createTestKey('EDITOR')).caller as Caller;
    admin = (await createTestKey('ADMIN')).caller as Caller;
    at.beforeAnything = await instant();
    await testDatabase().writeRows(
      `MERGE (p:Entity:Person:Node {id: $person}) SET p.name = 'Ada Example', p.aliases = [], p.createdAt = datetime()
       MERGE (o:Entity:Organization:Node {id: $org}) SET o.name = 'Example Works', o.createdAt = datetime()`,
      { person: `${P}person`, org: `${P}org` },
    );
    const role = (id: string, title: string) =>
      api.run(
        `mutation($input: AddRoleInput!) { addRole(input: $input) { role { id } } }`,
        { input: { id, holderId: `${P}person`, organizationId: `${P}org`, title, kind: 'EXECUTIVE', validFrom: '2019-01-01', evidence: [{ sourceId: CNN, quote: title }] } },
        editor,
      );
    expect((await role(`${P}director`, 'Director')).errors).toBeUndefined();
    expect((await role(`${P}adviser`, 'Adviser')).errors).toBeUndefined();
    at.beforeCorrection = await instant();
    const corrected = await api.run(
      `mutation($input: CorrectClaimInput!) { correctClaim(input: $input) { claim { id } } }`,
      {
        input: { id: `${P}director`, changes: { validFrom: '2018-06-01', values: [{ name: 'title', value: 'Managing director' }] }, reason: 'Dated and titled by a later source.' },
      },
      editor,
    );
    expect(corrected.errors).toBeUndefined();
    at.afterCorrection = await instant();
    const retracted = await api.run(
      `mutation($input: RetractClaimInput!) { retractClaim(input: $input) { claim { id } } }`,
      { input: { id: `${P}adviser`, reason: 'Not in the source.' } },
      admin,
    );
    expect(retracted.errors).toBeUndefined();
    const renamed = await api.run(
      `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { name } } }`,
      { input: { id: `${P}person`, name: 'Ada Renamed' } },
      editor,
    );
    expect(renamed.errors).toBeUndefined();
    at.now = await instant();
  });

  afterAll(async () => {
    await testDatabase().writeRows('MATCH ()-[r]->() WHERE r.claimId STARTS WITH $prefix DELETE r', { prefix: P });
    await testDatabase().writeRows('MATCH (v:EntityVersion) WHERE v.entityId STARTS WITH $prefix DETACH DELETE v', { prefix: P });
    await testDatabase().writeRows('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: P });
    await api.stop();
    await closeTestDatabases();
  });

  const rolesAt = async (asKnownAt?: string) => {
    const { data, errors } = await api.run(`query($at: DateTime) { person(id: "${P}person", asKnownAt: $at) { name roles { edges { node { id title validFrom } } } } }`, {
      at: asKnownAt,
    });
    expect(errors).toBeUndefined();
    const person = data!.person;
    return person && { name: person.name, roles: nodesOf(person.roles) };
  };

  it('answers the old value before the correction, the new one after; the retracted claim until its retraction', async () => {
    expect(await rolesAt(at.beforeAnything)).toBeNull();
    expect(await rolesAt(at.beforeCorrection)).toEqual({
      name: 'Ada Example',
      roles: [
        { id: `${P}adviser`, title: 'Adviser', validFrom: '2019-01-01' },
        { id: `${P}director`, title: 'Director', validFrom: '2019-01-01' },
      ],
    });
    expect(await rolesAt(at.afterCorrection)).toEqual({
      name: 'Ada Example',
      roles: [
        { id: `${P}director`, title: 'Managing director', validFrom: '2018-06-01' },
        { id: `${P}adviser`, title: 'Adviser', validFrom: '2019-01-01' },
      ],
    });
    const now = { name: 'Ada Renamed', roles: [{ id: `${P}director`, title: 'Managing director', validFrom: '2018-06-01' }] };
    expect(await rolesAt(at.now)).toEqual(now);
    expect(await rolesAt()).toEqual(now);
  });

  it('looks a corrected claim up by id as it then stood, with the evidence it then had, and its history', async () => {
    const query = `query($at: DateTime) { node(id: "${P}director", asKnownAt: $at) { id ... on Role { title validFrom retractedAt evidence { quote } history { id } } } }`;
    const before = await api.run(query, { at: at.beforeCorrection });
    expect(before.errors).toBeUndefined();
    expect(before.data!.node).toEqual({
      id: `${P}director`,
      title: 'Director',
      validFrom: '2019-01-01',
      retractedAt: null,
      evidence: [{ quote: 'Director' }],
      history: [{ id: `${P}director-version-1` }],
    });
    const now = await api.run(query, {});
    expect(now.data!.node).toMatchObject({ id: `${P}director`, title: 'Managing director', validFrom: '2018-06-01' });
    expect(now.data!.node.history.map((h: { id: string }) => h.id)).toEqual([`${P}director-version-1`, `${P}director`]);
  });

  it('agrees in the timeline and in paths', async () => {
    const timeline = async (asKnownAt?: string) => {
      const { data, errors } = await api.run(`query($at: DateTime) { timeline(entityId: "${P}person", asKnownAt: $at) { edges { node { date kind node { id } } } } }`, {
        at: asKnownAt,
      });
      expect(errors).toBeUndefined();
      return nodesOf(data!.timeline).map((t: { date: string; node: { id: string } }) => `${t.date} ${t.node.id}`);
    };
    expect(await timeline(at.beforeCorrection)).toEqual([`2019-01-01 ${P}adviser`, `2019-01-01 ${P}director`]);
    expect(await timeline()).toEqual([`2018-06-01 ${P}director`]);

    const paths = async (asKnownAt?: string) => {
      const { data, errors } = await api.run(
        `query($at: DateTime) { paths(fromId: "${P}person", toId: "${P}org", maxHops: 1, asKnownAt: $at) { edges { node { edges { claim { id ... on Role { title } } } } } } }`,
        { at: asKnownAt },
      );
      expect(errors).toBeUndefined();
      return nodesOf(data!.paths)
        .flatMap((p: { edges: Array<{ claim: { id: string; title: string } }> }) => p.edges.map((e) => `${e.claim.id} ${e.claim.title}`))
        .sort();
    };
    expect(await paths(at.beforeCorrection)).toEqual([`${P}adviser Adviser`, `${P}director Director`]);
    expect(await paths(at.afterCorrection)).toEqual([`${P}adviser Adviser`, `${P}director Managing director`]);
    expect(await paths()).toEqual([`${P}director Managing director`]);

    const around = await api.run(`query($at: DateTime) { neighborhood(id: "${P}person", asKnownAt: $at) { edges { claim { id } } } }`, { at: at.beforeCorrection });
    expect(around.errors).toBeUndefined();
    expect(around.data!.neighborhood.edges.map((e: { claim: { id: string } }) => e.claim.id).sort()).toEqual([`${P}adviser`, `${P}director`]);
  });

  it("says plainly that Clegg's former deputy prime minister role held only possibly on 2019-06-01, and filters on it", async () => {
    const { data, errors } = await api.run(`{
      person(id: "nick-clegg") {
        roles(asOf: "2019-06-01") { edges { node { id validity(asOf: "2019-06-01") } } }
        certain: roles(asOf: "2019-06-01", validity: CERTAIN) { edges { node { id } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const roles = nodesOf(data!.person.roles);
    expect(roles).toContainEqual({ id: 'role-clegg-uk-deputy-prime-minister', validity: 'POSSIBLE' });
    expect(nodesOf(data!.person.certain).map((r: { id: string }) => r.id)).not.toContain('role-clegg-uk-deputy-prime-minister');
    for (const role of roles) expect(['CERTAIN', 'POSSIBLE']).toContain(role.validity);
  });
});
