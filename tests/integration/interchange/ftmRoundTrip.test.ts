import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deriveAll } from '../../../src/claims/derived';
import { importFtmFile } from '../../../src/interchange/ftm/importFtm';
import { writeSeedAsFtm } from '../../helpers/seedAsFtm';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { runPrefix } from '../../helpers/testIds';

const db = testDatabase();
const prefix = runPrefix('ftm-rt');
const resumed = runPrefix('ftm-resume');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftm-rt-'));
const file = path.join(dir, 'seed.ftm.json');

async function cleanup() {
  for (const p of [prefix, resumed]) {
    await db.writeRows(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p });
  }
  await db.writeRows(`MATCH (m:Migration) WHERE m.name STARTS WITH $dir DETACH DELETE m`, { dir });
}

const strip = (value: unknown, p: string): unknown => JSON.parse(JSON.stringify(value).split(`"${p}`).join('"'));

/** The article's questions, asked of the graph under an id prefix ('' = the seed), answers with the prefix removed. */
async function answers(p: string) {
  const ask = async (cypher: string, params: Record<string, unknown> = {}) => strip(await db.readRows(cypher, { ...params, p }), p);
  return {
    rolesAtMeta: await ask(
      `MATCH (h)-[:HOLDS]->(r:Role)-[:AT]->(o {id: $p + 'meta'}) WHERE r.validFrom IS NULL OR r.validFrom <= date('2022-12-01')
       RETURN h.id AS holder, r.title AS title, r.kind AS kind, toString(r.validFrom) AS from ORDER BY holder, title`,
    ),
    lobbiedMeta: await ask(`MATCH (a)-[e:LOBBIED]->(o {id: $p + 'meta'}) RETURN a.id AS lobbyist, e.stance AS stance, e.method AS method ORDER BY lobbyist`),
    decisionParts: await ask(`MATCH (a)-[e:DECIDED]->(d {id: $p + 'decision-meta-trump-reinstatement'}) RETURN a.id AS actor, e.role AS role ORDER BY actor, role`),
    cleggSaid: await ask(`MATCH ({id: $p + 'nick-clegg'})-[:MADE]->(s:Statement) RETURN s.text AS text, toString(s.saidAt) AS saidAt, s.medium AS medium ORDER BY text`),
    evidence: await ask(
      `MATCH (c:Claim)-[r:SUPPORTED_BY]->(s:Source) WHERE c.id STARTS WITH $p AND ($p <> '' OR NOT c.id STARTS WITH 'test-')
       RETURN c.id AS claim, s.id AS source, r.quote AS quote, r.attribution AS attribution ORDER BY claim, source, quote`,
    ),
    path: await ask(
      `MATCH (a {id: $p + 'adam-schiff'}), (b {id: $p + 'nick-clegg'}) MATCH p = shortestPath((a)-[:LOBBIED|ROLE_AT|DECIDED|STATED_ABOUT|RESTRICTED|OWNS_STAKE|PAID|OPERATES|PART_OF|HAS_ACCOUNT|ON_PLATFORM*..6]-(b)) RETURN length(p) AS hops`,
    ),
  };
}

beforeAll(async () => {
  await cleanup();
  await writeSeedAsFtm(db, file);
});

afterAll(async () => {
  await cleanup();
  await closeTestDatabases();
});

