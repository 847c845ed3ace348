/**
 * FollowTheMoney entities as writes of ours, by the tables of `mapping.ts`: a node (an entity, an account, an event,
 * a source), a claim with its ends, or links and evidence for claims. Pure: the import runs what this returns.
 */
import {
  DATE_PRECISION,
  ATTRIBUTION,
  DECISION_ROLE_KIND,
  DECISION_STATUS,
  LOBBYING_METHOD,
  BOUND,
  OBSERVATION_METRIC,
  RESTRICTION_KIND,
  ROLE_KIND,
  STANCE,
  STATEMENT_MEDIUM,
  ORGANIZATION_KIND,
  type ClaimLabel,
} from '../../model';
import { ourLanguage, type FtmEntity } from './ftmModel';
import { CLAIM_LINK_TYPES, CLAIM_OF_SCHEMA, EVENT_CLAIMS, KIND_OF_ORGANIZATION_SCHEMA, LABEL_OF_SCHEMA, ROLE_SCHEMA_ENDS, STRUCTURAL_TYPES } from './mapping';

export type NodeWrite = {
  kind: 'node';
  label: 'Person' | 'Organization' | 'Platform' | 'Account' | 'Event' | 'Source';
  id: string;
  props: Record<string, unknown>;
  referents: string[];
};
export type ClaimWrite = { kind: 'claim'; label: ClaimLabel; id: string; props: Record<string, unknown>; links: Record<string, string[]> };
export type LinkWrite =
  | { kind: 'structural'; type: string; from: string; to: string }
  | { kind: 'claimLink'; claimId: string; type: string; to: string }
  | { kind: 'evidence'; claimId: string; sourceId: string; quote: string; attribution: string; locator: string | null }
  | { kind: 'account'; accountId: string; ownerId: string };
export type Write = NodeWrite | ClaimWrite | LinkWrite;

/** What the import knows of the whole file after its first pass. */
export interface FileIndex {
  /** Positions by id: an Occupancy's post names them. */
  positions: Map<string, { name: string; organization: string | null }>;
}

const first = (e: FtmEntity, p: string): string | null => e.properties[p]?.[0] ?? null;
const all = (e: FtmEntity, p: string): string[] => e.properties[p] ?? [];
const keyword = <V extends string>(e: FtmEntity, values: readonly V[]): V | null => (all(e, 'keywords').find((k) => values.includes(k as V)) as V) ?? null;

/** An FtM date (`2022`, `2022-11`, `2022-11-05T…`) as a date of ours with its precision. */
const [DAY, MONTH, YEAR] = DATE_PRECISION.values;

export function ourDate(value: string | null): { date: string | null; precision: string | null } {
  if (!value) return { date: null, precision: null };
  if (/^\d{4}$/.test(value)) return { date: `${value}-01-01`, precision: YEAR };
  if (/^\d{4}-\d{2}$/.test(value)) return { date: `${value}-01`, precision: MONTH };
  return { date: value.slice(0, 10), precision: DAY };
}

function dated(props: Record<string, unknown>, name: string, value: string | null): void {
  const { date, precision } = ourDate(value);
  if (!date) return;
  props[name] = date;
  props[`${name}Precision`] = precision;
}

/** The claim label an entity is read as, or null for a node or a companion. */
export function claimLabelOf(e: FtmEntity): ClaimLabel | null {
  if (e.schema === 'Event') return (EVENT_CLAIMS.find((c) => all(e, 'keywords').includes(c)) as ClaimLabel) ?? null;
  if (e.schema === 'UnknownLink') return DECISION_ROLE_KIND.values.includes(first(e, 'role') as never) ? 'DecisionRole' : null;
  if (e.schema === 'Representation') return first(e, 'recordId') ? null : 'Role';
  return CLAIM_OF_SCHEMA[e.schema] ?? null;
}

