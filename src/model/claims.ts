import { prop } from './types';
import type { ClaimTypeDef, LinkDef, NodeLabel, PropertyDef, ShortcutDef } from './types';
import { BOUND, CLAIM_RANK, DECISION_ROLE_KIND, DECISION_STATUS, LOBBYING_METHOD, OBSERVATION_METRIC, RESTRICTION_KIND, ROLE_KIND, STANCE, STATEMENT_MEDIUM } from './vocabularies';

/** Who can act: hold a role, speak, decide, lobby, own, pay. */
export const ACTORS: readonly NodeLabel[] = ['Person', 'Organization'];
/** Anything a statement or a decision can be about. */
const ANYTHING: readonly NodeLabel[] = [
  'Person',
  'Organization',
  'Platform',
  'Account',
  'Event',
  'Role',
  'Statement',
  'Decision',
  'DecisionRole',
  'LobbyingEffort',
  'Restriction',
  'Observation',
  'Ownership',
  'Payment',
];

const dated = (name: string, description: string): PropertyDef => prop(name, 'date', description, { precision: true, sortable: true });

/** The properties every claim has. */
export const CLAIM_PROPERTIES: readonly PropertyDef[] = [
  dated('validFrom', 'When the fact began to hold in the world (first day of its period).'),
  dated('validTo', 'When it stopped holding; null while it still holds as far as the sources say.'),
  prop('validToBefore', 'date', 'When only the end is unknown but the sources say the claim no longer held by this date.'),
  prop('confidence', 'float', 'How sure the sources make us, from 0 to 1.', { sortable: true }),
  prop('createdAt', 'datetime', 'When the claim entered the graph.'),
  prop('retractedAt', 'datetime', 'When the claim was retracted; retracted claims are hidden from lists, paths and timelines.'),
  prop('retractionReason', 'text', 'Why it was retracted.'),
  prop('recordedAt', 'datetime', 'When this version of the claim entered the graph (a correction records a new version); the first version has only `createdAt`.'),
  prop('supersededAt', 'datetime', 'When a correction superseded this version (it then also left the current graph: `retractedAt`).'),
  prop('rank', 'enum', 'How the claim ranks against competing claims.', { vocabulary: CLAIM_RANK, default: 'NORMAL' }),
  prop('rankReason', 'text', 'Why an editor ranked it so.'),
];

const link = (
  type: string,
  direction: LinkDef['direction'],
  ends: readonly NodeLabel[],
  field: string,
  input: string,
  description: string,
  extra: Partial<LinkDef> = {},
): LinkDef => ({
  type,
  direction,
  ends,
  required: true,
  many: false,
  field,
  input,
  description,
  ...extra,
});

const shortcut = (type: string, from: string, to: string, extra: Partial<Omit<ShortcutDef, 'type' | 'from' | 'to'>> = {}): ShortcutDef => ({
  type,
  from,
  to,
  copies: extra.copies ?? {},
  constants: extra.constants ?? {},
  references: extra.references ?? {},
});

/**
 * Every claim type of the graph. Decisions taken here where the 0.x code disagreed with itself:
 * - actors are people and organizations: HOLDS, MADE, PLAYS, LOBBIED_IN, TARGETED, OWNS, DECIDED_BY and PAID_IN accept
 *   exactly those (writes used to accept a Platform too);
 * - a restriction restricts an account or an actor (Account, Person or Organization); writes used to accept any
 *   entity, validate only an account or a person;
 * - what is owned is an organization or a platform (writes used to accept any entity);
 * - each claim sorts and filters by one date, its own date falling back to `validFrom`, in every list (a target's
 *   lobbying and a person's lobbying used to disagree).
 */
