/**
 * The generator's bulk path (the default; `--online` writes through transactions instead): the same rows as the
 * Cypher writers of writers.ts, written as typed CSV files and loaded by Neo4j's offline importer into the fresh data
 * folder, then the schema (constraints, indexes, full-text) is applied over the loaded graph. The claims' links, page
 * keys and shortcut edges come from the model through src/claims/derivedRecords.ts, so that both paths write the same
 * graph: tests/integration/bulkGenerate.test.ts compares them property by property.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { claimLinkRecords, claimRelationshipKinds, shortcutRecords } from '../../src/claims/derivedRecords';
import { projectRoot } from '../../src/config';
import type { Database } from '../../src/db';
import { claimType, type PropertyKind } from '../../src/model';
import { BulkFiles, bulkImport, type Columns } from '../../src/neo4j-embedded/bulkLoad';
import { applySchema, startBenchGraph, type BenchGraph } from '../common';
import type { Counts } from './model';
import type { FilesWorkerData, FilesWorkerMessage } from './filesWorker';
import { KINDS, type Batch } from './rows';

type Row = Record<string, unknown>;

const ENTITY: Columns = { name: 'string', aliases: 'strings', aliasesText: 'string', description: 'text', createdAt: 'datetime', updatedAt: 'datetime' };
const CLAIM: Columns = {
  validFrom: 'date',
  validFromPrecision: 'enum',
  validTo: 'date',
  validToPrecision: 'enum',
  confidence: 'float',
  createdAt: 'datetime',
  retractedAt: 'datetime',
};
const EVIDENCE: Columns = { quote: 'text', quoteLanguage: 'string', attribution: 'enum', locator: 'string', confidence: 'float', createdAt: 'datetime' };

/** A claim kind: its own columns, its properties from a row, and its ends by link type. */
interface ClaimKind {
  columns: Columns;
  props(row: Row): Row;
  ends(row: Row): Record<string, string[]>;
}

const one = (id: unknown): string[] => (id === null || id === undefined ? [] : [id as string]);

const CLAIMS: Record<string, ClaimKind> = {
  Decision: {
    columns: {
      title: 'string',
      question: 'text',
      status: 'enum',
      outcome: 'text',
      openedAt: 'date',
      openedAtPrecision: 'enum',
      expectedBy: 'string',
      decidedAt: 'date',
      decidedAtPrecision: 'enum',
    },
    props: (r) => ({
      ...pick(r, ['title', 'question', 'status', 'outcome', 'openedAt', 'openedAtPrecision', 'expectedBy', 'decidedAt']),
      decidedAtPrecision: r.decidedAt ? 'DAY' : null,
    }),
    ends: (r) => ({ DECIDED_BY: one(r.decider), CONCERNS: one(r.concerns) }),
  },
  Role: { columns: { title: 'string', kind: 'enum' }, props: (r) => pick(r, ['title', 'kind']), ends: (r) => ({ HOLDS: one(r.holder), AT: one(r.org) }) },
  DecisionRole: { columns: { role: 'enum' }, props: (r) => pick(r, ['role']), ends: (r) => ({ PLAYS: one(r.actor), IN: one(r.decision) }) },
  Statement: {
    columns: { text: 'text', language: 'string', isDirectQuote: 'boolean', medium: 'enum', saidAt: 'date', saidAtPrecision: 'enum' },
    props: (r) => pick(r, ['text', 'language', 'isDirectQuote', 'medium', 'saidAt', 'saidAtPrecision']),
    ends: (r) => ({ MADE: r.speakers as string[], ABOUT: r.about as string[] }),
  },
  LobbyingEffort: {
    columns: { method: 'enum', stance: 'enum', desiredOutcome: 'text', date: 'date', datePrecision: 'enum' },
    props: (r) => pick(r, ['method', 'stance', 'desiredOutcome', 'date', 'datePrecision']),
    ends: (r) => ({ TARGETED: one(r.target), REGARDING: one(r.decision), LOBBIED_IN: r.lobbyists as string[], ON_BEHALF_OF: one(r.onBehalfOf) }),
  },
};

function pick(row: Row, names: readonly string[]): Row {
  const out: Row = {};
  for (const name of names) out[name] = row[name];
  return out;
}

const NO_COLUMNS: Columns = {};