/** The writes of the first phase: nodes (entities, accounts, events, sources; positions without an organization as public bodies). */
export function nodeWrites(e: FtmEntity, pid: (id: string) => string): NodeWrite[] {
  if (e.schema === 'Position') {
    if (first(e, 'organization')) return [];
    return [{ kind: 'node', label: 'Organization', id: pid(e.id), props: { name: first(e, 'name'), kind: 'PUBLIC_BODY' }, referents: [] }];
  }
  if (e.schema === 'Sanction' && !first(e, 'authorityId') && first(e, 'authority')) {
    return [{ kind: 'node', label: 'Organization', id: authorityId(e, pid), props: { name: first(e, 'authority'), kind: 'PUBLIC_BODY' }, referents: [] }];
  }
  const label = LABEL_OF_SCHEMA[e.schema];
  if (!label || claimLabelOf(e)) return [];
  const props: Record<string, unknown> = {};
  if (label === 'Account') props.handle = first(e, 'username');
  else if (label === 'Source') {
    props.title = first(e, 'title') ?? first(e, 'name') ?? first(e, 'fileName');
    props.url = first(e, 'sourceUrl');
    const language = first(e, 'language');
    props.language = language ? ourLanguage(language) : null;
    dated(props, 'publishedAt', first(e, 'publishedAt'));
    props.description = first(e, 'description');
  } else if (label === 'Event') {
    props.name = first(e, 'name');
    dated(props, 'date', first(e, 'date') ?? first(e, 'startDate'));
    props.description = first(e, 'description');
  } else {
    const names = all(e, 'name');
    props.name = names[0];
    const aliases = [...names.slice(1), ...all(e, 'alias')];
    props.aliases = aliases.length ? aliases : null;
    props.description = first(e, 'description');
    props.wikidataId = first(e, 'wikidataId');
    if (label === 'Organization') {
      const classification = first(e, 'classification');
      props.kind = ORGANIZATION_KIND.values.includes(classification as never) ? classification : (KIND_OF_ORGANIZATION_SCHEMA[e.schema] ?? null);
    }
  }
  return [{ kind: 'node', label, id: pid(e.id), props, referents: (e.referents ?? []).map(pid) }];
}

const authorityId = (e: FtmEntity, pid: (id: string) => string) =>
  first(e, 'authorityId')
    ? pid(first(e, 'authorityId')!)
    : pid(
        `authority-${first(e, 'authority')!
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}`,
      );