export const CLAIM_TYPES: readonly ClaimTypeDef[] = [
  {
    label: 'Role',
    description: 'Who held which position where, and when.',
    properties: [
      prop('title', 'string', 'The title as the source states it.', { sortable: true }),
      prop('kind', 'enum', 'The kind of position.', { vocabulary: ROLE_KIND, sortable: true }),
    ],
    links: [
      link('HOLDS', 'in', ACTORS, 'holder', 'holderId', 'Who holds the role: a person, or a team represented in a group.'),
      link('AT', 'out', ['Organization'], 'organization', 'organizationId', 'Where the role is held.'),
    ],
    shortcuts: [shortcut('ROLE_AT', 'HOLDS', 'AT', { copies: { kind: 'kind', title: 'title' } })],
    date: null,
    pageKeys: [],
    summary: [{ link: 'HOLDS' }, ' — ', { property: ['title', 'kind'] }, ' (', { link: 'AT' }, ')'],
    conflicts: { same: ['kind', 'title'], compare: ['validFrom', 'validTo'] },
  },
  {
    label: 'Statement',
    description: 'Something an actor said or wrote, with the words as the source gives them.',
    properties: [
      prop('text', 'text', 'The words, in `language`.'),
      prop('language', 'string', 'ISO 639 code of `text`.', { default: 'und' }),
      prop('originalLanguage', 'string', 'ISO 639 code of the words as first said, when `text` is a translation.'),
      prop('isDirectQuote', 'boolean', 'The words are quoted, not paraphrased.'),
      prop('medium', 'enum', 'Where it was said.', { vocabulary: STATEMENT_MEDIUM, sortable: true }),
      dated('saidAt', 'When it was said.'),
    ],
    links: [
      link('MADE', 'in', ACTORS, 'speakers', 'speakerIds', 'Who said it.', { many: true }),
      link('ABOUT', 'out', ANYTHING, 'about', 'aboutIds', 'What it is about.', { many: true, required: false }),
    ],
    shortcuts: [shortcut('STATED_ABOUT', 'MADE', 'ABOUT')],
    date: 'saidAt',
    pageKeys: ['MADE'],
    summary: [{ link: 'MADE' }, ': “', { property: 'text' }, '”'],
  },
  {
    label: 'Decision',
    description: 'A decision made or being weighed: who decides, who takes part, who lobbies, what it concerns.',
    properties: [
      prop('title', 'string', 'What is being decided, in a few words.', { sortable: true }),
      prop('question', 'text', 'The yes-or-no question being decided; lobbying stances refer to it.'),
      prop('status', 'enum', 'Where the decision stands.', { vocabulary: DECISION_STATUS, default: 'UNDER_CONSIDERATION', sortable: true }),
      prop('outcome', 'text', 'What was decided.'),
      dated('openedAt', 'When the question was opened.'),
      prop('expectedBy', 'string', 'When the decision is expected, as the source says it.'),
      dated('decidedAt', 'When it was decided.'),
    ],
    links: [
      link('DECIDED_BY', 'out', ACTORS, 'decidedBy', 'deciderIds', 'Who decides.', { many: true }),
      link('CONCERNS', 'out', ANYTHING, 'concerns', 'concernsIds', 'What the decision concerns.', { many: true, required: false }),
    ],
    shortcuts: [shortcut('DECIDED', 'DECIDED_BY', 'claim', { constants: { role: 'DECIDED_BY' } })],
    date: 'openedAt',
    pageKeys: [],
    summary: [{ property: 'title' }, ' (', { property: 'status' }, ')'],
    milestones: [{ date: 'decidedAt', kind: 'START', note: 'decided' }],
  },
  {
    label: 'DecisionRole',
    description: 'The part an actor plays in a decision.',
    properties: [prop('role', 'enum', 'The part played.', { vocabulary: DECISION_ROLE_KIND, sortable: true })],
    links: [link('PLAYS', 'in', ACTORS, 'actor', 'actorId', 'Who plays the part.'), link('IN', 'out', ['Decision'], 'decision', 'decisionId', 'The decision.')],
    shortcuts: [shortcut('DECIDED', 'PLAYS', 'IN', { copies: { role: 'role' } })],
    date: null,
    pageKeys: [],
    summary: [{ link: 'PLAYS' }, ' — ', { property: 'role' }, ' in ', { link: 'IN' }],
  },
  {
    label: 'LobbyingEffort',
    description: 'Who lobbied whom, how, for or against which decision.',
    properties: [
      prop('method', 'enum', 'How.', { vocabulary: LOBBYING_METHOD, default: 'PUBLIC_STATEMENT', sortable: true }),
      prop('stance', 'enum', "For or against the decision's question.", { vocabulary: STANCE, sortable: true }),
      prop('desiredOutcome', 'text', 'What the lobbyists asked for.'),
      dated('date', 'When the effort was made.'),
    ],
    links: [
      link('LOBBIED_IN', 'in', ACTORS, 'lobbyists', 'lobbyistIds', 'Who lobbied.', { many: true }),
      link('TARGETED', 'out', ACTORS, 'targets', 'targetIds', 'Whom they lobbied.', { many: true }),
      link('REGARDING', 'out', ['Decision'], 'regarding', 'regardingIds', 'The decisions it was about.', { many: true, required: false, copies: ['stance'] }),
      link('ON_BEHALF_OF', 'out', ACTORS, 'onBehalfOf', 'onBehalfOfIds', 'For whom the lobbyists acted.', { many: true, required: false }),
      link('INCLUDES', 'out', ['Statement'], 'statements', 'statementIds', 'Statements that carry the effort’s words.', { many: true, required: false }),
    ],
    shortcuts: [shortcut('LOBBIED', 'LOBBIED_IN', 'TARGETED', { copies: { stance: 'stance', method: 'method' }, references: { decisionId: 'REGARDING' } })],
    date: 'date',
    pageKeys: ['TARGETED'],
    summary: [{ link: 'LOBBIED_IN' }, ' lobbied ', { link: 'TARGETED' }, { optional: [' (', { property: 'stance' }, ', ', { property: 'method' }, ')'] }],
  },
  {
    label: 'Restriction',
    description: 'A suspension, ban or removal of an account or actor by a platform’s operator.',
    properties: [
      prop('kind', 'enum', 'What was done.', { vocabulary: RESTRICTION_KIND, sortable: true }),
      prop('reason', 'text', 'Why, as the source says.'),
      prop('duration', 'string', 'ISO 8601 duration, e.g. P2Y.'),
    ],
    links: [
      link('IMPOSED', 'in', ['Organization'], 'imposedBy', 'imposedById', 'Who imposed it.'),
      link('RESTRICTS', 'out', ['Account', 'Person', 'Organization'], 'subject', 'subjectId', 'The account or actor restricted.'),
      link('IN_RESPONSE_TO', 'out', ['Event'], 'inResponseTo', 'inResponseToId', 'The event it answered.', { required: false }),
      link('LIFTED_BY', 'out', ['Decision'], 'liftedBy', 'liftedById', 'The decision that lifted it.', { required: false }),
    ],
    shortcuts: [shortcut('RESTRICTED', 'IMPOSED', 'RESTRICTS', { copies: { kind: 'kind' } })],
    date: null,
    pageKeys: [],
    summary: [{ link: 'IMPOSED' }, ' — ', { property: 'kind' }, ' of ', { link: 'RESTRICTS' }, { optional: [': ', { property: 'reason' }] }],
    milestones: [{ date: 'decidedAt', via: 'LIFTED_BY', kind: 'END', note: 'lifted', unlessEnded: true }],
  },
  {
    label: 'Observation',
    description: 'A measured figure at a date: followers, ad spend.',
    properties: [
      prop('metric', 'enum', 'What was measured.', { vocabulary: OBSERVATION_METRIC, sortable: true }),
      prop('value', 'float', 'The figure.', { sortable: true }),
      prop('approximate', 'boolean', 'The source rounds it.', { default: false }),
      prop('bound', 'enum', 'How the figure bounds the truth.', { vocabulary: BOUND }),
      dated('observedAt', 'When it was measured.'),
    ],
    links: [link('OBSERVED_ON', 'out', ['Account', 'Person', 'Organization', 'Platform'], 'subject', 'subjectId', 'What was measured.')],
    shortcuts: [],
    date: 'observedAt',
    pageKeys: [],
    summary: [{ property: 'metric' }, ' ', { property: 'value' }, ' on ', { link: 'OBSERVED_ON' }],
    conflicts: { same: ['metric', 'observedAt'], compare: ['value', 'bound'] },
  },
  {
    label: 'Ownership',
    description: 'Who owns what, and how much of it.',
    properties: [prop('share', 'float', 'The share owned, 0..1; null when unknown.', { sortable: true })],
    links: [link('OWNS', 'in', ACTORS, 'owner', 'ownerId', 'Who owns.'), link('OF', 'out', ['Organization', 'Platform'], 'owned', 'ownedId', 'What is owned.')],
    shortcuts: [shortcut('OWNS_STAKE', 'OWNS', 'OF', { copies: { share: 'share' } })],
    date: null,
    pageKeys: [],
    summary: [{ link: 'OWNS' }, ' owns ', { link: 'OF' }],
    conflicts: { same: [], compare: ['share'] },
  },
  {
    label: 'Payment',
    description: 'Money paid by one actor to another (FollowTheMoney’s Payment): how much, in which currency, for what.',
    properties: [
      prop('amount', 'float', 'The amount paid, in `currency`; with `bound`, a floor or a ceiling.', { sortable: true }),
      prop('bound', 'enum', 'How the amount bounds the truth: "millions" is AT_LEAST 1000000.', { vocabulary: BOUND, default: 'EXACT' }),
      prop('currency', 'string', 'ISO 4217 code: USD, EUR, ...'),
      prop('purpose', 'text', 'What the money paid for, as the source says.'),
      dated('date', 'When it was paid (or the start of the period it was paid over).'),
    ],
    links: [link('PAID_IN', 'in', ACTORS, 'payer', 'payerId', 'Who paid.'), link('PAID_TO', 'out', ACTORS, 'payee', 'payeeId', 'Who was paid.')],
    shortcuts: [shortcut('PAID', 'PAID_IN', 'PAID_TO', { copies: { amount: 'amount', currency: 'currency' } })],
    date: 'date',
    pageKeys: [],
    summary: [{ link: 'PAID_IN' }, ' paid ', { link: 'PAID_TO' }, { optional: [' ', { property: 'amount' }, ' ', { property: 'currency' }] }],
  },
  {
    label: 'DecisionState',
    description:
      'Where a decision stood from a date on: a state holds from its validFrom until the next state of the same decision begins. A later source adds a state; it never closes or overwrites an earlier one.',
    properties: [prop('status', 'enum', 'Where the decision stood from `validFrom` on.', { vocabulary: DECISION_STATUS, sortable: true })],
    links: [link('STATE_OF', 'out', ['Decision'], 'decision', 'decisionId', 'The decision this is a state of.')],
    shortcuts: [],
    date: null,
    pageKeys: [],
    summary: [{ link: 'STATE_OF' }, ': ', { property: 'status' }],
    conflicts: { same: ['status'], compare: ['validFrom'] },
  },
];
