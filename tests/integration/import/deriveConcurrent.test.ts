import { deriveAll } from '../../../src/claims/derived';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { runPrefix } from '../../helpers/testIds';

const db = testDatabase();
const P = runPrefix('derive-race');

afterAll(async () => {
  await db.writeRows(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P });
  await closeTestDatabases();
});

/**
 * An import's derivation over the whole graph, beside a transaction that writes a claim's shortcut edge (an API write,
 * another import's batch), must not write that edge a second time. The derivation reads no edge while the other has
 * written it but not committed; it then waits for the other's locks on the ends, and must look again once it has them.
 */
describe('a derivation beside another write', () => {
  it('writes a missing shortcut edge once', async () => {
    // A role claim written as a script writes it: its links, no ROLE_AT shortcut.
    await db.writeRows(
      `CREATE (p:Person:Entity:Node {id: $p + 'person', name: 'Race Person'}), (o:Organization:Entity:Node {id: $p + 'org', name: 'Race Org', kind: 'COMPANY'})
       CREATE (p)-[:HOLDS]->(c:Claim:Role:Node {id: $p + 'role', title: 'Treasurer', kind: 'EXECUTIVE'})-[:AT]->(o)`,
      { p: P },
    );
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => (wrote = resolve));
    // The other write: the edge as the API's claim writer MERGEs it, its transaction held open.
    const other = db.write(async (tx) => {
      await tx.run(`MATCH (p:Person {id: $p + 'person'})-[:HOLDS]->(c:Role {id: $p + 'role'})-[:AT]->(o) MERGE (p)-[e:ROLE_AT {claimId: c.id}]->(o) SET e.kind = c.kind`, {
        p: P,
      });
      wrote();
      await held;
    });
    await written;
    const derivation = db.write((tx) => deriveAll(tx));
    await new Promise((resolve) => setTimeout(resolve, 500));
    release();
    await Promise.all([other, derivation]);
    const [edges] = await db.readRows(`MATCH ()-[e:ROLE_AT {claimId: $id}]->() RETURN count(e) AS n`, { id: `${P}role` });
    expect(Number(edges.n)).toBe(1);
  });
});
