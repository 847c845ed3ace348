import pino from 'pino';
import { loadConfigOrReport } from '../config';
import { isUnavailable } from '../db';
import { openGraph, type OpenGraph } from '../openGraph';
import { validateGraph } from './validateGraph';

/** The exit codes of `npm run validate`: the graph keeps the contract, it does not, or Neo4j cannot be reached. */
export const VALIDATE_EXIT = { OK: 0, PROBLEMS: 1, USAGE: 2, UNREACHABLE: 4 } as const;

/** How long one check may take over the whole graph (at least; a longer NEO4J_QUERY_TIMEOUT_MS wins). */
export const VALIDATE_TIMEOUT_MS = 3_600_000;

/** Checks run two at a time: Neo4j runs each on one core, and the largest take most of the time. */
export const VALIDATE_CONCURRENCY = 2;

/** The streams the CLI writes to (injectable for tests). */
export interface ValidateIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const USAGE = `Usage: npm run validate [-- --limit <n>]

Checks, read-only, that the graph keeps docs/graph-model.md: claims with sources, claim ends, enum values, and
shortcut edges in step with their claims. Prints one line per problem (kind  id  detail) and a count per check;
each check's count and time go to standard error as it ends (a check may take up to an hour).
  --limit <n>   list at most n problems per check (all are counted); default 1000
Exit codes: 0 no problem, 1 problems found, 2 usage error, 4 Neo4j unreachable.
`;

/**
 * `npm run validate`: runs the contract checks against the configured Neo4j (or the embedded one) and prints what
 * breaks the contract, so that a bad import or a hand edit is caught before the API serves it.
 */
export async function runValidateCli(argv: readonly string[], io: ValidateIo = process): Promise<number> {
  const limit = parseLimit(argv);
  if (limit === 'help') {
    io.stdout.write(USAGE);
    return VALIDATE_EXIT.OK;
  }
  if (typeof limit === 'string') {
    io.stderr.write(`${limit}\n\n${USAGE}`);
    return VALIDATE_EXIT.USAGE;
  }
  const config = loadConfigOrReport(io.stderr);
  if (!config) return VALIDATE_EXIT.USAGE;
  const logger = pino({ name: 'validate', level: config.logLevel === 'info' ? 'warn' : config.logLevel }, pino.destination({ dest: 2, sync: true }));
  let graph: OpenGraph;
  try {
    graph = await openGraph(config, logger);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return VALIDATE_EXIT.UNREACHABLE;
  }
  try {
    io.stdout.write(`Validating ${graph.describe}.\n`);
    // A check reads the whole graph: on ten million relationships some take a minute, longer than a request may.
    const timeoutMs = Math.max(config.neo4j.queryTimeoutMs, VALIDATE_TIMEOUT_MS);
    const report = await validateGraph(graph.db, {
      limit,
      timeoutMs,
      concurrency: VALIDATE_CONCURRENCY,
      onCheck: (check, seconds) => io.stderr.write(`  ${check.name}: ${check.count} problem${check.count === 1 ? '' : 's'} (${seconds.toFixed(1)} s)\n`),
    });
    for (const check of report.checks) {
      for (const p of check.problems) io.stdout.write(`${p.kind}  ${p.id}  ${p.detail}\n`);
    }
    const width = Math.max(...report.checks.map((c) => c.name.length));
    io.stdout.write(`\nChecked ${graph.describe}:\n`);
    for (const check of report.checks) {
      const listed = check.problems.length < check.count ? ` (${check.problems.length} listed)` : '';
      io.stdout.write(`  ${check.name.padEnd(width)}  ${String(check.count).padStart(5)}  ${check.description}${listed}\n`);
    }
    io.stdout.write(report.problemCount === 0 ? 'No problems found.\n' : `${report.problemCount} problem${report.problemCount === 1 ? '' : 's'} found.\n`);
    return report.problemCount === 0 ? VALIDATE_EXIT.OK : VALIDATE_EXIT.PROBLEMS;
  } catch (error) {
    io.stderr.write(`Validation failed: ${(error as Error).message}\n`);
    return isUnavailable(error) ? VALIDATE_EXIT.UNREACHABLE : VALIDATE_EXIT.PROBLEMS;
  } finally {
    await graph.close().catch((error: unknown) => logger.warn({ err: error }, 'closing the graph failed'));
  }
}

function parseLimit(argv: readonly string[]): number | string | 'help' {
  let limit = 1000;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') continue;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg !== '--limit' && !arg.startsWith('--limit=')) return `Unknown argument ${arg}.`;
    const value = arg === '--limit' ? (argv[(i += 1)] ?? '') : arg.slice('--limit='.length);
    if (!/^\d+$/.test(value)) return `--limit needs a whole number, not "${value}".`;
    limit = Number(value);
  }
  return limit;
}

if (require.main === module) {
  runValidateCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error)?.message ?? String(error)}\n`);
      process.exitCode = VALIDATE_EXIT.PROBLEMS;
    },
  );
}