describe('FtM import', () => {
  it('round-trips the article: exported to FtM and imported under a prefix, it answers the key questions the same way', async () => {
    const result = await importFtmFile(db, file, { idPrefix: prefix, batchSize: 50 });
    expect(result.status).toBe('applied');
    expect(result.entities).toBeGreaterThan(150);
    expect(result.entitiesPerSecond).toBeGreaterThan(0);
    await db.write((tx) => deriveAll(tx));
    const seed = await answers('');
    const copy = await answers(prefix);
    expect(seed.rolesAtMeta).not.toEqual([]);
    expect(seed.lobbiedMeta).not.toEqual([]);
    expect(copy.rolesAtMeta).toEqual(seed.rolesAtMeta);
    expect(copy.lobbiedMeta).toEqual(seed.lobbiedMeta);
    expect(copy.decisionParts).toEqual(seed.decisionParts);
    expect(copy.cleggSaid).toEqual(seed.cleggSaid);
    expect(copy.path).toEqual(seed.path);
    expect((copy.evidence as unknown[]).length).toBe((seed.evidence as unknown[]).length);
  });

  it('changes nothing on a re-import', async () => {
    const count = async () =>
      (await db.readRows(`MATCH (n) WHERE n.id STARTS WITH $p OPTIONAL MATCH (n)-[r]-() RETURN count(DISTINCT n) AS n, count(DISTINCT r) AS r`, { p: prefix }))[0];
    const before = await count();
    const again = await importFtmFile(db, file, { idPrefix: prefix });
    expect(again.status).toBe('skipped');
    await db.writeRows(`MATCH (m:Migration) WHERE m.name STARTS WITH $dir DETACH DELETE m`, { dir });
    const forced = await importFtmFile(db, file, { idPrefix: prefix });
    expect(forced.status).toBe('applied');
    expect(await count()).toEqual(before);
  });

  it('resumes a killed import where it stopped and ends with the same counts', async () => {
    const killedFile = path.join(dir, 'killed.ftm.json');
    fs.copyFileSync(file, killedFile);
    await expect(importFtmFile(db, killedFile, { idPrefix: resumed, batchSize: 20, stopAfterBatches: 3 })).rejects.toThrow(/stopped/);
    const [ledger] = await db.readRows(`MATCH (m:Migration) WHERE m.name ENDS WITH 'killed.ftm.json' RETURN m.complete AS complete, m.line AS line`);
    expect(ledger).toMatchObject({ complete: false });
    const done = await importFtmFile(db, killedFile, { idPrefix: resumed, batchSize: 20 });
    expect(done.status).toBe('applied');
    await db.write((tx) => deriveAll(tx));
    const count = async (p: string) =>
      (await db.readRows(`MATCH (n) WHERE n.id STARTS WITH $p OPTIONAL MATCH (n)-[r]-() RETURN count(DISTINCT n) AS n, count(DISTINCT r) AS r`, { p }))[0];
    expect(await count(resumed)).toEqual(await count(prefix));
  });

  it('refuses a file with an error on line 7, naming file:7, and writes nothing', async () => {
    const bad = path.join(dir, 'bad.ftm.json');
    const good = fs.readFileSync(file, 'utf8').split('\n').slice(0, 6);
    fs.writeFileSync(bad, [...good, JSON.stringify({ id: 'x1', schema: 'Person', properties: { name: ['X'], birthDate: ['not a date'] } })].join('\n'));
    await expect(importFtmFile(db, bad, { idPrefix: `${prefix}bad-` })).rejects.toThrow(/bad\.ftm\.json:7: .*birthDate/);
    expect((await db.readRows(`MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS n`, { p: `${prefix}bad-` }))[0].n).toBe(0);
  });

  it('gives a claim without Documentation the dataset as evidence, the record as locator, and turns referents into merged ids', async () => {
    const small = path.join(dir, 'small.ftm.json');
    const lines = [
      { id: 'p1', schema: 'Person', properties: { name: ['Ada Example'] }, referents: ['p1-old'] },
      { id: 'o1', schema: 'Company', properties: { name: ['Example Corp'] } },
      { id: 'd1', schema: 'Directorship', properties: { director: ['p1'], organization: ['o1'], role: ['Chair'], startDate: ['2020'] } },
    ];
    fs.writeFileSync(small, lines.map((l) => JSON.stringify(l)).join('\n'));
    await importFtmFile(db, small, { idPrefix: prefix });
    const [row] = await db.readRows(
      `MATCH (c:Role {id: $id})-[r:SUPPORTED_BY]->(s:Source) MATCH (h)-[:HOLDS]->(c)-[:AT]->(o) RETURN r.locator AS locator, s.title AS title, h.id AS holder, o.kind AS kind, c.kind AS roleKind, c.validFromPrecision AS precision`,
      { id: `${prefix}d1` },
    );
    expect(row).toEqual({ locator: 'd1', title: 'FollowTheMoney stream small.ftm.json', holder: `${prefix}p1`, kind: 'COMPANY', roleKind: 'EXECUTIVE', precision: 'YEAR' });
    const [merged] = await db.readRows(`MATCH (:MergedId {id: $old})-[:MERGED_INTO]->(p) RETURN p.id AS id`, { old: `${prefix}p1-old` });
    expect(merged.id).toBe(`${prefix}p1`);
  });

  it('checks a claim with the batch of its last line: its Documentation three batches down is its evidence, not a refusal', async () => {
    const later = path.join(dir, 'later.ftm.json');
    const lines = [
      { id: 'a1', schema: 'Article', properties: { title: ['A filing'], name: ['A filing'], fileName: ['a1.html'] } },
      { id: 'p1', schema: 'Person', properties: { name: ['Ada Later'] } },
      { id: 'o1', schema: 'Company', properties: { name: ['Later Corp'] } },
      { id: 'd1', schema: 'Directorship', properties: { director: ['p1'], organization: ['o1'], role: ['Chair'] } },
      { id: 'x1', schema: 'Person', properties: { name: ['Bo Filler'] } },
      { id: 'x2', schema: 'Person', properties: { name: ['Cy Filler'] } },
      { id: 'doc1', schema: 'Documentation', properties: { document: ['a1'], entity: ['d1'], summary: ['Ada Later chairs Later Corp.'], role: ['REPORTED'] } },
    ];
    fs.writeFileSync(later, lines.map((l) => JSON.stringify(l)).join('\n'));
    const result = await importFtmFile(db, later, { idPrefix: `${prefix}later-`, batchSize: 2 });
    expect(result.status).toBe('applied');
    const evidence = await db.readRows(`MATCH (:Role {id: $id})-[r:SUPPORTED_BY]->(s:Source) RETURN s.id AS source, r.quote AS quote`, { id: `${prefix}later-d1` });
    expect(evidence).toEqual([{ source: `${prefix}later-a1`, quote: 'Ada Later chairs Later Corp.' }]);
    const [edge] = await db.readRows(`MATCH ({id: $p})-[e:ROLE_AT {claimId: $id}]->({id: $o}) RETURN count(e) AS n`, {
      id: `${prefix}later-d1`,
      p: `${prefix}later-p1`,
      o: `${prefix}later-o1`,
    });
    expect(edge.n).toBe(1);
  });

  it('refuses a batch whose checks fail (a directorship at a person), naming file:line and the claim, and leaves the file incomplete', async () => {
    const wrong = path.join(dir, 'wrong.ftm.json');
    const lines = [
      { id: 'p1', schema: 'Person', properties: { name: ['Ada Wrong'] } },
      { id: 'p2', schema: 'Person', properties: { name: ['Bo Wrong'] } },
      { id: 'd1', schema: 'Directorship', properties: { director: ['p1'], organization: ['p2'], role: ['Chair'] } },
    ];
    fs.writeFileSync(wrong, lines.map((l) => JSON.stringify(l)).join('\n'));
    await expect(importFtmFile(db, wrong, { idPrefix: `${prefix}wrong-` })).rejects.toThrow(
      new RegExp(`wrong\\.ftm\\.json:3: ${prefix}wrong-d1: BAD_END Role AT to ${prefix}wrong-p2, a Person`),
    );
    const [ledger] = await db.readRows(`MATCH (m:Migration) WHERE m.name ENDS WITH 'wrong.ftm.json' RETURN m.complete AS complete, m.phase AS phase`);
    expect(ledger).toEqual({ complete: false, phase: 'claims' });
    const shortcuts = await db.readRows(`MATCH ()-[e:ROLE_AT {claimId: $id}]->() RETURN count(e) AS n`, { id: `${prefix}wrong-d1` });
    expect(shortcuts[0].n).toBe(0);
  });
});
