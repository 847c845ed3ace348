import { deriveAll } from '../../../src/claims/derived';
import { checkWrites } from '../../../src/import/checkWrites';
import { ImportError } from '../../../src/import';
import { runGraphChecks } from '../../../src/validate/validateGraph';
import { footprintOf } from '../../helpers/graphFootprint';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { runPrefix } from '../../helpers/testIds';

const db = testDatabase();
const P = runPrefix('scoped-checks');

/** Writes `n` roles (a person at one organization each, two organizations in all), with evidence unless `bare` names the role. */
const writeRoles = (prefix: string, n: number, bare?: number) =>
  `UNWIND range(1, ${n}) AS i
   MERGE (s:Node:Source {id: '${prefix}source'}) ON CREATE SET s.title = 'A register'
   MERGE (o:Node:Entity:Organization {id: '${prefix}org-' + (i % 2)}) ON CREATE SET o.name = 'Org ' + (i % 2), o.kind = 'COMPANY'
   CREATE (p:Node:Entity:Person {id: '${prefix}person-' + i, name: 'Person ' + i})
   CREATE (c:Node:Claim:Role {id: '${prefix}role-' + i, title: 'Director', kind: 'EXECUTIVE', validFrom: date('2020-01-01'), validFromPrecision: 'DAY'})
   CREATE (p)-[:HOLDS]->(c)-[:AT]->(o)
   FOREACH (_ IN CASE WHEN i = ${bare ?? -1} THEN [] ELSE [1] END | CREATE (c)-[:SUPPORTED_BY {quote: 'row ' + i, locator: 'row ' + i, attribution: 'REPORTED'}]->(s))`;

class Rollback extends Error {}

afterAll(async () => {
  await db.writeRows('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await closeTestDatabases();
});

describe('the import checks, scoped to a batch', () => {
  it('refuse one claim without evidence among 3,000 written in one batch, naming it, and write nothing', async () => {
    const prefix = `${P}big-`;
    const lines = new Map<string, number>();
    for (let i = 1; i <= 3000; i += 1) {
      lines.set(`${prefix}role-${i}`, i + 1);
      lines.set(`${prefix}person-${i}`, i + 1);
    }
    // The checks' cost follows the batch (a seek per id), not the number of rules times the ids.
    const error = await db
      .write(
        async (tx) => {
          await tx.run(writeRoles(prefix, 3000, 2345));
          await checkWrites(tx, 'big.csv', { lines });
        },
        { timeoutMs: 180_000 },
      )
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('CHECK_FAILED');
    expect((error as ImportError).message.split('\n')[0]).toBe(`big.csv:2346: ${prefix}role-2345: UNSUPPORTED_CLAIM Role has no SUPPORTED_BY edge to a Source`);
    expect((error as ImportError).message).toMatch(/\(1 problem;/);
    expect(await footprintOf(db, prefix)).toEqual({ nodes: 0, relationships: 0 });
  }, 240_000);

  it('find a shortcut edge out of step with its claim from the claim alone (its ends out of scope), through the claimId index', async () => {
    const prefix = `${P}edge-`;
    await db.write(async (tx) => {
      await tx.run(writeRoles(prefix, 3));
      await deriveAll(tx, [`${prefix}role-1`, `${prefix}role-2`, `${prefix}role-3`]);
    });
    const scope = [`${prefix}role-2`];
    const clean = await db.read((tx) => runGraphChecks(tx, { scope }));
    expect(clean.problemCount).toBe(0);
    let problems: string[] = [];
    await db
      .write(async (tx) => {
        await tx.run(`MATCH ()-[e:ROLE_AT {claimId: $id}]->() SET e.validFrom = date('1999-01-01')`, { id: `${prefix}role-2` });
        const report = await runGraphChecks(tx, { scope });
        problems = report.checks.flatMap((c) => c.problems.map((p) => `${p.kind} ${p.id} ${p.detail}`));
        throw new Rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Rollback)) throw e;
      });
    expect(problems).toEqual([`STALE_SHORTCUT ${prefix}role-2 (${prefix}person-2)-[:ROLE_AT]->(${prefix}org-0) differs from its claim in validFrom`]);
  });
});
