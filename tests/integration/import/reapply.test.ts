import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importPaths, ImportError } from '../../../src/import';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { RUN, runPrefix } from '../../helpers/testIds';
import { nodesWithPrefix, removeTestData } from './importTestData';

const db = testDatabase();
const P = runPrefix('import-reapply');
const first = `test-import-reapply-${RUN}-1-first.cypher`;
const later = `test-import-reapply-${RUN}-2-later.cypher`;
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'test-import-reapply-'));
  // A first article creates a decision; a later one records that it was decided. Re-applying the first would set
  // the status back.
  fs.writeFileSync(
    path.join(tmp, first),
    `MERGE (s:Source {id: '${P}source'}) SET s.title = 'First', s.language = 'en';
MERGE (o:Organization:Entity {id: '${P}org'}) SET o.name = 'Reapply Org', o.kind = 'COMPANY';
MERGE (d:Claim:Decision {id: '${P}decision'}) SET d.title = 'Go?', d.status = 'UNDER_CONSIDERATION', d.decidedAt = null
WITH d MATCH (o:Organization {id: '${P}org'}), (s:Source {id: '${P}source'})
MERGE (d)-[:DECIDED_BY]->(o)
MERGE (d)-[e:SUPPORTED_BY {locator: '¶1'}]->(s) SET e.quote = 'They weigh it.', e.attribution = 'REPORTED';
`,
  );
  fs.writeFileSync(path.join(tmp, later), `MATCH (d:Claim:Decision {id: '${P}decision'}) SET d.decidedAt = date('2024-05-01'), d.decidedAtPrecision = 'DAY';\n`);
});

afterAll(async () => {
  await removeTestData(db, { idPrefixes: [P], migrationNames: [first, later] });
  fs.rmSync(tmp, { recursive: true, force: true });
  await closeTestDatabases();
});

describe('--reapply of a script that later scripts updated', () => {
  it('shows what it would change that later scripts wrote, writes nothing, and asks for --force', async () => {
    await importPaths(db, [path.join(tmp, first)], { root: tmp });
    await importPaths(db, [path.join(tmp, later)], { root: tmp });

    for (const dryRun of [true, false]) {
      const error = await importPaths(db, [path.join(tmp, first)], { root: tmp, reapply: [first], dryRun }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe('NEEDS_FORCE');
      expect((error as ImportError).message).toContain(`${P}decision.decidedAt: "2024-05-01" -> null (written since by ${later})`);
      expect((error as ImportError).message).toContain('--force');
    }
    expect((await nodesWithPrefix(db, P))[`${P}decision`]).toMatchObject({ decidedAt: '2024-05-01' });
  });

  it('re-applies it with --force', async () => {
    const summary = await importPaths(db, [path.join(tmp, first)], { root: tmp, reapply: [first], force: true });
    expect(summary.applied).toEqual([first]);
    expect((await nodesWithPrefix(db, P))[`${P}decision`].decidedAt).toBeUndefined();
  });

  it('re-applies, without --force, a script whose re-run changes nothing that later scripts wrote', async () => {
    // Since the forced re-apply, the first script is the latest: running it again changes nothing.
    const summary = await importPaths(db, [path.join(tmp, first)], { root: tmp, reapply: [first] });
    expect(summary.applied).toEqual([first]);
  });
});
