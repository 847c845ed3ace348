import {
  ATTRIBUTIONS,
  DATE_PRECISIONS,
  DECISION_ROLES,
  DECISION_STATUSES,
  LOBBYING_METHODS,
  OBSERVATION_BOUNDS,
  OBSERVATION_METRICS,
  ORGANIZATION_KINDS,
  RESTRICTION_KINDS,
  ROLE_KINDS,
  STANCES,
  STATEMENT_MEDIA,
} from '../lib/enums';
import { PAGED_LINKS, pageKeyOf, pageKeysStale, pagedPattern } from '../modules/shared/pageKeys';

/**
 * One read-only check of the storage contract (docs/graph-model.md): a single Cypher query whose rows are problems
 * `{kind, id, detail}`. Labels, types, properties and enum lists reach Cypher as parameters only.
 */
export interface GraphCheck {
  name: string;
  description: string;
  cypher: string;
  params: Record<string, unknown>;
}

/** A relationship a claim must have, seen from the claim: `IN` is (end)-[type]->(claim), `OUT` (claim)-[type]->(end). */
interface ClaimEnd {
  type: string;
  direction: 'IN' | 'OUT';
}

const PERSON_OR_ORG = ['Person', 'Organization'];
/** `DECIDED.role`: `DECIDED_BY` for the decider, else the DecisionRole's role. */
const DECIDED_EDGE_ROLES = ['DECIDED_BY', ...DECISION_ROLES];

/** The ends without which a claim says nothing (check b). */
const REQUIRED_ENDS: Array<ClaimEnd & { label: string; ends: string[] }> = [
  { label: 'Role', type: 'HOLDS', direction: 'IN', ends: PERSON_OR_ORG },
  { label: 'Role', type: 'AT', direction: 'OUT', ends: ['Organization'] },
  { label: 'Statement', type: 'MADE', direction: 'IN', ends: PERSON_OR_ORG },
  { label: 'LobbyingEffort', type: 'LOBBIED_IN', direction: 'IN', ends: PERSON_OR_ORG },
  { label: 'LobbyingEffort', type: 'TARGETED', direction: 'OUT', ends: PERSON_OR_ORG },
  { label: 'DecisionRole', type: 'PLAYS', direction: 'IN', ends: PERSON_OR_ORG },
  { label: 'DecisionRole', type: 'IN', direction: 'OUT', ends: ['Decision'] },
  { label: 'Restriction', type: 'RESTRICTS', direction: 'OUT', ends: ['Account', 'Person'] },
  { label: 'Observation', type: 'OBSERVED_ON', direction: 'OUT', ends: ['Account', 'Entity', 'Person', 'Organization', 'Platform'] },
  { label: 'Ownership', type: 'OWNS', direction: 'IN', ends: PERSON_OR_ORG },
  { label: 'Ownership', type: 'OF', direction: 'OUT', ends: ['Organization', 'Platform'] },
];

const NODE_ENUMS: Array<{ label: string; property: string; allowed: readonly string[] }> = [
  { label: 'Organization', property: 'kind', allowed: ORGANIZATION_KINDS },
  { label: 'Role', property: 'kind', allowed: ROLE_KINDS },
  { label: 'Statement', property: 'medium', allowed: STATEMENT_MEDIA },
  { label: 'Decision', property: 'status', allowed: DECISION_STATUSES },
  { label: 'DecisionRole', property: 'role', allowed: DECISION_ROLES },
  { label: 'LobbyingEffort', property: 'method', allowed: LOBBYING_METHODS },
  { label: 'LobbyingEffort', property: 'stance', allowed: STANCES },
  { label: 'Restriction', property: 'kind', allowed: RESTRICTION_KINDS },
  { label: 'Observation', property: 'metric', allowed: OBSERVATION_METRICS },
  { label: 'Observation', property: 'bound', allowed: OBSERVATION_BOUNDS },
  { label: 'Claim', property: 'validFromPrecision', allowed: DATE_PRECISIONS },
  { label: 'Claim', property: 'validToPrecision', allowed: DATE_PRECISIONS },
  { label: 'Event', property: 'datePrecision', allowed: DATE_PRECISIONS },
  { label: 'Source', property: 'publishedAtPrecision', allowed: DATE_PRECISIONS },
  { label: 'Statement', property: 'saidAtPrecision', allowed: DATE_PRECISIONS },
  { label: 'Decision', property: 'openedAtPrecision', allowed: DATE_PRECISIONS },
  { label: 'Decision', property: 'decidedAtPrecision', allowed: DATE_PRECISIONS },
  { label: 'LobbyingEffort', property: 'datePrecision', allowed: DATE_PRECISIONS },
  { label: 'Observation', property: 'observedAtPrecision', allowed: DATE_PRECISIONS },
];

