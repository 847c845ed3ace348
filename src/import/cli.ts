import pino from 'pino';
import { loadConfigOrReport, projectRoot } from '../config';
import { openGraph, type OpenGraph } from '../openGraph';
import { defaultImportPaths } from './defaultFolders';
import { expandPaths } from './expandPaths';
import { ImportError, type ImportErrorCode } from './importError';
import { importPaths } from './importPaths';
import { ImportProgressPrinter, type PrinterOutput } from './importProgressPrinter';
import { IMPORT_USAGE, parseImportArgs } from './parseImportArgs';

/** The exit codes of `npm run import`, for scripts and CI to branch on. */
export const IMPORT_EXIT = { OK: 0, SCRIPT_FAILED: 1, USAGE: 2, CHECKSUM_MISMATCH: 3, UNREACHABLE: 4, NEEDS_FORCE: 5 } as const;

const EXIT_OF: Record<ImportErrorCode, number> = {
  SCRIPT_FAILED: IMPORT_EXIT.SCRIPT_FAILED,
  CHECK_FAILED: IMPORT_EXIT.SCRIPT_FAILED,
  NEEDS_FORCE: IMPORT_EXIT.NEEDS_FORCE,
  CHECKSUM_MISMATCH: IMPORT_EXIT.CHECKSUM_MISMATCH,
  NOT_FOUND: IMPORT_EXIT.USAGE,
  CONNECTION: IMPORT_EXIT.UNREACHABLE,
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
    printer.closeLine();
    if (error instanceof ImportError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT_OF[error.code];
    }
    io.stderr.write(`Import failed: ${(error as Error).message ?? String(error)}\n`);
    if (logger.isLevelEnabled('debug')) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return IMPORT_EXIT.SCRIPT_FAILED;
  } finally {
    await graph.close().catch((error: unknown) => logger.warn({ err: error }, 'closing the graph failed'));
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
