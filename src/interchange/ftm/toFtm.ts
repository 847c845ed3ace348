/**
 * Our records as FollowTheMoney entities, by the tables of `mapping.ts`. Every entity is built and checked with the
 * `@alephdata/followthemoney` model: an entity the model refuses is a bug of the mapping, and throws.
 */
import { DATE_PRECISION, NODE_TYPES, claimType, isClaimLabel, nodeType, type ClaimLabel } from '../../model';
import type { FullRecord } from '../export/exportReader';
import { checkEntity, ftm, ftmLanguage, type FtmEntity } from './ftmModel';
import { CLAIM_MAPPING, NODE_SCHEMA, ORGANIZATION_SCHEMA, ROLE_SCHEMA, ROLE_SCHEMA_ENDS, companionId } from './mapping';

type Props = Record<string, string[]>;

const [, MONTH, YEAR] = DATE_PRECISION.values;
/** The kind an organization without one reads as (the model's default). */
const DEFAULT_KIND = nodeType('Organization').properties.find((p) => p.name === 'kind')!.default as keyof typeof ORGANIZATION_SCHEMA;

/** A date of ours as FtM writes it: to the precision it is known (`2022-11` for November 2022). */
export function ftmDate(value: unknown, precision?: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  const day = value.slice(0, 10);
  if (precision === YEAR) return day.slice(0, 4);
  if (precision === MONTH) return day.slice(0, 7);
  return value.length > 10 ? value.slice(0, 19) : day;
}

function add(props: Props, name: string, value: unknown): void {
  if (value === null || value === undefined || value === '') return;
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (v === null || v === undefined || v === '') continue;
    const text = String(v);
    const list = (props[name] ??= []);
    if (!list.includes(text)) list.push(text);
  }
}

function entity(id: string, schema: string, props: Props, referents: string[] = []): FtmEntity {
  const out: FtmEntity = { id, schema, properties: props };
  if (referents.length) out.referents = referents;
  const problems = checkEntity(out);
  if (problems.length) throw new Error(`FtM mapping of ${id} as ${schema} is invalid: ${problems.join('; ')}`);
  // Built through the library too, so that what we write is what its model reads.
  ftm.getEntity({ id, schema, properties: props });
  return out;
}

const OWN_LABELS: readonly string[] = NODE_TYPES.map((n) => n.label);
const label = (r: FullRecord) => r.labels.find((l) => OWN_LABELS.includes(l) || isClaimLabel(l)) ?? '';
const ends = (r: FullRecord, type: string) => r.links.filter((l) => l.type === type);
const isDocument = (schema: string) => ftm.getSchema(schema).isA('Document');

/** The FtM entities of one record: the entity or claim itself, and what it brings along (evidence, links, positions). */
export function toFtm(r: FullRecord): FtmEntity[] {
  const own = label(r);
  if (!own) return [];
  const out = isClaimLabel(own) ? claimEntities(r, own) : nodeEntities(r, own);
  for (const link of r.structural) {
    if (link.type === 'HAS_ACCOUNT') continue; // UserAccount.owner
    out.push(unknownLink(r.id, link.type, link.id));
  }
  return out;
}

function unknownLink(from: string, type: string, to: string, extra: Props = {}): FtmEntity {
  return entity(companionId.link(from, type, to), 'UnknownLink', { subject: [from], object: [to], role: [type], ...extra });
}

function nodeEntities(r: FullRecord, own: string): FtmEntity[] {
  const p = r.props;
  const props: Props = {};
  let schema: string = NODE_SCHEMA[own as keyof typeof NODE_SCHEMA];
  if (own === 'Person' || own === 'Organization' || own === 'Platform') {
    add(props, 'name', p.name);
    add(props, 'alias', p.aliases);
    add(props, 'description', p.description);
    add(props, 'wikidataId', p.wikidataId);
    if (own === 'Organization') {
      const kind = (p.kind as keyof typeof ORGANIZATION_SCHEMA) ?? DEFAULT_KIND;
      schema = ORGANIZATION_SCHEMA[kind] ?? 'Organization';
      add(props, 'classification', kind);
    }
  } else if (own === 'Account') {
    add(props, 'username', p.handle);
    add(props, 'name', p.handle);
    add(props, 'owner', r.owners);
    add(props, 'service', r.platformName);
  } else if (own === 'Event') {
    add(props, 'name', p.name);
    add(props, 'date', ftmDate(p.date, p.datePrecision));
    add(props, 'description', p.description);
  } else if (own === 'Source') {
    schema = r.publisherKind === 'MEDIA_OUTLET' ? 'Article' : 'Document';
    add(props, 'title', p.title);
    add(props, 'name', p.title ?? r.id);
    add(props, 'fileName', r.id);
    add(props, 'sourceUrl', p.url);
    add(props, 'language', ftmLanguage(p.language as string));
    add(props, 'publishedAt', ftmDate(p.publishedAt, p.publishedAtPrecision));
    add(props, 'retrievedAt', ftmDate(p.retrievedAt));
    add(props, 'description', p.description);
    const publisher = r.structural.find((l) => l.type === 'PUBLISHED_BY');
    add(props, 'publisher', publisher?.name);
  }
  add(props, 'createdAt', ftmDate(p.createdAt));
  add(props, 'modifiedAt', ftmDate(p.updatedAt));
  return [entity(r.id, schema, props, r.referents)];
}