const RELATIONSHIP_ENUMS: Array<{ type: string; property: string; allowed: readonly string[] }> = [
  { type: 'SUPPORTED_BY', property: 'attribution', allowed: ATTRIBUTIONS },
  { type: 'REGARDING', property: 'stance', allowed: STANCES },
  { type: 'ROLE_AT', property: 'kind', allowed: ROLE_KINDS },
  { type: 'DECIDED', property: 'role', allowed: DECIDED_EDGE_ROLES },
  { type: 'LOBBIED', property: 'stance', allowed: STANCES },
  { type: 'LOBBIED', property: 'method', allowed: LOBBYING_METHODS },
  { type: 'RESTRICTED', property: 'kind', allowed: RESTRICTION_KINDS },
];

/**
 * How a claim yields its shortcut edges: one edge from each `from` end to each `to` end (`null` = the claim itself),
 * carrying `claimId`, copies of the claim's properties, constants, and the id of a node the claim points to.
 */
interface ShortcutSource {
  label: string;
  from: ClaimEnd | null;
  to: ClaimEnd | null;
  copies: Array<{ edge: string; claim: string }>;
  constants: Array<{ edge: string; value: string }>;
  references: Array<ClaimEnd & { edge: string }>;
}

const VALIDITY = [
  { edge: 'validFrom', claim: 'validFrom' },
  { edge: 'validTo', claim: 'validTo' },
];

const source = (label: string, from: ClaimEnd | null, to: ClaimEnd | null, extra: Partial<ShortcutSource> = {}): ShortcutSource => ({
  label,
  from,
  to,
  copies: [...VALIDITY, ...(extra.copies ?? [])],
  constants: extra.constants ?? [],
  references: extra.references ?? [],
});

/** The shortcut edges of the contract and the claims they derive from (check d). OPERATES is structural: no claim. */
const SHORTCUTS: Array<{ type: string; sources: ShortcutSource[] }> = [
  {
    type: 'ROLE_AT',
    sources: [
      source('Role', { type: 'HOLDS', direction: 'IN' }, { type: 'AT', direction: 'OUT' }, {
        copies: [
          { edge: 'kind', claim: 'kind' },
          { edge: 'title', claim: 'title' },
        ],
      }),
    ],
  },
  {
    type: 'DECIDED',
    sources: [
      source('Decision', { type: 'DECIDED_BY', direction: 'OUT' }, null, { constants: [{ edge: 'role', value: 'DECIDED_BY' }] }),
      source('DecisionRole', { type: 'PLAYS', direction: 'IN' }, { type: 'IN', direction: 'OUT' }, {
        copies: [{ edge: 'role', claim: 'role' }],
      }),
    ],
  },
  {
    type: 'LOBBIED',
    sources: [
      source('LobbyingEffort', { type: 'LOBBIED_IN', direction: 'IN' }, { type: 'TARGETED', direction: 'OUT' }, {
        copies: [
          { edge: 'stance', claim: 'stance' },
          { edge: 'method', claim: 'method' },
        ],
        references: [{ edge: 'decisionId', type: 'REGARDING', direction: 'OUT' }],
      }),
    ],
  },
  { type: 'STATED_ABOUT', sources: [source('Statement', { type: 'MADE', direction: 'IN' }, { type: 'ABOUT', direction: 'OUT' })] },
  {
    type: 'RESTRICTED',
    sources: [
      source('Restriction', { type: 'IMPOSED', direction: 'IN' }, { type: 'RESTRICTS', direction: 'OUT' }, {
        copies: [{ edge: 'kind', claim: 'kind' }],
      }),
    ],
  },
  {
    type: 'OWNS_STAKE',
    sources: [
      source('Ownership', { type: 'OWNS', direction: 'IN' }, { type: 'OF', direction: 'OUT' }, {
        copies: [{ edge: 'share', claim: 'share' }],
      }),
    ],
  },
];

