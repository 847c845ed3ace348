/**
 * The bulk initial load of FtM files into an EMPTY database (`npm run import -- --bulk --home <folder> <files>`): the
 * same first pass as the online import (every line checked with the followthemoney model; an error stops it with
 * `file:line` before anything is written), the same mapping (`nodeWrites`, `claimWrites`, `linkWrites` of fromFtm.ts),
 * but the graph is written as typed CSV files and loaded by Neo4j's offline importer into the fresh data folder
 * (src/neo4j-embedded/bulkLoad.ts), then the server starts on it, the schema is applied, the files are recorded in the
 * import ledger as applied (a later `npm run import` of the same file is skipped by its checksum), and the
 * validator's checks run over the whole graph. What the online import's Cypher derives (shortcut edges, page keys,
 * `aliasesText`, evidence entry times, the global id label) is written as records from the model
 * (src/claims/derivedRecords.ts), so that both write the same graph: tests/integration/ftmBulk.test.ts compares them.
 *
 * All or nothing: a reference to an id that no file writes is refused with its `file:line` before the importer runs;
 * a problem the checks find after the load removes the database again and is reported with the line that wrote it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { claimLinkRecords, claimRelationshipKinds, shortcutRecords } from '../../claims/derivedRecords';
import { projectRoot, type Config } from '../../config';
import { importPaths } from '../../import/importPaths';
import { ImportError } from '../../import/importError';
import { refusal } from '../../import/checkWrites';
import type { ImportProgress } from '../../import/importTypes';
import { CLAIM_TYPES, GLOBAL_ID_LABEL, claimType, linkOf, nodeType, type ClaimLabel, type PropertyKind } from '../../model';
import { BulkFiles, bulkImport, type Columns } from '../../neo4j-embedded/bulkLoad';
import { openGraph, type OpenGraph } from '../../openGraph';
import { validateGraph } from '../../validate/validateGraph';
import type { FtmEntity } from './ftmModel';
import { claimWrites, linkWrites, nodeWrites } from './fromFtm';
import { FtmImportError, ledgerName, lines, readFtmFile } from './importFtm';

export interface FtmBulkOptions {
  /** The data folder to load into: new, or holding no database yet. */
  home: string;
  files: readonly string[];
  /** The configuration the server is started with (its embedded settings; the data folder is `home`). */
  config: Config;
  logger: Logger;
  /** Ledger names are relative to this folder (default: the project root, as `npm run import`). */
  root?: string;
  /** Prefix for every id (tests compare with an online import under their own prefix). */
  idPrefix?: string;
  onProgress?: (event: ImportProgress) => void;
  /** The offline importer's heap (default 2048 MB). */
  importerHeapMb?: number;
}

export interface FtmBulkResult {
  /** The ledger names of the files, in order. */
  names: string[];
  entities: number;
  nodes: number;
  relationships: number;
  seconds: number;
  /** Seconds per stage: reading and checking, the records and files, the offline import, the server, the schema, the ledger and the checks. */
  stages: Record<string, number>;
  /** The server started on the loaded folder; the caller closes it. */
  graph: OpenGraph;
}

/** The stable message (and code) of a refusal to load into a folder that already holds a database. */
export const NOT_EMPTY_MESSAGE = 'already holds a database: the bulk load writes only into a new or empty data folder (use npm run import without --bulk to add to it)';

type Props = Record<string, unknown>;
interface Where {
  file: string;
  line: number;
}
interface NodeRecord extends Where {
  labels: string[];
  props: Props;
}
interface ClaimRecord extends Where {
  label: ClaimLabel;
  props: Props;
  ends: Map<string, Set<string>>;
}
interface RelRecord extends Where {
  type: string;
  start: string;
  end: string;
  props: Props;
}

/** True when `home` holds a database (the embedded server's, or an import's). */
export function holdsDatabase(home: string): boolean {
  const data = path.join(home, 'data');
  return fs.existsSync(data) && fs.readdirSync(data).length > 0;
}

