/**
 * Imports a FollowTheMoney entity stream (`.ftm.json` / `.jsonl`, one entity a line) into the graph, streamed. The
 * file's checksum first (a file the ledger holds as complete is skipped). A first pass reads and checks every line
 * with the followthemoney model (an error stops the import before anything is written, naming `file:line`); three
 * more passes write nodes, then claims, then links and evidence, in batches of one write transaction each, every batch
 * recording in the Migration ledger how far it got, so that a killed import resumes there and ends with the same
 * graph. Each batch of the last pass derives and checks (`checkWrites`) what it completed before it commits. Ids are
 * the FtM ids (with an optional prefix): a re-import changes nothing.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Logger } from 'pino';
import type { Database, Tx } from '../../db';
import { CLAIM_TYPES, GLOBAL_ID_LABEL, claimType, nodeType, type ClaimLabel } from '../../model';
import { checkWrites } from '../../import/checkWrites';
import { addDerivedCounts, type DerivedCounts } from '../../claims/derived';
import { checkEntity, type FtmEntity } from './ftmModel';
import { CLAIM_LINK_TYPES } from './mapping';
import { claimLabelOf, claimWrites, linkWrites, nodeWrites, type ClaimWrite, type FileIndex, type LinkWrite, type NodeWrite } from './fromFtm';

/** Files the FtM import reads (the import command sends them here by their extension). */
export const isFtmFile = (file: string): boolean => /\.(ftm\.json|jsonl|ftm)$/i.test(file);

/** An error at a line of a file (the import command prints `file:line: message`). */
export class FtmImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
  }
}

export interface FtmImportOptions {
  dryRun?: boolean;
  /** Prefix for every id (tests import into a shared database under their own prefix). */
  idPrefix?: string;
  /** Ledger names are relative to this folder. */
  root?: string;
  batchSize?: number;
  /** The same progress events as Cypher scripts: one "statement" per line, per phase. */
  onProgress?: (
    event: { kind: 'file-start'; file: string; index: number; total: number; statements: number } | { kind: 'statement'; file: string; index: number; total: number },
  ) => void;
  logger?: Logger;
  /** Stop after this many batches (tests use it to simulate a killed import). */
  stopAfterBatches?: number;
}

export interface FtmImportResult {
  name: string;
  status: 'applied' | 'skipped' | 'checked';
  entities: number;
  entitiesPerSecond: number;
  /** What the batches' derivation wrote (shortcut edges, page keys, alias texts), when it applied the file. */
  derived?: DerivedCounts;
}

const PHASES = ['nodes', 'claims', 'links'] as const;
type Phase = (typeof PHASES)[number];

export async function* lines(file: string): AsyncGenerator<{ line: number; text: string }> {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line += 1;
    if (text.trim() !== '') yield { line, text };
  }
}

export function ledgerName(file: string, root: string): string {
  const relative = path.relative(path.resolve(root), path.resolve(file));
  return (relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative).split(path.sep).join('/');
}

/** The checksum the ledger keeps of an FtM file: of its non-blank lines. */
export async function ftmChecksum(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const { text } of lines(file)) hash.update(`${text}\n`);
  return hash.digest('hex');
}

/** What the first pass over an FtM file knows: the index for the mapping, the file's ids, and where each id is named. */
export interface FtmFirstPass {
  index: FileIndex;
  idsInFile: Set<string>;
  /** Claims (FtM ids) that a Documentation of the file supports (they get no evidence from the dataset's source). */
  documented: Set<string>;
  /** Every id an entity of the file names, with the first line that names it. */
  references: Map<string, number>;
  claimLines: Map<string, number>;
  completes: Map<string, number>;
  total: number;
  lastLine: number;
}

/**
 * The first pass of every FtM import (online or bulk): reads and checks every line with the followthemoney model and
 * indexes the file; an error stops it with the file and line, before anything is written.
 */
