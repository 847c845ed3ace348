// The operations the explorer sends. Fragments keep what a drawn node or edge needs in one place.

const NODE_FIELDS = `
fragment NodeFields on Node {
  id
  __typename
  ... on Entity { name }
  ... on Organization { organizationKind: kind }
  ... on Event { name date }
  ... on Decision { title status }
  ... on Account { handle platform { name } }
  ... on Source { title }
  ... on Statement { text }
  ... on Restriction { kind subject { id ... on Account { handle } ... on Entity { name } } }
  ... on Role { title }
  ... on Observation { metric value }
  ... on LobbyingEffort { method stance }
}`;

const EDGE_FIELDS = `
fragment EdgeFields on PathEdge {
  type
  from
  to
  label
  claim { id __typename }
}`;

/** Full-text search for the search boxes. */
export const SEARCH = `
query ExplorerSearch($text: String!) {
  search(text: $text, first: 12) { edges { node { matched score node { ...NodeFields } } } }
}
${NODE_FIELDS}`;

/** A node and its surroundings, to draw or to merge into the drawing. */
export const NEIGHBORHOOD = `
query ExplorerNeighborhood($id: ID!, $limit: Int!) {
  neighborhood(id: $id, depth: 1, limit: $limit) {
    nodes { ...NodeFields }
    edges { ...EdgeFields }
  }
}
${NODE_FIELDS}
${EDGE_FIELDS}`;

/** One node in detail; for a claim, its evidence (sources and passages). */
export const DETAILS = `
query ExplorerDetails($id: ID!) {
  node(id: $id) {
    ...NodeFields
    ... on Entity { description aliases }
    ... on Claim {
      confidence
      validFrom
      validFromPrecision
      validTo
      validToPrecision
      validToBefore
      evidence {
        quote
        quoteLanguage
        attribution
        locator
        source { id title url publishedAt publishedAtPrecision publisher { name } }
      }
    }
    ... on Role { roleKind: kind holder { name } organization { name } }
    ... on DecisionRole { role actor { name } decision { title } }
    ... on Decision { question outcome expectedBy decidedBy { name } }
    ... on LobbyingEffort { desiredOutcome lobbyists { name } targets { name } }
    ... on Statement { saidAt medium speakers { name } }
    ... on Restriction { reason duration }
    ... on Event { description }
  }
}
${NODE_FIELDS}`;

/** Shortest connections between two nodes. */
export const PATHS = `
query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int!, $asOf: Date) {
  paths(fromId: $from, toId: $to, maxHops: $maxHops, asOf: $asOf, first: 5) {
    edges {
      node {
        length
        nodes { ...NodeFields }
        edges { ...EdgeFields }
      }
    }
  }
}
${NODE_FIELDS}
${EDGE_FIELDS}`;

/** Dated claims and events around one node, oldest first, a page of 100 at a time (the API's cap). */
export const TIMELINE = `
query ExplorerTimeline($id: ID!, $after: String) {
  timeline(entityId: $id, first: 100, after: $after) {
    edges { node { date precision kind summary node { ...NodeFields } } }
    pageInfo { hasNextPage endCursor }
  }
}
${NODE_FIELDS}`;

/** How many timeline items the explorer shows at most (two pages). */
export const TIMELINE_MAX_ITEMS = 200;

/** Interlocks of an organisation (or a person): who shares people (or organisations) with it, and the claims. */
export const INTERLOCKS = `query Interlocks($id: ID!) {
  interlocks(id: $id, first: 20) {
    totalCount
    edges { node { entity { id name __typename } sharedCount shared { via { id name } claims { id __typename validFrom validTo evidence { quote source { id title } } } } } }
  }
}`;

/** How many links of one kind the explorer draws at a time (a hub's thousands come a page at a time, with "more"). */
export const LINKS_PER_PAGE = 10;

/** The kinds of link an entity has (edge type and direction), each with its count. */
export const LINK_TYPES = `
query ExplorerLinkTypes($id: ID!) {
  node(id: $id) { id ... on Entity { linkTypes { type direction names count } } }
}`;

/** One page of an entity's links of one kind: the neighbours and the edges to them. */
export const LINKS = `
query ExplorerLinks($id: ID!, $type: PathEdgeType!, $direction: LinkDirection!, $first: Int!, $after: String) {
  node(id: $id) {
    ...NodeFields
    ... on Entity {
      links(type: $type, direction: $direction, first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { neighbor { ...NodeFields } edge { ...EdgeFields } } }
      }
    }
  }
}
${NODE_FIELDS}
${EDGE_FIELDS}`;
