/** What `npm run import -- …` was asked to do. */
export interface ImportArgs {
  paths: string[];
  dryRun: boolean;
  reapply: string[];
  force: boolean;
  quiet: boolean;
  help: boolean;
  /** Records per transaction for CSV and FtM files (`--batch-size`); the file's or the format's default when absent. */
  batchSize?: number;
  /** `--bulk`: load FtM files into an empty data folder with Neo4j's offline importer (`--home` names the folder). */
  bulk: boolean;
  /** `--home <folder>`: the data folder of a bulk load. */
  home?: string;
}

/** The parsed arguments, or why they cannot be used (the CLI exits with 2 and the usage). */
export type ParsedImportArgs = { ok: true; args: ImportArgs } | { ok: false; message: string };

/** The usage text, printed on `--help` and after a usage error. */
export const IMPORT_USAGE = `Usage: npm run import -- [files or folders...] [--dry-run] [--reapply <name>]... [--force] [--batch-size <n>] [--quiet]
       npm run import -- --bulk --home <folder> <file.ftm.json>... [--quiet]

Imports Cypher scripts into the graph, each once (the Migration ledger remembers them). A script runs in one
transaction: all of it or none of it. Two kinds cannot, in Neo4j 5: schema scripts (CREATE/DROP CONSTRAINT or INDEX)
run statement by statement, and a script using CALL { } IN TRANSACTIONS runs in auto-commit transactions, so it is
not atomic. A script may not mix schema and data statements.

  files or folders   scripts to run, in the order given; a folder runs its *.cypher files sorted by name.
                     Default: cypher/schema cypher/seed cypher/articles
  --dry-run          plan every statement with EXPLAIN; write nothing
  --reapply <name>   run this already-applied script again (e.g. after changing it); repeatable. When it would
                     change values that later scripts wrote, it is refused with the list of them (exit 5)
  --force            re-apply anyway
  --batch-size <n>   records per transaction for CSV and FtM files (default: the mapping's batchSize for CSV,
                     5000 for FtM); larger batches spread each transaction's checks and commit over more records
  --quiet            print only errors
  --bulk             initial load of FollowTheMoney files into an EMPTY data folder: every line is checked as
                     usual (an error names file:line and writes nothing), then the graph is written as files and
                     loaded by Neo4j's offline importer, the schema applied and the files recorded in the ledger
                     (a later import of the same file is skipped). Much faster than transactions; refused when
                     the folder already holds a database (exit 6). Docs: docs/importing.md#bulk-initial-load-ftm
  --home <folder>    the data folder of --bulk (e.g. .neo4j/data for the default embedded database; it must hold no
                     database yet). The server started on it is stopped at the end

Exit codes: 0 ok, 1 a script failed or was refused by the checks, 2 usage error, 3 an applied script changed,
4 Neo4j unreachable, 5 a re-apply needs --force, 6 --bulk into a folder that holds a database.
`;

/** Reads the import CLI's arguments without side effects, so that usage errors are testable values. */
export function parseImportArgs(argv: readonly string[]): ParsedImportArgs {
  const args: ImportArgs = { paths: [], dryRun: false, reapply: [], force: false, quiet: false, help: false, bulk: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--quiet' || arg === '-q') args.quiet = true;
    else if (arg === '--force') args.force = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--bulk') args.bulk = true;
    else if (arg === '--home' || arg.startsWith('--home=')) {
      const value = arg.includes('=') ? arg.slice('--home='.length) : argv[i + 1];
      if (!arg.includes('=')) i += 1;
      if (!value || value.startsWith('--')) return { ok: false, message: '--home needs a data folder.' };
      args.home = value;
    } else if (arg === '--reapply') {
      const name = argv[i + 1];
      if (name === undefined || name.startsWith('--')) return { ok: false, message: '--reapply needs the name of a script.' };
      args.reapply.push(name);
      i += 1;
    } else if (arg.startsWith('--reapply=')) {
      const name = arg.slice('--reapply='.length);
      if (!name) return { ok: false, message: '--reapply needs the name of a script.' };
      args.reapply.push(name);
    } else if (arg === '--batch-size' || arg.startsWith('--batch-size=')) {
      const value = arg.includes('=') ? arg.slice('--batch-size='.length) : argv[i + 1];
      if (!arg.includes('=')) i += 1;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) return { ok: false, message: `--batch-size needs a whole number of records, at least 1 (got ${value ?? 'nothing'}).` };
      args.batchSize = n;
    } else if (arg === '--') continue;
    else if (arg.startsWith('-')) return { ok: false, message: `Unknown option ${arg}.` };
    else args.paths.push(arg);
  }
  if (args.home !== undefined && !args.bulk) return { ok: false, message: '--home is for --bulk.' };
  if (args.bulk) {
    if (args.home === undefined) return { ok: false, message: '--bulk needs --home <folder>: the data folder to load into.' };
    if (args.dryRun || args.reapply.length || args.force || args.batchSize !== undefined) return { ok: false, message: '--bulk takes only --home, --quiet and FtM files.' };
    if (args.paths.length === 0) return { ok: false, message: '--bulk needs FtM files (.ftm.json, .jsonl, .ftm).' };
  }
  return { ok: true, args };
}
