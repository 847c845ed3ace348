/**
 * `npm run generate -- --size S|M|L` (or `--units n`, or explicit counts such as `--persons 5000`): writes a
 * deterministic, seeded data set that keeps docs/graph-model.md into its own embedded Neo4j (`.neo4j/bench-<size>`),
 * after applying cypher/schema. Batched UNWIND through the driver, a progress bar, and the throughput at the end.
 *
 *   --size S|M|L|XL   S ~10k nodes, M ~100k nodes, L ~1M relationships, XL ~10M relationships (default S)
 *   --units n         about n nodes (overrides --size's count; the folder is still named after --size or "custom")
 *   --seed n          the random seed (default 42)
 *   --online          write through transactions (batched UNWIND of writers.ts, as a live database is written);
 *                     default: the bulk path of bulk.ts (files and Neo4j's offline importer, then the schema)
 *   --batch n         --online: rows per UNWIND statement (default 2000)
 *   --defer-fulltext  --online: drop the full-text index before the load, create it again at the end and wait for it
 *                     to be populated (inside the timed run); default: the index is kept up to date by every batch
 *   --home dir        the data folder (default .neo4j/bench-<size>); it is wiped first
 *   --<kind> n        an explicit count: persons, organizations, sources, decisions, roles, statements,
 *                     decisionRoles, lobbying, accounts
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { projectRoot } from '../../src/config';
import type { Database } from '../../src/db';
import { applySchema, benchHome, quietLogger, startBenchGraph, withCleanup, type BenchGraph } from '../common';
import { GENERATED_AT, filesDirOf, generateBulk } from './bulk';
import { countsFor, SIZE_UNITS, type Counts } from './model';
import { batches, evidenceCount, type Batch } from './rows';
import { WRITERS, WRITER_PARAMS } from './writers';

export interface GenerateOptions {
  size: string;
  counts: Counts;
  seed: number;
  batch: number;
  home: string;
  /** Drop the full-text index during the load and build it once at the end (`--defer-fulltext`). */
  deferFulltext: boolean;
  /** Write through transactions rather than the offline importer (`--online`). */
  online: boolean;
}

export function parseArgs(argv: string[]): GenerateOptions {
  const args = new Map<string, string>();
  let deferFulltext = false;
  let online = false;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--') continue;
    if (a === '--defer-fulltext' || a === '--online') {
      if (a === '--online') online = true;
      else deferFulltext = true;
      continue;
    }
    if (!a.startsWith('--')) throw new Error(`Unexpected argument "${a}"`);
    args.set(a.slice(2), argv[i + 1]);
    i += 1;
  }
  const size = (args.get('size') ?? (args.has('units') ? 'custom' : 'S')).toUpperCase();
  if (!args.has('units') && !(size in SIZE_UNITS)) throw new Error(`--size must be S, M, L or XL; got ${size}`);
  const units = Number(args.get('units') ?? SIZE_UNITS[size]);
  const counts = countsFor(units);
  for (const key of Object.keys(counts) as Array<keyof Counts>) {
    if (args.has(key)) counts[key] = Number(args.get(key));
  }
  const home = path.resolve(projectRoot, args.get('home') ?? benchHome(size));
  return { size, counts, seed: Number(args.get('seed') ?? 42), batch: Number(args.get('batch') ?? 2000), home, deferFulltext, online };
}

export interface GenerateResult {
  nodes: number;
  relationships: number;
  seconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  /** Seconds spent building the full-text index at the end (part of `seconds`), when it was deferred. */
  fulltextSeconds: number | null;
}

/** Writes the batches through the Cypher writers of writers.ts, one transaction per batch. */
export async function writeOnline(db: Database, rows: Iterable<Batch>, onBatch: (batch: Batch) => void = () => undefined): Promise<void> {
  for (const batch of rows) {
    const cypher = WRITERS[batch.kind];
    await db.write((tx) => tx.run(cypher, { ...WRITER_PARAMS, rows: batch.rows, now: GENERATED_AT }), { timeoutMs: 600_000 });
    onBatch(batch);
  }
}