/** The writes of the second phase: claims with their required and FtM-property ends. */
export function claimWrites(e: FtmEntity, index: FileIndex, pid: (id: string) => string): ClaimWrite[] {
  const label = claimLabelOf(e);
  if (!label) return [];
  const props: Record<string, unknown> = {};
  const links: Record<string, string[]> = {};
  const ids = (p: string) => all(e, p).map(pid);
  dated(props, 'validFrom', first(e, 'startDate'));
  dated(props, 'validTo', first(e, 'endDate'));
  switch (label) {
    case 'Role': {
      const ends = ROLE_SCHEMA_ENDS[e.schema];
      links.HOLDS = ids(ends.holder).slice(0, 1);
      let title = first(e, 'role');
      if (e.schema === 'Occupancy') {
        const post = first(e, 'post');
        const position = post ? index.positions.get(post) : undefined;
        links.AT = [pid(position?.organization ?? post ?? '')];
        title = position?.name ?? title;
      } else links.AT = ids(ends.organization).slice(0, 1);
      props.title = title;
      const status = first(e, 'status');
      props.kind = ROLE_KIND.values.includes(status as never) ? status : ends.kind;
      break;
    }
    case 'Statement':
      links.MADE = ids('sender');
      props.text = first(e, 'bodyText');
      props.language = first(e, 'language') ? ourLanguage(first(e, 'language')!) : null;
      dated(props, 'saidAt', first(e, 'date'));
      props.medium = keyword(e, STATEMENT_MEDIUM.values);
      props.isDirectQuote = all(e, 'keywords').includes('isDirectQuote') ? true : all(e, 'keywords').includes('not-isDirectQuote') ? false : null;
      break;
    case 'Decision':
      links.DECIDED_BY = ids('organizer');
      props.title = first(e, 'name');
      props.question = first(e, 'summary');
      props.outcome = first(e, 'description');
      props.status = keyword(e, DECISION_STATUS.values);
      dated(props, 'openedAt', first(e, 'date'));
      break;
    case 'DecisionState':
      links.STATE_OF = ids('involved').slice(0, 1);
      props.status = keyword(e, DECISION_STATUS.values);
      break;
    case 'DecisionRole':
      links.PLAYS = ids('subject');
      links.IN = ids('object');
      props.role = first(e, 'role');
      break;
    case 'LobbyingEffort':
      links.LOBBIED_IN = ids('organizer');
      links.TARGETED = ids('involved');
      props.method = keyword(e, LOBBYING_METHOD.values);
      props.stance = keyword(e, STANCE.values);
      props.desiredOutcome = first(e, 'summary');
      dated(props, 'date', first(e, 'date'));
      break;
    case 'Observation':
      props.metric = keyword(e, OBSERVATION_METRIC.values);
      props.bound = keyword(e, BOUND.values);
      props.approximate = all(e, 'keywords').includes('approximate');
      props.value = first(e, 'description') !== null ? Number(first(e, 'description')) : null;
      dated(props, 'observedAt', first(e, 'date'));
      break;
    case 'Restriction':
      links.IMPOSED = [authorityId(e, pid)];
      links.RESTRICTS = ids('entity');
      props.kind = RESTRICTION_KIND.values.includes(first(e, 'provisions') as never) ? first(e, 'provisions') : null;
      props.reason = first(e, 'reason');
      props.duration = first(e, 'duration');
      break;
    case 'Ownership':
      links.OWNS = ids('owner');
      links.OF = ids('asset');
      props.share = first(e, 'percentage') !== null ? Number(first(e, 'percentage')) / 100 : null;
      break;
    case 'Payment':
      links.PAID_IN = ids('payer');
      links.PAID_TO = ids('beneficiary');
      props.amount = first(e, 'amount') !== null ? Number(first(e, 'amount')!.replace(/,/g, '')) : null;
      props.currency = first(e, 'currency');
      props.purpose = first(e, 'purpose');
      dated(props, 'date', first(e, 'date'));
      break;
  }
  return [{ kind: 'claim', label, id: pid(e.id), props, links }];
}

/** The writes of the third phase: links between what the first two wrote, and evidence. */
export function linkWrites(e: FtmEntity, pid: (id: string) => string): LinkWrite[] {
  if (e.schema === 'Documentation') {
    return [
      {
        kind: 'evidence',
        claimId: pid(first(e, 'entity')!),
        sourceId: pid(first(e, 'document')!),
        quote: first(e, 'summary') ?? '',
        attribution: ATTRIBUTION.values.includes(first(e, 'role') as never) ? first(e, 'role')! : 'REPORTED',
        locator: first(e, 'recordId'),
      },
    ];
  }
  if (e.schema === 'UnknownLink' && claimLabelOf(e) === null) {
    const role = first(e, 'role') ?? '';
    const [from, to] = [pid(first(e, 'subject')!), pid(first(e, 'object')!)];
    if (STRUCTURAL_TYPES.includes(role)) return [{ kind: 'structural', type: role, from, to }];
    if (CLAIM_LINK_TYPES.includes(role)) return [{ kind: 'claimLink', claimId: from, type: role, to }];
    return [];
  }
  if (e.schema === 'Representation' && first(e, 'recordId'))
    return ids(e, 'client', pid).map((to) => ({ kind: 'claimLink', claimId: pid(first(e, 'recordId')!), type: 'ON_BEHALF_OF', to }));
  if (e.schema === 'UserAccount') return ids(e, 'owner', pid).map((ownerId) => ({ kind: 'account', accountId: pid(e.id), ownerId }));
  return [];
}

const ids = (e: FtmEntity, p: string, pid: (id: string) => string) => all(e, p).map(pid);
