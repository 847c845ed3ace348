/**
 * @neo4j in-part: this suite bulk-loads a Neo4j of its own, and holds the shared one's lock only around its steps there
 * (`withSharedDatabase`), so that the bulk load runs beside the suites that hold it.
 */
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { generateBulk } from '../../bench/generate/bulk';
import { writeOnline } from '../../bench/generate/cli';
import { countsFor } from '../../bench/generate/model';
import { batches, type Batch } from '../../bench/generate/rows';
import { deriveAll } from '../../src/claims/derived';
import { projectRoot } from '../../src/config';
import { expectSameGraph, graphFingerprint, type Fingerprint } from '../helpers/graphFingerprint';
import { withSharedDatabase } from '../helpers/sharedDatabaseLock';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { RUN, runPrefix } from '../helpers/testIds';
import { removeTestData } from './import/importTestData';

/** This run's ids: the generator's `gen-…` ids renamed, so that the online half can write into the shared database. */
const PREFIX = runPrefix('bulk');
const db = testDatabase();
const home = path.join(projectRoot, '.neo4j', `bench-bulk-test-${RUN}`);

/** The batch with every generated id (a string starting with `gen-`, anywhere in its rows) renamed under PREFIX. */
function renamed(batch: Batch): Batch {
  const rename = (value: unknown): unknown => {
    if (typeof value === 'string') return value.startsWith('gen-') ? `${PREFIX}${value}` : value;
    if (Array.isArray(value)) return value.map(rename);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v)]));
    return value;
  };
  return { ...batch, rows: batch.rows.map((row) => rename(row) as Record<string, unknown>) };
}

/**
 * The generator's bulk path (files written by worker threads, Neo4j's offline importer, links and shortcut edges
 * derived in JavaScript from the model) writes the same graph as its Cypher writers (the shortcut clauses and page keys
 * of src/claims/derived.ts): the same data set is written both ways, the online half into the shared database under
 * this run's prefix, the bulk half as `npm run generate` writes it into a fresh data folder of its own, and every node
 * and relationship is compared with its properties and their types.
 */
describe('the generator: bulk and online paths write the same graph', () => {
  const counts = countsFor(600);
  const rows = [...batches(counts, 7, 250)].map(renamed);
  let bulk: Awaited<ReturnType<typeof generateBulk>> | undefined;
  /** The online half, read while this suite held the shared database. */
  let online: Fingerprint;

  beforeAll(async () => {
    await withSharedDatabase(async () => {
      await writeOnline(db, rows);
      online = await graphFingerprint(db, `${PREFIX}gen-`, { strip: PREFIX });
    });
    fs.rmSync(home, { recursive: true, force: true });
    bulk = await generateBulk({ counts, seed: 7, home, logger: pino({ level: 'warn' }), memory: { heapMb: 768, pagecacheMb: 128 } });
  }, 300_000);

  afterAll(async () => {
    await bulk?.graph.close();
    fs.rmSync(home, { recursive: true, force: true });
    await withSharedDatabase(() => removeTestData(db, { idPrefixes: [PREFIX] }));
    await closeTestDatabases();
    // Its turn on the shared database can come after several other suites' whole runs (the lock is not fair).
  }, 600_000);

  it('has the same nodes and relationships, with the same properties of the same types', async () => {
    const loaded = await graphFingerprint(bulk!.graph.db, 'gen-', { strip: PREFIX });
    expect(online.nodes.length).toBeGreaterThan(500);
    expect(online.relationships.length).toBeGreaterThan(2000);
    // Shortcut edges and page keys are among them.
    expect(online.relationships.some((l) => l.includes('"type":"LOBBIED"') && l.includes('decisionId'))).toBe(true);
    expect(online.relationships.some((l) => l.includes('"type":"MADE"') && l.includes('pageKey'))).toBe(true);
    expectSameGraph(online, loaded, bulk!);
  });

  it("leaves nothing for the Cypher derivation to write over the loaded graph, and the schema's indexes online", async () => {
    const counts = await bulk!.graph.db.write((tx) => deriveAll(tx));
    expect(counts).toEqual({ globalIds: 0, shortcutsWritten: 0, shortcutsRemoved: 0, pageKeys: 0, aliasesText: 0 });
    const indexes = await bulk!.graph.db.readRows(`SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name, state`);
    expect(indexes).toEqual([]);
    const [{ hits }] = await bulk!.graph.db.readRows(`CALL db.index.fulltext.queryNodes('search', 'Omnigraph') YIELD node RETURN count(node) AS hits`);
    expect(Number(hits)).toBeGreaterThan(0);
  });
});
