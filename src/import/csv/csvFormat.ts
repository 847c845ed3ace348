import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { parse } from 'csv-parse';
import { dateParam, type Tx } from '../../db';
import { claimProperties, familyOf, nodeType, type NodeLabel, type PropertyDef } from '../../model';
import { slugify } from '../../lib/slug';
import type { ImportFormat, ImportRecord, RecordSource } from '../formats';
import { ImportError } from '../importError';
import { scriptName } from '../scriptName';
import { parseDate, readMapping, type CsvMapping, type Template } from './csvMapping';

/** A row turned into what it writes: nodes with typed properties, claims with their links and evidence. */
interface RowWrites {
  nodes: Array<{ label: NodeLabel; id: string; props: Record<string, unknown> }>;
  claims: Array<{ label: string; id: string; props: Record<string, unknown>; links: Array<{ type: string; direction: 'in' | 'out'; family: string; end: string }> }>;
  evidence: Array<{ claim: string; quote: string; locator: string; attribution: string; quoteLanguage: string | null; confidence: number | null }>;
}

/** Where a field of a row starts in the file. */
interface FieldPosition {
  line: number;
  column: number;
}

const MAPPING_ENDINGS = ['.yaml', '.yml'];

/**
 * CSV with a YAML mapping beside it (`people.csv` and `people.yaml`): each row becomes entities and claims as the
 * mapping says, with deterministic ids from the row's values (a re-import changes nothing) and evidence on every claim
 * (the mapping's dataset as the source, the record as the locator). Every row is read and checked against the model
 * before anything is written; a bad value is reported as `file:line:column`. The file is streamed, twice (to check,
 * then to write), never held in memory.
 */
export const csvFormat: ImportFormat = {
  name: 'csv',
  extensions: ['.csv'],
  load: loadCsv,
};

async function loadCsv(file: string, root: string): Promise<RecordSource> {
  const name = scriptName(file, root);
  const base = file.slice(0, -'.csv'.length);
  let mappingFile: string | undefined;
  for (const ending of MAPPING_ENDINGS) if (await fs.stat(base + ending).catch(() => undefined)) mappingFile ??= base + ending;
  if (!mappingFile)
    throw new ImportError('NOT_FOUND', `${name}: no mapping beside it (${scriptName(base, root)}.yaml); see docs/importing.md#csv-with-a-yaml-mapping.`, { file: name });
  const mappingText = await fs.readFile(mappingFile);
  const mapping = readMapping(mappingText.toString('utf8'), scriptName(mappingFile, root));
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  const checksum = hash.update('\0').update(mappingText).digest('hex');

  // First pass: every row read and checked (nothing kept), so that a bad cell stops the import before it writes.
  let count = 0;
  for await (const _record of csvRecords(file, name, mapping)) count += 1;
  return {
    kind: 'records',
    name,
    path: file,
    checksum,
    count,
    records: () => csvRecords(file, name, mapping),
    batchSize: mapping.batchSize,
    writeBatch: (tx, batch) => writeBatch(tx, mapping, batch as ReadonlyArray<ImportRecord<RowWrites>>),
  };
}

/**
 * The rows of a CSV file as records, streamed (csv-parse's stream API: the file is never held in memory), each
 * checked against the mapping and the model; a bad row or cell throws `file:line:column`.
 */
