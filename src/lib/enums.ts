/** The allowed values of the graph's enum-like properties (docs/graph-model.md), shared by validation and the API. */
export const ORGANIZATION_KINDS = ['COMPANY', 'PUBLIC_BODY', 'LEGISLATURE', 'MEDIA_OUTLET', 'PARTY', 'TEAM', 'WORKING_GROUP', 'CAMPAIGN'] as const;
export const ROLE_KINDS = ['EXECUTIVE', 'SPOKESPERSON', 'OFFICE_HOLDER', 'EMPLOYEE', 'OWNER', 'FOUNDER', 'MEMBER'] as const;
export const STATEMENT_MEDIA = ['INTERVIEW', 'BLOG_POST', 'LETTER', 'PRESS_STATEMENT', 'SOCIAL_POST'] as const;
export const DECISION_STATUSES = ['UNDER_CONSIDERATION', 'DECIDED', 'IMPLEMENTED', 'REVERSED', 'ABANDONED'] as const;
export const DECISION_ROLES = ['DECISION_MAKER', 'OVERSEER', 'DELIBERATING_BODY', 'ADVISER', 'SPOKESPERSON'] as const;
export const LOBBYING_METHODS = ['LETTER', 'MEETING', 'PUBLIC_STATEMENT', 'CAMPAIGN', 'FILING', 'AD_SPEND'] as const;
export const STANCES = ['SUPPORT', 'OPPOSE'] as const;
export const RESTRICTION_KINDS = ['SUSPENSION', 'BAN', 'REMOVAL'] as const;
export const OBSERVATION_METRICS = ['FOLLOWERS', 'AD_SPEND_USD', 'POSTS_SINCE_REINSTATEMENT'] as const;
export const OBSERVATION_BOUNDS = ['EXACT', 'AT_LEAST', 'AT_MOST'] as const;
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export const ATTRIBUTIONS = ['DIRECT', 'REPORTED', 'ACCORDING_TO'] as const;
