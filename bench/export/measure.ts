/**
 * `npx ts-node --transpile-only bench/export/measure.ts --size L [--formats ftm,gexf,graphml,csv] [--no-check]`:
 * exports a generated data set (`.neo4j/bench-<size>`, from `npm run generate -- --size <size>`) in every format with
 * the export command, one child process per format against one embedded Neo4j (heap NEO4J_EMBEDDED_HEAP_MB, default
 * 1024 MB; page cache NEO4J_EMBEDDED_PAGECACHE_MB, default 512 MB), and records for each: time, what was written, the
 * export process's peak resident memory and the Neo4j JVM's (both sampled from /proc every 200 ms), and the load
 * average around the run. Then checks the files: the GEXF and GraphML load back with graphology with the same node
 * and edge counts, and every FtM line passes the followthemoney model check. Writes bench/results/export-<size>.json
 * and .md (export-<size>-<tag> with --tag); the files themselves go to .neo4j/exports-<size>/ (git-ignored).
 * `--node-heap-mb n` caps the export process's V8 heap (--max-old-space-size): an export that finishes under a small
 * cap holds bounded state, whatever its resident set shows with the default, lazily collected heap.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { loadConfig, projectRoot } from '../../src/config';
import { Database } from '../../src/db';
import { checkEntity, ftm } from '../../src/interchange/ftm/ftmModel';
import { EmbeddedNeo4j } from '../../src/neo4j-embedded';
import { benchHome, quietLogger } from '../common';

const FORMATS = ['ftm', 'gexf', 'graphml', 'csv'] as const;

interface FormatRun {
  format: string;
  files: Array<{ file: string; bytes: number; nodes: number; edges: number; entities: number; records: number }>;
  seconds: number;
  peakNodeRssMb: number;
  /** What the export command itself reports (it samples its resident set at every page). */
  reportedPeakMb: number;
  peakJvmRssMb: number;
  loadBefore: number[];
  loadAfter: number[];
  check?: string;
}

function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

const round = (n: number[]) => n.map((x) => Math.round(x * 100) / 100);

async function exportOnce(uri: string, jvmPid: number | undefined, format: string, outBase: string, nodeHeapMb?: number): Promise<FormatRun> {
  const out = `${outBase}.${format === 'ftm' ? 'ftm.json' : format}`;
  const loadBefore = round(os.loadavg());
  const started = Date.now();
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/interchange/export/cli.ts', '--format', format, '--out', out], {
    cwd: projectRoot,
    // The export runs with Node's default heap limit (or --node-heap-mb), whatever this process was given (loading an
    // L file back needs more).
    env: { ...process.env, NEO4J_URI: uri, NODE_OPTIONS: nodeHeapMb ? `--max-old-space-size=${nodeHeapMb}` : '' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    process.stderr.write(c);
  });
  let peakNode = 0;
  let peakJvm = 0;
  const timer = setInterval(() => {
    peakNode = Math.max(peakNode, rssMb(child.pid));
    peakJvm = Math.max(peakJvm, rssMb(jvmPid));
  }, 200);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  const seconds = (Date.now() - started) / 1000;
  if (code !== 0) throw new Error(`export ${format} exited with ${code}:\n${stderr}`);
  const files: FormatRun['files'] = [];
  let reportedPeakMb = 0;
  for (const m of stderr.matchAll(/^(\S+): (.*) in [\d.]+ s; peak memory of this process (\d+) MB$/gm)) {
    const [, file, what, peak] = m;
    const num = (re: RegExp) => Number(re.exec(what)?.[1] ?? 0);
    files.push({
      file: path.basename(file),
      bytes: fs.statSync(file).size,
      nodes: num(/(\d+) nodes/),
      edges: num(/(\d+) edges/),
      entities: num(/(\d+) FtM entities/),
      records: num(/from (\d+) records/),
    });
    reportedPeakMb = Math.max(reportedPeakMb, Number(peak));
  }
  return { format, files, seconds, peakNodeRssMb: peakNode, reportedPeakMb, peakJvmRssMb: peakJvm, loadBefore, loadAfter: round(os.loadavg()) };
}

/** Loads a GEXF/GraphML file back with graphology and compares its counts; checks every FtM line with the model. */
async function check(run: FormatRun, dir: string): Promise<string> {
  if (run.format === 'gexf' || run.format === 'graphml') {
    const f = run.files[0];
    const text = fs.readFileSync(path.join(dir, f.file), 'utf8');
    const graph = (run.format === 'gexf' ? gexf : graphml).parse(MultiDirectedGraph, text);
    const ok = graph.order === f.nodes && graph.size === f.edges;
    return `${ok ? 'ok' : 'MISMATCH'}: graphology loads ${graph.order} nodes and ${graph.size} edges (written: ${f.nodes}, ${f.edges})`;
  }
  if (run.format === 'ftm') {
    const f = run.files[0];
    let lines = 0;
    let refused = 0;
    const first: string[] = [];
    for await (const line of readline.createInterface({ input: fs.createReadStream(path.join(dir, f.file)) })) {
      if (!line) continue;
      lines += 1;
      const entity = JSON.parse(line) as unknown;
      let problems = checkEntity(entity);
      if (!problems.length) {
        try {
          ftm.getEntity(entity as never);
        } catch (error) {
          problems = [(error as Error).message];
        }
      }
      if (problems.length) {
        refused += 1;
        if (first.length < 5) first.push(problems.join('; '));
      }
    }
    return `${refused === 0 && lines === f.entities ? 'ok' : 'PROBLEM'}: ${lines} lines checked with the followthemoney model, ${refused} refused${first.length ? ` (${first.join(' | ')})` : ''}`;
  }
  return 'not checked (CSV)';
}

