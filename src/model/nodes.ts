import { prop } from './types';
import type { EntityLabel, IdFamily, NodeLabel, NodeTypeDef, PropertyDef } from './types';
import { ATTRIBUTION, ORGANIZATION_KIND } from './vocabularies';

/** The properties every entity has. */
export const ENTITY_PROPERTIES: readonly PropertyDef[] = [
  prop('name', 'string', 'The display name.', { sortable: true }),
  prop('aliases', 'strings', 'Other names, searched as the name is.'),
  prop('description', 'text', 'A line on who or what it is.'),
  prop('wikidataId', 'string', 'The Wikidata item, e.g. Q22686.'),
  prop('createdAt', 'datetime', 'When it entered the graph.', { sortable: true }),
  prop('updatedAt', 'datetime', 'When it last changed.', { sortable: true }),
];

/** The entity labels: actors and things, every one also labelled `Entity`. */
export const ENTITY_LABELS: readonly EntityLabel[] = ['Person', 'Organization', 'Platform'];

/** Node labels that are not claims. */
export const NODE_TYPES: readonly NodeTypeDef[] = [
  { label: 'Person', family: 'Entity', description: 'A human being.', properties: ENTITY_PROPERTIES },
  {
    label: 'Organization',
    family: 'Entity',
    description: 'A company, public body, legislature, media outlet, party, team or working group.',
    properties: [...ENTITY_PROPERTIES, prop('kind', 'enum', 'What kind of organization.', { vocabulary: ORGANIZATION_KIND, default: 'COMPANY', sortable: true })],
  },
  { label: 'Platform', family: 'Entity', description: 'A product people post on.', properties: ENTITY_PROPERTIES },
  {
    label: 'Account',
    family: 'Account',
    description: "An actor's account on a platform.",
    properties: [prop('handle', 'string', 'The handle, as shown on the platform.', { sortable: true })],
  },
  {
    label: 'Event',
    family: 'Event',
    description: 'Something that happened on a date.',
    properties: [
      prop('name', 'string', 'What happened.', { sortable: true }),
      prop('date', 'date', 'When.', { precision: true, sortable: true }),
      prop('description', 'text', 'More on it.'),
    ],
  },
  {
    label: 'Source',
    family: 'Source',
    description: 'A document that supports facts.',
    properties: [
      prop('url', 'string', 'Where it can be read.'),
      prop('title', 'string', 'Its title.', { sortable: true }),
      prop('language', 'string', 'ISO 639 code.'),
      prop('publishedAt', 'date', 'When it was published.', { precision: true, sortable: true }),
      prop('retrievedAt', 'datetime', 'When it was read.'),
    ],
  },
];

/** The properties of evidence: a `SUPPORTED_BY` relationship from a claim to a Source. */
export const EVIDENCE_PROPERTIES: readonly PropertyDef[] = [
  prop('quote', 'text', 'The supporting passage, as it stands in the source.'),
  prop('quoteLanguage', 'string', 'ISO 639 code of the quote.'),
  prop('attribution', 'enum', 'How the source supports the claim.', { vocabulary: ATTRIBUTION, default: 'REPORTED' }),
  prop('locator', 'string', 'Where in the source: a paragraph number such as ¶5.'),
  prop('confidence', 'float', 'How sure this source makes us, 0..1.'),
  prop('quoteVia', 'string', 'The id of the source that relayed the quote, when the cited source was not read directly.'),
];

/** Relationships between entities, accounts and sources that are not claims (structure the sources state plainly). */
export const STRUCTURAL_LINKS = [
  { type: 'OPERATES', from: ['Organization'], to: ['Platform'], walked: true },
  { type: 'PART_OF', from: ['Organization'], to: ['Organization'], walked: true },
  { type: 'HAS_ACCOUNT', from: ['Person', 'Organization'], to: ['Account'], walked: true },
  { type: 'ON_PLATFORM', from: ['Account'], to: ['Platform'], walked: true },
  { type: 'PUBLISHED_BY', from: ['Source'], to: ['Organization'], walked: false },
  { type: 'TRANSLATION_OF', from: ['Source'], to: ['Source'], walked: false },
  { type: 'CITES', from: ['Source'], to: ['Source'], walked: false },
] as const satisfies ReadonlyArray<{ type: string; from: readonly NodeLabel[]; to: readonly NodeLabel[]; walked: boolean }>;

/** The labels search finds (those the full-text index `cypher/schema/003-fulltext.cypher` covers), in its order. */
export const SEARCHABLE_LABELS = ['Person', 'Organization', 'Platform', 'Event', 'Source', 'Decision', 'Statement', 'Role'] as const satisfies readonly NodeLabel[];

/**
 * The label every node with an id carries besides its own, behind one uniqueness constraint: ids are global, unique
 * across all labels (`cypher/schema/007-global-ids.cypher`).
 */
export const GLOBAL_ID_LABEL = 'Node';

/** The labels of nodes that carry an id: every id family, and the ids kept by merged entities. */
export const ID_BEARING_LABELS = ['Entity', 'Claim', 'Account', 'Event', 'Source', 'MergedId'] as const;

/** Every id family, each behind a unique index on `id`, in the order lookups try them. */
export const ID_FAMILIES: readonly IdFamily[] = ['Entity', 'Claim', 'Account', 'Source', 'Event'];
