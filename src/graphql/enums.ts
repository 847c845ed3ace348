import { registerEnumType } from 'type-graphql';
import {
  ATTRIBUTION,
  BOUND,
  DATE_PRECISION,
  DECISION_ROLE_KIND,
  DECISION_STATUS,
  LOBBYING_METHOD,
  OBSERVATION_METRIC,
  ORGANIZATION_KIND,
  RESTRICTION_KIND,
  ROLE_KIND,
  SEARCHABLE_LABELS,
  STANCE,
  STATEMENT_MEDIUM,
  TIMELINE_KIND,
  auditOperations,
  CLAIM_TYPES,
  CLAIM_RANK,
  VALIDITY,
  WALKED_DIRECTIONS,
  STRUCTURAL_LINKS,
  claimType,
  isClaimLabel,
  nodeType,
  walkedTypes,
  type Vocabulary,
} from '../model';

const valuesConfig = <K extends string>(descriptions: Readonly<Record<K, string>>) =>
  Object.fromEntries(Object.entries<string>(descriptions).map(([value, description]) => [value, { description }])) as Record<K, { description: string }>;

/**
 * A GraphQL enum made from one of the model's vocabularies: an object whose keys and values are the vocabulary's
 * values, registered with type-graphql under the vocabulary's name, each value described as the model describes it.
 * The vocabulary is declared in `src/model/` only.
 */
export function graphqlEnum<V extends string>(vocabulary: Vocabulary<V>): { readonly [K in V]: K } {
  const known = registered.get(vocabulary.name);
  if (known) return known as { [K in V]: K };
  const values = Object.fromEntries(vocabulary.values.map((v) => [v, v])) as { [K in V]: K };
  registerEnumType(values, { name: vocabulary.name, description: vocabulary.description, valuesConfig: valuesConfig(vocabulary.descriptions) });
  registered.set(vocabulary.name, values);
  return values;
}

const registered = new Map<string, Record<string, string>>();

/** The GraphQL enum of a vocabulary, registered the first time it is asked for (filters ask for every one). */
export const graphqlEnumOf = (vocabulary: Vocabulary): Record<string, string> => graphqlEnum(vocabulary);

/**
 * A GraphQL enum whose names differ from the values the graph stores (labels such as `Person`, operations such as
 * `createPerson`): each name is the value in UPPER_SNAKE_CASE, and the API reads and answers the stored value.
 */
function renamedEnum(name: string, description: string, values: readonly string[], describe: (value: string) => string): Record<string, string> {
  const map = Object.fromEntries(values.map((v) => [v.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(), v]));
  registerEnumType(map, { name, description, valuesConfig: valuesConfig(Object.fromEntries(Object.entries(map).map(([key, value]) => [key, describe(value)]))) });
  return map;
}

/** What a walked relationship type is, from the model: a shortcut and the claims that derive it, or a structural link. */
function describeEdgeType(type: string): string {
  const claims = CLAIM_TYPES.filter((c) => c.shortcuts.some((s) => s.type === type)).map((c) => c.label);
  if (claims.length > 0) return `A shortcut derived from a ${claims.join(' or ')} claim (the edge's \`claim\`).`;
  const link = STRUCTURAL_LINKS.find((l) => l.type === type);
  return link ? `A structural link from ${link.from.join(' or ')} to ${link.to.join(' or ')}.` : type;
}

type Of<V extends Vocabulary> = V['values'][number];

export const DatePrecision = graphqlEnum(DATE_PRECISION);
export type DatePrecision = Of<typeof DATE_PRECISION>;
export const Stance = graphqlEnum(STANCE);
export type Stance = Of<typeof STANCE>;
export const Attribution = graphqlEnum(ATTRIBUTION);
export type Attribution = Of<typeof ATTRIBUTION>;
export const OrganizationKind = graphqlEnum(ORGANIZATION_KIND);
export type OrganizationKind = Of<typeof ORGANIZATION_KIND>;
export const RoleKind = graphqlEnum(ROLE_KIND);
export type RoleKind = Of<typeof ROLE_KIND>;
export const StatementMedium = graphqlEnum(STATEMENT_MEDIUM);
export type StatementMedium = Of<typeof STATEMENT_MEDIUM>;
export const DecisionStatus = graphqlEnum(DECISION_STATUS);
export type DecisionStatus = Of<typeof DECISION_STATUS>;
export const DecisionRoleKind = graphqlEnum(DECISION_ROLE_KIND);
export type DecisionRoleKind = Of<typeof DECISION_ROLE_KIND>;
export const LobbyingMethod = graphqlEnum(LOBBYING_METHOD);
export type LobbyingMethod = Of<typeof LOBBYING_METHOD>;
export const RestrictionKind = graphqlEnum(RESTRICTION_KIND);
export type RestrictionKind = Of<typeof RESTRICTION_KIND>;
export const ObservationMetric = graphqlEnum(OBSERVATION_METRIC);
export type ObservationMetric = Of<typeof OBSERVATION_METRIC>;
export const Bound = graphqlEnum(BOUND);
export type Bound = Of<typeof BOUND>;
export const ClaimRank = graphqlEnum(CLAIM_RANK);
export type ClaimRank = Of<typeof CLAIM_RANK>;
export const Validity = graphqlEnum(VALIDITY);
export type Validity = Of<typeof VALIDITY>;
export const TimelineKind = graphqlEnum(TIMELINE_KIND);
export type TimelineKind = Of<typeof TIMELINE_KIND>;

/** The relationship types paths and neighbourhoods walk: the model's shortcut edges and walked structural links. */
export const PathEdgeType = renamedEnum('PathEdgeType', 'The type of an edge a path or neighbourhood walks.', walkedTypes(), describeEdgeType);
/** Which way a walked edge runs from the node whose links are listed (`OUT`, `IN`; the model's `out`, `in`). */
export const LinkDirection = renamedEnum(
  'LinkDirection',
  'Which way a walked edge runs, seen from the node whose links are listed.',
  Object.keys(WALKED_DIRECTIONS),
  (direction) => WALKED_DIRECTIONS[direction as keyof typeof WALKED_DIRECTIONS],
);
export type LinkDirection = keyof typeof WALKED_DIRECTIONS;
/** The kinds of node search finds (the labels of the full-text index). */
export const NodeType = renamedEnum(
  'NodeType',
  'A kind of node search can find.',
  SEARCHABLE_LABELS,
  (label) => (isClaimLabel(label) ? claimType(label) : nodeType(label)).description,
);
/** The writes the audit log records: each is a mutation's name. */
export const AuditOperation = renamedEnum(
  'AuditOperation',
  'A write the audit log records: the mutation that made it.',
  auditOperations(),
  (operation) => `The \`${operation}\` mutation.`,
);
