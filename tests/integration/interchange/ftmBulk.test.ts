/**
 * @neo4j in-part: this suite bulk-loads a Neo4j of its own, and holds the shared one's lock only around its steps there
 * (`withSharedDatabase`), so that the bulk load runs beside the suites that hold it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { ftmEntities } from '../../../bench/generate/ftm';
import { deriveAll } from '../../../src/claims/derived';
import { loadConfig, projectRoot } from '../../../src/config';
import { ImportError } from '../../../src/import';
import { bulkLoadFtm, NOT_EMPTY_MESSAGE, type FtmBulkResult } from '../../../src/interchange/ftm/bulkFtm';
import { importFtmFile, ledgerName } from '../../../src/interchange/ftm/importFtm';
import { runGraphChecks } from '../../../src/validate/validateGraph';
import { expectSameGraph, graphFingerprint, type Fingerprint } from '../../helpers/graphFingerprint';
import { withSharedDatabase } from '../../helpers/sharedDatabaseLock';
import { writeSeedAsFtm } from '../../helpers/seedAsFtm';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { RUN, runPrefix } from '../../helpers/testIds';

/**
 * The FtM import's bulk initial load (files and Neo4j's offline importer into a fresh data folder) writes the same
 * graph as the online import of the same files: a generated stream and the article exported to FtM are imported
 * online into the shared database and bulk-loaded into a folder of their own, under the same id prefix, and every
 * node and relationship is compared with its properties and their types (entry times by type only).
 */
const PREFIX = runPrefix('ftmbulk');
const db = testDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftm-bulk-'));
const generated = path.join(dir, `generated-${RUN}.ftm.json`);
const article = path.join(dir, `article-${RUN}.ftm.json`);
const home = path.join(projectRoot, '.neo4j', `ftm-bulk-test-${RUN}`);
const logger = pino({ level: 'warn' });
const config = (() => {
  const base = loadConfig({ ...process.env, NEO4J_URI: undefined });
  return { ...base, embedded: { ...base.embedded, heapMb: 768, pagecacheMb: 128 } };
})();
const names = [generated, article].map((file) => ledgerName(file, projectRoot));

/** Properties whose value is the time of the import: compared by presence and type. */
const ENTRY_TIMES = new Set(['createdAt', 'updatedAt', 'mergedAt', 'recordedAt']);

