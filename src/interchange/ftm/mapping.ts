/**
 * The FollowTheMoney mapping, declared once: which FtM schema each label and claim type of our model becomes, which
 * FtM property each field and link becomes, and back. The export (`toFtm.ts`) and the import (`fromFtm.ts`) both read
 * these tables; docs/interchange.md describes them, with what has no home on either side.
 */
import { CLAIM_TYPES, ORGANIZATION_KIND, ROLE_KIND, STRUCTURAL_LINKS, type ClaimLabel } from '../../model';

type OrganizationKind = (typeof ORGANIZATION_KIND.values)[number];
type RoleKind = (typeof ROLE_KIND.values)[number];

/** The FtM schema of an organization, by its kind; the kind itself travels in `classification`. */
export const ORGANIZATION_SCHEMA: Readonly<Record<OrganizationKind, 'Company' | 'PublicBody' | 'Organization'>> = {
  COMPANY: 'Company',
  PUBLIC_BODY: 'PublicBody',
  LEGISLATURE: 'PublicBody',
  MEDIA_OUTLET: 'Organization',
  PARTY: 'Organization',
  TEAM: 'Organization',
  WORKING_GROUP: 'Organization',
  CAMPAIGN: 'Organization',
};

/** The kind an imported organization gets from its schema when `classification` names none of ours. */
export const KIND_OF_ORGANIZATION_SCHEMA: Readonly<Record<string, OrganizationKind | null>> = {
  ...Object.fromEntries(ORGANIZATION_KIND.values.map((kind) => [ORGANIZATION_SCHEMA[kind], kind]).reverse()),
  Organization: null,
};

/** Non-claim labels and the FtM schema each becomes (Organization: see {@link ORGANIZATION_SCHEMA}; Source: Article or Document). */
export const NODE_SCHEMA = {
  Person: 'Person',
  Organization: 'Organization',
  Platform: 'Asset',
  Account: 'UserAccount',
  Event: 'Event',
  Source: 'Document',
} as const;

/** FtM schemata an import reads as entities of ours, with the label each becomes. */
export const LABEL_OF_SCHEMA: Readonly<Record<string, 'Person' | 'Organization' | 'Platform' | 'Account' | 'Event' | 'Source'>> = {
  Person: 'Person',
  Organization: 'Organization',
  Company: 'Organization',
  PublicBody: 'Organization',
  Asset: 'Platform',
  UserAccount: 'Account',
  Event: 'Event',
  Article: 'Source',
  Document: 'Source',
};

/**
 * A role by its kind: an office (held by a person) is FtM's Position + Occupancy; the others are interests, the role's
 * title in `role` and its kind in `status` (so that the round trip keeps it). A role held by an organization is
 * always a Membership (FtM's Occupancy and Employment take a person).
 */
export const ROLE_SCHEMA: Readonly<Record<RoleKind, 'Occupancy' | 'Directorship' | 'Employment' | 'Membership'>> = {
  OFFICE_HOLDER: 'Occupancy',
  EXECUTIVE: 'Directorship',
  FOUNDER: 'Directorship',
  OWNER: 'Directorship',
  EMPLOYEE: 'Employment',
  SPOKESPERSON: 'Employment',
  MEMBER: 'Membership',
};

/** The ends of each role schema: [holder property, organization property], and the kind an import gives it when `status` names none. */
const firstKindOf = (schema: string): RoleKind | null => (Object.entries(ROLE_SCHEMA).find(([, s]) => s === schema)?.[0] as RoleKind) ?? null;

export const ROLE_SCHEMA_ENDS: Readonly<Record<string, { holder: string; organization: string; kind: RoleKind | null }>> = {
  Occupancy: { holder: 'holder', organization: 'post', kind: firstKindOf('Occupancy') },
  Directorship: { holder: 'director', organization: 'organization', kind: firstKindOf('Directorship') },
  Employment: { holder: 'employee', organization: 'employer', kind: firstKindOf('Employment') },
  Membership: { holder: 'member', organization: 'organization', kind: firstKindOf('Membership') },
  // An agent acting for a client that is not a lobbying effort of ours: the agent's role at the client (a spokesperson's).
  Representation: { holder: 'agent', organization: 'client', kind: ROLE_KIND.values.find((k) => k === 'SPOKESPERSON') ?? null },
};

/**
 * How each claim type maps: the FtM schema, and for each link the FtM property that names its ends, or `link` when
 * FtM has no property for it (an `UnknownLink` from the claim to the end, `role` = our relationship type).
 */
export interface ClaimMapping {
  schema: string;
  links: Readonly<Record<string, string | 'link' | 'companion'>>;
  /** Our property → FtM property (dates to the precision they are known; enums and booleans in `keywords`). */
  properties: Readonly<Record<string, string>>;
  /** Our properties with no FtM home (the export leaves them out; docs/interchange.md lists them). */
  noHome: readonly string[];
}

const INTERVAL = { validFrom: 'startDate', validTo: 'endDate' } as const;
const NO_HOME_COMMON = ['confidence', 'validToBefore', 'createdAt', 'retractedAt', 'retractionReason'];