async function* csvRecords(file: string, name: string, mapping: CsvMapping): AsyncGenerator<ImportRecord<RowWrites>> {
  const parser = createReadStream(file).pipe(parse({ bom: true, info: true, raw: true, skip_empty_lines: true, relax_column_count: false }));
  let header: string[] | undefined;
  try {
    for await (const row of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>) {
      if (!header) {
        header = row.record.map((h) => h.trim());
        checkColumns(mapping, header, name);
        continue;
      }
      const startLine = row.info.lines - (row.raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
      const positions = fieldPositions(row.raw, startLine);
      const values = Object.fromEntries(header.map((h, i) => [h, row.record[i] ?? '']));
      yield { line: startLine, value: rowWrites(mapping, values, { header, positions, file: name, line: startLine }) };
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const e = error as { message: string; lines?: number };
    throw new ImportError('SCRIPT_FAILED', `${name}:${e.lines ?? 1}: ${e.message}`, { file: name, line: e.lines });
  } finally {
    parser.destroy();
  }
  if (!header) throw new ImportError('SCRIPT_FAILED', `${name}:1: no header row.`, { file: name, line: 1 });
}

/** Every `{column}` of every template must be a column of the header. */
function checkColumns(mapping: CsvMapping, header: readonly string[], file: string): void {
  const templates = [
    ...mapping.entities.flatMap((e) => [e.id, ...Object.values(e.properties)]),
    ...mapping.claims.flatMap((c) => [c.id, ...Object.values(c.properties), c.evidence.quote, c.evidence.locator, c.evidence.quoteLanguage ?? '']),
  ];
  for (const template of templates) {
    for (const column of columnsOf(template)) {
      if (column !== '_line' && !header.includes(column)) {
        throw new ImportError('SCRIPT_FAILED', `${file}:1: the mapping reads a column "${column}" that the header does not have (${header.join(', ')}).`, { file, line: 1 });
      }
    }
  }
}

const columnsOf = (template: Template): string[] => [...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]);

interface RowContext {
  header: readonly string[];
  positions: readonly FieldPosition[];
  file: string;
  line: number;
}

/** Turns one row into what it writes, checking every value against the model. */
function rowWrites(mapping: CsvMapping, values: Record<string, string>, at: RowContext): RowWrites {
  const fail = (column: string | undefined, message: string): never => {
    const position = column ? at.positions[at.header.indexOf(column)] : undefined;
    const where = position ? `${position.line}:${position.column}` : `${at.line}`;
    throw new ImportError('SCRIPT_FAILED', `${at.file}:${where}: ${message}`, { file: at.file, line: position?.line ?? at.line, column: position?.column });
  };
  const fill = (template: Template, asId: boolean): string =>
    template.replace(/\{([^{}]+)\}/g, (_, column: string) => {
      const value = column === '_line' ? String(at.line) : (values[column] ?? '').trim();
      if (asId && !value) fail(column, `the column ${column} is empty, and the id "${template}" needs it.`);
      return asId ? slugify(value, 120) : value;
    });
  const typed = (defs: readonly PropertyDef[], properties: Record<string, Template>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [name, template] of Object.entries(properties)) {
      const def = defs.find((p) => p.name === name)!;
      const text = fill(template, false);
      const column = columnsOf(template)[0];
      if (text === '') {
        out[name] = null;
        continue;
      }
      out[name] = typedValue(def, text, (message) => fail(column, `${name}: ${message}`));
      if (def.precision && !(`${name}Precision` in properties)) {
        out[`${name}Precision`] = parseDate(text)!.precision;
      }
    }
    return out;
  };

  const ids = new Map<string, string>();
  const nodes: RowWrites['nodes'] = [];
  for (const entity of mapping.entities) {
    const id = fill(entity.id, true);
    ids.set(entity.key, id);
    nodes.push({ label: entity.label, id, props: typed(nodeType(entity.label).properties, entity.properties) });
  }
  const claims: RowWrites['claims'] = [];
  const evidence: RowWrites['evidence'] = [];
  for (const c of mapping.claims) {
    const id = fill(c.id, true);
    const links = Object.entries(c.links).flatMap(([type, keys]) => {
      const link = c.claim.links.find((l) => l.type === type)!;
      return keys.map((key) => ({ type, direction: link.direction, family: familyOf(mapping.entities.find((e) => e.key === key)!.label), end: ids.get(key)! }));
    });
    claims.push({ label: c.claim.label, id, props: typed(claimProperties(c.claim), c.properties), links });
    const quote = fill(c.evidence.quote, false);
    if (!quote) fail(columnsOf(c.evidence.quote)[0], `the quote of ${id}'s evidence is empty: every claim needs the passage that supports it.`);
    evidence.push({
      claim: id,
      quote,
      locator: fill(c.evidence.locator, false),
      attribution: c.evidence.attribution,
      quoteLanguage: c.evidence.quoteLanguage === null ? null : fill(c.evidence.quoteLanguage, false) || null,
      confidence: c.evidence.confidence,
    });
  }
  return { nodes, claims, evidence };
}