/** The column kind of a value as the online import's Cypher stores it (numbers are floats, dates where the model says so). */
function kindOf(name: string, value: unknown, dates: ReadonlySet<string>): PropertyKind {
  if (dates.has(name)) return 'date';
  if (ENTRY_TIMES.has(name)) return 'datetime';
  if (Array.isArray(value)) return 'strings';
  if (typeof value === 'number') return 'float';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

const ENTRY_TIMES = new Set(['createdAt', 'updatedAt', 'mergedAt']);

/** The properties that are set (the online import's `+= row.plain` skips nulls). */
function present(props: Readonly<Props>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

/** The labels the online import gives a node of `label`: its family's, its own, and the global id label. */
function labelsOf(label: string): string[] {
  const family = nodeType(label).family;
  return family === label ? [label, GLOBAL_ID_LABEL] : [family, label, GLOBAL_ID_LABEL];
}

const dateNamesOfNode = (label: string) =>
  new Set(
    nodeType(label)
      .properties.filter((p) => p.kind === 'date')
      .map((p) => p.name),
  );
const dateNamesOfClaim = (label: ClaimLabel) =>
  new Set([
    ...claimType(label)
      .properties.filter((p) => p.kind === 'date')
      .map((p) => p.name),
    'validFrom',
    'validTo',
  ]);

/** The columns of every relationship type the load can write, from the model: a type shared by claim types gets the union. */
function relationshipColumns(): Map<string, Record<string, PropertyKind>> {
  const out = new Map<string, Record<string, PropertyKind>>();
  for (const claim of CLAIM_TYPES) for (const [type, kinds] of claimRelationshipKinds(claim)) out.set(type, { ...out.get(type), ...kinds });
  out.set('SUPPORTED_BY', { quote: 'text', attribution: 'enum', locator: 'string', createdAt: 'datetime' });
  return out;
}

/**
 * Loads the files into the fresh folder `home` and answers with the server started on it (the caller closes it).
 * Refuses, before writing anything, a folder that holds a database, a bad line, or a reference to an id no file
 * writes; refuses after the load (removing the database) what the validator's checks find.
 */
export async function bulkLoadFtm(options: FtmBulkOptions): Promise<FtmBulkResult> {
  const started = Date.now();
  const stages: Record<string, number> = {};
  let last = started;
  const lap = (name: string) => {
    const now = Date.now();
    stages[name] = (now - last) / 1000;
    last = now;
  };
  const home = path.resolve(options.home);
  const shownHome = path.relative(projectRoot, home) || home;
  if (holdsDatabase(home)) throw new ImportError('NOT_EMPTY', `${shownHome}: ${NOT_EMPTY_MESSAGE}.`, { file: shownHome });
  const root = options.root ?? projectRoot;
  const prefix = options.idPrefix ?? '';
  const pid = (id: string) => `${prefix}${id}`;
  const now = new Date().toISOString();
  const progress = options.onProgress;
  const stageCount = 6;

  // 1. The online import's first pass over every file: checked, indexed; references must name an id of the files.
  const files = options.files.map((file) => ({ file, name: ledgerName(file, root) }));
  const passes = [];
  const allIds = new Set<string>();
  for (const [i, { file, name }] of files.entries()) {
    progress?.({ kind: 'file-start', file: `${name} (reading and checking)`, index: 1, total: stageCount, statements: 0 });
    const pass = await readFtmFile(file, name);
    for (const id of pass.idsInFile) allIds.add(id);
    passes[i] = pass;
  }
  for (const [i, pass] of passes.entries()) {
    for (const [id, line] of pass.references) {
      if (!allIds.has(id)) throw new FtmImportError(files[i].name, line, `"${id}" names no entity of the files (a bulk load starts from an empty database).`);
    }
  }
  lap('read and check');

  // 2. Records: what the online import's three passes write, and what its derivation adds.
  const nodes = new Map<string, NodeRecord>();
  const claims = new Map<string, ClaimRecord>();
  const merged = new Map<string, RelRecord>();
  const structural = new Map<string, RelRecord>();
  const claimLinks: Array<Where & { claimId: string; type: string; to: string }> = [];
  const evidence = new Map<string, RelRecord & { needs: { claim: string; source: string } }>();
  const checksums: string[] = [];
  const duplicate = (id: string, where: Where) => {
    const first = nodes.get(id) ?? claims.get(id);
    return new FtmImportError(where.file, where.line, `"${id}" is written again (first at ${first?.file}:${first?.line}); a bulk load needs each id once.`);
  };
  let entities = 0;
  for (const [i, { file, name }] of files.entries()) {
    // The ledger's checksum (`ftmChecksum`), from the same reading as the records.
    const hash = createHash('sha256');
    const { index, documented, lastLine } = passes[i];
    const dataset = { id: pid(`ftm-dataset-${path.basename(file).replace(/\.(ftm\.json|jsonl|ftm)$/i, '')}`), title: `FollowTheMoney stream ${path.basename(file)}` };
    progress?.({ kind: 'file-start', file: `${name} (records)`, index: 2, total: stageCount, statements: lastLine });
    for await (const { line, text } of lines(file)) {
      hash.update(`${text}\n`);
      const e = JSON.parse(text) as FtmEntity;
      const where = { file: name, line };
      entities += 1;
      for (const w of nodeWrites(e, pid)) {
        if (claims.has(w.id)) throw duplicate(w.id, where);
        const labels = labelsOf(w.label);
        const old = nodes.get(w.id);
        if (old && old.labels.join(':') !== labels.join(':')) throw duplicate(w.id, where);
        // The online import's MERGE and `+=`: a node written twice (a sanction's authority) has the later values.
        if (old) Object.assign(old.props, present(w.props));
        else nodes.set(w.id, { ...where, labels, props: { id: w.id, createdAt: now, updatedAt: now, ...present(w.props) } });
        for (const ref of w.referents) {
          if (!merged.has(ref)) merged.set(ref, { ...where, type: 'MERGED_INTO', start: ref, end: w.id, props: {} });
        }
      }
      for (const w of claimWrites(e, index, pid)) {
        if (claims.has(w.id) || nodes.has(w.id)) throw duplicate(w.id, where);
        const ends = new Map<string, Set<string>>();
        for (const [type, ids] of Object.entries(w.links)) ends.set(type, new Set(ids));
        claims.set(w.id, { ...where, label: w.label, props: { id: w.id, createdAt: now, ...present(w.props) }, ends });
        if (!documented.has(e.id)) {
          if (!nodes.has(dataset.id))
            nodes.set(dataset.id, { ...where, labels: ['Source', GLOBAL_ID_LABEL], props: { id: dataset.id, title: dataset.title, createdAt: now, updatedAt: now } });
          const props = { locator: e.id, quote: JSON.stringify(e.properties).slice(0, 1000), attribution: 'REPORTED', createdAt: now };
          evidence.set(`${w.id}\u0000${dataset.id}\u0000${e.id}`, {
            ...where,
            type: 'SUPPORTED_BY',
            start: w.id,
            end: dataset.id,
            props,
            needs: { claim: w.id, source: dataset.id },
          });
        }
      }
      for (const w of linkWrites(e, pid)) {
        if (w.kind === 'structural') structural.set(`${w.type}\u0000${w.from}\u0000${w.to}`, { ...where, type: w.type, start: w.from, end: w.to, props: {} });
        else if (w.kind === 'account')
          structural.set(`HAS_ACCOUNT\u0000${w.ownerId}\u0000${w.accountId}`, { ...where, type: 'HAS_ACCOUNT', start: w.ownerId, end: w.accountId, props: {} });
        else if (w.kind === 'claimLink') claimLinks.push({ ...where, claimId: w.claimId, type: w.type, to: w.to });
        else {
          // Evidence is one per locator (or per quote when it has none); a later line's quote and attribution win.
          const key = `${w.claimId}\u0000${w.sourceId}\u0000${w.locator === null ? `\u0001${w.quote}` : w.locator}`;
          const props = { locator: w.locator, quote: w.quote, attribution: w.attribution, createdAt: now };
          evidence.set(key, { ...where, type: 'SUPPORTED_BY', start: w.claimId, end: w.sourceId, props, needs: { claim: w.claimId, source: w.sourceId } });
        }
      }
      if (line % 10_000 === 0) progress?.({ kind: 'statement', file: name, index: line, total: lastLine });
    }
    checksums[i] = hash.digest('hex');
  }

  // Every reference must name what the online import's MATCH would find; else refused with the line that made it.
  const isNode = (id: string) => nodes.has(id) || claims.has(id) || merged.has(id);
  for (const [id, m] of merged)
    if (nodes.has(id) || claims.has(id)) throw new FtmImportError(m.file, m.line, `"${id}" is both a referent of "${m.end}" and an entity of the files.`);
  // A claim's end must be a node of the files, of a label the model allows at that end (the validator's bad-claim-ends).
  const labelsOfId = (id: string): readonly string[] => nodes.get(id)?.labels ?? (claims.has(id) ? ['Claim', claims.get(id)!.label] : merged.has(id) ? ['MergedId'] : []);
  const checkEnd = (id: string, claim: ClaimRecord, type: string, end: string, where: Where) => {
    if (!isNode(end)) throw new FtmImportError(where.file, where.line, `"${end}" (${type} of ${id}) names no entity of the files.`);
    const link = linkOf(claimType(claim.label), type);
    const labels = labelsOfId(end);
    if (!labels.some((l) => (link.ends as readonly string[]).includes(l))) {
      const own = labels.filter((l) => l !== GLOBAL_ID_LABEL).pop();
      throw new FtmImportError(
        where.file,
        where.line,
        `${id}: BAD_END ${claim.label} ${type} ${link.direction === 'in' ? 'from' : 'to'} ${end}, a ${own}; allowed: ${link.ends.join(', ')}.`,
      );
    }
  };
  for (const l of claimLinks) {
    const claim = claims.get(l.claimId);
    if (!claim) throw new FtmImportError(l.file, l.line, `"${l.claimId}" is not a claim of the files (${l.type}).`);
    if (!claimType(claim.label).links.some((d) => d.type === l.type)) throw new FtmImportError(l.file, l.line, `${l.type} is not a link of ${claim.label} "${l.claimId}".`);
    if (!claim.ends.get(l.type)?.has(l.to)) checkEnd(l.claimId, claim, l.type, l.to, l);
    claim.ends.set(l.type, (claim.ends.get(l.type) ?? new Set()).add(l.to));
  }
  for (const [id, c] of claims) {
    for (const [type, ids] of c.ends) for (const end of ids) checkEnd(id, c, type, end, c);
  }
  for (const r of structural.values()) {
    for (const end of [r.start, r.end]) if (!isNode(end)) throw new FtmImportError(r.file, r.line, `"${end}" (${r.type}) names no entity of the files.`);
    if (r.type === 'HAS_ACCOUNT' && nodes.get(r.end)?.labels[0] !== 'Account') throw new FtmImportError(r.file, r.line, `"${r.end}" is not an account.`);
  }
  for (const r of evidence.values()) {
    if (!claims.has(r.needs.claim)) throw new FtmImportError(r.file, r.line, `"${r.needs.claim}" is not a claim of the files (its evidence).`);
    if (nodes.get(r.needs.source)?.labels[0] !== 'Source')
      throw new FtmImportError(r.file, r.line, `"${r.needs.source}" is not a source of the files (evidence of "${r.needs.claim}").`);
  }

  // The files: columns per label set (the union of the properties its records set), relationships by type.
  const dir = path.join(home, 'bulk-files');
  const createdHome = !fs.existsSync(home);
  const removeDatabase = () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (createdHome) fs.rmSync(home, { recursive: true, force: true });
    else for (const made of ['data', 'logs', 'conf', 'bulk-import.report']) fs.rmSync(path.join(home, made), { recursive: true, force: true });
  };
  let graph: OpenGraph | undefined;
  try {
    const bulk = new BulkFiles(dir, { lineBreaks: 'allow' });
    const nodeColumns = new Map<string, Record<string, PropertyKind>>();
    const addColumns = (key: string, props: Props, dates: ReadonlySet<string>, where: Where) => {
      const columns = nodeColumns.get(key) ?? {};
      for (const [name, value] of Object.entries(props)) {
        if (name === 'id') continue;
        const kind = kindOf(name, value, dates);
        if (columns[name] && columns[name] !== kind) throw new FtmImportError(where.file, where.line, `${name} is ${kind} here but ${columns[name]} elsewhere.`);
        columns[name] = kind;
      }
      nodeColumns.set(key, columns);
    };
    for (const n of nodes.values()) {
      const entity = n.labels[0] === 'Entity';
      if (entity && Array.isArray(n.props.aliases) && n.props.aliases.length) n.props.aliasesText = (n.props.aliases as string[]).join(' | ');
      addColumns(n.labels.join(':'), n.props, dateNamesOfNode(n.labels[n.labels.length - 2]), n);
    }
    const mergedAt = { mergedAt: now };
    if (merged.size) addColumns(`MergedId:${GLOBAL_ID_LABEL}`, mergedAt, new Set(), [...merged.values()][0]);
    for (const c of claims.values()) addColumns(`Claim:${c.label}:${GLOBAL_ID_LABEL}`, c.props, dateNamesOfClaim(c.label), c);
    const columnsOf = (labels: string[]): Columns => nodeColumns.get(labels.join(':')) ?? {};
    for (const n of nodes.values()) bulk.node(n.labels, columnsOf(n.labels), n.props);
    for (const id of merged.keys()) bulk.node(['MergedId', GLOBAL_ID_LABEL], columnsOf(['MergedId', GLOBAL_ID_LABEL]), { id, ...mergedAt });
    const relColumns = relationshipColumns();
    const none: Columns = {};
    for (const r of [...merged.values(), ...structural.values()]) bulk.relationship(r.type, none, r.start, r.end, {});
    for (const r of evidence.values()) bulk.relationship(r.type, relColumns.get(r.type)!, r.start, r.end, present(r.props));
    for (const [id, c] of claims) {
      const claim = claimType(c.label);
      const labels = ['Claim', c.label, GLOBAL_ID_LABEL];
      bulk.node(labels, columnsOf(labels), c.props);
      const ends: Record<string, string[]> = {};
      for (const [type, ids] of c.ends) if (ids.size) ends[type] = [...ids];
      for (const type of Object.keys(ends)) linkOf(claim, type);
      for (const rel of [...claimLinkRecords(claim, id, c.props, ends), ...shortcutRecords(claim, id, c.props, ends)]) {
        bulk.relationship(rel.type, relColumns.get(rel.type) ?? none, rel.start, rel.end, rel.props);
      }
    }
    const args = bulk.close();
    lap('records and files');

    // 3. The offline importer, into the fresh folder (all or nothing: --bad-tolerance=0).
    progress?.({ kind: 'file-start', file: `offline import (${bulk.records} records)`, index: 3, total: stageCount, statements: 100 });
    const imported = await bulkImport({
      projectRoot,
      home,
      files: args,
      logger: options.logger,
      heapMb: options.importerHeapMb,
      onOutput: (text) => {
        const percent = /(\d+)%/.exec(text)?.[1];
        if (percent) progress?.({ kind: 'statement', file: 'offline import', index: Number(percent), total: 100 });
      },
    });
    fs.rmSync(dir, { recursive: true, force: true });
    lap('offline import');

    // 4. The server on the folder, then the schema (constraints, indexes, full-text) over the loaded graph.
    progress?.({ kind: 'file-start', file: 'starting Neo4j on the loaded folder', index: 4, total: stageCount, statements: 0 });
    const config: Config = {
      ...options.config,
      neo4j: { ...options.config.neo4j, mode: 'embedded', uri: undefined, queryTimeoutMs: Math.max(options.config.neo4j.queryTimeoutMs, 3_600_000) },
      embedded: { ...options.config.embedded, home, homeGiven: true, restartOnCrash: false },
    };
    graph = await openGraph(config, options.logger);
    lap('server start');
    progress?.({ kind: 'file-start', file: 'schema and indexes', index: 5, total: stageCount, statements: 0 });
    await importPaths(graph.db, [path.join(projectRoot, 'cypher', 'schema')], { logger: options.logger, refreshKeys: 'never', timeoutMs: 3_600_000 });
    await graph.db.autoCommit('CALL db.awaitIndexes(3600)');
    lap('schema and indexes');

    // 5. The validator's checks over the whole graph (what every batch of the online import runs); then the ledger.
    progress?.({ kind: 'file-start', file: 'checks and ledger', index: 6, total: stageCount, statements: 0 });
    // Two checks at a time, each in a read transaction of its own (nothing else writes to the new database).
    const report = await validateGraph(graph.db, { limit: 50, timeoutMs: 3_600_000, concurrency: 2 });
    if (report.problemCount > 0) {
      const lineOf = (id: string): Where => nodes.get(id) ?? claims.get(id) ?? merged.get(id) ?? { file: files[0].name, line: 1 };
      const problems = report.checks.flatMap((check) => check.problems.map((p) => ({ ...lineOf(p.id), id: p.id, kind: p.kind, detail: p.detail })));
      problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.id.localeCompare(b.id));
      throw refusal(files.map((f) => f.name).join(', '), problems, report.problemCount);
    }
    const durationMs = Date.now() - started;
    for (const [i, { name }] of files.entries()) {
      await graph.db.writeRows(
        `MERGE (m:Migration {name: $name}) SET m.checksum = $checksum, m.complete = true, m.phase = null, m.line = null, m.appliedAt = datetime(), m.durationMs = toInteger($ms), m.entities = toInteger($entities), m.format = 'ftm', m.bulk = true`,
        { name, checksum: checksums[i], ms: durationMs, entities: passes[i].total },
      );
    }
    lap('checks and ledger');
    const seconds = (Date.now() - started) / 1000;
    options.logger.info({ files: files.map((f) => f.name), entities, ...imported, seconds }, `bulk load: ${entities} FtM entities in ${seconds.toFixed(1)} s`);
    return { names: files.map((f) => f.name), entities, nodes: imported.nodes, relationships: imported.relationships, seconds, stages, graph };
  } catch (error) {
    await graph?.close().catch(() => undefined);
    removeDatabase();
    throw error;
  }
}