/** Writes one batch of the generator's rows as records; `now` is the entry time every record gets. */
export function writeBatch(files: BulkFiles, batch: Batch, now: string): void {
  const stamp = { createdAt: now, updatedAt: now };
  for (const r of batch.rows) {
    const id = r.id as string;
    switch (batch.kind) {
      case 'Person':
        files.node(['Person', 'Entity', 'Node'], ENTITY, { ...r, ...stamp });
        break;
      case 'Organization':
        files.node(['Organization', 'Entity', 'Node'], { ...ENTITY, kind: 'enum' }, { ...r, ...stamp });
        if (r.partOf) files.relationship('PART_OF', NO_COLUMNS, id, r.partOf as string, {});
        break;
      case 'Platform':
        files.node(['Platform', 'Entity', 'Node'], ENTITY, { ...r, ...stamp });
        files.relationship('OPERATES', NO_COLUMNS, r.operator as string, id, {});
        break;
      case 'Source':
        files.node(
          ['Source', 'Node'],
          {
            url: 'string',
            title: 'text',
            publishedAt: 'date',
            publishedAtPrecision: 'enum',
            language: 'string',
            retrievedAt: 'datetime',
            createdAt: 'datetime',
            updatedAt: 'datetime',
          },
          { ...r, publishedAtPrecision: 'DAY', retrievedAt: now, ...stamp },
        );
        if (r.publisher) files.relationship('PUBLISHED_BY', NO_COLUMNS, id, r.publisher as string, {});
        break;
      case 'Account':
        files.node(['Account', 'Node'], { handle: 'string', createdAt: 'datetime', updatedAt: 'datetime' }, { ...r, ...stamp });
        files.relationship('HAS_ACCOUNT', NO_COLUMNS, r.owner as string, id, {});
        files.relationship('ON_PLATFORM', NO_COLUMNS, id, r.platform as string, {});
        break;
      default:
        writeClaim(files, batch.kind, r, now);
    }
  }
}

const relationshipKinds = new Map<string, Map<string, Record<string, PropertyKind>>>();

function writeClaim(files: BulkFiles, label: string, r: Row, now: string): void {
  const kind = CLAIMS[label];
  if (!kind) throw new Error(`The bulk path has no mapping for ${label} rows.`);
  const claim = claimType(label);
  const id = r.id as string;
  const props: Row = {
    id,
    ...pick(r, ['validFrom', 'validFromPrecision', 'validTo', 'validToPrecision', 'confidence']),
    createdAt: now,
    retractedAt: r.retracted ? now : null,
    ...kind.props(r),
  };
  files.node(['Claim', label, 'Node'], { ...CLAIM, ...kind.columns }, props);
  let kinds = relationshipKinds.get(label);
  if (!kinds) relationshipKinds.set(label, (kinds = claimRelationshipKinds(claim)));
  const ends = kind.ends(r);
  for (const rel of [...claimLinkRecords(claim, id, props, ends), ...shortcutRecords(claim, id, props, ends)]) {
    files.relationship(rel.type, kinds.get(rel.type) ?? NO_COLUMNS, rel.start, rel.end, rel.props);
  }
  for (const ev of r.evidence as Row[]) files.relationship('SUPPORTED_BY', EVIDENCE, id, ev.source as string, { ...pick(ev, Object.keys(EVIDENCE)), createdAt: now });
}

export interface BulkOptions {
  counts: Counts;
  seed: number;
  home: string;
  logger: Logger;
  /** Called with the rows written so far, the total, and the stage. */
  progress?: (stage: string, done: number, total: number) => void;
  /** The rows to write instead of the generator's for (counts, seed) (tests rename their ids). */
  rows?: Iterable<Batch>;
  /** The server's memory (default: the bench's, heap 4 GB and page cache 2 GB). */
  memory?: { heapMb: number; pagecacheMb: number };
}

export interface BulkResult {
  nodes: number;
  relationships: number;
  seconds: number;
  /** Seconds per stage: writing the files, the offline import, starting the server, the schema and its indexes. */
  stages: Record<string, number>;
  graph: BenchGraph;
}

/** The entry time of every generated record (both paths). */
export const GENERATED_AT = '2025-01-01T00:00:00Z';

/**
 * Generates the data set into the fresh folder `home` through files and the offline importer, starts the server on
 * it, applies the schema and returns the running graph (the caller closes it).
 */
