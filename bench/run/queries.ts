/**
 * The logical queries of the benchmark, each written three ways: for our API, for the @neo4j/graphql comparison
 * server (null with the reason when it cannot express it) and as hand-written Cypher through the driver (the floor).
 * The parameters (ids, cursors) come from the data set: see {@link BenchParams}.
 */
import { toLuceneQuery } from '../../src/lib/lucene';

export interface BenchParams {
  decisionId: string;
  personId: string;
  asOf: string;
  targetId: string;
  searchText: string;
  pathFrom: string;
  pathTo: string;
  neighbourhoodId: string;
  supernodeId: string;
  /** Cursors of the 50th page (the endCursor of page 49) for each path; filled in by the runner. */
  page50: { ours?: string; neo4jGraphql?: string; raw?: { date: string; id: string } };
  /** The page number actually reached (fewer when the target has fewer than 50 pages). */
  page50Number?: number;
  /** Filters, sorts and aggregates (issue #15): an organization whose role holders lobbied (two levels deep). */
  roleOrgId?: string;
  /** A source that supports many roles (the evidence predicate). */
  evidenceSourceId?: string;
  /** The hub whose efforts are sorted by date, newest first, and grouped by stance; how many efforts target it. */
  sortHubId?: string;
  sortHubEfforts?: number;
  /** Cursors of the 50th page of the hub's efforts newest first (endCursor of page 49), per path; filled in by the runner. */
  page50Desc?: { ours?: string; neo4jGraphql?: string; raw?: { date: string; id: string } };
  page50DescNumber?: number;
  /** Why @neo4j/graphql could not be paged to the 50th page on this data set (its paging ran out of memory at XL). */
  ngqlPagingFailed?: string;
}

export interface GraphqlCall {
  query: string;
  variables: Record<string, unknown>;
}

export interface RawCall {
  cypher: string;
  params: Record<string, unknown>;
}

export interface BenchQuery {
  name: string;
  /** A filter/sort/aggregate query of issue #15: the plan of our statement is checked (see planCheck.ts). */
  filter?: boolean;
  /** A "main" query for --growth. */
  main: boolean;
  /** Nested (several levels of relationships): the 1.5x throughput target applies. */
  nested: boolean;
  /** Served by an index seek plus a bounded expansion: the flat-from-S-to-L target applies. */
  indexBacked: boolean;
  ours(p: BenchParams): GraphqlCall;
  neo4jGraphql(p: BenchParams): GraphqlCall | { unsupported: string };
  raw(p: BenchParams): RawCall;
}