export async function readFtmFile(file: string, name: string): Promise<FtmFirstPass> {
  const index: FileIndex = { positions: new Map() };
  const idsInFile = new Set<string>();
  const documented = new Set<string>();
  const references = new Map<string, number>();
  // A claim is checked in the links batch of the last line that writes to it: a Documentation (its evidence), an
  // UnknownLink or Representation (its links) further down the stream than the claim itself. Only those are kept.
  const claimLines = new Map<string, number>();
  const completes = new Map<string, number>();
  let total = 0;
  let lastLine = 0;
  for await (const { line, text } of lines(file)) {
    lastLine = line;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new FtmImportError(name, line, `not JSON: ${(error as Error).message}`);
    }
    const problems = checkEntity(raw);
    if (problems.length) throw new FtmImportError(name, line, problems.join('; '));
    const e = raw as FtmEntity;
    total += 1;
    idsInFile.add(e.id);
    if (e.schema === 'Position') index.positions.set(e.id, { name: e.properties.name?.[0] ?? e.id, organization: e.properties.organization?.[0] ?? null });
    if (e.schema === 'Documentation') documented.add(e.properties.entity[0]);
    for (const [prop, values] of Object.entries(e.properties)) {
      if (
        [
          'subject',
          'object',
          'holder',
          'post',
          'director',
          'organization',
          'employee',
          'employer',
          'member',
          'agent',
          'client',
          'owner',
          'asset',
          'payer',
          'beneficiary',
          'entity',
          'document',
          'sender',
          'organizer',
          'involved',
        ].includes(prop)
      ) {
        for (const v of values) if (!references.has(v)) references.set(v, line);
      }
    }
    for (const target of completing(e)) {
      const at = claimLines.get(target);
      if (at === undefined || at < line) completes.set(target, line);
    }
    const label = claimLabelOf(e);
    if (label) claimLines.set(e.id, line);
    if (label) {
      for (const claim of claimWrites(e, index, (x) => x)) {
        for (const link of claimType(label).links) {
          if (link.required && !(claim.links[link.type]?.length ?? 0) && link.type !== 'OBSERVED_ON') {
            throw new FtmImportError(name, line, `${e.schema} ${e.id} read as a ${label} has no ${link.field} (FtM ${link.type}).`);
          }
        }
      }
    }
  }
  return { index, idsInFile, documented, references, claimLines, completes, total, lastLine };
}