function written(f: FormatRun['files'][number]): string {
  const n = (x: number) => x.toLocaleString('en');
  if (f.entities) return `${n(f.entities)} FtM entities from ${n(f.records)} records`;
  return [f.nodes ? `${n(f.nodes)} nodes` : '', f.edges ? `${n(f.edges)} edges` : ''].filter(Boolean).join(', ');
}

function markdown(size: string, graph: { nodes: number; relationships: number }, runs: FormatRun[], machine: string): string {
  const rows = runs.flatMap((r) =>
    r.files.map(
      (f, i) =>
        `| ${r.format}${r.format === 'csv' ? ` (${f.file.includes('.edges.') ? 'edges' : 'nodes'})` : ''} | ${written(f)} | ${(f.bytes / 1048576).toFixed(1)} MB | ${i === 0 ? `${r.seconds.toFixed(1)} s` : '(same run)'} | ${r.peakNodeRssMb} MB | ${r.peakJvmRssMb} MB | ${r.loadBefore[0]} / ${r.loadAfter[0]} |`,
    ),
  );
  return [
    `# Export of data set ${size} (${graph.nodes.toLocaleString('en')} nodes, ${graph.relationships.toLocaleString('en')} relationships)`,
    '',
    `\`npx ts-node --transpile-only bench/export/measure.ts --size ${size}\`: the export command (\`npm run export -- --format <f> --out <file>\`), one process per format, against one embedded Neo4j (${machine}). Time is the whole process (ts-node start and connection included). Memory is the peak resident set sampled every 200 ms: the export's Node process, and the Neo4j JVM (heap plus page cache and the rest of the process; it serves the reads, its size is set by its heap and page cache, not by the export). Load is the 1-minute load average before / after each run on the shared two-core machine.`,
    '',
    '| format | written | file | time | peak memory (Node) | peak memory (JVM) | load before / after |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'Checks:',
    '',
    ...runs.filter((r) => r.check).map((r) => `- ${r.format}: ${r.check}`),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const size = (opt('size') ?? 'S').toUpperCase();
  const formats = (opt('formats') ?? FORMATS.join(',')).split(',');
  const nodeHeapMb = opt('node-heap-mb') ? Number(opt('node-heap-mb')) : undefined;
  const tag = opt('tag') ? `-${opt('tag')}` : '';
  const home = benchHome(size);
  if (!fs.existsSync(home)) throw new Error(`No data set ${size}: run npm run generate -- --size ${size} first.`);
  const dir = path.join(projectRoot, '.neo4j', `exports-${size}`);
  fs.mkdirSync(dir, { recursive: true });
  const logger = quietLogger('export-bench');
  const config = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_EMBEDDED_HOME: home, NEO4J_EMBEDDED_RESTART: 'false' });
  const heapMb = Number(process.env.NEO4J_EMBEDDED_HEAP_MB ?? 1024);
  const embedded = new EmbeddedNeo4j({ projectRoot, importDir: config.importDir, ...config.embedded, home, heapMb, startTimeoutMs: 300_000 }, logger);
  const stop = () => void embedded.stop().finally(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const uri = await embedded.start();
  const runs: FormatRun[] = [];
  let graph = { nodes: 0, relationships: 0 };
  try {
    const db = new Database({ ...config.neo4j, uri, queryTimeoutMs: 600_000 }, logger);
    await db.waitUntilReady(120_000);
    const [row] = await db.readRows('MATCH (n) WHERE NOT n:Migration WITH count(n) AS n CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r');
    graph = { nodes: row.n as number, relationships: row.r as number };
    await db.close();
    for (const format of formats) {
      process.stderr.write(`\n== ${size} ${format} (load ${os.loadavg()[0].toFixed(2)})\n`);
      const run = await exportOnce(uri, embedded.pid, format, path.join(dir, `export-${size}`), nodeHeapMb);
      if (!args.includes('--no-check')) run.check = await check(run, dir);
      process.stderr.write(`${JSON.stringify(run)}\n`);
      runs.push(run);
    }
  } finally {
    await embedded.stop().catch(() => undefined);
  }
  const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 1073741824)} GB, JVM heap ${heapMb} MB, page cache ${config.embedded.pagecacheMb} MB`;
  const result = { size, when: new Date().toISOString(), machine, nodeHeapMb: nodeHeapMb ?? null, graph, runs };
  const base = path.join(projectRoot, 'bench', 'results', `export-${size}${tag}`);
  fs.writeFileSync(`${base}.json`, JSON.stringify(result, null, 2) + '\n');
  fs.writeFileSync(`${base}.md`, markdown(size, graph, runs, nodeHeapMb ? `${machine}, export process's V8 heap capped at ${nodeHeapMb} MB` : machine));
  process.stdout.write(`Wrote ${path.relative(projectRoot, base)}.json and .md\n`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
