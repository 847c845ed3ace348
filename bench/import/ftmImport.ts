/**
 * The FtM import's throughput at scale: imports an FtM file (bench/generate/ftm.ts) into a fresh embedded Neo4j of its
 * own, through the import command's code (`importPaths`: the ledger, the per-batch checks, the derivation after), then
 * imports it again (a no-op, timed), and writes bench/results/import-ftm-<label>.{json,md}.
 *
 *   npx ts-node --transpile-only bench/generate/ftm.ts --entities 100000 --out .scratch/ftm-100k.ftm.json
 *   npx ts-node --transpile-only bench/import/ftmImport.ts .scratch/ftm-100k.ftm.json --label 100k [--batch n] [--heap mb]
 *   npx ts-node --transpile-only bench/import/ftmImport.ts .scratch/ftm-100k.ftm.json --label 100k-resumed \
 *     --kill-after 120 --compare bench/results/import-ftm-100k.json
 *
 * With --kill-after s, the import command first runs in a child process that is SIGKILLed after s seconds; the
 * measured import is then the resumption, and --compare checks that the graph ends with the counts of a run that was
 * not interrupted.
 * The data folder is `.neo4j/import-ftm-<label>`, wiped first. Reported: entities/s, records (lines)/s, nodes and
 * relationships written per second, the wall time of each step, the Node process's peak memory (max RSS, and the
 * heap's high-water mark sampled every 200 ms), and the load average before and after (the machine is shared).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync, spawn } from 'node:child_process';
import { loadConfig, projectRoot } from '../../src/config';
import { Database } from '../../src/db';
import { importPaths } from '../../src/import';
import { DEFAULT_FTM_BATCH_SIZE } from '../../src/interchange/ftm/importFtm';
import { EmbeddedNeo4j } from '../../src/neo4j-embedded';
import { quietLogger, withCleanup } from '../common';

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const file = path.resolve(argv[0] ?? '');
  if (!argv[0] || !fs.existsSync(file)) throw new Error('Usage: bench/import/ftmImport.ts <file.ftm.json> [--label name] [--batch n] [--heap mb]');
  const label = arg(argv, 'label') ?? path.basename(file).replace(/\..*$/, '');
  const batchSize = Number(arg(argv, 'batch') ?? DEFAULT_FTM_BATCH_SIZE);
  const heapMb = Number(arg(argv, 'heap') ?? 1536);
  const killAfter = Number(arg(argv, 'kill-after') ?? 0);
  const compare = arg(argv, 'compare');
  const home = path.join(projectRoot, '.neo4j', `import-ftm-${label}`);
  fs.rmSync(home, { recursive: true, force: true });
  fs.mkdirSync(home, { recursive: true });
  const logger = quietLogger('bench-import');
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const embedded = new EmbeddedNeo4j(
    { projectRoot, importDir: config.importDir, home, port: 0, heapMb, pagecacheMb: 1024, startTimeoutMs: 300_000, restartOnCrash: false },
    logger,
  );
  let heapPeak = 0;
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 200);
  let db: Database | undefined;
  await withCleanup(
    async () => {
      const uri = await embedded.start();
      db = new Database({ ...config.neo4j, uri, queryTimeoutMs: 900_000, maxRetryMs: 5_000 }, logger);
      await db.waitUntilReady(60_000);
      await importPaths(db, [path.join(projectRoot, 'cypher', 'schema')], { logger });
      await db.autoCommit('CALL db.awaitIndexes(600)');
      let lines = 0;
      for await (const chunk of fs.createReadStream(file)) for (const byte of chunk as Buffer) lines += byte === 10 ? 1 : 0;
      let killed: Record<string, unknown> | undefined;
      if (killAfter) {
        // A real kill: the import command in a child process, SIGKILLed part-way; then this process resumes the file.
        const killStarted = Date.now();
        const child = spawn(
          process.execPath,
          [require.resolve('ts-node/dist/bin'), '--transpile-only', path.join(projectRoot, 'src/import/cli.ts'), file, '--batch-size', String(batchSize), '--quiet'],
          {
            cwd: projectRoot,
            env: { ...process.env, NEO4J_URI: uri },
            stdio: 'inherit',
          },
        );
        const timer = setTimeout(() => child.kill('SIGKILL'), killAfter * 1000);
        const exit = await new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? String(code))));
        clearTimeout(timer);
        const [cut] = await db.readRows(`MATCH (m:Migration) WHERE m.format = 'ftm' RETURN m.phase AS phase, m.line AS line, m.complete AS complete`);
        killed = { afterSeconds: killAfter, exit, ranMs: Date.now() - killStarted, ledgerAtKill: cut ?? null };
        process.stderr.write(`killed: ${JSON.stringify(killed)}\n`);
      }
      const loadBefore = os.loadavg();
      let lastPrint = 0;
      const started = Date.now();
      const first = await importPaths(db, [file], {
        logger,
        root: projectRoot,
        batchSize,
        onProgress: (e) => {
          if (e.kind === 'file-start') process.stderr.write(`\n${((Date.now() - started) / 1000).toFixed(1)}s ${e.file}\n`);
          if (e.kind === 'statement' && Date.now() - lastPrint > 5000) {
            lastPrint = Date.now();
            process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)}s line ${e.index}/${e.total} (load ${os.loadavg()[0].toFixed(1)})\n`);
          }
        },
      });
      const wallMs = Date.now() - started;
      const loadAfter = os.loadavg();
      const [graph] = await db.readRows(`MATCH (n) WHERE n.id STARTS WITH 'gen-' OR n:Source RETURN count(n) AS nodes, COUNT { MATCH ()-[r]->() } AS relationships`);
      const [ledger] = await db.readRows(`MATCH (m:Migration) WHERE m.format = 'ftm' RETURN m.entities AS entities, m.durationMs AS durationMs, m.complete AS complete`);
      const validation = await db.readRows(`MATCH (c:Claim) WHERE NOT EXISTS { (c)-[:SUPPORTED_BY]->(:Source) } RETURN count(c) AS unsupported`);
      const againStarted = Date.now();
      const again = await importPaths(db, [file], { logger, root: projectRoot, batchSize });
      const againMs = Date.now() - againStarted;
      const [graphAfter] = await db.readRows(`MATCH (n) WHERE n.id STARTS WITH 'gen-' OR n:Source RETURN count(n) AS nodes, COUNT { MATCH ()-[r]->() } AS relationships`);
      clearInterval(sampler);
      const reference = compare ? (JSON.parse(fs.readFileSync(path.resolve(compare), 'utf8')) as { nodes: number; relationships: number; label: string }) : undefined;
      const entities = Number(ledger?.entities ?? lines);
      const importMs = Number(ledger?.durationMs ?? wallMs);
      const result = {
        file: path.relative(projectRoot, file),
        label,
        entities,
        lines,
        batchSize,
        neo4jHeapMb: heapMb,
        cpus: os.cpus().length,
        loadAverageBefore: loadBefore.map((x) => Number(x.toFixed(2))),
        loadAverageAfter: loadAfter.map((x) => Number(x.toFixed(2))),
        fileImportMs: importMs,
        wallMs,
        entitiesPerSecond: Math.round((entities * 1000) / importMs),
        entitiesPerSecondWall: Math.round((entities * 1000) / wallMs),
        nodes: Number(graph.nodes),
        relationships: Number(graph.relationships),
        relationshipsPerSecond: Math.round((Number(graph.relationships) * 1000) / wallMs),
        derived: first.derived,
        unsupportedClaims: Number(validation[0]?.unsupported ?? 0),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        peakHeapUsedMb: Math.round(heapPeak / 1024 / 1024),
        killed,
        sameCountsAs: reference
          ? {
              label: reference.label,
              nodes: reference.nodes,
              relationships: reference.relationships,
              equal: reference.nodes === Number(graph.nodes) && reference.relationships === Number(graph.relationships),
            }
          : undefined,
        reimport: {
          status: again.skipped.length === 1 ? 'skipped' : 'applied',
          wallMs: againMs,
          unchanged: graphAfter.nodes === graph.nodes && graphAfter.relationships === graph.relationships,
        },
        commit: execSync('git rev-parse --short HEAD', { cwd: projectRoot }).toString().trim(),
        node: process.version,
        at: new Date().toISOString(),
      };
      const out = path.join(projectRoot, 'bench', 'results', `import-ftm-${label}`);
      fs.writeFileSync(`${out}.json`, `${JSON.stringify(result, null, 2)}\n`);
      fs.writeFileSync(`${out}.md`, report(result));
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    },
    async () => {
      clearInterval(sampler);
      await db?.close().catch(() => undefined);
      await embedded.stop().catch(() => undefined);
    },
  );
}

function report(r: Record<string, unknown> & { reimport: { status: string; wallMs: number; unchanged: boolean }; killed?: unknown; sameCountsAs?: unknown }): string {
  const n = (x: unknown) => Number(x).toLocaleString('en');
  return `# FtM import of ${n(r.entities)} entities

\`${r.file}\` (bench/generate/ftm.ts, seed 42), imported with the import command's code into a fresh embedded Neo4j
(heap ${r.neo4jHeapMb} MB), batches of ${n(r.batchSize)} entities, each phase's batch one transaction; every batch of
the last phase derives and checks what it completed (the checks of \`npm run validate\`, scoped to the batch's ids).

| measure | value |
|---|---:|
| entities (lines) | ${n(r.entities)} |
| nodes / relationships in the graph after | ${n(r.nodes)} / ${n(r.relationships)} |
| the file's import (ledger \`durationMs\`) | ${(Number(r.fileImportMs) / 1000).toFixed(1)} s |
| **entities per second** (file) | **${n(r.entitiesPerSecond)}** |
| the whole command (with the derivation over the graph after) | ${(Number(r.wallMs) / 1000).toFixed(1)} s, ${n(r.entitiesPerSecondWall)} entities/s |
| relationships written per second (whole command) | ${n(r.relationshipsPerSecond)} |
| claims without evidence after | ${n(r.unsupportedClaims)} |
| Node peak memory (max RSS / heap high-water) | ${n(r.peakRssMb)} MB / ${n(r.peakHeapUsedMb)} MB |
${r.killed ? `| killed part-way (SIGKILL of the import command after ${(r.killed as { afterSeconds: number }).afterSeconds} s); the ledger then | ${JSON.stringify((r.killed as { ledgerAtKill: unknown }).ledgerAtKill)} |\n| counts after the resumption equal those of ${(r.sameCountsAs as { label: string }).label} | ${(r.sameCountsAs as { equal: boolean }).equal ? 'yes' : 'NO'} (${n((r.sameCountsAs as { nodes: number }).nodes)} / ${n((r.sameCountsAs as { relationships: number }).relationships)}) |\n` : ''}| re-import of the same file | ${r.reimport.status}, ${(r.reimport.wallMs / 1000).toFixed(1)} s, graph ${r.reimport.unchanged ? 'unchanged' : 'CHANGED'} |
| load average (1, 5, 15 min) before / after | ${(r.loadAverageBefore as number[]).join(', ')} / ${(r.loadAverageAfter as number[]).join(', ')} on ${r.cpus} cores |

The machine was shared with other work (the load average says how much); commit ${r.commit}, Node ${r.node}, ${r.at}.
`;
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
