import { walkedTypes } from '../../model';
import type { FieldBuilder, TypeSpec } from '../../projection';
import type { SearchHit } from './graph.types';
import type { PathEdge } from './graph.types';
import type { Path } from './graph.types';
import type { Subgraph } from './graph.types';
import type { TimelineItem } from './graph.types';

/** The relationship types that paths and neighbourhoods walk: shortcut edges, and structural ones. */
export const WALKED_TYPES: readonly string[] = walkedTypes();

/** A hit: the node (`v`), its score and the text that matched. */
export const searchHitSpec: TypeSpec<SearchHit> = {
  name: 'SearchHit',
  implements: [],
  fields: {
    node: ({ v }, f, q) => q.project(f, 'Node', v),
    score: ({ score }) => score,
    matched: ({ matched }) => matched,
  },
};

/** An edge (`v`) and the claim it stands for (`c`, possibly null). */
export const pathEdgeSpec: TypeSpec<PathEdge> = {
  name: 'PathEdge',
  implements: [],
  fields: {
    type: ({ v }) => `type(${v})`,
    from: ({ v }) => `startNode(${v}).id`,
    to: ({ v }) => `endNode(${v}).id`,
    label: ({ v }) => `coalesce(${v}.role, ${v}.stance, ${v}.title, ${v}.kind)`,
    claim: ({ c }, f, q) => `CASE WHEN ${c} IS NULL THEN null ELSE ${q.project(f, 'Claim', c)} END`,
  },
};

/** Projects a list of relationships (a Cypher list expression) as PathEdges, each with its claim when selected. */
export function edgesOf(relationships: string, f: Parameters<FieldBuilder>[1], q: Parameters<FieldBuilder>[2]): string {
  const r = q.variable('r');
  // The claim is looked up (an index seek per edge) only when the client selected it.
  if (![...f.byType.values()].some((fields) => fields.some((field) => field.name === 'claim'))) {
    return `COLLECT { UNWIND ${relationships} AS ${r} RETURN ${q.project(f, 'PathEdge', { v: r, c: 'null' })} }`;
  }
  const c = q.variable('c');
  return `COLLECT { UNWIND ${relationships} AS ${r} OPTIONAL MATCH (${c}:Claim {id: ${r}.claimId}) RETURN ${q.project(f, 'PathEdge', { v: r, c })} }`;
}

/** Projects a list of nodes (a Cypher list expression) as Nodes, in order. */
export function nodesOf(nodes: string, f: Parameters<FieldBuilder>[1], q: Parameters<FieldBuilder>[2]): string {
  const x = q.variable('x');
  return `COLLECT { UNWIND ${nodes} AS ${x} RETURN ${q.project(f, 'Node', x)} }`;
}

/** A path bound in `v`. */
export const pathSpec: TypeSpec<Path> = {
  name: 'Path',
  implements: [],
  fields: {
    nodes: ({ v }, f, q) => nodesOf(`nodes(${v})`, f, q),
    edges: ({ v }, f, q) => edgesOf(`relationships(${v})`, f, q),
    length: ({ v }) => `length(${v})`,
  },
};

/** A subgraph: a list of nodes in `v` and a list of relationships in `rels`. */
export const subgraphSpec: TypeSpec<Subgraph> = {
  name: 'Subgraph',
  implements: [],
  fields: {
    nodes: ({ v }, f, q) => nodesOf(v, f, q),
    edges: ({ rels }, f, q) => edgesOf(rels, f, q),
  },
};

/** A timeline point: the node (`v`) and the point map (`point`: date, precision, kind, summary). */
export const timelineItemSpec: TypeSpec<TimelineItem> = {
  name: 'TimelineItem',
  implements: [],
  fields: {
    node: ({ v }, f, q) => q.project(f, 'Node', v),
    date: ({ point }) => `${point}.date`,
    precision: ({ point }) => `${point}.precision`,
    kind: ({ point }) => `${point}.kind`,
    summary: ({ point }) => `${point}.summary`,
  },
};
