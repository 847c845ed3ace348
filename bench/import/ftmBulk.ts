/**
 * The FtM bulk initial load's throughput (`npm run import -- --bulk`): loads FtM files (bench/generate/ftm.ts) into a
 * fresh data folder of its own through the same code (`bulkLoadFtm`: the first pass, the records, Neo4j's offline
 * importer, the server, the schema, the checks and the ledger), then imports the first file again online on that
 * database (skipped by the ledger, timed), and writes bench/results/import-ftm-bulk-<label>.{json,md}.
 *
 *   npx ts-node --transpile-only bench/generate/ftm.ts --entities 100000 --out .scratch/ftm-100k.ftm.json
 *   npx ts-node --transpile-only bench/import/ftmBulk.ts .scratch/ftm-100k.ftm.json --label 100k [--heap mb] [--pagecache mb]
 *
 * Rows are nodes + relationships written. Reported: rows/s overall (the whole command, from the first read of the
 * file to the ledger) and per stage, the Node process's peak memory, and the load average before and after (the
 * machine is shared). The data folder is `.neo4j/import-ftm-bulk-<label>`, wiped first and removed after (kept with
 * `--keep`).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { loadConfig, projectRoot } from '../../src/config';
import { bulkLoadFtm, type FtmBulkResult } from '../../src/interchange/ftm/bulkFtm';
import { importFtmFile } from '../../src/interchange/ftm/importFtm';
import { quietLogger, withCleanup, writeResults } from '../common';

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const files = argv.filter((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1].startsWith('--'))).map((f) => path.resolve(f));
  if (files.length === 0 || files.some((f) => !fs.existsSync(f)))
    throw new Error('Usage: bench/import/ftmBulk.ts <file.ftm.json>... [--label name] [--heap mb] [--pagecache mb] [--keep]');
  const label = arg(argv, 'label') ?? path.basename(files[0]).replace(/\..*$/, '');
  const heapMb = Number(arg(argv, 'heap') ?? 2048);
  const pagecacheMb = Number(arg(argv, 'pagecache') ?? 1024);
  const home = path.join(projectRoot, '.neo4j', `import-ftm-bulk-${label}`);
  fs.rmSync(home, { recursive: true, force: true });
  const logger = quietLogger('bench-ftm-bulk');
  const base = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const config = { ...base, embedded: { ...base.embedded, heapMb, pagecacheMb } };
  let heapPeak = 0;
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 200);
  let result: FtmBulkResult | undefined;
  await withCleanup(
    async () => {
      const loadBefore = os.loadavg();
      const uptimeBefore = execSync('uptime').toString().trim();
      let lastPrint = 0;
      const started = Date.now();
      result = await bulkLoadFtm({
        home,
        files,
        config,
        logger,
        onProgress: (e) => {
          const at = `${((Date.now() - started) / 1000).toFixed(1)}s`;
          if (e.kind === 'file-start') process.stderr.write(`${at} ${e.file}\n`);
          if (e.kind === 'statement' && Date.now() - lastPrint > 5000) {
            lastPrint = Date.now();
            process.stderr.write(`${at} ${e.file} ${e.index}/${e.total} (load ${os.loadavg()[0].toFixed(1)})\n`);
          }
        },
      });
      const loadAfter = os.loadavg();
      const uptimeAfter = execSync('uptime').toString().trim();
      const againStarted = Date.now();
      const again = await importFtmFile(result.graph.db, files[0], { root: projectRoot });
      const againMs = Date.now() - againStarted;
      clearInterval(sampler);
      const rows = result.nodes + result.relationships;
      const lines = files.reduce(
        (sum, f) =>
          sum +
          fs
            .readFileSync(f, 'utf8')
            .split('\n')
            .filter((l) => l.trim()).length,
        0,
      );
      const data = {
        files: files.map((f) => path.relative(projectRoot, f)),
        label,
        entities: result.entities,
        lines,
        nodes: result.nodes,
        relationships: result.relationships,
        rows,
        seconds: result.seconds,
        rowsPerSecond: Math.round(rows / result.seconds),
        entitiesPerSecond: Math.round(result.entities / result.seconds),
        stages: Object.fromEntries(Object.entries(result.stages).map(([k, s]) => [k, { seconds: s, rowsPerSecond: Math.round(rows / Math.max(s, 0.001)) }])),
        neo4jHeapMb: heapMb,
        neo4jPagecacheMb: pagecacheMb,
        cpus: os.cpus().length,
        loadAverageBefore: loadBefore.map((x) => Number(x.toFixed(2))),
        loadAverageAfter: loadAfter.map((x) => Number(x.toFixed(2))),
        uptimeBefore,
        uptimeAfter,
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        peakHeapUsedMb: Math.round(heapPeak / 1024 / 1024),
        reimport: { status: again.status, wallMs: againMs },
        commit: execSync('git rev-parse --short HEAD', { cwd: projectRoot }).toString().trim(),
        node: process.version,
        at: new Date().toISOString(),
      };
      writeResults(`import-ftm-bulk-${label}`, data, report(data));
    },
    async () => {
      clearInterval(sampler);
      await result?.graph.close().catch(() => undefined);
      // --keep leaves the loaded folder for a look afterwards (e.g. bench/run/checks.ts through a bench-<name> link).
      if (!argv.includes('--keep')) fs.rmSync(home, { recursive: true, force: true });
    },
  );
}

function report(r: {
  files: string[];
  entities: number;
  nodes: number;
  relationships: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  entitiesPerSecond: number;
  stages: Record<string, { seconds: number; rowsPerSecond: number }>;
  neo4jHeapMb: number;
  neo4jPagecacheMb: number;
  cpus: number;
  uptimeBefore: string;
  uptimeAfter: string;
  peakRssMb: number;
  peakHeapUsedMb: number;
  reimport: { status: string; wallMs: number };
  commit: string;
  node: string;
  at: string;
}): string {
  const n = (x: number) => x.toLocaleString('en');
  const stages = Object.entries(r.stages)
    .map(([name, s]) => `| ${name} | ${s.seconds.toFixed(1)} s | ${n(s.rowsPerSecond)} |`)
    .join('\n');
  return `# FtM bulk initial load of ${n(r.entities)} entities

\`${r.files.join('`, `')}\` (bench/generate/ftm.ts, seed 42), loaded with \`npm run import -- --bulk\`'s code
(\`bulkLoadFtm\`) into a fresh data folder: the first pass (every line checked with the followthemoney model), the
records (the online import's mapping and what its derivation adds), Neo4j's offline importer, the server started on
the folder (heap ${n(r.neo4jHeapMb)} MB, page cache ${n(r.neo4jPagecacheMb)} MB), the schema and its indexes, the
validator's checks over the whole graph and the ledger. Rows = nodes + relationships written.

| measure | value |
|---|---:|
| entities (lines) | ${n(r.entities)} |
| nodes / relationships written | ${n(r.nodes)} / ${n(r.relationships)} |
| the whole load | ${r.seconds.toFixed(1)} s |
| **rows per second** (whole load) | **${n(r.rowsPerSecond)}** |
| entities per second (whole load) | ${n(r.entitiesPerSecond)} |
| Node peak memory (max RSS / heap high-water) | ${n(r.peakRssMb)} MB / ${n(r.peakHeapUsedMb)} MB |
| online import of the same file afterwards | ${r.reimport.status}, ${(r.reimport.wallMs / 1000).toFixed(1)} s |

| stage | time | rows / s of the stage alone |
|---|---:|---:|
${stages}

Load (\`uptime\`) before: \`${r.uptimeBefore}\`; after: \`${r.uptimeAfter}\` (${r.cpus} cores, shared with other
engineers' work). Commit ${r.commit}, Node ${r.node}, ${r.at}.
`;
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