describe('the FtM bulk initial load', () => {
  let bulk: FtmBulkResult | undefined;
  /** The online half, read while this suite held the shared database. */
  let online: Fingerprint;

  beforeAll(async () => {
    fs.writeFileSync(generated, [...ftmEntities({ entities: 300, seed: 11, prefix: 'gen-' })].map((e) => `${JSON.stringify(e)}\n`).join(''));
    await withSharedDatabase(async () => {
      // The article, exported to FtM: the mapping's other schemata.
      await writeSeedAsFtm(db, article);
      for (const file of [generated, article]) expect((await importFtmFile(db, file, { idPrefix: PREFIX, root: projectRoot, batchSize: 100 })).status).toBe('applied');
      online = await graphFingerprint(db, PREFIX, { byPresence: ENTRY_TIMES });
    });
    fs.rmSync(home, { recursive: true, force: true });
    bulk = await bulkLoadFtm({ home, files: [generated, article], config, logger, idPrefix: PREFIX });
  }, 600_000);

  afterAll(async () => {
    await bulk?.graph.close();
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
    await withSharedDatabase(async () => {
      await db.writeRows(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: PREFIX });
      await db.writeRows(`MATCH (m:Migration) WHERE m.name IN $names DELETE m`, { names });
    });
    await closeTestDatabases();
    // Its turn on the shared database can come after several other suites' whole runs (the lock is not fair).
  }, 600_000);

  it('writes the same nodes and relationships as the online import, with the same properties of the same types', async () => {
    const loaded = await graphFingerprint(bulk!.graph.db, PREFIX, { byPresence: ENTRY_TIMES });
    expect(online.nodes.length).toBeGreaterThan(300);
    expect(online.relationships.length).toBeGreaterThan(500);
    // Shortcut edges, page keys and evidence are among them.
    expect(online.relationships.some((l) => l.includes('"type":"ROLE_AT"'))).toBe(true);
    expect(online.relationships.some((l) => l.includes('pageKey'))).toBe(true);
    expect(online.relationships.some((l) => l.includes('"type":"SUPPORTED_BY"'))).toBe(true);
    expectSameGraph(online, loaded, bulk!);
  });

  it('leaves nothing for the derivation to write, nothing for the validator to report, and the indexes online', async () => {
    const counts = await bulk!.graph.db.write((tx) => deriveAll(tx));
    expect(counts).toEqual({ globalIds: 0, shortcutsWritten: 0, shortcutsRemoved: 0, pageKeys: 0, aliasesText: 0 });
    const report = await bulk!.graph.db.read((tx) => runGraphChecks(tx));
    expect(report.problemCount).toBe(0);
    const indexes = await bulk!.graph.db.readRows(`SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name, state`);
    expect(indexes).toEqual([]);
  });

  it('records the files in the ledger: the online import of the same file on that database skips it', async () => {
    const again = await importFtmFile(bulk!.graph.db, generated, { idPrefix: PREFIX, root: projectRoot });
    expect(again.status).toBe('skipped');
    expect(again.entities).toBe(300);
  });

  it('refuses a folder that already holds a database, and leaves it as it was', async () => {
    const before = fs.readdirSync(path.join(home, 'data')).sort();
    const error = await bulkLoadFtm({ home, files: [generated], config, logger }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('NOT_EMPTY');
    expect((error as Error).message).toContain(NOT_EMPTY_MESSAGE);
    expect(fs.readdirSync(path.join(home, 'data')).sort()).toEqual(before);
  });

  it('refuses a bad line, a reference to no entity of the files or an end of a label the model does not allow with file:line, and leaves no database', async () => {
    const fresh = `${home}-refused`;
    const lines = fs.readFileSync(generated, 'utf8').split('\n');
    const bad = path.join(dir, 'bad.ftm.json');
    fs.writeFileSync(bad, [...lines.slice(0, 4), '{"id": "x", "schema": "Nothing"', ...lines.slice(4)].join('\n'));
    await expect(bulkLoadFtm({ home: fresh, files: [bad], config, logger })).rejects.toThrow(`${ledgerName(bad, projectRoot)}:5: not JSON`);
    expect(fs.existsSync(fresh)).toBe(false);
    // A directorship naming a person that no file writes.
    const dangling = path.join(dir, 'dangling.ftm.json');
    const at = lines.findIndex((l) => l.includes('"schema":"Directorship"'));
    const entity = JSON.parse(lines[at]) as { properties: Record<string, string[]> };
    entity.properties.director = ['nobody-at-all'];
    fs.writeFileSync(dangling, [...lines.slice(0, at), JSON.stringify(entity), ...lines.slice(at + 1)].join('\n'));
    await expect(bulkLoadFtm({ home: fresh, files: [dangling], config, logger })).rejects.toThrow(`:${at + 1}: "nobody-at-all" names no entity of the files`);
    expect(fs.existsSync(fresh)).toBe(false);
    // A directorship at a person (the validator's bad-claim-ends, which the online import's batch checks refuse).
    const person = (JSON.parse(lines.find((l) => l.includes('"schema":"Person"'))!) as { id: string }).id;
    entity.properties.director = (JSON.parse(lines[at]) as typeof entity).properties.director;
    entity.properties.organization = [person];
    fs.writeFileSync(dangling, [...lines.slice(0, at), JSON.stringify(entity), ...lines.slice(at + 1)].join('\n'));
    await expect(bulkLoadFtm({ home: fresh, files: [dangling], config, logger })).rejects.toThrow(
      `:${at + 1}: ${(entity as unknown as { id: string }).id}: BAD_END Role AT to ${person}, a Person`,
    );
    expect(fs.existsSync(fresh)).toBe(false);
  });
});
