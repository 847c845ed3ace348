import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfigOrReport } from '../../config';
import { openGraph } from '../../openGraph';
import { EXPORT_FORMATS, isDate, runExport, type ExportCounts, type ExportFormat, type ExportScope } from './runExport';

export const EXPORT_USAGE = `Usage: npm run export -- --format ftm|gexf|graphml|csv [--root ID --depth N] [--ids a,b] [--as-of YYYY-MM-DD] [--out FILE]

Exports the graph, an entity's neighbourhood (--root, --depth, default 1) or a list of ids, with provenance on every
edge: FollowTheMoney JSON lines (Aleph), GEXF (Gephi), GraphML, or CSV. Without --out, writes to standard output
(CSV then needs --part nodes|edges); with --out FILE and --format csv, writes FILE's .nodes.csv and .edges.csv.
Progress goes to standard error on a terminal.
`;

interface ExportArgs {
  format: ExportFormat;
  scope: ExportScope;
  out?: string;
  part?: 'nodes' | 'edges';
}

/** Parses the export arguments; a string is a usage error. */
export function parseExportArgs(argv: readonly string[]): ExportArgs | string {
  const value = (i: number) => (argv[i + 1] === undefined || argv[i + 1].startsWith('--') ? undefined : argv[i + 1]);
  let format: string | undefined;
  const scope: ExportScope = {};
  const args: Partial<ExportArgs> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const v = value(i);
    if (['--format', '--root', '--depth', '--ids', '--as-of', '--out', '--part'].includes(arg)) {
      if (v === undefined) return `${arg} needs a value.`;
      i += 1;
    }
    if (arg === '--format') format = v;
    else if (arg === '--root') scope.rootId = v;
    else if (arg === '--depth') {
      if (!/^\d+$/.test(v!)) return '--depth must be a whole number.';
      scope.depth = Number(v);
    } else if (arg === '--ids')
      scope.ids = v!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (arg === '--as-of') {
      if (!isDate(v!)) return '--as-of must be a date, YYYY-MM-DD.';
      scope.asOf = v;
    } else if (arg === '--out') args.out = v;
    else if (arg === '--part') {
      if (v !== 'nodes' && v !== 'edges') return '--part must be nodes or edges.';
      args.part = v;
    } else return `Unknown argument ${arg}.`;
  }
  if (!format || !EXPORT_FORMATS.includes(format as ExportFormat)) return `--format must be one of ${EXPORT_FORMATS.join(', ')}.`;
  if (format === 'csv' && !args.out && !args.part) return 'CSV to standard output needs --part nodes|edges (or give --out FILE for both files).';
  return { format: format as ExportFormat, scope, out: args.out, part: args.part };
}

function progressLine(stderr: NodeJS.WriteStream, label: string) {
  const started = Date.now();
  let last = 0;
  let peak = process.memoryUsage().rss;
  return {
    update(counts: ExportCounts) {
      peak = Math.max(peak, process.memoryUsage().rss);
      if (!stderr.isTTY || Date.now() - last < 200) return;
      last = Date.now();
      const what = counts.entities ? `${counts.entities} entities` : `${counts.nodes} nodes, ${counts.edges} edges`;
      stderr.write(`\r\x1b[K${label}: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    },
    done(counts: ExportCounts) {
      const what = counts.entities ? `${counts.entities} FtM entities from ${counts.nodes} records` : `${counts.nodes} nodes, ${counts.edges} edges`;
      peak = Math.max(peak, process.memoryUsage().rss);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      stderr.write(`${stderr.isTTY ? '\r\x1b[K' : ''}${label}: ${what} in ${seconds} s; peak memory of this process ${Math.round(peak / 1048576)} MB\n`);
    },
  };
}

async function toFile(file: string, write: (out: Writable) => Promise<ExportCounts>): Promise<ExportCounts> {
  const out = fs.createWriteStream(file);
  const counts = await write(out);
  out.end();
  await finished(out);
  return counts;
}

export async function runExportCli(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(EXPORT_USAGE);
    return 0;
  }
  const parsed = parseExportArgs(argv);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n\n${EXPORT_USAGE}`);
    return 2;
  }
  const config = loadConfigOrReport(process.stderr);
  if (!config) return 2;
  const logger = pino({ name: 'export', level: config.logLevel === 'info' ? 'warn' : config.logLevel }, pino.destination({ dest: 2, sync: true }));
  const graph = await openGraph(config, logger).catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    return undefined;
  });
  if (!graph) return 4;
  try {
    process.stderr.write(`Exporting ${parsed.format} from ${graph.describe}.\n`);
    const { format, scope, out } = parsed;
    const parts: Array<'nodes' | 'edges' | undefined> = format === 'csv' && out ? ['nodes', 'edges'] : [parsed.part];
    for (const part of parts) {
      const file = out && format === 'csv' ? out.replace(/(\.csv)?$/, `.${part}.csv`) : out;
      const progress = progressLine(process.stderr, file ?? 'stdout');
      const write = (stream: Writable) => runExport(graph.db, format, scope, stream, { part, onProgress: progress.update });
      const counts = file ? await toFile(file, write) : await write(process.stdout);
      progress.done(counts);
    }
    return 0;
  } catch (error) {
    process.stderr.write(`\nExport failed: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await graph.close().catch(() => undefined);
  }
}

if (require.main === module) {
  runExportCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error)?.message ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
