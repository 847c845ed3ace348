import { LineCounter, parseDocument } from 'yaml';
import {
  ATTRIBUTION,
  claimProperties,
  claimType,
  CLAIM_LABELS,
  DATE_PRECISION,
  EVIDENCE_PROPERTIES,
  familyOf,
  NODE_TYPES,
  type ClaimTypeDef,
  type LinkDef,
  type NodeLabel,
  type PropertyDef,
} from '../../model';
import { ImportError } from '../importError';

/** A value of the mapping: a constant, or a template whose `{column}` parts are read from each row. */
export type Template = string;

/** An entity (or source, account, event) each row names: its label, its id template and its properties. */
export interface EntityMapping {
  key: string;
  label: NodeLabel;
  id: Template;
  properties: Record<string, Template>;
}

/** A claim each row makes: its type, id, properties, links to the row's entities, and its evidence. */
export interface ClaimMapping {
  claim: ClaimTypeDef;
  id: Template;
  properties: Record<string, Template>;
  /** Link type -> the keys of the entities at its end. */
  links: Record<string, string[]>;
  evidence: { quote: Template; locator: Template; attribution: string; quoteLanguage: Template | null; confidence: number | null };
}

/** A YAML mapping, read and checked against the model. */
export interface CsvMapping {
  /** The dataset every claim cites: a Source node, written once. */
  source: { id: string; title: string; url: string | null; language: string | null; publishedAt: string | null };
  batchSize: number;
  entities: EntityMapping[];
  claims: ClaimMapping[];
}

const ATTRIBUTIONS: readonly string[] = ATTRIBUTION.values;
/** The attribution of evidence the mapping does not give: the model's default. */
const DEFAULT_ATTRIBUTION = String(EVIDENCE_PROPERTIES.find((p) => p.name === 'attribution')!.default);
const [DAY, MONTH, YEAR] = DATE_PRECISION.values;

/**
 * Reads a CSV import's YAML mapping and checks it against the model before any row is read: every label, claim type,
 * property, link and constant enum value must be the model's, and every link's end an entity of a label the model
 * allows there. An error names the mapping file, the line of the offending key and what the model allows.
 */
