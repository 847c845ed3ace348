/**
 * @neo4j own: this suite starts its own Neo4j (or none) and never reads the shared one, so it runs beside the suites
 * that do (tests/helpers/sharedDatabaseEnvironment.ts).
 */
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db';
import { EmbeddedNeo4j } from '../../src/neo4j-embedded';
import { createServer, type AppServer } from '../../src/server';

const root = path.resolve(__dirname, '..', '..');

/**
 * A Neo4j of its own (not the shared test one), killed and brought back under a running API: the API must fail fast
 * with DATABASE_UNAVAILABLE, stay up, and serve again once Neo4j is back, without a restart.
 */
describe('when Neo4j goes away under a running API', () => {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  let embedded: EmbeddedNeo4j;
  let db: Database;
  let server: AppServer;
  let base: string;

  beforeAll(async () => {
    const config = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_EMBEDDED_HOME: '.neo4j/test-fault', LOG_LEVEL: 'silent' });
    embedded = new EmbeddedNeo4j({ projectRoot: root, importDir: config.importDir, ...config.embedded, heapMb: 512, pagecacheMb: 64, restartOnCrash: false }, logger);
    const uri = await embedded.start();
    db = new Database({ ...config.neo4j, uri }, logger);
    await db.waitUntilReady(30_000);
    server = await createServer({ config, db, logger });
    base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await db?.close();
    await embedded?.stop();
  });

  const query = () =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ platforms { totalCount edges { node { id } } } }' }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

  it('serves while Neo4j is up', async () => {
    expect((await query()).body).toEqual({ data: { platforms: { totalCount: 0, edges: [] } } });
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it('answers /ready 503 and fails queries fast with DATABASE_UNAVAILABLE once Neo4j is killed, and stays up', async () => {
    embedded.kill();
    await new Promise((resolve) => setTimeout(resolve, 500));

    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as any).status).toBe('unavailable');

    const started = Date.now();
    const { body } = await query();
    const elapsed = Date.now() - started;
    expect(body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(body.errors[0].message).not.toMatch(/at \w+ \(/);
    expect(elapsed).toBeLessThan(8_000);

    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('serves again once Neo4j is back, without a restart of the API', async () => {
    await embedded.start();
    const deadline = Date.now() + 30_000;
    let last: any;
    while (Date.now() < deadline) {
      last = (await query()).body;
      if (last.data) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(last).toEqual({ data: { platforms: { totalCount: 0, edges: [] } } });
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  }, 90_000);
});