export async function importFtmFile(db: Database, file: string, options: FtmImportOptions = {}): Promise<FtmImportResult> {
  const started = Date.now();
  const name = ledgerName(file, options.root ?? process.cwd());
  const prefix = options.idPrefix ?? '';
  const pid = (id: string) => `${prefix}${id}`;

  // The ledger first, from the file's checksum alone: a file imported before is skipped without reading it again.
  const checksum = await ftmChecksum(file);
  const [ledger] = options.dryRun
    ? []
    : await db.readRows(`MATCH (m:Migration {name: $name}) RETURN m.checksum AS checksum, m.complete AS complete, m.phase AS phase, m.line AS line, m.entities AS entities`, {
        name,
      });
  if (ledger?.complete && ledger.checksum === checksum) return { name, status: 'skipped', entities: Number(ledger.entities ?? 0), entitiesPerSecond: 0 };
  if (ledger?.complete && ledger.checksum !== checksum)
    throw new FtmImportError(name, undefined, 'the file changed since it was imported (its checksum differs from the ledger’s); import it under another name.');

  // Pass 1: read, check, index.
  const { index, idsInFile, documented, references, claimLines, completes, total, lastLine } = await readFtmFile(file, name);
  // References outside the file must name something in the graph.
  const outside = [...references.keys()].filter((id) => !idsInFile.has(id));
  for (let i = 0; i < outside.length; i += 1000) {
    const chunk = outside.slice(i, i + 1000);
    const found = await db.readRows(`UNWIND $ids AS id MATCH (n:${GLOBAL_ID_LABEL} {id: id}) RETURN n.id AS id`, { ids: chunk.map(pid) });
    const known = new Set(found.map((r) => r.id as string));
    const missing = chunk.find((id) => !known.has(pid(id)));
    if (missing) throw new FtmImportError(name, references.get(missing), `"${missing}" names no entity of this file or of the graph.`);
  }
  if (options.dryRun) return { name, status: 'checked', entities: total, entitiesPerSecond: rate(total, started) };

  // Resume what was cut.
  const resume = ledger && ledger.checksum === checksum ? { phase: PHASES.indexOf(ledger.phase as Phase), line: Number(ledger.line) } : { phase: 0, line: 0 };

  const dataset = { id: pid(`ftm-dataset-${path.basename(file).replace(/\.(ftm\.json|jsonl|ftm)$/i, '')}`), title: `FollowTheMoney stream ${path.basename(file)}` };
  const isClaimOfFile = (id: string) => id.startsWith(prefix) && claimLines.has(id.slice(prefix.length));
  const batchSize = options.batchSize ?? DEFAULT_FTM_BATCH_SIZE;
  let batches = 0;
  let derived: DerivedCounts | undefined;
  for (const [phaseIndex, phase] of PHASES.entries()) {
    if (phaseIndex < resume.phase) continue;
    options.onProgress?.({ kind: 'file-start', file: `${name} (${phase})`, index: phaseIndex + 1, total: PHASES.length, statements: lastLine });
    let batch: Array<{ line: number; entity: FtmEntity }> = [];
    let batchLine = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const records = batch;
      const entities = records.map((r) => r.entity);
      batch = [];
      await db.write(
        async (tx) => {
          await writeBatch(tx, phase, entities, index, pid, documented, dataset, isClaimOfFile);
          // The last phase checks (and derives for) what is complete once this batch commits, as a script is checked.
          if (phase === 'links') derived = addDerivedCounts(derived, await checkWrites(tx, name, { lines: writtenIds(records, completes, batchLine, pid) }));
          await tx.run(`MERGE (m:Migration {name: $name}) SET m.checksum = $checksum, m.phase = $phase, m.line = $line, m.complete = false, m.format = 'ftm'`, {
            name,
            checksum,
            phase,
            line: batchLine,
          });
        },
        { timeoutMs: 300_000 },
      );
      batches += 1;
      options.onProgress?.({ kind: 'statement', file: name, index: batchLine, total: lastLine });
      if (options.stopAfterBatches !== undefined && batches >= options.stopAfterBatches) throw new FtmImportError(name, batchLine, 'stopped on request (stopAfterBatches).');
    };
    for await (const { line, text } of lines(file)) {
      if (phaseIndex === resume.phase && line <= resume.line) continue;
      batch.push({ line, entity: JSON.parse(text) as FtmEntity });
      batchLine = line;
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  }
  const perSecond = rate(total, started);
  await db.writeRows(
    `MERGE (m:Migration {name: $name}) SET m.checksum = $checksum, m.complete = true, m.phase = null, m.line = null, m.appliedAt = datetime(), m.durationMs = toInteger($ms), m.entities = toInteger($total), m.format = 'ftm'`,
    { name, checksum, ms: Date.now() - started, total },
  );
  options.onProgress?.({ kind: 'file-start', file: `${name}: ${total} entities, ${perSecond} entities/s`, index: PHASES.length, total: PHASES.length, statements: lastLine });
  options.logger?.info({ file: name, entities: total, entitiesPerSecond: perSecond }, `import: ${name}, ${total} FtM entities at ${perSecond} entities/s`);
  return { name, status: 'applied', entities: total, entitiesPerSecond: perSecond, derived };
}

/** Entities per transaction, by default: large enough that a transaction's fixed costs (commit, checks) are spread. */
export const DEFAULT_FTM_BATCH_SIZE = 5000;

/** The claims (FtM ids) an entity writes to other than itself: a Documentation's claim, a link's or representation's claim. */
function completing(e: FtmEntity): string[] {
  const first = (p: string) => e.properties[p]?.[0];
  if (e.schema === 'Documentation') return [first('entity')].filter((x): x is string => !!x);
  if (e.schema === 'Representation' && first('recordId')) return [first('recordId')!];
  if (e.schema === 'UnknownLink' && claimLabelOf(e) === null && CLAIM_LINK_TYPES.includes(first('role') ?? '')) return [first('subject')].filter((x): x is string => !!x);
  return [];
}

/**
 * The ids a links batch checks, each with its line: the nodes and claims its entities wrote and the claims they
 * completed, but not a claim that a later line still writes to (its evidence or a link further down): that one is
 * checked with the batch of its last line.
 */
function writtenIds(
  records: ReadonlyArray<{ line: number; entity: FtmEntity }>,
  completes: ReadonlyMap<string, number>,
  last: number,
  pid: (id: string) => string,
): Map<string, number> {
  const out = new Map<string, number>();
  const note = (id: string, line: number) => {
    if (!out.has(id)) out.set(id, line);
  };
  for (const { line, entity } of records) {
    for (const node of nodeWrites(entity, pid)) note(node.id, line);
    const claims = [...(claimLabelOf(entity) ? [entity.id] : []), ...completing(entity)];
    for (const id of claims) if ((completes.get(id) ?? 0) <= last) note(pid(id), line);
  }
  return out;
}

