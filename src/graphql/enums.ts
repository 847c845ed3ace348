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
  STRUCTURAL_LINKS,
  claimType,
  isClaimLabel,
  nodeType,
  walkedTypes,
  type Vocabulary,
} from '../model';

/** What each value of an enum means, for the schema's descriptions: exactly the vocabulary's values (the compiler checks). */
type ValueDescriptions<V extends string> = { readonly [K in V]: string };

const valuesConfig = <K extends string>(descriptions: Readonly<Record<K, string>>) =>
  Object.fromEntries(Object.entries<string>(descriptions).map(([value, description]) => [value, { description }])) as Record<K, { description: string }>;

/**
 * A GraphQL enum made from one of the model's vocabularies: an object whose keys and values are the vocabulary's
 * values, registered with type-graphql under the vocabulary's name. The vocabulary is declared in `src/model/` only;
 * `descriptions` says what each value means (a value added to the model does not compile until it is described here).
 */
export function graphqlEnum<V extends string>(vocabulary: Vocabulary<V>, descriptions: ValueDescriptions<V>): { readonly [K in V]: K } {
  const values = Object.fromEntries(vocabulary.values.map((v) => [v, v])) as { [K in V]: K };
  registerEnumType(values, { name: vocabulary.name, description: vocabulary.description, valuesConfig: valuesConfig(descriptions) });
  return values;
}

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

export const DatePrecision = graphqlEnum(DATE_PRECISION, {
  DAY: 'Known to the day.',
  MONTH: 'Known to the month: the date is the first of the month.',
  YEAR: 'Known to the year: the date is 1 January.',
});
export type DatePrecision = Of<typeof DATE_PRECISION>;
export const Stance = graphqlEnum(STANCE, { SUPPORT: 'For: the lobbyists want the answer to be yes.', OPPOSE: 'Against: the lobbyists want the answer to be no.' });
export type Stance = Of<typeof STANCE>;
export const Attribution = graphqlEnum(ATTRIBUTION, {
  DIRECT: 'The source is the actor’s own words (a press release, a post, a letter).',
  REPORTED: 'The source reports the fact (a news story).',
  ACCORDING_TO: 'The source relays another source (see `via`).',
});
export type Attribution = Of<typeof ATTRIBUTION>;
export const OrganizationKind = graphqlEnum(ORGANIZATION_KIND, {
  COMPANY: 'A business.',
  PUBLIC_BODY: 'A government department, agency or regulator.',
  LEGISLATURE: 'A parliament, congress or one of its chambers or committees.',
  MEDIA_OUTLET: 'A newspaper, broadcaster or other publisher of news.',
  PARTY: 'A political party.',
  TEAM: 'A team inside an organization.',
  WORKING_GROUP: 'A group set up to study or decide one matter.',
  CAMPAIGN: 'An organized campaign for or against something.',
});
export type OrganizationKind = Of<typeof ORGANIZATION_KIND>;
export const RoleKind = graphqlEnum(ROLE_KIND, {
  EXECUTIVE: 'Runs the organization or part of it.',
  SPOKESPERSON: 'Speaks for the organization.',
  OFFICE_HOLDER: 'Holds an elected or appointed public office.',
  EMPLOYEE: 'Works for the organization.',
  OWNER: 'Owns the organization or part of it.',
  FOUNDER: 'Founded the organization.',
  MEMBER: 'A member of the organization, board or body.',
});
export type RoleKind = Of<typeof ROLE_KIND>;
export const StatementMedium = graphqlEnum(STATEMENT_MEDIUM, {
  INTERVIEW: 'An interview.',
  BLOG_POST: 'A blog post.',
  LETTER: 'A letter.',
  PRESS_STATEMENT: 'A press release or statement to the press.',
  SOCIAL_POST: 'A post on a social platform.',
});
export type StatementMedium = Of<typeof STATEMENT_MEDIUM>;
export const DecisionStatus = graphqlEnum(DECISION_STATUS, {
  UNDER_CONSIDERATION: 'Being weighed; not decided yet.',
  DECIDED: 'Decided, not yet carried out.',
  IMPLEMENTED: 'Decided and carried out.',
  REVERSED: 'Decided, then undone.',
  ABANDONED: 'Dropped without a decision.',
});
export type DecisionStatus = Of<typeof DECISION_STATUS>;
export const DecisionRoleKind = graphqlEnum(DECISION_ROLE_KIND, {
  DECISION_MAKER: 'Makes the decision.',
  OVERSEER: 'Oversees the decision or those who make it.',
  DELIBERATING_BODY: 'A body that deliberates on the decision.',
  ADVISER: 'Advises those who decide.',
  SPOKESPERSON: 'Speaks for those who decide.',
});
export type DecisionRoleKind = Of<typeof DECISION_ROLE_KIND>;
export const LobbyingMethod = graphqlEnum(LOBBYING_METHOD, {
  LETTER: 'A letter to the targets.',
  MEETING: 'A meeting with the targets.',
  PUBLIC_STATEMENT: 'A public statement.',
  CAMPAIGN: 'An organized campaign.',
  FILING: 'A formal filing (a comment, a submission, a registration).',
  AD_SPEND: 'Paid advertising.',
});
export type LobbyingMethod = Of<typeof LOBBYING_METHOD>;
export const RestrictionKind = graphqlEnum(RESTRICTION_KIND, {
  SUSPENSION: 'A suspension for a time.',
  BAN: 'A ban, permanent or until lifted.',
  REMOVAL: 'Content or an account removed.',
});
export type RestrictionKind = Of<typeof RESTRICTION_KIND>;
export const ObservationMetric = graphqlEnum(OBSERVATION_METRIC, {
  FOLLOWERS: 'Followers of an account.',
  AD_SPEND_USD: 'Money spent on ads, in US dollars.',
  POSTS_SINCE_REINSTATEMENT: 'Posts made since the account was reinstated.',
});
export type ObservationMetric = Of<typeof OBSERVATION_METRIC>;
export const Bound = graphqlEnum(BOUND, {
  EXACT: 'The figure is exact (or as exact as the source says).',
  AT_LEAST: 'The figure is a floor: the truth is this or more.',
  AT_MOST: 'The figure is a ceiling: the truth is this or less.',
});
export type Bound = Of<typeof BOUND>;
export const TimelineKind = graphqlEnum(TIMELINE_KIND, { START: 'A claim starts to hold.', END: 'A claim stops holding.', EVENT: 'An event.' });
export type TimelineKind = Of<typeof TIMELINE_KIND>;

/** The relationship types paths and neighbourhoods walk: the model's shortcut edges and walked structural links. */
export const PathEdgeType = renamedEnum('PathEdgeType', 'The type of an edge a path or neighbourhood walks.', walkedTypes(), describeEdgeType);
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