export const CLAIM_MAPPING: Readonly<Record<ClaimLabel, ClaimMapping>> = {
  Role: { schema: 'by kind', links: { HOLDS: 'holder', AT: 'organization' }, properties: { ...INTERVAL, title: 'role', kind: 'status' }, noHome: NO_HOME_COMMON },
  Statement: {
    schema: 'Message',
    links: { MADE: 'sender', ABOUT: 'link' },
    properties: { ...INTERVAL, text: 'bodyText', language: 'language', saidAt: 'date', medium: 'keywords', isDirectQuote: 'keywords' },
    noHome: [...NO_HOME_COMMON, 'originalLanguage'],
  },
  Decision: {
    schema: 'Event',
    links: { DECIDED_BY: 'organizer', CONCERNS: 'link' },
    properties: { ...INTERVAL, title: 'name', question: 'summary', outcome: 'description', status: 'keywords', openedAt: 'date' },
    noHome: [...NO_HOME_COMMON, 'expectedBy', 'decidedAt'],
  },
  DecisionRole: { schema: 'UnknownLink', links: { PLAYS: 'subject', IN: 'object' }, properties: { ...INTERVAL, role: 'role' }, noHome: NO_HOME_COMMON },
  // A decision's state from a date on: an Event marked with its label, linked to the decision's Event.
  DecisionState: { schema: 'Event', links: { STATE_OF: 'involved' }, properties: { ...INTERVAL, status: 'keywords' }, noHome: NO_HOME_COMMON },
  LobbyingEffort: {
    schema: 'Event',
    links: { LOBBIED_IN: 'organizer', TARGETED: 'involved', REGARDING: 'link', INCLUDES: 'link', ON_BEHALF_OF: 'companion' },
    properties: { ...INTERVAL, method: 'keywords', stance: 'keywords', desiredOutcome: 'summary', date: 'date' },
    noHome: NO_HOME_COMMON,
  },
  Restriction: {
    schema: 'Sanction',
    links: { IMPOSED: 'authorityId', RESTRICTS: 'entity', IN_RESPONSE_TO: 'link', LIFTED_BY: 'link' },
    properties: { ...INTERVAL, kind: 'provisions', reason: 'reason', duration: 'duration' },
    noHome: NO_HOME_COMMON,
  },
  Observation: {
    schema: 'Event',
    links: { OBSERVED_ON: 'link' },
    properties: { ...INTERVAL, metric: 'keywords', bound: 'keywords', approximate: 'keywords', value: 'description', observedAt: 'date' },
    noHome: NO_HOME_COMMON,
  },
  Ownership: { schema: 'Ownership', links: { OWNS: 'owner', OF: 'asset' }, properties: { ...INTERVAL, share: 'percentage' }, noHome: NO_HOME_COMMON },
  Payment: {
    schema: 'Payment',
    links: { PAID_IN: 'payer', PAID_TO: 'beneficiary' },
    properties: { ...INTERVAL, amount: 'amount', currency: 'currency', purpose: 'purpose', date: 'date' },
    noHome: [...NO_HOME_COMMON, 'bound'],
  },
};

/**
 * Claim types that have no FtM schema of their own travel as an FtM `Event` (a Thing with a date, organizers and
 * people involved) or `Message`, marked with the claim label in `keywords`, so that an import tells them from plain
 * events. Their closed vocabularies (status, method, stance, metric, bound, medium) travel in `keywords` too.
 */
export const EVENT_CLAIMS: readonly ClaimLabel[] = CLAIM_TYPES.map((c) => c.label).filter((l) => CLAIM_MAPPING[l].schema === 'Event');

/** The claim types an FtM schema is read as on import (Role schemata and Event-marked claims are decided case by case). */
export const CLAIM_OF_SCHEMA: Readonly<Record<string, ClaimLabel>> = {
  Occupancy: 'Role',
  Directorship: 'Role',
  Employment: 'Role',
  Membership: 'Role',
  Message: 'Statement',
  Sanction: 'Restriction',
  Ownership: 'Ownership',
  Payment: 'Payment',
};

/** Structural links of the model travel as `UnknownLink` (subject → object, `role` = the type), except HAS_ACCOUNT: `UserAccount.owner`. */
export const STRUCTURAL_TYPES: readonly string[] = STRUCTURAL_LINKS.map((l) => l.type);

/** Evidence becomes a `Documentation` (document = the source, entity = the claim) with these properties. */
export const EVIDENCE_MAPPING = { attribution: 'role', quote: 'summary', locator: 'recordId' } as const;
export const EVIDENCE_NO_HOME = ['quoteLanguage', 'confidence', 'quoteVia'] as const;

/** Every link type of every claim (for reading a claim's ends generically). */
export const CLAIM_LINK_TYPES: readonly string[] = [...new Set(CLAIM_TYPES.flatMap((c) => c.links.map((l) => l.type)))];

/** FtM ids of the entities the export adds beside a claim or a link: deterministic, so a re-export is identical. */
export const companionId = {
  position: (claimId: string) => `${claimId}.post`,
  representation: (claimId: string) => `${claimId}.on-behalf-of`,
  evidence: (claimId: string, index: number) => `${claimId}.evidence.${index}`,
  link: (fromId: string, type: string, toId: string) => `${fromId}.${type.toLowerCase()}.${toId}`,
};