export async function generateBulk(options: BulkOptions): Promise<BulkResult> {
  const started = Date.now();
  const stages: Record<string, number> = {};
  const lap = (() => {
    let last = started;
    return (name: string) => {
      const now = Date.now();
      stages[name] = (now - last) / 1000;
      last = now;
    };
  })();
  const dir = `${options.home}-files`;
  fs.rmSync(dir, { recursive: true, force: true });
  const total = Object.values(options.counts).reduce((a, b) => a + b, 0);
  let rows = 0;
  let args: string[];
  if (options.rows) {
    const files = new BulkFiles(dir);
    for (const batch of options.rows) {
      writeBatch(files, batch, GENERATED_AT);
      rows += batch.rows.length;
      options.progress?.(`files (${batch.kind})`, rows, total);
    }
    args = files.close();
  } else {
    args = await writeFilesInThreads(options, dir, (done, kind) => {
      rows += done;
      options.progress?.(`files (${kind})`, rows, total);
    });
  }
  lap('files');
  let importerLines = 0;
  const imported = await bulkImport({
    projectRoot,
    home: options.home,
    files: args,
    logger: options.logger,
    onOutput: (line) => {
      // The importer prints a row of dots per stage, each row ending in its percentage.
      importerLines += 1;
      const percent = /(\d+)%/.exec(line)?.[1];
      if (percent) options.progress?.('offline import', Number(percent), 100);
      else if (/^[A-Z(]/.test(line.trim()) && importerLines > 1) options.logger.debug({ line }, 'importer');
    },
  });
  const { nodes, relationships } = imported;
  fs.rmSync(dir, { recursive: true, force: true });
  lap('offline import');
  options.progress?.('starting the server', 0, 1);
  const graph = await startBenchGraph(options.home, options.logger, options.memory);
  lap('server start');
  options.progress?.('schema: constraints, indexes, full-text (populated over the loaded graph)', 0, 1);
  try {
    await applySchema(graph.db, options.logger, false);
    lap('schema and indexes');
    await emptyLists(graph.db);
    lap('empty lists');
  } catch (error) {
    await graph.close();
    throw error;
  }
  return { nodes, relationships, seconds: (Date.now() - started) / 1000, stages, graph };
}

/** Records a row of each kind writes, roughly (its node, links, evidence, shortcut edges): to share the work out. */
const RECORDS_PER_ROW: Record<string, number> = {
  Person: 1,
  Organization: 1.1,
  Platform: 2,
  Source: 1.9,
  Account: 3,
  Decision: 5.4,
  Role: 4.4,
  DecisionRole: 4.4,
  Statement: 5.6,
  LobbyingEffort: 6.6,
};

/**
 * Writes the files in worker threads (one per core, at most 4), each writing whole kinds of row, heaviest first to
 * the least loaded; resolves with the importer's arguments naming every thread's files.
 */
async function writeFilesInThreads(options: BulkOptions, dir: string, progress: (rows: number, kind: string) => void): Promise<string[]> {
  const threads = Math.max(1, Math.min(4, os.availableParallelism()));
  const shares: Array<{ kinds: string[]; weight: number }> = Array.from({ length: threads }, () => ({ kinds: [], weight: 0 }));
  const weight = (kind: string) => (options.counts[COUNT_OF_KIND[kind]] ?? 0) * (RECORDS_PER_ROW[kind] ?? 1);
  for (const kind of [...KINDS].sort((a, b) => weight(b) - weight(a))) {
    const share = shares.reduce((least, s) => (s.weight < least.weight ? s : least));
    share.kinds.push(kind);
    share.weight += weight(kind);
  }
  const results = await Promise.all(
    shares
      .filter((s) => s.kinds.length > 0)
      .map(
        (share, i) =>
          new Promise<string[]>((resolve, reject) => {
            const data: FilesWorkerData = { counts: options.counts, seed: options.seed, kinds: share.kinds, dir: path.join(dir, `thread-${i}`), now: GENERATED_AT };
            const file = path.join(__dirname, `filesWorker${path.extname(__filename)}`);
            // Under ts-node (npm run generate) the thread registers it too; compiled, it loads the .js directly.
            const code = `${file.endsWith('.ts') ? "require('ts-node').register({ transpileOnly: true });" : ''} require(${JSON.stringify(file)});`;
            const worker = new Worker(code, { eval: true, workerData: data });
            worker.on('message', (message: FilesWorkerMessage) => {
              if ('error' in message) reject(new Error(message.error));
              else if ('done' in message) resolve(message.args);
              else progress(message.rows, message.kind);
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`A files thread exited with code ${code}.`))));
          }),
      ),
  );
  return results.flat();
}

/** The count (model.ts) that says how many rows of each kind there are. */
const COUNT_OF_KIND: Record<string, keyof Counts> = {
  Person: 'persons',
  Organization: 'organizations',
  Platform: 'platforms',
  Source: 'sources',
  Account: 'accounts',
  Decision: 'decisions',
  Role: 'roles',
  DecisionRole: 'decisionRoles',
  Statement: 'statements',
  LobbyingEffort: 'lobbying',
};

/**
 * The importer cannot write an empty list (an empty field is no property), while the Cypher writers store `[]` for
 * an entity without aliases, as the API does: set them, in batches.
 */
async function emptyLists(db: Database): Promise<void> {
  await db.autoCommit('MATCH (n:Entity) WHERE n.aliases IS NULL CALL (n) { SET n.aliases = [] } IN TRANSACTIONS OF 50000 ROWS');
}

/** The folder the files are written to, beside the data folder (removed after the import). */
export const filesDirOf = (home: string): string => path.relative(projectRoot, `${home}-files`);