/** Writes the data set into `db` (schema first). */
export async function generateInto(db: Database, options: GenerateOptions, logger = quietLogger('generate')): Promise<GenerateResult> {
  await applySchema(db, logger);
  const { counts } = options;
  const totalRows = Object.values(counts).reduce((a, b) => a + b, 0);
  const bar = new SingleBar(
    {
      format: 'generate [{bar}] {percentage}% | {value}/{total} rows | {kind} | {nodes} nodes, {rels} rels | {rate}/s',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    Presets.shades_classic,
  );
  let nodes = 0;
  let relationships = 0;
  let rows = 0;
  const started = Date.now();
  // The full-text index (eventually_consistent: false) is updated in every commit that writes an entity, source or
  // claim; on a fresh load it is cheaper to build it once over the finished graph.
  const [fulltext] = options.deferFulltext ? await db.readRows(`SHOW FULLTEXT INDEXES YIELD name, createStatement WHERE name = 'search' RETURN createStatement`) : [];
  if (fulltext) await db.autoCommit('DROP INDEX search');
  let fulltextSeconds: number | null = null;
  bar.start(totalRows, 0, { kind: '', nodes: 0, rels: 0, rate: 0 });
  try {
    await writeOnline(db, batches(counts, options.seed, options.batch), (batch) => {
      nodes += batch.nodes;
      relationships += batch.relationships + evidenceCount(batch);
      rows += batch.rows.length;
      const seconds = (Date.now() - started) / 1000;
      bar.update(rows, { kind: batch.kind, nodes, rels: relationships, rate: Math.round((nodes + relationships) / Math.max(seconds, 0.001)) });
    });
  } finally {
    bar.stop();
    if (fulltext) {
      const building = Date.now();
      process.stdout.write('Building the full-text index over the loaded graph…\n');
      await db.autoCommit(fulltext.createStatement as string);
      await db.autoCommit('CALL db.awaitIndexes(3600)');
      fulltextSeconds = (Date.now() - building) / 1000;
    }
  }
  const seconds = (Date.now() - started) / 1000;
  return { nodes, relationships, seconds, nodesPerSecond: nodes / seconds, relationshipsPerSecond: relationships / seconds, fulltextSeconds };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const logger = quietLogger('generate');
  if (!path.basename(options.home).startsWith('bench-')) throw new Error(`Refusing to wipe ${options.home}: the generator only writes into .neo4j/bench-* folders.`);
  fs.rmSync(options.home, { recursive: true, force: true });
  const how = options.online ? `through transactions of ${options.batch} rows` : `through files and the offline importer (${filesDirOf(options.home)})`;
  process.stdout.write(`Generating size ${options.size} (seed ${options.seed}) into ${path.relative(projectRoot, options.home)} ${how}: ${JSON.stringify(options.counts)}\n`);
  let graph: BenchGraph;
  let result: GenerateResult & { stages?: Record<string, number> };
  if (options.online) {
    graph = await startBenchGraph(options.home, logger);
    try {
      result = await generateInto(graph.db, options, logger);
    } catch (error) {
      await graph.close();
      throw error;
    }
  } else {
    const bar = new SingleBar({ format: 'generate [{bar}] {percentage}% | {stage}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 10_000 }, Presets.shades_classic);
    bar.start(100, 0, { stage: '' });
    let bulk;
    try {
      bulk = await generateBulk({
        counts: options.counts,
        seed: options.seed,
        home: options.home,
        logger,
        progress: (stage, done, total) => bar.update(Math.round((100 * done) / total), { stage }),
      });
    } finally {
      bar.stop();
    }
    graph = bulk.graph;
    result = {
      nodes: bulk.nodes,
      relationships: bulk.relationships,
      seconds: bulk.seconds,
      nodesPerSecond: bulk.nodes / bulk.seconds,
      relationshipsPerSecond: bulk.relationships / bulk.seconds,
      fulltextSeconds: null,
      stages: bulk.stages,
    };
  }
  await withCleanup(
    async () => {
      const [{ n, r }] = await graph.db.readRows('MATCH (n) WITH count(n) AS n CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r');
      // The same seed must give the same graph whatever the batch size or settings: a checksum of the sorted ids.
      const ids = await graph.db.readRows('MATCH (n:Node) RETURN n.id AS id ORDER BY id', {}, { timeoutMs: 3_600_000 });
      const idsSha256 = createHash('sha256')
        .update(ids.map((row) => row.id as string).join('\n'))
        .digest('hex');
      const rowsPerSecond = (result.nodes + result.relationships) / result.seconds;
      process.stdout.write(
        `\nWrote ${result.nodes} nodes and ${result.relationships} relationships in ${result.seconds.toFixed(1)} s: ` +
          `${Math.round(rowsPerSecond)} rows/s (${Math.round(result.nodesPerSecond)} nodes/s, ${Math.round(result.relationshipsPerSecond)} relationships/s; ` +
          `the graph now holds ${n} nodes, ${r} relationships, incl. the schema's Migration nodes).\n` +
          (result.stages
            ? `Stages (s): ${Object.entries(result.stages)
                .map(([k, v]) => `${k} ${v.toFixed(1)}`)
                .join(', ')}\n`
            : ''),
      );
      fs.mkdirSync(path.join(projectRoot, 'bench', 'results'), { recursive: true });
      const file = path.join(projectRoot, 'bench', 'results', `generate-${options.size}.json`);
      fs.writeFileSync(
        file,
        JSON.stringify(
          {
            size: options.size,
            seed: options.seed,
            path: options.online ? 'online' : 'bulk',
            batch: options.online ? options.batch : null,
            deferFulltext: options.deferFulltext,
            load: os.loadavg().map((x) => Math.round(x * 100) / 100),
            counts: options.counts,
            ...result,
            rowsPerSecond,
            graphNodes: n,
            graphRelationships: r,
            idsSha256,
          },
          null,
          2,
        ) + '\n',
      );
    },
    () => graph.close(),
  );
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  });
}
