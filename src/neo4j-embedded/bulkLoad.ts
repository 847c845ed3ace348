import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { PropertyKind } from '../model';
import { JAVA_FLAGS, stateDirOf } from './embeddedNeo4j';
import { resolveClasspath } from './resolveClasspath';

/**
 * The bulk path into a fresh data folder: typed CSV files written by {@link BulkFiles}, loaded by Neo4j's own offline
 * importer (`neo4j-admin database import full`, from the same 5.26 jars as the embedded server) before the server
 * starts. Orders of magnitude faster than transactions for an initial load; only for an empty database (the importer
 * writes the store files directly, so no constraint or index exists until the schema is applied afterwards).
 */

/** The array delimiter in the files: a control character no text of ours contains (a name may contain ';'). */
const ARRAY_DELIMITER = '\u001f';

const CSV_TYPE: Record<PropertyKind, string> = {
  string: 'string',
  text: 'string',
  enum: 'string',
  strings: 'string[]',
  int: 'long',
  float: 'double',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
};

/** One column of a file: a property and its kind. */
export type Columns = Readonly<Record<string, PropertyKind>>;

interface OpenFile {
  fd: number;
  path: string;
  columns: string[];
  kinds: PropertyKind[];
  chunks: string[];
  size: number;
  rows: number;
}

function encode(value: unknown, kind: PropertyKind, where: string, lineBreaks?: { seen: boolean }): string {
  if (value === null || value === undefined) return '';
  const text = (s: string) => {
    if (/[\r\n]/.test(s)) {
      if (!lineBreaks) throw new Error(`${where}: a line break in a value (the bulk files are one record per line)`);
      lineBreaks.seen = true;
    }
    return `"${s.replace(/"/g, '""')}"`;
  };
  switch (kind) {
    case 'strings': {
      const list = value as string[];
      if (list.some((s) => s.includes(ARRAY_DELIMITER))) throw new Error(`${where}: a list item contains the array delimiter U+001F`);
      return list.length === 0 ? '' : text(list.join(ARRAY_DELIMITER));
    }
    case 'string':
    case 'text':
    case 'enum':
      return text(String(value));
    default:
      return String(value);
  }
}

/**
 * Typed CSV files for the offline importer, one per set of labels (nodes) or relationship type, each with the
 * header its first record's columns give; records are buffered and written synchronously in chunks of about 1 MB.
 * A value that would not load as it is (a line break, the array delimiter) is refused with the file and record,
 * unless `lineBreaks: 'allow'`: then a value may hold line breaks, and {@link close} asks the importer to read
 * quoted fields over several lines (`--multiline-fields`, slower: only when a value had one).
 */
export class BulkFiles {
  private readonly nodes = new Map<string, OpenFile>();
  private readonly relationships = new Map<string, OpenFile>();
  private count = 0;
  private readonly lineBreaks: { seen: boolean } | undefined;

  constructor(
    private readonly dir: string,
    options: { lineBreaks?: 'refuse' | 'allow' } = {},
  ) {
    fs.mkdirSync(dir, { recursive: true });
    this.lineBreaks = options.lineBreaks === 'allow' ? { seen: false } : undefined;
  }

  /** Records written so far (nodes and relationships). */
  get records(): number {
    return this.count;
  }

  /**
   * A node with the labels, its `id` (the importer's id space: ids are unique across labels) and properties;
   * `columns` names the other properties (not `id`).
   */
  node(labels: readonly string[], columns: Columns, props: Readonly<Record<string, unknown>>): void {
    const key = labels.join(':');
    const file = this.open(this.nodes, `nodes-${labels.join('-')}`, key, columns, ['id:ID', ...Object.entries(columns).map(([n, k]) => `${n}:${CSV_TYPE[k]}`), ':LABEL']);
    const id = props.id as string;
    const values = file.columns.length ? `,${this.values(file, props)}` : '';
    this.push(file, `${encode(id, 'string', file.path)}${values},${labels.join(ARRAY_DELIMITER)}`);
  }

  /** A relationship of `type` from the node with id `start` to the node with id `end`. */
  relationship(type: string, columns: Columns, start: string, end: string, props: Readonly<Record<string, unknown>>): void {
    const file = this.open(this.relationships, `relationships-${type}`, type, columns, [
      ':START_ID',
      ':END_ID',
      ':TYPE',
      ...Object.entries(columns).map(([n, k]) => `${n}:${CSV_TYPE[k]}`),
    ]);
    for (const name of Object.keys(props)) {
      if (!(name in columns)) throw new Error(`${file.path}: ${type} has no column ${name}`);
    }
    const values = file.columns.length ? `,${this.values(file, props)}` : '';
    this.push(file, `${encode(start, 'string', file.path)},${encode(end, 'string', file.path)},${type}${values}`);
  }

