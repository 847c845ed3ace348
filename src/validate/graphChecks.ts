import { pageKeysStale, linkPattern, referenceOf } from '../claims/derived';
import {
  CLAIM_TYPES,
  GLOBAL_ID_LABEL,
  ID_FAMILIES,
  pageKeyOf,
  nodeEnumRules,
  pagedLinks,
  relationshipEnumRules,
  shortcutTypes,
  shortcutsOfType,
  type ClaimTypeDef,
  type LinkDef,
} from '../model';

/**
 * One read-only check of the storage contract (docs/graph-model.md): a single Cypher query whose rows are problems
 * `{kind, id, detail}`. Labels, types, properties and enum lists all come from the model (`src/model/`), as the writes'
 * rules do; values reach Cypher as parameters. Over the whole graph, a check that goes through the model's labels or
 * types has one branch per label or type with its name written in ({@link perItem}): a label or type given as a
 * parameter (`$(rule.label)`) is a scan of every node or relationship of the graph for each rule.
 */
export interface GraphCheck {
  name: string;
  description: string;
  /**
   * The query over the whole graph (`scoped` false), or over what one import wrote (`scoped` true): then it reads the
   * nodes whose ids are in `$scope` and their own relationships, from the id indexes, so that a check inside an
   * import's transaction costs what the import wrote, not what the graph holds.
   */
  cypher: (scoped: boolean) => string;
  params: Record<string, unknown>;
}

/** A claim in `c` of any type: all of them, or those whose id is in `$scope` (a seek on the Claim id index). */
const claims = (scoped: boolean, c = 'c'): string => (scoped ? `MATCH (${c}:Claim) WHERE ${c}.id IN $scope` : `MATCH (${c}:Claim)`);

/**
 * A check over claims and the rules of their labels (`rules`, a parameter holding `items`): scoped, one seek per id
 * of `$scope` and, for each claim found, the rules of its labels in `rule` (rules × ids seeks would make a batch's
 * checks cost its size times the number of rules), then `body(null)`; over the whole graph, a branch per rule with
 * the claims of its label and `body(rule)`, which writes the rule's relationship type in ({@link perItem}). `body`
 * returns `kind, id, detail`.
 */
function byClaimRule<T extends { label: string }>(scoped: boolean, rules: string, items: readonly T[], rule: string, body: (item: T | null) => string): string {
  return scoped
    ? `MATCH (c:Claim) WHERE c.id IN $scope UNWIND [r_ IN ${rules} WHERE r_.label IN labels(c)] AS ${rule} ${body(null)}`
    : `${perItem(rules, rule, items, (item) => `MATCH (c:Claim:${item.label}) ${body(item)}`)} RETURN kind, id, detail`;
}

/**
 * The pattern of a claim's link from `c` to `other` (bound to `r`) and the start of a WHERE clause it needs: with a
 * rule, its type and direction written in; without, read from the rule in `alias` (one expand of the claim's
 * relationships, filtered).
 */
function claimLink(rule: ClaimEnd | null, alias: string, r: string, other: string): { pattern: string; where: string } {
  if (rule) return { pattern: endPattern(rule, other, r), where: '' };
  return { pattern: `(c)-[${r}:$(${alias}.type)]-(${other})`, where: `(${alias}.direction = 'OUT') = (startNode(${r}) = c) AND` };
}

/**
 * Over the whole graph, a branch per item of a list the model gives (`items`, passed to Cypher as the parameter
 * `list`), each with the item in `alias` and the label or type it names written into its MATCH, so that it reads that
 * label's or type's own index: `CALL () { WITH $list[0] AS alias MATCH (c:Claim:Role) RETURN … UNION ALL … }`. Every
 * branch returns the same columns.
 */
function perItem<T>(list: string, alias: string, items: readonly T[], branch: (item: T) => string): string {
  return `CALL () { ${items.map((item, i) => `WITH ${list}[${i}] AS ${alias} ${branch(item)}`).join(' UNION ALL ')} }`;
}

