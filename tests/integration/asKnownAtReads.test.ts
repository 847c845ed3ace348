import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { createTestKey } from '../helpers/testKeys';
import { RUN, runPrefix } from '../helpers/testIds';

const P = runPrefix('knownreads');
const CNN = 'cnn-meta-trump-reinstatement-fr';
/** The run's suffix in letters only: one word for the full-text analyzer, new on every run. */
const TAG = RUN.replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]);
const FIRST = `Avelinor${TAG}`;
const SECOND = `Brimsworth${TAG}`;
const THIRD = `Corvanna${TAG}`;
type Caller = { keyId: string; role: 'EDITOR' | 'ADMIN' };

/** An instant strictly between writes: the database's clock has moved on before and after it. */
async function instant(): Promise<string> {
  await new Promise((r) => setTimeout(r, 30));
  const at = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 30));
  return at;
}

describe('asKnownAt on search (names as they were known), sources and conflicts', () => {
  let api: TestServer;
  let editor: Caller;
  const at: Record<string, string> = {};

  const rename = async (name: string, aliases: string[]) => {
    const { errors } = await api.run(
      `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { name } } }`,
      { input: { id: `${P}person`, name, aliases } },
      editor,
    );
    expect(errors).toBeUndefined();
  };
  const observe = async (id: string, value: number) => {
    const { errors } = await api.run(
      `mutation($input: AddObservationInput!) { addObservation(input: $input) { observation { id } } }`,
      { input: { id, subjectId: `${P}account`, metric: 'FOLLOWERS', value, observedAt: '2022-12-01', evidence: [{ sourceId: CNN, quote: `${value} followers` }] } },
      editor,
    );
    expect(errors).toBeUndefined();
  };

  beforeAll(async () => {
    api = await createTestServer();
    editor = (await createTestKey('EDITOR')).caller as Caller;
    await testDatabase().writeRows(
      `MERGE (p:Entity:Person:Node {id: $person}) SET p.name = $name, p.aliases = [$alias], p.aliasesText = $alias, p.createdAt = datetime()
       MERGE (a:Account:Node {id: $account}) SET a.handle = $handle, a.createdAt = datetime()
       MERGE (p)-[:HAS_ACCOUNT]->(a)`,
      { person: `${P}person`, name: `${FIRST} Example`, alias: `Avvy${TAG}`, account: `${P}account`, handle: `@${TAG}` },
    );
    await observe(`${P}obs-1`, 100);
    at.first = await instant();
    await rename(`${SECOND} Example`, [`Bimmy${TAG}`]);
    at.second = await instant();
    await rename(`${THIRD} Example`, []);
    const created = await api.run(
      `mutation($input: CreateSourceInput!) { createSource(input: $input) { source { id } } }`,
      { input: { id: `${P}source`, title: `A later source ${TAG}`, language: 'en' } },
      editor,
    );
    expect(created.errors).toBeUndefined();
    await observe(`${P}obs-2`, 120);
    at.now = await instant();
  });

  afterAll(async () => {
    await testDatabase().writeRows('MATCH ()-[r]->() WHERE r.claimId STARTS WITH $prefix DELETE r', { prefix: P });
    await testDatabase().writeRows('MATCH (v:EntityVersion) WHERE v.entityId STARTS WITH $prefix DETACH DELETE v', { prefix: P });
    await testDatabase().writeRows('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: P });
    await api.stop();
    await closeTestDatabases();
  });

  /** The test person's hits for a text, as of an instant (now when left out): its name and the text that matched. */
  const hits = async (text: string, asKnownAt?: string) => {
    const { data, errors } = await api.run(
      `query($text: String!, $at: DateTime) { search(text: $text, types: [PERSON], first: 10, asKnownAt: $at) { edges { node { matched node { id ... on Person { name aliases } } } } } }`,
      { text, at: asKnownAt },
    );
    expect(errors).toBeUndefined();
    return (data!.search.edges as Array<{ node: { node: { id: string; name: string; aliases: string[] }; matched: string } }>)
      .map((e) => e.node)
      .filter((hit) => hit.node.id === `${P}person`);
  };

  it('search finds an entity by the name it had at the instant, with that name, and not by names it had before or after', async () => {
    expect(await hits(FIRST.toLowerCase(), at.first)).toEqual([{ node: { id: `${P}person`, name: `${FIRST} Example`, aliases: [`Avvy${TAG}`] }, matched: `${FIRST} Example` }]);
    expect(await hits(SECOND, at.first)).toEqual([]);
    expect(await hits(THIRD, at.first)).toEqual([]);

    expect(await hits(SECOND, at.second)).toEqual([{ node: { id: `${P}person`, name: `${SECOND} Example`, aliases: [`Bimmy${TAG}`] }, matched: `${SECOND} Example` }]);
    expect(await hits(FIRST, at.second)).toEqual([]);
    expect(await hits(THIRD, at.second)).toEqual([]);

    for (const now of [undefined, at.now]) {
      expect(await hits(THIRD, now)).toEqual([{ node: { id: `${P}person`, name: `${THIRD} Example`, aliases: [] }, matched: `${THIRD} Example` }]);
      expect(await hits(FIRST, now)).toEqual([]);
      expect(await hits(SECOND, now)).toEqual([]);
    }
  });

  it('search finds an entity by an alias it had at the instant, and not by it once it was dropped', async () => {
    expect(await hits(`avvy${TAG}`, at.first)).toEqual([{ node: expect.objectContaining({ id: `${P}person` }), matched: `Avvy${TAG}` }]);
    expect(await hits(`avvy${TAG}`, at.second)).toEqual([]);
    expect(await hits(`bimmy${TAG}`, at.second)).toEqual([{ node: expect.objectContaining({ name: `${SECOND} Example` }), matched: `Bimmy${TAG}` }]);
    expect(await hits(`bimmy${TAG}`)).toEqual([]);
  });

  it('search finds nothing recorded after the instant', async () => {
    const before = await api.run(`query($at: DateTime) { search(text: "${FIRST}", asKnownAt: $at) { totalCount } }`, {
      at: new Date(Date.parse(at.first) - 3_600_000).toISOString(),
    });
    expect(before.errors).toBeUndefined();
    expect(before.data!.search.totalCount).toBe(0);
    const source = async (asKnownAt?: string) =>
      (await api.run(`query($at: DateTime) { search(text: "later source ${TAG}", types: [SOURCE], asKnownAt: $at) { totalCount } }`, { at: asKnownAt })).data!.search.totalCount;
    expect(await source(at.second)).toBe(0);
    expect(await source(at.now)).toBe(1);
  });

  it('sources and source(id) leave out a source added after the instant', async () => {
    const read = async (asKnownAt?: string) => {
      const { data, errors } = await api.run(
        `query($id: ID!, $at: DateTime) { sources(where: { id: { eq: $id } }, asKnownAt: $at) { totalCount edges { node { id } } } source(id: $id, asKnownAt: $at) { id title } }`,
        { id: `${P}source`, at: asKnownAt },
      );
      expect(errors).toBeUndefined();
      return data!;
    };
    expect(await read(at.second)).toEqual({ sources: { totalCount: 0, edges: [] }, source: null });
    for (const now of [undefined, at.now]) {
      expect(await read(now)).toEqual({ sources: { totalCount: 1, edges: [{ node: { id: `${P}source` } }] }, source: { id: `${P}source`, title: `A later source ${TAG}` } });
    }
  });

  it('conflicts leave out a conflict whose second claim was recorded after the instant', async () => {
    const read = async (asKnownAt?: string) => {
      const { data, errors } = await api.run(`query($id: ID, $at: DateTime) { conflicts(entityId: $id, asKnownAt: $at) { kind differs claims { id } } }`, {
        id: `${P}person`,
        at: asKnownAt,
      });
      expect(errors).toBeUndefined();
      return data!.conflicts;
    };
    expect(await read(at.second)).toEqual([]);
    const conflict = [{ kind: 'Observation', differs: ['value'], claims: [{ id: `${P}obs-1` }, { id: `${P}obs-2` }] }];
    expect(await read(at.now)).toEqual(conflict);
    expect(await read()).toEqual(conflict);
  });

  it('every root read takes asKnownAt but the audit log (changes, read by record time itself)', async () => {
    const { data, errors } = await api.run(`{ __type(name: "Query") { fields { name args { name } } } }`);
    expect(errors).toBeUndefined();
    const without = (data!.__type.fields as Array<{ name: string; args: Array<{ name: string }> }>).filter((f) => !f.args.some((a) => a.name === 'asKnownAt')).map((f) => f.name);
    expect(without).toEqual(['changes']);
  });
});
