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
  /** What each value means (the schema's enum value descriptions). */
  descriptions: Readonly<Record<V, string>>;
}

/** Declares a vocabulary: its values, in order, each with what it means. */
function vocabulary<const V extends string>(name: string, description: string, descriptions: Readonly<Record<V, string>>): Vocabulary<V> {
  return { name, description, values: Object.keys(descriptions) as V[], descriptions };
}

export const DATE_PRECISION = vocabulary('DatePrecision', 'How precisely a date is known: "November 2022" is 2022-11-01 with MONTH.', {
  DAY: 'Known to the day.',
  MONTH: 'Known to the month: the date is the first of the month.',
  YEAR: 'Known to the year: the date is 1 January.',
});

export const ATTRIBUTION = vocabulary(
  'Attribution',
  'How a source supports a claim: its own words (DIRECT), its report (REPORTED), or its relay of another source (ACCORDING_TO).',
  {
    DIRECT: 'The source is the actor’s own words (a press release, a post, a letter).',
    REPORTED: 'The source reports the fact (a news story).',
    ACCORDING_TO: 'The source relays another source (see `via`).',
  },
);

export const STANCE = vocabulary('Stance', 'For or against the question of the decision a lobbying effort is about.', {
  SUPPORT: 'For: the lobbyists want the answer to be yes.',
  OPPOSE: 'Against: the lobbyists want the answer to be no.',
});

export const ORGANIZATION_KIND = vocabulary('OrganizationKind', 'What kind of organization it is.', {
  COMPANY: 'A business.',
  PUBLIC_BODY: 'A government department, agency or regulator.',
  LEGISLATURE: 'A parliament, congress or one of its chambers or committees.',
  MEDIA_OUTLET: 'A newspaper, broadcaster or other publisher of news.',
  PARTY: 'A political party.',
  TEAM: 'A team inside an organization.',
  WORKING_GROUP: 'A group set up to study or decide one matter.',
  CAMPAIGN: 'An organized campaign for or against something.',
});

export const ROLE_KIND = vocabulary('RoleKind', 'The kind of position a role is.', {
  EXECUTIVE: 'Runs the organization or part of it.',
  SPOKESPERSON: 'Speaks for the organization.',
  OFFICE_HOLDER: 'Holds an elected or appointed public office.',
  EMPLOYEE: 'Works for the organization.',
  OWNER: 'Owns the organization or part of it.',
  FOUNDER: 'Founded the organization.',
  MEMBER: 'A member of the organization, board or body.',
});

export const STATEMENT_MEDIUM = vocabulary('StatementMedium', 'Where a statement was made.', {
  INTERVIEW: 'An interview.',
  BLOG_POST: 'A blog post.',
  LETTER: 'A letter.',
  PRESS_STATEMENT: 'A press release or statement to the press.',
  SOCIAL_POST: 'A post on a social platform.',
});

export const DECISION_STATUS = vocabulary('DecisionStatus', 'Where a decision stands.', {
  UNDER_CONSIDERATION: 'Being weighed; not decided yet.',
  DECIDED: 'Decided, not yet carried out.',
  IMPLEMENTED: 'Decided and carried out.',
  REVERSED: 'Decided, then undone.',
  ABANDONED: 'Dropped without a decision.',
});

export const DECISION_ROLE_KIND = vocabulary('DecisionRoleKind', 'The part an actor plays in a decision.', {
  DECISION_MAKER: 'Makes the decision.',
  OVERSEER: 'Oversees the decision or those who make it.',
  DELIBERATING_BODY: 'A body that deliberates on the decision.',
  ADVISER: 'Advises those who decide.',
  SPOKESPERSON: 'Speaks for those who decide.',
});

export const LOBBYING_METHOD = vocabulary('LobbyingMethod', 'How a lobbying effort was made.', {
  LETTER: 'A letter to the targets.',
  MEETING: 'A meeting with the targets.',
  PUBLIC_STATEMENT: 'A public statement.',
  CAMPAIGN: 'An organized campaign.',
  FILING: 'A formal filing (a comment, a submission, a registration).',
  AD_SPEND: 'Paid advertising.',
});

export const RESTRICTION_KIND = vocabulary('RestrictionKind', 'What a restriction did to an account or actor.', {
  SUSPENSION: 'A suspension for a time.',
  BAN: 'A ban, permanent or until lifted.',
  REMOVAL: 'Content or an account removed.',
});

export const OBSERVATION_METRIC = vocabulary('ObservationMetric', 'What an observation measured.', {
  FOLLOWERS: 'Followers of an account.',
  AD_SPEND_USD: 'Money spent on ads, in US dollars.',
  POSTS_SINCE_REINSTATEMENT: 'Posts made since the account was reinstated.',
});

export const BOUND = vocabulary('Bound', 'How a figure bounds the truth: "millions" is AT_LEAST 1000000.', {
  EXACT: 'The figure is exact (or as exact as the source says).',
  AT_LEAST: 'The figure is a floor: the truth is this or more.',
  AT_MOST: 'The figure is a ceiling: the truth is this or less.',
});

export const TIMELINE_KIND = vocabulary('TimelineKind', 'What a timeline point marks: a claim starting to hold, ending, or an event.', {
  START: 'A claim starts to hold.',
  END: 'A claim stops holding.',
  EVENT: 'An event.',
});

export const CLAIM_RANK = vocabulary('ClaimRank', 'How a claim ranks against claims that compete with it (an editor sets it, with a reason).', {
  PREFERRED: 'The claim to show first where claims disagree.',
  NORMAL: 'No preference (every claim starts here).',
  DEPRECATED: 'Known to be outdated or weaker than a competing claim; kept, shown last.',
});

export const VALIDITY = vocabulary('Validity', 'Whether a claim held on a day for certain, or only possibly (its bounds are unknown or coarser than a day).', {
  CERTAIN: 'It held that day, whatever the exact dates within their precision.',
  POSSIBLE: 'It may have held that day: a bound is unknown, or the day falls within the period of a coarse bound.',
});

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
  CLAIM_RANK,
  VALIDITY,
];