/**
 * A claim's entities, or none when a link the model requires has no end: such a claim says nothing, and its FtM entity
 * would lack a property the schema requires. The export reads each record in one statement, but Neo4j reads committed
 * data as it goes, so a claim read while another transaction deletes its end (a merge, a test's clean-up) can come
 * without it; `npm run validate` reports a claim left that way.
 */
function claimEntities(r: FullRecord, own: ClaimLabel): FtmEntity[] {
  const p = r.props;
  const mapping = CLAIM_MAPPING[own];
  const def = claimType(own);
  if (def.links.some((link) => link.required && ends(r, link.type).length === 0)) return [];
  const props: Props = {};
  const out: FtmEntity[] = [];
  let schema = mapping.schema;
  if (own === 'Role') {
    const holder = ends(r, 'HOLDS')[0];
    const kind = (p.kind as keyof typeof ROLE_SCHEMA) ?? 'MEMBER';
    schema = holder && !holder.labels.includes('Person') ? 'Membership' : (ROLE_SCHEMA[kind] ?? 'Membership');
  }
  // Properties, by the table: dates at their precision, enums and booleans as keywords.
  for (const [ours, theirs] of Object.entries(mapping.properties)) {
    const value = p[ours];
    if (value === null || value === undefined) continue;
    const prop = def.properties.find((d) => d.name === ours) ?? { kind: ours.startsWith('valid') ? 'date' : 'string', name: ours };
    if (theirs === 'keywords') add(props, 'keywords', prop.kind === 'boolean' ? (value ? ours : `not-${ours}`) : value);
    else if (prop.kind === 'date') add(props, theirs, ftmDate(value, p[`${ours}Precision`]));
    else if (ours === 'share') add(props, theirs, Number(value) * 100);
    else if (theirs === 'language') add(props, theirs, ftmLanguage(value as string));
    else add(props, theirs, value);
  }
  if (mapping.schema === 'Event' || mapping.schema === 'Message') add(props, 'keywords', own);
  // Links, by the table: an FtM property, an UnknownLink from the claim, or a companion entity.
  for (const link of def.links) {
    const target = mapping.links[link.type];
    const linked = ends(r, link.type);
    if (!target || linked.length === 0) continue;
    if (target === 'link') linked.forEach((e) => out.push(unknownLink(r.id, link.type, e.id)));
    else if (target === 'companion') {
      const lobbyists = ends(r, 'LOBBIED_IN').map((e) => e.id);
      out.push(entity(companionId.representation(r.id), 'Representation', { agent: lobbyists, client: linked.map((e) => e.id), role: ['lobbying'], recordId: [r.id] }));
    } else if (own === 'Role' && link.type === 'HOLDS') add(props, roleEnds(schema).holder, linked[0].id);
    else if (own === 'Role' && link.type === 'AT') {
      if (schema === 'Occupancy') {
        const post = companionId.position(r.id);
        out.push(entity(post, 'Position', { name: [String(p.title ?? p.kind ?? 'position')], organization: [linked[0].id] }));
        add(props, 'post', post);
      } else add(props, roleEnds(schema).organization, linked[0].id);
    } else if (own === 'Restriction' && link.type === 'IMPOSED') {
      add(props, 'authorityId', linked[0].id);
      add(props, 'authority', linked[0].name);
    } else
      add(
        props,
        target,
        linked.map((e) => e.id),
      );
  }
  if (own === 'Role' && schema === 'Occupancy') delete props.role;
  if (ftm.getSchema(schema).isA('Thing')) add(props, 'name', summaryName(r, own));
  if (isDocument(schema)) add(props, 'fileName', r.id);
  out.unshift(entity(r.id, schema, props));
  // Evidence: one Documentation per SUPPORTED_BY edge, the source as its document.
  r.evidence.forEach((e, index) => {
    out.push(
      entity(companionId.evidence(r.id, index), 'Documentation', {
        document: [e.source],
        entity: [r.id],
        ...(e.attribution ? { role: [e.attribution] } : {}),
        ...(e.quote ? { summary: [e.quote] } : {}),
        ...(e.locator ? { recordId: [e.locator] } : {}),
      }),
    );
  });
  return out;
}

const roleEnds = (schema: string) => ROLE_SCHEMA_ENDS[schema] ?? ROLE_SCHEMA_ENDS.Membership;

/** A claim's caption, for FtM schemata that need a name (Event, Message). */
function summaryName(r: FullRecord, own: ClaimLabel): string {
  const names = (type: string) =>
    ends(r, type)
      .map((e) => e.name ?? e.id)
      .join(', ');
  switch (own) {
    case 'Decision':
      return String(r.props.title ?? r.id);
    case 'LobbyingEffort':
      return `${names('LOBBIED_IN')} lobbied ${names('TARGETED')}`;
    case 'Observation':
      return `${r.props.metric} ${r.props.value} on ${names('OBSERVED_ON')}`;
    case 'Statement':
      return `${names('MADE')}: ${String(r.props.text ?? '').slice(0, 120)}`;
    default:
      return r.id;
  }
}