/** Items grouped by a key, in the order each key first appears. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/** Any node with an id in `$scope` (a seek on the global id index): the anchors of a scoped check. */
const scopedNodes = (n: string): string => `MATCH (${n}:${GLOBAL_ID_LABEL}) WHERE ${n}.id IN $scope`;

/** A relationship a claim has, seen from the claim: `IN` is (end)-[type]->(claim), `OUT` (claim)-[type]->(end). */
interface ClaimEnd {
  type: string;
  direction: 'IN' | 'OUT';
}

const endOf = (link: Pick<LinkDef, 'type' | 'direction'>): ClaimEnd => ({ type: link.type, direction: link.direction === 'in' ? 'IN' : 'OUT' });

/** The pattern of the claim `c`'s link `end` to `x` (the model's {@link linkPattern}), with the relationship in `r`. */
const endPattern = (end: ClaimEnd, x: string, r = ''): string => linkPattern({ type: end.type, direction: end.direction === 'IN' ? 'in' : 'out' }, 'c', x, r);

/** Every link of every claim type with the labels its ends may carry: what the writes accept (check b). */
export function linkRules(): Array<ClaimEnd & { label: string; ends: string[]; required: boolean }> {
  return CLAIM_TYPES.flatMap((claim) => claim.links.map((link) => ({ label: claim.label, ...endOf(link), ends: [...link.ends], required: link.required })));
}

/** The ends without which a claim says nothing (check b). */
const REQUIRED_ENDS = linkRules().filter((rule) => rule.required);

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
  references: Array<{ edge: string; expression: string }>;
}

const VALIDITY = [
  { edge: 'validFrom', claim: 'validFrom' },
  { edge: 'validTo', claim: 'validTo' },
];

/** The shortcut edges of the model and the claims they derive from (check d). */
const SHORTCUTS: Array<{ type: string; sources: ShortcutSource[] }> = shortcutTypes().map((type) => ({
  type,
  sources: shortcutsOfType(type).map(({ claim, shortcut }) => ({
    label: claim.label,
    from: shortcut.from === 'claim' ? null : endOf(linkOfClaim(claim, shortcut.from)),
    to: shortcut.to === 'claim' ? null : endOf(linkOfClaim(claim, shortcut.to)),
    copies: [...VALIDITY, ...Object.entries(shortcut.copies).map(([edge, from]) => ({ edge, claim: from }))],
    constants: Object.entries(shortcut.constants).map(([edge, value]) => ({ edge, value })),
    references: Object.entries(shortcut.references).map(([edge, linkType]) => ({ edge, expression: referenceOf(claim, linkType, 'c') })),
  })),
}));

function linkOfClaim(claim: ClaimTypeDef, type: string): LinkDef {
  return claim.links.find((l) => l.type === type)!;
}