/** A cell's text as the model's kind of the property; `fail` with the reason otherwise. */
function typedValue(def: PropertyDef, text: string, fail: (message: string) => never): unknown {
  switch (def.kind) {
    case 'date': {
      const date = parseDate(text);
      if (!date) fail(`"${text}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
      return date!.date;
    }
    case 'int':
    case 'float': {
      const n = Number(text.replace(/_/g, ''));
      if (!Number.isFinite(n) || (def.kind === 'int' && !Number.isInteger(n))) fail(`"${text}" is not a${def.kind === 'int' ? ' whole' : ''} number`);
      return n;
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (['true', 'yes', '1'].includes(lower)) return true;
      if (['false', 'no', '0'].includes(lower)) return false;
      return fail(`"${text}" is not true or false`);
    }
    case 'enum':
      if (!def.vocabulary!.values.includes(text)) fail(`"${text}" is not one of ${def.vocabulary!.values.join(', ')}`);
      return text;
    case 'strings':
      return text
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean);
    case 'datetime':
      if (Number.isNaN(Date.parse(text))) fail(`"${text}" is not a date and time`);
      return text;
    default:
      return text;
  }
}

/** Where each field of a raw CSV record starts (line and column, 1-based), quotes and embedded newlines included. */
function fieldPositions(raw: string, startLine: number): FieldPosition[] {
  const positions: FieldPosition[] = [{ line: startLine, column: 1 }];
  let line = startLine;
  let column = 1;
  let quoted = false;
  for (let i = 0; i < raw.length; i += 1) {
    const c = raw[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) positions.push({ line, column: column + 1 });
    if (c === '\n') {
      line += 1;
      column = 1;
    } else column += 1;
  }
  return positions;
}

/** Writes a batch of rows: the dataset source, then nodes, claims, links and evidence, grouped by label (from the model). */
async function writeBatch(tx: Tx, mapping: CsvMapping, batch: ReadonlyArray<ImportRecord<RowWrites>>): Promise<Map<string, number>> {
  const lines = new Map<string, number>();
  const note = (id: string, line: number) => {
    if (!lines.has(id)) lines.set(id, line);
  };
  const { source } = mapping;
  await tx.run(
    `MERGE (s:Source {id: $id}) ON CREATE SET s.createdAt = datetime(), s.updatedAt = datetime()
     SET s.title = $title, s.url = $url, s.language = $language, s.publishedAt = $publishedAt, s.publishedAtPrecision = $precision`,
    {
      ...source,
      publishedAt: source.publishedAt ? dateParam(parseDate(source.publishedAt)!.date) : null,
      precision: source.publishedAt ? parseDate(source.publishedAt)!.precision : null,
    },
  );
  note(source.id, batch[0]?.line ?? 1);
  const toNeo = (props: Record<string, unknown>, defs: readonly PropertyDef[]) =>
    Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v !== null && defs.find((d) => d.name === k)?.kind === 'date' ? dateParam(v as string) : v]));

  const nodesByLabel = new Map<NodeLabel, Array<{ id: string; props: Record<string, unknown> }>>();
  const claimsByLabel = new Map<string, Array<{ id: string; props: Record<string, unknown> }>>();
  const linksByKind = new Map<string, Array<{ claim: string; end: string }>>();
  const evidence: Array<RowWrites['evidence'][number]> = [];
  for (const { line, value } of batch) {
    for (const node of value.nodes) {
      note(node.id, line);
      nodesByLabel.set(node.label, [...(nodesByLabel.get(node.label) ?? []), { id: node.id, props: toNeo(node.props, nodeType(node.label).properties) }]);
    }
    for (const claim of value.claims) {
      note(claim.id, line);
      const defs = claimProperties(mapping.claims.find((c) => c.claim.label === claim.label)!.claim);
      claimsByLabel.set(claim.label, [...(claimsByLabel.get(claim.label) ?? []), { id: claim.id, props: toNeo(claim.props, defs) }]);
      for (const link of claim.links) {
        const key = `${link.type}|${link.direction}|${link.family}`;
        linksByKind.set(key, [...(linksByKind.get(key) ?? []), { claim: claim.id, end: link.end }]);
      }
    }
    evidence.push(...value.evidence);
  }
  for (const [label, rows] of nodesByLabel) {
    const family = familyOf(label);
    const labels = family === label ? label : `${label}:${family}`;
    const stamps = family === 'Entity' || family === 'Source' ? 'n.createdAt = datetime(), n.updatedAt = datetime()' : 'n.createdAt = datetime()';
    await tx.run(`UNWIND $rows AS row MERGE (n:${labels} {id: row.id}) ON CREATE SET ${stamps} SET n += row.props`, { rows });
  }
  for (const [label, rows] of claimsByLabel) {
    await tx.run(`UNWIND $rows AS row MERGE (c:Claim:${label} {id: row.id}) ON CREATE SET c.createdAt = datetime() SET c += row.props`, { rows });
  }
  for (const [key, rows] of linksByKind) {
    const [type, direction, family] = key.split('|');
    const pattern = direction === 'in' ? `(x)-[:${type}]->(c)` : `(c)-[:${type}]->(x)`;
    await tx.run(`UNWIND $rows AS row MATCH (c:Claim {id: row.claim}) MATCH (x:${family} {id: row.end}) MERGE ${pattern}`, { rows });
  }
  await tx.run(
    `UNWIND $rows AS row MATCH (c:Claim {id: row.claim}), (s:Source {id: $source})
     MERGE (c)-[r:SUPPORTED_BY {locator: row.locator}]->(s)
     SET r.quote = row.quote, r.attribution = row.attribution, r.quoteLanguage = row.quoteLanguage, r.confidence = row.confidence`,
    { rows: evidence, source: source.id },
  );
  return lines;
}