const LOBBYING_PAGE_OURS = `query($t: ID!, $after: String) {
  lobbyingEfforts(targetId: $t, first: 20, after: $after) {
    edges { cursor node { id method stance date lobbyists { id name } regarding { id title } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const LOBBYING_PAGE_NGQL = `query($t: ID!, $after: String) {
  lobbyingEffortsConnection(first: 20, after: $after,
      where: { retractedAt: { eq: null }, targets: { some: { id: { eq: $t } } } },
      sort: [{ date: ASC }, { id: ASC }]) {
    edges { cursor node { id method stance date lobbyists { id name } regarding { id title } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

// The raw paths read a hub's lists the way a hand-writer with the page-key indexes would (cypher/schema/005).
const lobbyingPageRaw = (after: { date: string; id: string } | undefined): string => `
MATCH (l:LobbyingEffort)-[r:TARGETED]->() USING INDEX r:TARGETED(pageOf, pageKey, pageId)
WHERE r.pageOf = $t AND r.pageKey IS NOT NULL AND r.pageId IS NOT NULL AND l.retractedAt IS NULL${after ? ' AND r.pageKey >= $afterDate AND NOT (r.pageKey = $afterDate AND r.pageId <= $afterId)' : ''}
WITH l, r ORDER BY r.pageOf, r.pageKey, r.pageId LIMIT 21
WITH collect(l {.id, .method, .stance, date: toString(l.date),
  lobbyists: [(l)<-[:LOBBIED_IN]-(x) | x {.id, .name}],
  regarding: [(l)-[:REGARDING]->(d) | d {.id, .title}]}) AS items
RETURN {edges: items[0..20], hasNextPage: size(items) > 20} AS page`;

/** The first 21 statements made by `n`, in page order from the MADE page-key index. */
const madePageRaw = (n: string): string =>
  `COLLECT { MATCH ()-[r:MADE]->(s:Statement) USING INDEX r:MADE(pageOf, pageKey, pageId)
    WHERE r.pageOf = ${n}.id AND r.pageKey IS NOT NULL AND r.pageId IS NOT NULL AND s.retractedAt IS NULL WITH s, r ORDER BY r.pageOf, r.pageKey, r.pageId LIMIT 21`;

// Filters, sorts and aggregates (issue #15), each in our where/orderBy/aggregate, in @neo4j/graphql 7's own
// where/sort/aggregate, and as the Cypher a hand-writer would send (anchored on the node the filter names).

const EFFORT_FIELDS = 'id method stance date';

/** Our list of a hub's efforts newest first (orderBy on the claim's date), 20 a page. */
const SORTED_PAGE_OURS = `query($t: ID!, $after: String) {
  lobbyingEfforts(targetId: $t, orderBy: [{ date: DESC }], first: 20, after: $after) {
    edges { cursor node { ${EFFORT_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SORTED_PAGE_NGQL = `query($t: ID!, $after: String) {
  lobbyingEffortsConnection(first: 20, after: $after,
      where: { retractedAt: { eq: null }, targets: { some: { id: { eq: $t } } } },
      sort: [{ date: DESC }, { id: ASC }]) {
    edges { cursor node { ${EFFORT_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/**
 * The hand-written page, newest first, on the TARGETED page-key index read backward (pageKey is the date as cursors
 * carry it, ISO text: its order is the date's), ties by id ascending as ours and @neo4j/graphql order them.
 */
export const sortedPageRaw = (after: { date: string; id: string } | undefined): string => `
MATCH (l:LobbyingEffort)-[r:TARGETED]->() USING INDEX r:TARGETED(pageOf, pageKey, pageId)
WHERE r.pageOf = $t AND r.pageKey IS NOT NULL AND r.pageId IS NOT NULL AND l.retractedAt IS NULL${after ? ' AND r.pageKey <= $afterDate AND NOT (r.pageKey = $afterDate AND r.pageId <= $afterId)' : ''}
WITH l, r ORDER BY r.pageOf DESC, r.pageKey DESC, r.pageId LIMIT 21
WITH collect(l {.id, .method, .stance, date: toString(l.date), key: r.pageKey}) AS items
RETURN {edges: items[0..20], hasNextPage: size(items) > 20} AS page`;

export const FILTER_QUERIES: BenchQuery[] = [
  {
    name: 'filter two levels deep: efforts whose lobbyists held a role at an organization',
    filter: true,
    main: false,
    nested: false,
    indexBacked: true,
    ours: (p) => ({
      query: `query($org: ID!) {
        lobbyingEfforts(where: { lobbyists: { some: { rolesHeld: { some: { organization: { id: { eq: $org } } } } } } }, first: 20) {
          edges { cursor node { ${EFFORT_FIELDS} } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      variables: { org: p.roleOrgId },
    }),
    neo4jGraphql: (p) => ({
      query: `query($org: ID!) {
        lobbyingEffortsConnection(first: 20, sort: [{ date: ASC }, { id: ASC }], where: {
          retractedAt: { eq: null },
          lobbyists: { some: { rolesHeld: { some: { retractedAt: { eq: null }, organization: { some: { id: { eq: $org } } } } } } }
        }) {
          edges { cursor node { ${EFFORT_FIELDS} } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      variables: { org: p.roleOrgId },
    }),
    raw: (p) => ({
      cypher: `
MATCH (:Organization {id: $org})<-[:AT]-(r:Role)<-[:HOLDS]-(:Entity)-[:LOBBIED_IN]->(l:LobbyingEffort)
WHERE r.retractedAt IS NULL AND l.retractedAt IS NULL
WITH DISTINCT l ORDER BY l.date, l.id LIMIT 21
WITH collect(l {.id, .method, .stance, date: toString(l.date)}) AS items
RETURN {edges: items[0..20], hasNextPage: size(items) > 20} AS page`,
      params: { org: p.roleOrgId },
    }),
  },
  {
    name: 'evidence predicate: roles supported by a source',
    filter: true,
    main: false,
    nested: false,
    indexBacked: true,
    ours: (p) => ({
      query: `query($src: ID!) {
        roles(where: { evidence: { some: { source: { id: { eq: $src } } } } }, first: 20) {
          edges { cursor node { id title validFrom organization { id } } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      variables: { src: p.evidenceSourceId },
    }),
    neo4jGraphql: (p) => ({
      query: `query($src: ID!) {
        rolesConnection(first: 20, sort: [{ validFrom: ASC }, { id: ASC }],
            where: { retractedAt: { eq: null }, evidence: { some: { id: { eq: $src } } } }) {
          edges { cursor node { id title validFrom organization { id } } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      variables: { src: p.evidenceSourceId },
    }),
    raw: (p) => ({
      cypher: `
MATCH (:Source {id: $src})<-[:SUPPORTED_BY]-(r:Role)
WHERE r.retractedAt IS NULL
WITH DISTINCT r ORDER BY r.validFrom, r.id LIMIT 21
WITH collect(r {.id, .title, validFrom: toString(r.validFrom), organization: [(r)-[:AT]->(o) | o {.id}][0]}) AS items
RETURN {edges: items[0..20], hasNextPage: size(items) > 20} AS page`,
      params: { src: p.evidenceSourceId },
    }),
  },
  {
    name: "sort by date, newest first: a hub's efforts, first page",
    filter: true,
    main: false,
    nested: false,
    indexBacked: true,
    ours: (p) => ({ query: SORTED_PAGE_OURS, variables: { t: p.sortHubId } }),
    neo4jGraphql: (p) => ({ query: SORTED_PAGE_NGQL, variables: { t: p.sortHubId } }),
    raw: (p) => ({ cypher: sortedPageRaw(undefined), params: { t: p.sortHubId } }),
  },
  {
    name: "sort by date, newest first: a hub's efforts, 50th page",
    filter: true,
    main: false,
    nested: false,
    indexBacked: true,
    ours: (p) => ({ query: SORTED_PAGE_OURS, variables: { t: p.sortHubId, after: p.page50Desc?.ours } }),
    neo4jGraphql: (p) => (p.ngqlPagingFailed ? { unsupported: p.ngqlPagingFailed } : { query: SORTED_PAGE_NGQL, variables: { t: p.sortHubId, after: p.page50Desc?.neo4jGraphql } }),
    raw: (p) => ({
      cypher: sortedPageRaw(p.page50Desc?.raw),
      params: { t: p.sortHubId, afterDate: p.page50Desc?.raw?.date, afterId: p.page50Desc?.raw?.id },
    }),
  },
  {
    name: "group-by count on a hub: its efforts' count by stance",
    filter: true,
    main: false,
    nested: false,
    indexBacked: true,
    ours: (p) => ({
      query: `query($t: ID!) {
        lobbyingEfforts(where: { targets: { some: { id: { eq: $t } } } }, first: 0) {
          aggregate { count groupBy(by: STANCE) { key count } }
        }
      }`,
      variables: { t: p.sortHubId },
    }),
    // @neo4j/graphql 7 counts a connection (aggregate { count { nodes } }) but has no group-by: one count per stance.
    neo4jGraphql: (p) => ({
      query: `query($t: ID!) {
        all: lobbyingEffortsConnection(where: { retractedAt: { eq: null }, targets: { some: { id: { eq: $t } } } }) { aggregate { count { nodes } } }
        support: lobbyingEffortsConnection(where: { retractedAt: { eq: null }, stance: { eq: "SUPPORT" }, targets: { some: { id: { eq: $t } } } }) { aggregate { count { nodes } } }
        oppose: lobbyingEffortsConnection(where: { retractedAt: { eq: null }, stance: { eq: "OPPOSE" }, targets: { some: { id: { eq: $t } } } }) { aggregate { count { nodes } } }
      }`,
      variables: { t: p.sortHubId },
    }),
    raw: (p) => ({
      cypher: `
MATCH (:Entity {id: $t})<-[:TARGETED]-(l:LobbyingEffort)
WHERE l.retractedAt IS NULL
WITH l.stance AS key, count(*) AS n ORDER BY n DESC, key
RETURN {count: sum(n), groupBy: collect({key: key, count: n})} AS aggregate`,
      params: { t: p.sortHubId },
    }),
  },
];

export const QUERIES: BenchQuery[] = [
  {
    name: 'decision with participants, lobbying and evidence',
    main: true,
    nested: true,
    indexBacked: true,
    ours: (p) => ({
      query: `query($id: ID!) { decision(id: $id) {
        id title status question
        decidedBy { id name }
        participants(first: 100) { edges { node { id role actor { id name } } } }
        lobbyingAbout(first: 100) {
          edges { node { id method stance date lobbyists { id name } targets { id name } evidence { quote attribution source { id title } } } }
        }
        evidence { quote attribution locator source { id title url } }
      } }`,
      variables: { id: p.decisionId },
    }),
    neo4jGraphql: (p) => ({
      query: `query($id: ID!) { decisions(where: { id: { eq: $id }, retractedAt: { eq: null } }) {
        id title status question
        decidedBy { id name }
        participants(where: { retractedAt: { eq: null } }, sort: [{ id: ASC }]) { id role actor { id name } }
        lobbying(where: { retractedAt: { eq: null } }, sort: [{ date: ASC }, { id: ASC }]) {
          id method stance date lobbyists { id name } targets { id name }
          evidenceConnection { edges { properties { quote attribution } node { id title } } }
        }
        evidenceConnection { edges { properties { quote attribution locator } node { id title url } } }
      } }`,
      variables: { id: p.decisionId },
    }),
    raw: (p) => ({
      cypher: `
MATCH (d:Decision {id: $id}) WHERE d.retractedAt IS NULL
RETURN d {.id, .title, .status, .question,
  decidedBy: [(d)-[:DECIDED_BY]->(e) | e {.id, .name}],
  participants: [(d)<-[:IN]-(r:DecisionRole) WHERE r.retractedAt IS NULL | r {.id, .role, actor: [(r)<-[:PLAYS]-(a) | a {.id, .name}][0]}],
  lobbying: COLLECT { MATCH (d)<-[:REGARDING]-(l:LobbyingEffort) WHERE l.retractedAt IS NULL WITH l ORDER BY l.date, l.id
    RETURN l {.id, .method, .stance, date: toString(l.date),
      lobbyists: [(l)<-[:LOBBIED_IN]-(x) | x {.id, .name}], targets: [(l)-[:TARGETED]->(t) | t {.id, .name}],
      evidence: [(l)-[e:SUPPORTED_BY]->(s) | {quote: e.quote, attribution: e.attribution, source: s {.id, .title}}]} },
  evidence: [(d)-[e:SUPPORTED_BY]->(s) | {quote: e.quote, attribution: e.attribution, locator: e.locator, source: s {.id, .title, .url}}]
} AS decision`,
      params: { id: p.decisionId },
    }),
  },
  {
    name: 'person with roles as of a date and a page of statements',
    main: true,
    nested: true,
    indexBacked: true,
    ours: (p) => ({
      query: `query($id: ID!, $asOf: Date!) { person(id: $id) {
        id name
        roles(asOf: $asOf, first: 100) { edges { node { id title kind validFrom validTo organization { id name } } } }
        statements(first: 20) { edges { node { id text saidAt } } pageInfo { hasNextPage endCursor } }
      } }`,
      variables: { id: p.personId, asOf: p.asOf },
    }),
    neo4jGraphql: (p) => ({
      query: `query($id: ID!, $asOf: Date!) { people(where: { id: { eq: $id } }) {
        id name
        roles: rolesHeld(where: { retractedAt: { eq: null }, validFrom: { lte: $asOf }, OR: [{ validTo: { eq: null } }, { validTo: { gte: $asOf } }] },
              sort: [{ validFrom: ASC }, { id: ASC }]) { id title kind validFrom validTo organization { id name } }
        statementsConnection(first: 20, where: { node: { retractedAt: { eq: null } } }, sort: [{ node: { saidAt: ASC } }, { node: { id: ASC } }]) {
          edges { node { id text saidAt } } pageInfo { hasNextPage endCursor }
        }
      } }`,
      variables: { id: p.personId, asOf: p.asOf },
    }),
    raw: (p) => ({
      cypher: `
MATCH (n:Person {id: $id})
WITH n {.id, .name,
  roles: COLLECT { MATCH (n)-[:HOLDS]->(r:Role) WHERE r.retractedAt IS NULL AND (r.validFrom IS NULL OR r.validFrom <= date($asOf))
      AND (r.validTo IS NULL OR r.validTo >= date($asOf)) WITH r ORDER BY r.validFrom, r.id LIMIT 100
    RETURN r {.id, .title, .kind, validFrom: toString(r.validFrom), validTo: toString(r.validTo), organization: [(r)-[:AT]->(o) | o {.id, .name}][0]} },
  statements: ${madePageRaw('n')}
    RETURN s {.id, .text, saidAt: toString(s.saidAt)} }
} AS person
RETURN person {.*, statements: person.statements[0..20], hasNextPage: size(person.statements) > 20} AS person`,
      params: { id: p.personId, asOf: p.asOf },
    }),
  },
  {
    name: 'lobbying efforts by target, first page',
    main: true,
    nested: false,
    indexBacked: true,
    ours: (p) => ({ query: LOBBYING_PAGE_OURS, variables: { t: p.targetId } }),
    neo4jGraphql: (p) => ({ query: LOBBYING_PAGE_NGQL, variables: { t: p.targetId } }),
    raw: (p) => ({ cypher: lobbyingPageRaw(undefined), params: { t: p.targetId } }),
  },
  {
    name: 'lobbying efforts by target, 50th page',
    main: true,
    nested: false,
    indexBacked: true,
    ours: (p) => ({ query: LOBBYING_PAGE_OURS, variables: { t: p.targetId, after: p.page50.ours } }),
    neo4jGraphql: (p) => (p.ngqlPagingFailed ? { unsupported: p.ngqlPagingFailed } : { query: LOBBYING_PAGE_NGQL, variables: { t: p.targetId, after: p.page50.neo4jGraphql } }),
    raw: (p) => ({ cypher: lobbyingPageRaw(p.page50.raw), params: { t: p.targetId, afterDate: p.page50.raw?.date, afterId: p.page50.raw?.id } }),
  },
  {
    name: 'search (people, by name)',
    main: true,
    nested: false,
    indexBacked: true,
    ours: (p) => ({
      query: `query($text: String!) { search(text: $text, types: [PERSON], first: 10) { edges { node { score matched node { id ... on Person { name } } } } } }`,
      variables: { text: p.searchText },
    }),
    neo4jGraphql: (p) => ({
      query: `query($q: String!) { searchPeople(phrase: $q, first: 10, sort: [{ score: DESC }]) { edges { score node { id name } } } }`,
      variables: { q: toLuceneQuery(p.searchText) },
    }),
    raw: (p) => ({
      cypher: `
CALL db.index.fulltext.queryNodes('search', $q, {limit: 40}) YIELD node, score
WHERE node:Person
WITH node, score ORDER BY score DESC, node.id LIMIT 10
RETURN {score: score, node: node {.id, .name}} AS hit`,
      params: { q: toLuceneQuery(p.searchText) },
    }),
  },
  {
    name: 'path between two actors',
    main: false,
    nested: false,
    indexBacked: false,
    ours: (p) => ({
      query: `query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, maxHops: 4, first: 5) { edges { node { length nodes { id } edges { type from to label } } } } }`,
      variables: { a: p.pathFrom, b: p.pathTo },
    }),
    neo4jGraphql: () => ({
      unsupported: '@neo4j/graphql generates no path or shortest-path query; it could only run one as hand-written Cypher in a @cypher field, which is the raw path again',
    }),
    raw: (p) => ({
      cypher: `
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
MATCH p = allShortestPaths((a)-[:ROLE_AT|DECIDED|LOBBIED|STATED_ABOUT|RESTRICTED|OPERATES|OWNS_STAKE|HAS_ACCOUNT|ON_PLATFORM|PART_OF*..4]-(b))
WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | r.claimId] LIMIT 5
RETURN {length: length(p), nodes: [x IN nodes(p) | x {.id}],
        edges: [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}]} AS path`,
      params: { a: p.pathFrom, b: p.pathTo },
    }),
  },
  {
    name: 'neighbourhood (depth 1, 100 nodes)',
    main: false,
    nested: false,
    indexBacked: false,
    ours: (p) => ({
      query: `query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { id } edges { type from to label } } }`,
      variables: { id: p.neighbourhoodId },
    }),
    neo4jGraphql: () => ({
      unsupported: '@neo4j/graphql has no generic neighbourhood query over several relationship types and labels; only a @cypher field (hand-written Cypher) could do it',
    }),
    raw: (p) => ({
      cypher: `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[:ROLE_AT|DECIDED|LOBBIED|STATED_ABOUT|RESTRICTED|OPERATES|OWNS_STAKE|HAS_ACCOUNT|ON_PLATFORM|PART_OF]-(x)
  WITH DISTINCT x ORDER BY x.id LIMIT 99
  RETURN collect(x) AS around
}
WITH [c] + around AS ns
UNWIND ns AS m
OPTIONAL MATCH (m)-[r:ROLE_AT|DECIDED|LOBBIED|STATED_ABOUT|RESTRICTED|OPERATES|OWNS_STAKE|HAS_ACCOUNT|ON_PLATFORM|PART_OF]->(o) WHERE o IN ns
WITH ns, collect(DISTINCT r) AS rels
RETURN {nodes: [n IN ns | n {.id}], edges: [r IN rels | {type: type(r), from: startNode(r).id, to: endNode(r).id}]} AS graph`,
      params: { id: p.neighbourhoodId },
    }),
  },
  {
    name: "supernode's first page of statements",
    main: true,
    nested: false,
    indexBacked: true,
    ours: (p) => ({
      query: `query($id: ID!) { organization(id: $id) { id name statements(first: 20) { edges { node { id text saidAt } } pageInfo { hasNextPage endCursor } } } }`,
      variables: { id: p.supernodeId },
    }),
    neo4jGraphql: (p) => ({
      query: `query($id: ID!) { organizations(where: { id: { eq: $id } }) { id name
        statementsConnection(first: 20, where: { node: { retractedAt: { eq: null } } }, sort: [{ node: { saidAt: ASC } }, { node: { id: ASC } }]) {
          edges { node { id text saidAt } } pageInfo { hasNextPage endCursor }
        } } }`,
      variables: { id: p.supernodeId },
    }),
    raw: (p) => ({
      cypher: `
MATCH (n:Organization {id: $id})
WITH n {.id, .name,
  statements: ${madePageRaw('n')}
    RETURN s {.id, .text, saidAt: toString(s.saidAt)} }
} AS org
RETURN org {.*, statements: org.statements[0..20], hasNextPage: size(org.statements) > 20} AS org`,
      params: { id: p.supernodeId },
    }),
  },
  ...FILTER_QUERIES,
];
