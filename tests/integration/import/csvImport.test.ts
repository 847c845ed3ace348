import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importPaths, ImportError } from '../../../src/import';
import { validateGraph } from '../../../src/validate';
import { footprintOf } from '../../helpers/graphFootprint';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { RUN, runPrefix } from '../../helpers/testIds';
import { projectRootForTests, removeTestData } from './importTestData';

const db = testDatabase();
const root = path.resolve(projectRootForTests);
const SAMPLE = path.join(root, 'import', 'meetings-register.csv');
const P = runPrefix('import-csv');
let tmp: string;

/** A mapping like the sample's, with this run's ids (`prefix`) and a batch size. */
function mapping(prefix: string, batchSize: number): string {
  return fs
    .readFileSync(path.join(root, 'import', 'meetings-register.yaml'), 'utf8')
    .replace(/example-/g, prefix)
    .replace('batchSize: 500', `batchSize: ${batchSize}`);
}

/** A CSV of `rows` contacts among a few people and bodies. */
function csv(rows: number): string {
  const lines = ['record,lobbyist,employer,official,body,date,method,stance,subject'];
  for (let i = 1; i <= rows; i += 1) {
    lines.push(
      `R-${i},Lobbyist ${i % 7},Firm ${i % 3},Official ${i % 5},Body ${i % 2},2024-${String((i % 12) + 1).padStart(2, '0')}-01,MEETING,${i % 2 ? 'SUPPORT' : 'OPPOSE'},Contact number ${i}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function write(name: string, content: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

const names = (...files: string[]) => files.map((f) => path.basename(f));

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'test-import-csv-'));
});

afterAll(async () => {
  const ledger = fs.readdirSync(tmp).filter((f) => f.endsWith('.csv'));
  await removeTestData(db, { idPrefixes: [P], migrationNames: [...ledger, 'import/meetings-register.csv'] });
  fs.rmSync(tmp, { recursive: true, force: true });
  await closeTestDatabases();
});

describe('CSV with a YAML mapping', () => {
  it('writes the entities and claims of every row, with the dataset as evidence and the record as locator', async () => {
    const file = write(`contacts-${RUN}.csv`, fs.readFileSync(SAMPLE, 'utf8'));
    write(`contacts-${RUN}.yaml`, mapping(`${P}sample-`, 500));
    const summary = await importPaths(db, [file], { root: tmp });
    expect(summary.applied).toEqual(names(file));
    expect(summary.records).toBe(3);

    const [effort] = await db.readRows(
      `MATCH (l:Person)-[:LOBBIED_IN]->(c:Claim:LobbyingEffort {id: $id})-[:TARGETED]->(t:Person), (c)-[:ON_BEHALF_OF]->(f:Organization)
       MATCH (c)-[e:SUPPORTED_BY]->(s:Source)
       RETURN l.id AS lobbyist, t.id AS target, f.id AS firm, c.method AS method, c.stance AS stance, toString(c.date) AS date, c.datePrecision AS precision,
              s.id AS source, s.url AS url, e.locator AS locator, e.quote AS quote,
              EXISTS { (l)-[:LOBBIED {claimId: c.id}]->(t) } AS shortcut`,
      { id: `${P}sample-lobbying-register-r-0002` },
    );
    expect(effort).toEqual({
      lobbyist: `${P}sample-person-jane-roe-example`,
      target: `${P}sample-person-mary-major-example`,
      firm: `${P}sample-org-example-widgets-corp`,
      method: 'LETTER',
      stance: 'SUPPORT',
      date: '2024-04-01',
      precision: 'MONTH',
      source: `${P}sample-dataset-meetings-register`,
      url: 'https://example.org/lobbying-register/contacts.csv',
      locator: 'record R-0002',
      quote: 'EXAMPLE ONLY: wrote to the council member about the widget standard, again',
      shortcut: true,
    });
    const report = await validateGraph(db);
    expect(report.checks.flatMap((c) => c.problems).filter((p) => p.id.startsWith(P))).toEqual([]);
  });

  it('changes nothing when imported again, skipped or re-applied', async () => {
    const file = path.join(tmp, `contacts-${RUN}.csv`);
    const before = await footprintOf(db, `${P}sample-`);
    expect((await importPaths(db, [file], { root: tmp })).skipped).toEqual(names(file));
    expect((await importPaths(db, [file], { root: tmp, reapply: names(file) })).applied).toEqual(names(file));
    expect(await footprintOf(db, `${P}sample-`)).toEqual(before);
  });

  it('refuses a row with a bad date, naming file, line and column, and writes nothing', async () => {
    const rows = csv(4).split('\n');
    rows[3] = rows[3].replace(/2024-\d\d-01/, '2024-13-45');
    const file = write(`bad-date-${RUN}.csv`, rows.join('\n'));
    write(`bad-date-${RUN}.yaml`, mapping(`${P}bad-`, 2));
    for (const dryRun of [false, true]) {
      const error = await importPaths(db, [file], { root: tmp, dryRun }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportError);
      const column = rows[3].indexOf('2024-13-45') + 1;
      expect((error as ImportError).message).toBe(`${names(file)[0]}:4:${column}: date: "2024-13-45" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
      expect(error).toMatchObject({ line: 4, column });
    }
    expect(await footprintOf(db, `${P}bad-`)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('resumes an import stopped part-way after its last committed batch, and ends with the counts of an uninterrupted one', async () => {
    const whole = write(`whole-${RUN}.csv`, csv(40));
    write(`whole-${RUN}.yaml`, mapping(`${P}whole-`, 10));
    const resumed = write(`resumed-${RUN}.csv`, csv(40));
    write(`resumed-${RUN}.yaml`, mapping(`${P}resumed-`, 10));

    await importPaths(db, [whole], { root: tmp });
    const stopped = await importPaths(db, [resumed], {
      root: tmp,
      beforeBatch: (index) => {
        if (index === 2) throw new Error('stopped part-way');
      },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(stopped).toBeInstanceOf(Error);
    const [entry] = await db.readRows('MATCH (m:Migration {name: $name}) RETURN m.resumeAfterLine AS after', { name: names(resumed)[0] });
    expect(entry.after).toBe(21);
    const partial = await footprintOf(db, `${P}resumed-`);

    const again = await importPaths(db, [resumed], { root: tmp });
    expect(again.applied).toEqual(names(resumed));
    expect(again.records).toBe(20);
    const [done] = await db.readRows('MATCH (m:Migration {name: $name}) RETURN m.resumeAfterLine AS after', { name: names(resumed)[0] });
    expect(done.after).toBeNull();
    const full = await footprintOf(db, `${P}whole-`);
    expect(await footprintOf(db, `${P}resumed-`)).toEqual(full);
    expect(partial.nodes).toBeLessThan(full.nodes);
  });

  it('streams a file of several batches (the batch size given to the import), and checks every row before the first batch', async () => {
    const file = write(`streamed-${RUN}.csv`, csv(250));
    write(`streamed-${RUN}.yaml`, mapping(`${P}streamed-`, 500));
    const batches: number[] = [];
    const progress: number[] = [];
    const summary = await importPaths(db, [file], {
      root: tmp,
      batchSize: 100,
      beforeBatch: (index) => batches.push(index),
      onProgress: (e) => (e.kind === 'statement' ? progress.push(e.index) : undefined),
    });
    expect(summary.applied).toEqual(names(file));
    expect(summary.records).toBe(250);
    expect(batches).toEqual([0, 1, 2]);
    expect(progress).toEqual([100, 200, 250]);
    const [claims] = await db.readRows('MATCH (c:LobbyingEffort)-[:SUPPORTED_BY]->(:Source) WHERE c.id STARTS WITH $p RETURN count(DISTINCT c) AS n', { p: `${P}streamed-` });
    expect(claims.n).toBe(250);

    // A bad cell far past the first batch: refused by the first reading, before anything is written.
    const rows = csv(250).split('\n');
    rows[230] = rows[230].replace(/2024-\d\d-01/, '2024-02-31x');
    const bad = write(`streamed-bad-${RUN}.csv`, rows.join('\n'));
    write(`streamed-bad-${RUN}.yaml`, mapping(`${P}streamed-bad-`, 500));
    await expect(importPaths(db, [bad], { root: tmp, batchSize: 100 })).rejects.toThrow(new RegExp(`^${names(bad)[0]}:231:\\d+: date: `));
    expect(await footprintOf(db, `${P}streamed-bad-`)).toEqual({ nodes: 0, relationships: 0 });
  });
});
