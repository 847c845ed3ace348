import path from 'node:path';
import pino, { type Logger } from 'pino';
import { loadConfigOrReport, projectRoot, type Config } from '../config';
import { bulkLoadFtm } from '../interchange/ftm/bulkFtm';
import { FtmImportError, isFtmFile } from '../interchange/ftm/importFtm';
import { openGraph, type OpenGraph } from '../openGraph';
import { defaultImportPaths } from './defaultFolders';
import { expandPaths } from './expandPaths';
import { ImportError, type ImportErrorCode } from './importError';
import { importPaths } from './importPaths';
import { ImportProgressPrinter, type PrinterOutput } from './importProgressPrinter';
import { IMPORT_USAGE, parseImportArgs } from './parseImportArgs';

/** The exit codes of `npm run import`, for scripts and CI to branch on. */
export const IMPORT_EXIT = { OK: 0, SCRIPT_FAILED: 1, USAGE: 2, CHECKSUM_MISMATCH: 3, UNREACHABLE: 4, NEEDS_FORCE: 5, NOT_EMPTY: 6 } as const;

const EXIT_OF: Record<ImportErrorCode, number> = {
  SCRIPT_FAILED: IMPORT_EXIT.SCRIPT_FAILED,
  CHECK_FAILED: IMPORT_EXIT.SCRIPT_FAILED,
  NEEDS_FORCE: IMPORT_EXIT.NEEDS_FORCE,
  CHECKSUM_MISMATCH: IMPORT_EXIT.CHECKSUM_MISMATCH,
  NOT_FOUND: IMPORT_EXIT.USAGE,
  CONNECTION: IMPORT_EXIT.UNREACHABLE,
  NOT_EMPTY: IMPORT_EXIT.NOT_EMPTY,
};

/** The streams the CLI writes to (injectable for tests). */
export interface CliIo {
  stdout: PrinterOutput;
  stderr: { write(text: string): unknown };
}

/**
 * `npm run import -- <files or folders> [--dry-run] [--reapply <name>]... [--quiet]`: imports the scripts into the
 * configured Neo4j (or the embedded one) and answers with an exit code. Errors are printed as
 * `file:line:column: message`, without a stack trace. The graph is always closed, which stops an embedded Neo4j that
 * this command started.
 */
export async function runImportCli(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const parsed = parseImportArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`${parsed.message}\n\n${IMPORT_USAGE}`);
    return IMPORT_EXIT.USAGE;
  }
  const { args } = parsed;
  if (args.help) {
    io.stdout.write(IMPORT_USAGE);
    return IMPORT_EXIT.OK;
  }
  const config = loadConfigOrReport(io.stderr);
  if (!config) return IMPORT_EXIT.USAGE;
  const paths = args.paths.length > 0 ? args.paths : defaultImportPaths(projectRoot);
  try {
    await expandPaths(paths);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return IMPORT_EXIT.USAGE;
  }

  const logger = pino({ name: 'import', level: config.logLevel === 'info' ? 'warn' : config.logLevel }, pino.destination({ dest: 2, sync: true }));
  const printer = new ImportProgressPrinter(io.stdout, args.quiet);
  if (args.bulk) return runBulk(args.paths, path.resolve(args.home!), config, logger, printer, io);
  let graph: OpenGraph;
  try {
    graph = await openGraph(config, logger);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return IMPORT_EXIT.UNREACHABLE;
  }
  try {
    printer.note(`${args.dryRun ? 'Checking against' : 'Importing into'} ${graph.describe}.`);
    const summary = await importPaths(graph.db, paths, {
      dryRun: args.dryRun,
      reapply: args.reapply,
      force: args.force,
      batchSize: args.batchSize,
      onProgress: printer.onProgress,
      logger,
    });
    printer.summary(summary, args.dryRun);
    return IMPORT_EXIT.OK;
  } catch (error) {
    const code = reportFailure(error, 'Import failed: ', printer, io);
    if (!(error instanceof ImportError) && logger.isLevelEnabled('debug')) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return code;
  } finally {
    await graph.close().catch((error: unknown) => logger.warn({ err: error }, 'closing the graph failed'));
  }
}

/** `--bulk`: the FtM files into the empty folder `home` (src/interchange/ftm/bulkFtm.ts). */
async function runBulk(paths: readonly string[], home: string, config: Config, logger: Logger, printer: ImportProgressPrinter, io: CliIo): Promise<number> {
  const files = await expandPaths(paths);
  const other = files.find((file) => !isFtmFile(file));
  if (other) {
    io.stderr.write(`--bulk loads FtM files (.ftm.json, .jsonl, .ftm) only: ${other}\n`);
    return IMPORT_EXIT.USAGE;
  }
  try {
    printer.note(`Bulk loading ${files.length} FtM file${files.length === 1 ? '' : 's'} into the empty data folder ${path.relative(projectRoot, home) || home}.`);
    const result = await bulkLoadFtm({ home, files, config, logger, onProgress: printer.onProgress });
    await result.graph.close();
    const rows = result.nodes + result.relationships;
    const stages = Object.entries(result.stages)
      .map(([stage, s]) => `${stage} ${s.toFixed(1)} s`)
      .join(', ');
    printer.note(
      `Loaded ${result.entities} entities: ${result.nodes} nodes and ${result.relationships} relationships in ${result.seconds.toFixed(1)} s ` +
        `(${Math.round(rows / result.seconds)} rows/s; ${stages}). Recorded in the ledger: ${result.names.join(', ')}.`,
    );
    return IMPORT_EXIT.OK;
  } catch (error) {
    return reportFailure(error, error instanceof FtmImportError ? '' : 'Bulk load failed: ', printer, io);
  }
}

if (require.main === module) {
  runImportCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error)?.message ?? String(error)}\n`);
      process.exitCode = IMPORT_EXIT.SCRIPT_FAILED;
    },
  );
}

/** Writes why an import failed (an ImportError's own message, or `prefix` and the message) and returns the exit code. */
function reportFailure(error: unknown, prefix: string, printer: ImportProgressPrinter, io: CliIo): number {
  printer.closeLine();
  if (error instanceof ImportError) {
    io.stderr.write(`${error.message}\n`);
    return EXIT_OF[error.code];
  }
  io.stderr.write(`${prefix}${(error as Error).message ?? String(error)}\n`);
  return IMPORT_EXIT.SCRIPT_FAILED;
}
