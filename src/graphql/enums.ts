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
  walkedTypes,
  type Vocabulary,
} from '../model';

/**
 * A GraphQL enum made from one of the model's vocabularies: an object whose keys and values are the vocabulary's
 * values, registered with type-graphql under the vocabulary's name. The vocabulary is declared in `src/model/` only.
 */
export function graphqlEnum<V extends string>(vocabulary: Vocabulary<V>): { readonly [K in V]: K } {
  const values = Object.fromEntries(vocabulary.values.map((v) => [v, v])) as { [K in V]: K };
  registerEnumType(values, { name: vocabulary.name, description: vocabulary.description });
  return values;
}

/**
 * A GraphQL enum whose names differ from the values the graph stores (labels such as `Person`, operations such as
 * `createPerson`): each name is the value in UPPER_SNAKE_CASE, and the API reads and answers the stored value.
 */
function renamedEnum(name: string, description: string, values: readonly string[]): Record<string, string> {
  const map = Object.fromEntries(values.map((v) => [v.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(), v]));
  registerEnumType(map, { name, description });
  return map;
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
export const TimelineKind = graphqlEnum(TIMELINE_KIND);
export type TimelineKind = Of<typeof TIMELINE_KIND>;

/** The relationship types paths and neighbourhoods walk: the model's shortcut edges and walked structural links. */
export const PathEdgeType = renamedEnum('PathEdgeType', 'The type of an edge a path or neighbourhood walks.', walkedTypes());
/** The kinds of node search finds (the labels of the full-text index). */
export const NodeType = renamedEnum('NodeType', 'A kind of node search can find.', SEARCHABLE_LABELS);
/** The writes the audit log records: each is a mutation's name. */
export const AuditOperation = renamedEnum('AuditOperation', 'A write the audit log records: the mutation that made it.', auditOperations());