/** The values the model's references give a shortcut edge, for the claim in `c`, as a map (check d). */
const REFERENCES = (() => {
  const branches = SHORTCUTS.flatMap((s) => s.sources)
    .filter((d) => d.references.length > 0)
    .map((d) => `WHEN c:${d.label} THEN {${d.references.map((r) => `\`${r.edge}\`: ${r.expression}`).join(', ')}}`);
  return branches.length ? `CASE WHEN c IS NULL THEN {} ${branches.join(' ')} ELSE {} END` : '{}';
})();

const OWN_LABEL = `coalesce([l IN labels(c) WHERE l <> 'Claim'][0], 'Claim')`;

/**
 * The relationships a scoped check looks at, bound to `r`: those of the claims in `$scope` of the given types (their
 * evidence, their links), and their shortcut edges, found from the claim's id (`claimId`, a relationship index per
 * type: cypher/schema/009), one branch per shortcut type of the model. Every relationship that carries an enum or
 * derives from a claim is one of these, so they are what a batch's claims wrote; a hub entity the batch names (the
 * dataset's source, a much-lobbied official) is not expanded again for every batch.
 */
const claimRelationships = (r: string, ownTypes: readonly string[]): string =>
  [
    ...(ownTypes.length ? [`MATCH (c_:Claim) WHERE c_.id IN $scope MATCH (c_)-[${r}:${ownTypes.join('|')}]-() RETURN ${r}`] : []),
    ...shortcutTypes().map((type) => `MATCH (c_:Claim) WHERE c_.id IN $scope MATCH ()-[${r}:${type} {claimId: c_.id}]->() RETURN ${r}`),
  ].join(' UNION ');

/**
 * The rows of the missing-shortcuts check for the claim in `c`, its shortcut in `s` and its way of deriving it in `d`:
 * each pair of ends the claim gives that lacks the edge. With `source`, the link and edge types of that one way are
 * written in (a branch over the whole graph); without it, they are read from `d` and `s` (a scoped check).
 */
function missingShortcuts(source: (ShortcutSource & { type: string }) | null): string {
  const ends = (end: 'from' | 'to') => {
    const link = source ? source[end] : null;
    if (source && !link) return '[c]';
    const type = link ? link.type : `$(d.${end}.type)`;
    const direction = link ? `'${link.direction}'` : `d.${end}.direction`;
    const list = `[(c)-[r:${type}]-(x) WHERE (${direction} = 'OUT') = (startNode(r) = c) | x]`;
    return source ? list : `CASE WHEN d.${end} IS NULL THEN [c] ELSE ${list} END`;
  };
  return `WITH s, d, c WHERE c.retractedAt IS NULL
      WITH s, d, c, ${ends('from')} AS froms, ${ends('to')} AS tos
      UNWIND froms AS a
      UNWIND tos AS b
      WITH s, d, c, a, b
      WHERE NOT EXISTS { ${
        source
          ? // Sought by its claimId (the type's index), not expanded between its ends: two hubs share many edges.
            `MATCH ()-[e:${source.type} {claimId: c.id}]->() WHERE startNode(e) = a AND endNode(e) = b`
          : 'MATCH (a)-[e:$(s.type) {claimId: c.id}]->(b)'
      } }
      RETURN 'MISSING_SHORTCUT' AS kind, c.id AS id,
             d.label + ' lacks (' + coalesce(a.id, '?') + ')-[:' + s.type + ']->(' + coalesce(b.id, '?') + ')' AS detail`;
}

/**
 * The rows of the stale-shortcuts check for the shortcut edge `e` from `a` to `b`, its declaration in `s`: the edge
 * and its problem, if any. With `shortcut` (a branch over the whole graph), the links that join the claim to `a` and
 * `b` are written in by claim label; without it, read from the claim's way of deriving the edge (`d`).
 */
function staleShortcuts(shortcut: (typeof SHORTCUTS)[number] | null): string {
  return `
      OPTIONAL MATCH (c:Claim {id: e.claimId})
      WITH s, a, e, b, c, [d IN s.sources WHERE c IS NOT NULL AND d.label IN labels(c)][0] AS d
      WITH s, a, e, b, c, d, ${REFERENCES} AS references
      WITH s, a, e, b, c, d, references,
        CASE
          WHEN e.claimId IS NULL THEN 'has no claimId'
          WHEN c IS NULL THEN 'names no claim'
          WHEN c.retractedAt IS NOT NULL THEN 'names a retracted claim'
          WHEN d IS NULL THEN 'names a ' + ${OWN_LABEL} + ', not a ' + s.labelsText
          WHEN NOT (
            ${joinsClaimEnds(shortcut)}
          ) THEN 'joins other nodes than its claim does'
          ELSE null
        END AS endProblem,
        [p IN d.copies WHERE NOT coalesce(e[p.edge] = c[p.claim], e[p.edge] IS NULL AND c[p.claim] IS NULL) | p.edge] +
        [k IN d.constants WHERE coalesce(e[k.edge] <> k.value, true) | k.edge] +
        [ref IN d.references WHERE NOT coalesce(e[ref.edge] = references[ref.edge], e[ref.edge] IS NULL AND references[ref.edge] IS NULL) | ref.edge] AS differing
      WITH s, a, e, b, coalesce(endProblem,
        CASE WHEN size(differing) > 0 THEN 'differs from its claim in ' + reduce(t = '', p IN differing | t + CASE t WHEN '' THEN '' ELSE ', ' END + p) END) AS problem
      WHERE problem IS NOT NULL
      RETURN 'STALE_SHORTCUT' AS kind, coalesce(e.claimId, '-') AS id,
             '(' + coalesce(a.id, '?') + ')-[:' + s.type + ']->(' + coalesce(b.id, '?') + ') ' + problem AS detail`;
}

/** True when the edge from `a` to `b` joins the ends its claim `c` gives it (`d`, or by label with `shortcut`). */
function joinsClaimEnds(shortcut: (typeof SHORTCUTS)[number] | null): string {
  if (!shortcut) {
    return `CASE WHEN d.from IS NULL THEN a = c
                 ELSE EXISTS { MATCH (c)-[r:$(d.from.type)]-(a) WHERE (d.from.direction = 'OUT') = (startNode(r) = c) } END
            AND
            CASE WHEN d.to IS NULL THEN b = c
                 ELSE EXISTS { MATCH (c)-[r:$(d.to.type)]-(b) WHERE (d.to.direction = 'OUT') = (startNode(r) = c) } END`;
  }
  const end = (link: ClaimEnd | null, x: string) => (link ? `EXISTS { MATCH ${endPattern(link, x)} }` : `${x} = c`);
  return `CASE ${shortcut.sources.map((d) => `WHEN c:${d.label} THEN ${end(d.from, 'a')} AND ${end(d.to, 'b')}`).join(' ')} ELSE false END`;
}

/** The enum rules of nodes and relationships, with their lists as text for the problems' details. */
const NODE_ENUMS = nodeEnumRules().map((spec) => ({ ...spec, allowedText: spec.allowed.join(', ') }));
const RELATIONSHIP_ENUMS = relationshipEnumRules().map((spec) => ({ ...spec, allowedText: spec.allowed.join(', ') }));
/** The same, grouped by label or type: one scan of each over the whole graph. */
const NODE_ENUM_GROUPS = groupBy(NODE_ENUMS, (spec) => spec.label!);
const RELATIONSHIP_ENUM_GROUPS = groupBy(RELATIONSHIP_ENUMS, (spec) => spec.type!);

/** Relationship types with enum properties that are a claim's own (its evidence, links that copy its enums). */
const CLAIM_OWN_ENUM_TYPES = [...new Set(relationshipEnumRules().map((rule) => rule.type!))].filter((type) => !shortcutTypes().includes(type));

/**
 * The checks `npm run validate` runs, in order: (a) provenance, (b) claim ends, (c) enum values, (d) shortcut edges,
 * (e) page keys.
 */
export const GRAPH_CHECKS: readonly GraphCheck[] = [
  {
    name: 'unsupported-claims',
    description: 'claims without a SUPPORTED_BY edge to a Source',
    cypher: (scoped) => `
      ${claims(scoped)}
      WITH c WHERE NOT EXISTS { MATCH (c)-[:SUPPORTED_BY]->(:Source) }
      RETURN 'UNSUPPORTED_CLAIM' AS kind, coalesce(c.id, elementId(c)) AS id,
             ${OWN_LABEL} + ' has no SUPPORTED_BY edge to a Source' AS detail`,
    params: {},
  },
  {
    name: 'evidence-without-quote',
    description: 'SUPPORTED_BY edges without the supporting passage, or relayed via a source that does not exist',
    cypher: (scoped) => `
      ${claims(scoped)}
      MATCH (c)-[r:SUPPORTED_BY]->(s:Source)
      WITH c, r, s,
        CASE
          WHEN r.quote IS NULL OR trim(r.quote) = '' THEN 'has no quote'
          WHEN r.quoteVia IS NOT NULL AND NOT EXISTS { MATCH (v:Source {id: r.quoteVia}) } THEN 'is relayed via ' + r.quoteVia + ', which is no Source'
        END AS problem
      WHERE problem IS NOT NULL
      RETURN 'BAD_EVIDENCE' AS kind, coalesce(c.id, elementId(c)) AS id, '(' + coalesce(c.id, '?') + ')-[:SUPPORTED_BY]->(' + coalesce(s.id, '?') + ') ' + problem AS detail`,
    params: {},
  },
  {
    name: 'missing-claim-ends',
    description: 'claims missing a relationship their pattern requires',
    cypher: (scoped) =>
      byClaimRule(scoped, '$requirements', REQUIRED_ENDS, 'req', (rule) => {
        const link = claimLink(rule, 'req', 'r', 'other');
        return `WITH req, c WHERE NOT EXISTS { MATCH ${link.pattern} WHERE ${link.where} any(l IN labels(other) WHERE l IN req.ends) }
          RETURN 'MISSING_END' AS kind, coalesce(c.id, elementId(c)) AS id, req.label + ' has no ' + req.text AS detail`;
      }),
    params: {
      requirements: REQUIRED_ENDS.map((req) => ({
        ...req,
        text: `${req.type} ${req.direction === 'IN' ? 'from' : 'to'} ${orList(req.ends.filter((l) => l !== 'Entity'))}`,
      })),
    },
  },
  {
    name: 'bad-claim-ends',
    description: 'claims linked to a node of a label the model does not allow at that end',
    cypher: (scoped) =>
      byClaimRule(scoped, '$links', linkRules(), 'link', (rule) => {
        const link = claimLink(rule, 'link', 'r', 'other');
        return `MATCH ${link.pattern} WHERE ${link.where} NOT any(l IN labels(other) WHERE l IN link.ends)
          RETURN 'BAD_END' AS kind, c.id AS id,
             link.label + ' ' + link.type + ' ' + CASE link.direction WHEN 'IN' THEN 'from' ELSE 'to' END + ' ' +
             coalesce(other.id, elementId(other)) + ', a ' + coalesce(head([l IN labels(other) WHERE NOT l IN $families]), head(labels(other)), 'node') +
             '; allowed: ' + link.text AS detail`;
      }),
    params: { links: linkRules().map((rule) => ({ ...rule, text: orList(rule.ends) })), families: ID_FAMILIES },
  },
  {
    name: 'enum-values',
    description: 'enum properties with a value outside the lists of docs/graph-model.md',
    cypher: (scoped) => `
      CALL () {
        ${scoped ? `${scopedNodes('n')} UNWIND [x_ IN $nodeEnums WHERE x_.label IN labels(n)] AS spec` : `${perItem('$nodeEnumGroups', 'specs', NODE_ENUM_GROUPS, (g) => `MATCH (n:${g[0].label}) UNWIND specs AS spec RETURN spec, n`)}`}
        WITH spec, n, n[spec.property] AS value
        WHERE value IS NOT NULL AND NOT value IN spec.allowed
        RETURN coalesce(n.id, elementId(n)) AS id, spec.label + '.' + spec.property AS what, value, spec.allowedText AS allowedText
        UNION ALL
        ${scoped ? `CALL () { ${claimRelationships('r', CLAIM_OWN_ENUM_TYPES)} } WITH DISTINCT r UNWIND [x_ IN $relationshipEnums WHERE x_.type = type(r)] AS spec WITH spec, startNode(r) AS a, r, endNode(r) AS b` : `${perItem('$relationshipEnumGroups', 'specs', RELATIONSHIP_ENUM_GROUPS, (g) => `MATCH (a)-[r:${g[0].type}]->(b) UNWIND specs AS spec RETURN spec, a, r, b`)}`}
        WITH spec, a, r, b, r[spec.property] AS value
        WHERE value IS NOT NULL AND NOT value IN spec.allowed
        RETURN coalesce(r.claimId, a.id, elementId(a)) AS id,
               '(' + coalesce(a.id, '?') + ')-[:' + spec.type + ']->(' + coalesce(b.id, '?') + ').' + spec.property AS what,
               value, spec.allowedText AS allowedText
      }
      RETURN 'BAD_ENUM' AS kind, id,
             what + ' is ' + coalesce('"' + toStringOrNull(value) + '"', valueType(value)) + ', not one of ' + allowedText AS detail`,
    params: {
      nodeEnums: NODE_ENUMS,
      relationshipEnums: RELATIONSHIP_ENUMS,
      nodeEnumGroups: NODE_ENUM_GROUPS,
      relationshipEnumGroups: RELATIONSHIP_ENUM_GROUPS,
    },
  },
  {
    name: 'stale-shortcuts',
    description: 'shortcut edges out of step with their claim (missing, retracted, other ends or other properties)',
    cypher: (scoped) =>
      scoped
        ? `CALL () { ${claimRelationships('e', [])} } WITH DISTINCT e UNWIND [x_ IN $shortcuts WHERE x_.type = type(e)] AS s
          WITH s, startNode(e) AS a, e, endNode(e) AS b ${staleShortcuts(null)}`
        : `${perItem('$shortcuts', 's', SHORTCUTS, (shortcut) => `MATCH (a)-[e:${shortcut.type}]->(b) ${staleShortcuts(shortcut)}`)} RETURN kind, id, detail`,
    params: { shortcuts: shortcutParams() },
  },
  {
    name: 'missing-shortcuts',
    description: 'claims lacking the shortcut edges derived from them',
    cypher: (scoped) =>
      scoped
        ? `${claims(true)} UNWIND $shortcuts AS s UNWIND [x_ IN s.sources WHERE x_.label IN labels(c)] AS d ${missingShortcuts(null)}`
        : // A branch per claim label and shortcut type: the label's own scan, and the edge looked for by its type.
          `CALL () { ${SHORTCUTS.flatMap((shortcut, i) =>
            shortcut.sources.map(
              (d, j) => `WITH $shortcuts[${i}] AS s, $shortcuts[${i}].sources[${j}] AS d MATCH (c:Claim:${d.label}) ${missingShortcuts({ ...d, type: shortcut.type })}`,
            ),
          ).join(' UNION ALL ')} }
          RETURN kind, id, detail`,
    params: { shortcuts: shortcutParams() },
  },
  {
    name: 'stale-page-keys',
    description: 'links whose page keys are missing or out of step with their ends (an import refreshes them)',
    cypher: (scoped) => `
      CALL () {
        ${pagedLinks()
          .map(
            ({
              claim,
              link,
            }) => `${scoped ? `${claims(true)} AND c:${claim.label} MATCH ${linkPattern(link, 'c', 'a', 'r')}` : `MATCH ${linkPattern(link, `c:${claim.label}`, 'a', 'r')}`}
        WITH a, r, c, ${pageKeyOf(claim, 'c')} AS key
        WHERE ${pageKeysStale(claim, 'r', 'a', 'c')}
        RETURN c.id AS id, '(' + coalesce(a.id, '?') + ')-[:${link.type}]-(' + coalesce(c.id, '?') + ') has page keys ' +
               coalesce(r.pageOf, 'null') + ', ' + coalesce(r.pageKey, 'null') + ', ' + coalesce(r.pageId, 'null') + '; its ends give ' +
               coalesce(a.id, 'null') + ', ' + key + ', ' + coalesce(c.id, 'null') AS detail`,
          )
          .join('\n        UNION ALL\n        ')}
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