export function readMapping(text: string, file: string): CsvMapping {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new ImportError('SCRIPT_FAILED', `${file}:${e.linePos?.[0].line ?? 1}:${e.linePos?.[0].col ?? 1}: ${e.message.split('\n')[0]}`, { file, line: e.linePos?.[0].line });
  }
  const fail = (path: readonly (string | number)[], message: string): never => {
    const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    throw new ImportError('SCRIPT_FAILED', `${file}:${line}: ${path.join('.')}: ${message}`, { file, line });
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a YAML document is untyped until checked here
  type Loose = any;
  const raw = (doc.toJS() ?? {}) as Record<string, Loose>;

  const source = raw.source as Record<string, unknown> | undefined;
  if (!source || typeof source.id !== 'string' || typeof source.title !== 'string') fail(['source'], 'needs an id and a title (the dataset every claim cites)');
  const batchSize = raw.batchSize === undefined ? 500 : Number(raw.batchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1) fail(['batchSize'], 'must be a whole number above 0');

  const entities: EntityMapping[] = [];
  for (const [key, value] of Object.entries((raw.entities ?? {}) as Record<string, Loose>)) {
    const label = value?.label as string;
    const def = NODE_TYPES.find((n) => n.label === label);
    if (!def) fail(['entities', key, 'label'], `"${label}" is not a node label of the model (${NODE_TYPES.map((n) => n.label).join(', ')})`);
    if (typeof value.id !== 'string') fail(['entities', key], 'needs an id template, e.g. "person-{name}"');
    const properties = (value.properties ?? {}) as Record<string, Template>;
    for (const [name, template] of Object.entries(properties)) checkProperty(def!.properties, name, template, (m) => fail(['entities', key, 'properties', name], m));
    entities.push({ key, label: label as NodeLabel, id: value.id, properties: stringify(properties) });
  }

  const claims: ClaimMapping[] = [];
  for (const [i, value] of ((raw.claims ?? []) as Array<Record<string, Loose>>).entries()) {
    const label = value?.label as string;
    if (!CLAIM_LABELS.includes(label as never)) fail(['claims', i, 'label'], `"${label}" is not a claim type of the model (${CLAIM_LABELS.join(', ')})`);
    const claim = claimType(label);
    if (typeof value.id !== 'string') fail(['claims', i], 'needs an id template, e.g. "lobbying-{record}"');
    const properties = (value.properties ?? {}) as Record<string, Template>;
    for (const [name, template] of Object.entries(properties)) checkProperty(claimProperties(claim), name, template, (m) => fail(['claims', i, 'properties', name], m));
    const links: Record<string, string[]> = {};
    for (const [type, ends] of Object.entries((value.links ?? {}) as Record<string, string | string[]>)) {
      const link = claim.links.find((l) => l.type === type);
      if (!link) fail(['claims', i, 'links', type], `${claim.label} has no ${type} link (it has ${claim.links.map((l) => l.type).join(', ')})`);
      links[type] = (Array.isArray(ends) ? ends : [ends]).map((endKey) => {
        const entity = entities.find((e) => e.key === endKey);
        if (!entity) fail(['claims', i, 'links', type], `"${endKey}" is not an entity of this mapping`);
        if (!link!.ends.includes(entity!.label)) fail(['claims', i, 'links', type], `a ${entity!.label} cannot be at the end of ${type} (allowed: ${link!.ends.join(', ')})`);
        return endKey;
      });
    }
    for (const link of claim.links as LinkDef[]) if (link.required && !links[link.type]) fail(['claims', i, 'links'], `${claim.label} needs its ${link.type} link`);
    const evidence = (value.evidence ?? {}) as Record<string, unknown>;
    if (typeof evidence.quote !== 'string' || !evidence.quote.trim())
      fail(['claims', i, 'evidence', 'quote'], 'every claim needs evidence: a quote template (the passage of the record that supports it)');
    const attribution = (evidence.attribution as string | undefined) ?? DEFAULT_ATTRIBUTION;
    if (!ATTRIBUTIONS.includes(attribution)) fail(['claims', i, 'evidence', 'attribution'], `"${attribution}" is not one of ${ATTRIBUTIONS.join(', ')}`);
    claims.push({
      claim,
      id: value.id,
      properties: stringify(properties),
      links,
      evidence: {
        quote: evidence.quote as string,
        locator: (evidence.locator as string | undefined) ?? 'line {_line}',
        attribution,
        quoteLanguage: (evidence.quoteLanguage as string | undefined) ?? null,
        confidence: evidence.confidence === undefined ? null : Number(evidence.confidence),
      },
    });
  }
  if (claims.length === 0 && entities.length === 0) fail([], 'maps nothing: give entities and claims');
  return {
    source: {
      id: source!.id as string,
      title: source!.title as string,
      url: (source!.url as string | undefined) ?? null,
      language: (source!.language as string | undefined) ?? null,
      publishedAt: (source!.publishedAt as string | undefined) ?? null,
    },
    batchSize,
    entities,
    claims,
  };
}

/** The family label of a node label (the index its id is looked up in). */
export const familyLabel = (label: NodeLabel): string => familyOf(label);

function checkProperty(properties: readonly PropertyDef[], name: string, template: unknown, fail: (message: string) => never): void {
  const def = properties.find((p) => p.name === name);
  if (!def) fail(`not a property of the model here (${properties.map((p) => p.name).join(', ')})`);
  if (typeof template !== 'string' && typeof template !== 'number' && typeof template !== 'boolean') fail('must be a value or a "{column}" template');
  const constant = String(template);
  if (def!.vocabulary && !constant.includes('{') && !def!.vocabulary.values.includes(constant)) fail(`"${constant}" is not one of ${def!.vocabulary.values.join(', ')}`);
}

function stringify(properties: Record<string, unknown>): Record<string, Template> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, String(v)]));
}

/** The precisions a date column may be written at: 2023-01-25 (to the day), 2023-01 (the month), 2023 (the year). */
export function parseDate(value: string): { date: string; precision: (typeof DATE_PRECISION.values)[number] } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const date = `${y}-${mo ?? '01'}-${d ?? '01'}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date) return undefined;
  return { date, precision: d ? DAY : mo ? MONTH : YEAR };
}