  /** Flushes and closes every file; returns the importer's arguments naming them. */
  close(): string[] {
    const args: string[] = [];
    for (const file of this.nodes.values()) args.push(`--nodes=${this.finish(file)}`);
    for (const file of this.relationships.values()) args.push(`--relationships=${this.finish(file)}`);
    if (this.lineBreaks?.seen) args.push('--multiline-fields=true');
    return args;
  }

  private values(file: OpenFile, props: Readonly<Record<string, unknown>>): string {
    return file.columns.map((name, i) => encode(props[name], file.kinds[i], `${file.path} record ${file.rows + 1}`, this.lineBreaks)).join(',');
  }

  private open(map: Map<string, OpenFile>, stem: string, key: string, columns: Columns, header: string[]): OpenFile {
    let file = map.get(key);
    if (!file) {
      const filePath = path.join(this.dir, `${stem}.csv`);
      const fd = fs.openSync(filePath, 'w');
      fs.writeSync(fd, `${header.join(',')}\n`);
      file = { fd, path: filePath, columns: Object.keys(columns), kinds: Object.values(columns), chunks: [], size: 0, rows: 0 };
      map.set(key, file);
    } else if (file.columns.length !== Object.keys(columns).length || Object.keys(columns).some((c, i) => c !== file!.columns[i])) {
      throw new Error(`${file.path}: records of ${key} with different columns`);
    }
    return file;
  }

  private push(file: OpenFile, line: string): void {
    file.chunks.push(line);
    file.size += line.length + 1;
    file.rows += 1;
    this.count += 1;
    if (file.size > 1 << 20) this.flush(file);
  }

  private flush(file: OpenFile): void {
    if (file.chunks.length === 0) return;
    fs.writeSync(file.fd, `${file.chunks.join('\n')}\n`);
    file.chunks = [];
    file.size = 0;
  }

  private finish(file: OpenFile): string {
    this.flush(file);
    fs.closeSync(file.fd);
    return file.path;
  }
}

export interface BulkImportOptions {
  projectRoot: string;
  /** The data folder the embedded server will start on (`data/databases/neo4j` under it is written). */
  home: string;
  /** The importer's arguments naming the files ({@link BulkFiles.close}). */
  files: string[];
  logger: Logger;
  /** Each line the importer prints (its progress: a row of dots per stage, with percentages). */
  onOutput?: (line: string) => void;
  heapMb?: number;
}

/** What the importer reported at the end. */
export interface BulkImportResult {
  seconds: number;
  nodes: number;
  relationships: number;
  properties: number;
}

/**
 * Runs `neo4j-admin database import full` on `home` (which must hold no database yet: the importer refuses a
 * non-empty one) and resolves with its counts; rejects with its last lines when it fails. Any bad record fails the
 * import (`--bad-tolerance=0`): a bulk load is all or nothing, like a transaction.
 */
export async function bulkImport(options: BulkImportOptions): Promise<BulkImportResult> {
  const classpath = await resolveClasspath(options.projectRoot, stateDirOf(options.home), options.logger);
  const conf = path.join(options.home, 'conf');
  fs.mkdirSync(conf, { recursive: true });
  const argFile = path.join(conf, 'bulk-import.args');
  fs.writeFileSync(argFile, `-cp\n"${classpath}"\n`);
  const args = [
    `-Xmx${options.heapMb ?? 2048}m`,
    ...JAVA_FLAGS,
    `@${argFile}`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...options.files,
    `--array-delimiter=U+001F`,
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--report-file=${path.join(options.home, 'bulk-import.report')}`,
    'neo4j',
  ];
  const started = Date.now();
  const tail: string[] = [];
  const child = spawn('java', args, { env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: conf }, stdio: ['ignore', 'pipe', 'pipe'] });
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > 40) tail.shift();
      options.onOutput?.(line);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`neo4j-admin database import failed (exit ${code}):\n${tail.join('\n')}`);
  const text = tail.join('\n');
  const count = (what: string) => Number(new RegExp(`(\\d+) ${what}`).exec(text)?.[1] ?? NaN);
  return { seconds: (Date.now() - started) / 1000, nodes: count('nodes'), relationships: count('relationships'), properties: count('properties') };
}