const OWN_LABEL = `coalesce([l IN labels(c) WHERE l <> 'Claim'][0], 'Claim')`;

/**
 * The checks `npm run validate` runs, in order: (a) provenance, (b) claim ends, (c) enum values, (d) shortcut edges,
 * (e) page keys.
 */
export const GRAPH_CHECKS: readonly GraphCheck[] = [
  {
    name: 'unsupported-claims',
    description: 'claims without a SUPPORTED_BY edge to a Source',
    cypher: `
      MATCH (c:Claim)
      WHERE NOT EXISTS { MATCH (c)-[:SUPPORTED_BY]->(:Source) }
      RETURN 'UNSUPPORTED_CLAIM' AS kind, coalesce(c.id, elementId(c)) AS id,
             ${OWN_LABEL} + ' has no SUPPORTED_BY edge to a Source' AS detail`,
    params: {},
  },
  {
    name: 'missing-claim-ends',
    description: 'claims missing a relationship their pattern requires',
    cypher: `
      UNWIND $requirements AS req
      MATCH (c:Claim:$(req.label))
      WHERE NOT EXISTS {
        MATCH (c)-[r:$(req.type)]-(other)
        WHERE (req.direction = 'OUT') = (startNode(r) = c) AND any(l IN labels(other) WHERE l IN req.ends)
      }
      RETURN 'MISSING_END' AS kind, coalesce(c.id, elementId(c)) AS id, req.label + ' has no ' + req.text AS detail`,
    params: {
      requirements: REQUIRED_ENDS.map((req) => ({
        ...req,
        text: `${req.type} ${req.direction === 'IN' ? 'from' : 'to'} ${orList(req.ends.filter((l) => l !== 'Entity'))}`,
      })),
    },
  },
  {
    name: 'enum-values',
    description: 'enum properties with a value outside the lists of docs/graph-model.md',
    cypher: `
      CALL () {
        UNWIND $nodeEnums AS spec
        MATCH (n:$(spec.label))
        WITH spec, n, n[spec.property] AS value
        WHERE value IS NOT NULL AND NOT value IN spec.allowed
        RETURN coalesce(n.id, elementId(n)) AS id, spec.label + '.' + spec.property AS what, value, spec.allowedText AS allowedText
        UNION ALL
        UNWIND $relationshipEnums AS spec
        MATCH (a)-[r:$(spec.type)]->(b)
        WITH spec, a, r, b, r[spec.property] AS value
        WHERE value IS NOT NULL AND NOT value IN spec.allowed
        RETURN coalesce(r.claimId, a.id, elementId(a)) AS id,
               '(' + coalesce(a.id, '?') + ')-[:' + spec.type + ']->(' + coalesce(b.id, '?') + ').' + spec.property AS what,
               value, spec.allowedText AS allowedText
      }
      RETURN 'BAD_ENUM' AS kind, id,
             what + ' is ' + coalesce('"' + toStringOrNull(value) + '"', valueType(value)) + ', not one of ' + allowedText AS detail`,
    params: {
      nodeEnums: NODE_ENUMS.map((spec) => ({ ...spec, allowedText: spec.allowed.join(', ') })),
      relationshipEnums: RELATIONSHIP_ENUMS.map((spec) => ({ ...spec, allowedText: spec.allowed.join(', ') })),
    },
  },
  {
    name: 'stale-shortcuts',
    description: 'shortcut edges out of step with their claim (missing, retracted, other ends or other properties)',
    cypher: `
      UNWIND $shortcuts AS s
      MATCH (a)-[e:$(s.type)]->(b)
      OPTIONAL MATCH (c:Claim {id: e.claimId})
      WITH s, a, e, b, c, [d IN s.sources WHERE c IS NOT NULL AND d.label IN labels(c)][0] AS d
      WITH s, a, e, b, c, d,
        CASE
          WHEN e.claimId IS NULL THEN 'has no claimId'
          WHEN c IS NULL THEN 'names no claim'
          WHEN c.retractedAt IS NOT NULL THEN 'names a retracted claim'
          WHEN d IS NULL THEN 'names a ' + ${OWN_LABEL} + ', not a ' + s.labelsText
          WHEN NOT (
            CASE WHEN d.from IS NULL THEN a = c
                 ELSE EXISTS { MATCH (c)-[r:$(d.from.type)]-(a) WHERE (d.from.direction = 'OUT') = (startNode(r) = c) } END
            AND
            CASE WHEN d.to IS NULL THEN b = c
                 ELSE EXISTS { MATCH (c)-[r:$(d.to.type)]-(b) WHERE (d.to.direction = 'OUT') = (startNode(r) = c) } END
          ) THEN 'joins other nodes than its claim does'
          ELSE null
        END AS endProblem,
        [p IN d.copies WHERE NOT coalesce(e[p.edge] = c[p.claim], e[p.edge] IS NULL AND c[p.claim] IS NULL) | p.edge] +
        [k IN d.constants WHERE coalesce(e[k.edge] <> k.value, true) | k.edge] +
        [ref IN d.references
           WHERE NOT coalesce(
             e[ref.edge] = head([(c)-[r:$(ref.type)]-(x) WHERE (ref.direction = 'OUT') = (startNode(r) = c) | x.id]),
             e[ref.edge] IS NULL AND head([(c)-[r:$(ref.type)]-(x) WHERE (ref.direction = 'OUT') = (startNode(r) = c) | x.id]) IS NULL)
         | ref.edge] AS differing
      WITH s, a, e, b, coalesce(endProblem,
        CASE WHEN size(differing) > 0 THEN 'differs from its claim in ' + reduce(t = '', p IN differing | t + CASE t WHEN '' THEN '' ELSE ', ' END + p) END) AS problem
      WHERE problem IS NOT NULL
      RETURN 'STALE_SHORTCUT' AS kind, coalesce(e.claimId, '-') AS id,
             '(' + coalesce(a.id, '?') + ')-[:' + s.type + ']->(' + coalesce(b.id, '?') + ') ' + problem AS detail`,
    params: { shortcuts: shortcutParams() },
  },
  {
    name: 'missing-shortcuts',
    description: 'claims lacking the shortcut edges derived from them',
    cypher: `
      UNWIND $shortcuts AS s
      UNWIND s.sources AS d
      MATCH (c:Claim:$(d.label))
      WHERE c.retractedAt IS NULL
      WITH s, d, c,
        CASE WHEN d.from IS NULL THEN [c]
             ELSE [(c)-[r:$(d.from.type)]-(x) WHERE (d.from.direction = 'OUT') = (startNode(r) = c) | x] END AS froms,
        CASE WHEN d.to IS NULL THEN [c]
             ELSE [(c)-[r:$(d.to.type)]-(x) WHERE (d.to.direction = 'OUT') = (startNode(r) = c) | x] END AS tos
      UNWIND froms AS a
      UNWIND tos AS b
      WITH s, d, c, a, b
      WHERE NOT EXISTS { MATCH (a)-[e:$(s.type)]->(b) WHERE e.claimId = c.id }
      RETURN 'MISSING_SHORTCUT' AS kind, c.id AS id,
             d.label + ' lacks (' + coalesce(a.id, '?') + ')-[:' + s.type + ']->(' + coalesce(b.id, '?') + ')' AS detail`,
    params: { shortcuts: shortcutParams() },
  },
  {
    name: 'stale-page-keys',
    description: 'MADE and TARGETED links whose page keys are missing or out of step with their ends (an import refreshes them)',
    cypher: `
      CALL () {
        ${PAGED_LINKS.map(
          (link) => `MATCH ${pagedPattern(link, 'a', 'r', 'c')}
        WITH a, r, c, ${pageKeyOf(link, 'c')} AS key
        WHERE ${pageKeysStale(link, 'r', 'a', 'c')}
        RETURN c.id AS id, '(' + coalesce(a.id, '?') + ')-[:${link.type}]-(' + coalesce(c.id, '?') + ') has page keys ' +
               coalesce(r.pageOf, 'null') + ', ' + coalesce(r.pageKey, 'null') + ', ' + coalesce(r.pageId, 'null') + '; its ends give ' +
               coalesce(a.id, 'null') + ', ' + key + ', ' + coalesce(c.id, 'null') AS detail`,
        ).join('\n        UNION ALL\n        ')}
      }
      RETURN 'STALE_PAGE_KEY' AS kind, id, detail`,
    params: {},
  },
];

function shortcutParams() {
  return SHORTCUTS.map((s) => ({ ...s, labelsText: orList(s.sources.map((d) => d.label)) }));
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