const rate = (n: number, started: number) => Math.round((n * 1000) / Math.max(1, Date.now() - started));

function labelsOf(label: NodeWrite['label']): string {
  const family = nodeType(label).family;
  return family === label ? label : `${family}:${label}`;
}

/** `SET` items for the date properties of a label, from `row.dates`. */
function dateSets(v: string, properties: readonly { name: string; kind: string }[]): string {
  return properties
    .filter((p) => p.kind === 'date')
    .map((p) => `, ${v}.\`${p.name}\` = CASE WHEN row.dates.\`${p.name}\` IS NULL THEN ${v}.\`${p.name}\` ELSE date(row.dates.\`${p.name}\`) END`)
    .join('');
}

function split(props: Record<string, unknown>, properties: readonly { name: string; kind: string }[]) {
  const dates: Record<string, unknown> = {};
  const plain: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined) continue;
    if (properties.some((p) => p.name === k && p.kind === 'date')) dates[k] = v;
    else plain[k] = v;
  }
  return { dates, plain };
}

/** ` SET` items copying a claim's properties onto its link `r_` (the model's `copies`, as the API's claim writer sets them). */
const copySets = (copies: readonly string[]): string => (copies.length ? ` SET ${copies.map((p) => `r_.\`${p}\` = c.\`${p}\``).join(', ')}` : '');

/** The properties the links of a type copy from their claim, over every claim type with such a link. */
const copiesOf = (type: string): string[] => [...new Set(CLAIM_TYPES.flatMap((c) => c.links).flatMap((l) => (l.type === type ? (l.copies ?? []) : [])))];

function groupBy<T, K extends string>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

async function writeBatch(
  tx: Tx,
  phase: Phase,
  entities: FtmEntity[],
  index: FileIndex,
  pid: (id: string) => string,
  documented: Set<string>,
  dataset: { id: string; title: string },
  isClaimOfFile: (id: string) => boolean,
): Promise<void> {
  if (phase === 'nodes') {
    const writes = entities.flatMap((e) => nodeWrites(e, pid));
    for (const [label, rows] of groupBy(writes, (w) => w.label)) {
      const properties = nodeType(label).properties;
      await tx.run(
        `UNWIND $rows AS row
         MERGE (n:${GLOBAL_ID_LABEL} {id: row.id})
         ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
         SET n:${labelsOf(label)}, n += row.plain${dateSets('n', properties)}
         WITH n, row UNWIND row.referents AS ref
         CALL (n, ref) { OPTIONAL MATCH (x:${GLOBAL_ID_LABEL} {id: ref}) WITH n, ref, x WHERE x IS NULL CREATE (:MergedId:${GLOBAL_ID_LABEL} {id: ref, mergedAt: datetime()})-[:MERGED_INTO]->(n) }`,
        { rows: rows.map((r) => ({ id: r.id, referents: r.referents, ...split(r.props, properties) })) },
      );
    }
  } else if (phase === 'claims') {
    const writes: ClaimWrite[] = entities.flatMap((e) => claimWrites(e, index, pid));
    const byId = new Map(entities.map((e) => [pid(e.id), e]));
    for (const [label, rows] of groupBy(writes, (w) => w.label)) {
      const def = claimType(label as ClaimLabel);
      const properties = [...def.properties, { name: 'validFrom', kind: 'date' }, { name: 'validTo', kind: 'date' }];
      const linkClauses = def.links
        .map(
          (l) =>
            `CALL (c, row) { UNWIND coalesce(row.links.\`${l.type}\`, []) AS xid MATCH (x:${GLOBAL_ID_LABEL} {id: xid}) ` +
            `MERGE ${l.direction === 'in' ? `(x)-[r_:${l.type}]->(c)` : `(c)-[r_:${l.type}]->(x)`}${copySets(l.copies ?? [])} }`,
        )
        .join(' ');
      await tx.run(
        `UNWIND $rows AS row
         MERGE (c:${GLOBAL_ID_LABEL} {id: row.id})
         ON CREATE SET c.createdAt = datetime()
         SET c:Claim:${def.label}, c += row.plain${dateSets('c', properties)}
         WITH c, row ${linkClauses}
         CALL (c, row) {
           WITH c, row WHERE row.evidence IS NOT NULL
           MERGE (s:${GLOBAL_ID_LABEL} {id: $dataset.id}) ON CREATE SET s:Source, s.title = $dataset.title, s.createdAt = datetime(), s.updatedAt = datetime()
           MERGE (c)-[r:SUPPORTED_BY {locator: row.evidence.locator}]->(s)
           SET r.quote = row.evidence.quote, r.attribution = 'REPORTED'
         }`,
        {
          dataset,
          rows: rows.map((r) => {
            const e = byId.get(r.id)!;
            const evidence = documented.has(e.id) ? null : { locator: e.id, quote: JSON.stringify(e.properties).slice(0, 1000) };
            return { id: r.id, links: r.links, evidence, ...split(r.props, properties) };
          }),
        },
      );
    }
  } else {
    // A claim's ends that are claims of this file, again, now that every claim exists: such an end on a later line (a
    // decision role's decision) could not be matched in the claims phase. Ends that are entities were matched then (the
    // nodes phase wrote them all). MERGE keeps this idempotent.
    const again: LinkWrite[] = entities
      .flatMap((e) => claimWrites(e, index, pid))
      .flatMap((c) => Object.entries(c.links).flatMap(([type, ids]) => ids.filter(isClaimOfFile).map((to): LinkWrite => ({ kind: 'claimLink', claimId: c.id, type, to }))));
    const writes: LinkWrite[] = [...entities.flatMap((e) => linkWrites(e, pid)), ...again];
    const direction = (type: string) => CLAIM_TYPES.flatMap((c) => c.links).find((l) => l.type === type)!.direction;
    for (const [key, rows] of groupBy(writes, (w) => (w.kind === 'structural' || w.kind === 'claimLink' ? `${w.kind}:${w.type}` : w.kind))) {
      const [kind, type] = key.split(':');
      const cypher =
        kind === 'structural'
          ? `UNWIND $rows AS row MATCH (a:${GLOBAL_ID_LABEL} {id: row.from}) MATCH (b:${GLOBAL_ID_LABEL} {id: row.to}) MERGE (a)-[:${type}]->(b)`
          : kind === 'claimLink'
            ? `UNWIND $rows AS row MATCH (c:Claim {id: row.claimId}) MATCH (x:${GLOBAL_ID_LABEL} {id: row.to}) MERGE ${direction(type) === 'in' ? `(x)-[r_:${type}]->(c)` : `(c)-[r_:${type}]->(x)`}${copySets(copiesOf(type))}`
            : kind === 'evidence'
              ? // Evidence is merged on its locator, or on its quote when it has none (an export of ours re-imported onto its graph adds nothing).
                `UNWIND $rows AS row MATCH (c:Claim {id: row.claimId}) MATCH (s:Source {id: row.sourceId})
                 CALL (c, s, row) {
                   OPTIONAL MATCH (c)-[old:SUPPORTED_BY]->(s) WHERE old.locator = row.locator OR (row.locator IS NULL AND old.locator IS NULL AND old.quote = row.quote)
                   WITH c, s, row, head(collect(old)) AS found
                   FOREACH (_ IN CASE WHEN found IS NULL THEN [1] ELSE [] END | CREATE (c)-[:SUPPORTED_BY {locator: row.locator, quote: row.quote, attribution: row.attribution}]->(s))
                   FOREACH (_ IN CASE WHEN found IS NULL THEN [] ELSE [1] END | SET found.quote = row.quote, found.attribution = row.attribution)
                 }`
              : `UNWIND $rows AS row MATCH (a:Account {id: row.accountId}) MATCH (o:${GLOBAL_ID_LABEL} {id: row.ownerId}) MERGE (o)-[:HAS_ACCOUNT]->(a)`;
      if (kind === 'structural' || kind === 'claimLink') {
        const allowed = kind === 'structural' ? true : CLAIM_TYPES.some((c) => c.links.some((l) => l.type === type));
        if (!allowed) continue;
      }
      await tx.run(cypher, { rows });
    }
  }
}
