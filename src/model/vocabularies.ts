/**
 * Every closed vocabulary of the graph, declared once. The GraphQL enums, the input rules, `npm run validate`, the
 * generator and the imports read these lists; nothing else in `src/` may spell them out again (a unit test checks).
 */
export interface Vocabulary<V extends string = string> {
  /** The GraphQL enum's name. */
  name: string;
  description: string;
  /** In their natural order (the order lists sorted by this vocabulary use). */
  values: readonly V[];
}

function vocabulary<const V extends string>(name: string, description: string, values: readonly V[]): Vocabulary<V> {
  return { name, description, values };
}

export const DATE_PRECISION = vocabulary('DatePrecision', 'How precisely a date is known: "November 2022" is 2022-11-01 with MONTH.', ['DAY', 'MONTH', 'YEAR']);

export const ATTRIBUTION = vocabulary(
  'Attribution',
  'How a source supports a claim: its own words (DIRECT), its report (REPORTED), or its relay of another source (ACCORDING_TO).',
  ['DIRECT', 'REPORTED', 'ACCORDING_TO'],
);

export const STANCE = vocabulary('Stance', 'For or against the question of the decision a lobbying effort is about.', ['SUPPORT', 'OPPOSE']);

export const ORGANIZATION_KIND = vocabulary('OrganizationKind', 'What kind of organization it is.', [
  'COMPANY',
  'PUBLIC_BODY',
  'LEGISLATURE',
  'MEDIA_OUTLET',
  'PARTY',
  'TEAM',
  'WORKING_GROUP',
  'CAMPAIGN',
]);

export const ROLE_KIND = vocabulary('RoleKind', 'The kind of position a role is.', ['EXECUTIVE', 'SPOKESPERSON', 'OFFICE_HOLDER', 'EMPLOYEE', 'OWNER', 'FOUNDER', 'MEMBER']);

export const STATEMENT_MEDIUM = vocabulary('StatementMedium', 'Where a statement was made.', ['INTERVIEW', 'BLOG_POST', 'LETTER', 'PRESS_STATEMENT', 'SOCIAL_POST']);

export const DECISION_STATUS = vocabulary('DecisionStatus', 'Where a decision stands.', ['UNDER_CONSIDERATION', 'DECIDED', 'IMPLEMENTED', 'REVERSED', 'ABANDONED']);

export const DECISION_ROLE_KIND = vocabulary('DecisionRoleKind', 'The part an actor plays in a decision.', [
  'DECISION_MAKER',
  'OVERSEER',
  'DELIBERATING_BODY',
  'ADVISER',
  'SPOKESPERSON',
]);

export const LOBBYING_METHOD = vocabulary('LobbyingMethod', 'How a lobbying effort was made.', ['LETTER', 'MEETING', 'PUBLIC_STATEMENT', 'CAMPAIGN', 'FILING', 'AD_SPEND']);

export const RESTRICTION_KIND = vocabulary('RestrictionKind', 'What a restriction did to an account or actor.', ['SUSPENSION', 'BAN', 'REMOVAL']);

export const OBSERVATION_METRIC = vocabulary('ObservationMetric', 'What an observation measured.', ['FOLLOWERS', 'AD_SPEND_USD', 'POSTS_SINCE_REINSTATEMENT']);

export const BOUND = vocabulary('Bound', 'How a figure bounds the truth: "millions" is AT_LEAST 1000000.', ['EXACT', 'AT_LEAST', 'AT_MOST']);

export const TIMELINE_KIND = vocabulary('TimelineKind', 'What a timeline point marks: a claim starting to hold, ending, or an event.', ['START', 'END', 'EVENT']);

/** Every vocabulary, for the checks that walk them all. */
export const VOCABULARIES: readonly Vocabulary[] = [
  DATE_PRECISION,
  ATTRIBUTION,
  STANCE,
  ORGANIZATION_KIND,
  ROLE_KIND,
  STATEMENT_MEDIUM,
  DECISION_STATUS,
  DECISION_ROLE_KIND,
  LOBBYING_METHOD,
  RESTRICTION_KIND,
  OBSERVATION_METRIC,
  BOUND,
  TIMELINE_KIND,
];
