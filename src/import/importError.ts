/**
 * Why an import stopped: `SCRIPT_FAILED` (a statement failed, or the script cannot run as written),
 * `CHECK_FAILED` (what a script wrote breaks the storage contract, or a statement changed nothing: see `problems`),
 * `NEEDS_FORCE` (a re-applied script would undo what later scripts wrote), `CHECKSUM_MISMATCH` (an applied script changed), `NOT_FOUND` (a path or a `--reapply` name matches nothing),
 * `CONNECTION` (Neo4j could not be reached), `NOT_EMPTY` (a bulk load into a data folder that already holds a database).
 * The CLI turns each into its exit code.
 */
export type ImportErrorCode = 'SCRIPT_FAILED' | 'CHECK_FAILED' | 'CHECKSUM_MISMATCH' | 'NOT_FOUND' | 'CONNECTION' | 'NEEDS_FORCE' | 'NOT_EMPTY';

/** Where an {@link ImportError} happened and what Neo4j said. */
export interface ImportErrorDetails {
  file: string;
  line?: number;
  column?: number;
  /** Neo4j's own message, unchanged (positions in it are relative to the statement, not the file). */
  neo4jMessage?: string;
  /** Neo4j's status code, e.g. `Neo.ClientError.Statement.SyntaxError`. */
  neo4jCode?: string;
  cause?: unknown;
  /** Every problem the import's checks found, each with its line and claim id (`CHECK_FAILED`). */
  problems?: ReadonlyArray<{ file: string; line: number; id: string; kind: string; detail: string }>;
}

/**
 * The one error the importer throws, so that the CLI can print `file:line:column: message` without a stack trace
 * and pick its exit code from `code`.
 */
export class ImportError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly neo4jMessage: string | undefined;
  readonly neo4jCode: string | undefined;
  readonly problems: NonNullable<ImportErrorDetails['problems']>;

  constructor(
    readonly code: ImportErrorCode,
    message: string,
    details: ImportErrorDetails,
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ImportError';
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.neo4jMessage = details.neo4jMessage;
    this.neo4jCode = details.neo4jCode;
    this.problems = details.problems ?? [];
  }

  /** `file:line:column` (or less, when the position is unknown). */
  get location(): string {
    if (this.line === undefined) return this.file;
    return this.column === undefined ? `${this.file}:${this.line}` : `${this.file}:${this.line}:${this.column}`;
  }
}
