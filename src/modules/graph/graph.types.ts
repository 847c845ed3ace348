import { connectionType } from '../../graphql/connectionType';
import { aggregateType } from '../../filters/aggregate';
import { SEARCHABLE_LABELS } from '../../model';

/** The NodeType (`PERSON`, ...) of a search hit bound to `node`, from its label. */
export const searchTypeOf = (node: string): string =>
  `CASE ${SEARCHABLE_LABELS.map((l) => `WHEN ${node}:${l} THEN '${l.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}'`).join(' ')} END`;
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Claim, Node } from '../shared/interfaces';
import { DatePrecision, PathEdgeType, TimelineKind } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';

/** One full-text match. */
@ObjectType({ simpleResolvers: true, description: 'One full-text match.' })
export class SearchHit {
  @Field(() => Node, { description: 'The node that matched.' })
  node: Node;

  @Field(() => Float, { description: 'The full-text relevance; higher is better.' })
  score: number;

  @Field(() => String, { description: 'The name, alias, title or text that matched.' })
  matched: string;
}

/** One step of a path or a subgraph: a shortcut or structural edge, with the claim it stands for. */
@ObjectType({ simpleResolvers: true, description: 'An edge between two nodes, with the claim it stands for (null for structural edges).' })
export class PathEdge {
  @Field(() => PathEdgeType, { description: 'The type of the edge: a shortcut derived from a claim, or a structural link.' })
  type: string;

  @Field(() => ID, { description: 'The id of the node the edge starts at.' })
  from: string;

  @Field(() => ID, { description: 'The id of the node the edge ends at.' })
  to: string;

  @Field(() => String, { nullable: true, description: 'The role, stance or kind the edge carries.' })
  label?: string | null;

  @Field(() => Claim, { nullable: true, description: 'The claim the edge stands for; null for a structural edge.' })
  claim?: Claim | null;
}

/** A connection between two nodes. */
@ObjectType({ simpleResolvers: true, description: 'A connection between two nodes, in order.' })
export class Path {
  @Field(() => [Node], { description: 'The nodes along the path, from the first to the last.' })
  nodes: Node[];

  @Field(() => [PathEdge], { description: 'The edges between consecutive nodes, in order.' })
  edges: PathEdge[];

  @Field(() => Int, { description: 'The number of edges.' })
  length: number;
}

/** A node and what surrounds it, for drawing. */
@ObjectType({ simpleResolvers: true, description: 'Nodes and the edges between them.' })
export class Subgraph {
  @Field(() => [Node], { description: 'The node asked for and the nodes around it.' })
  nodes: Node[];

  @Field(() => [PathEdge], { description: 'The edges between those nodes.' })
  edges: PathEdge[];
}

/** One dated point of a timeline: a claim's start or end, or an event. */
@ObjectType({ simpleResolvers: true, description: "A claim's start or end, or an event, on a date." })
export class TimelineItem {
  @Field(() => DateScalar, { description: 'The date of the point: the first day of its period.' })
  date: string;

  @Field(() => DatePrecision, { description: 'How precisely `date` is known.' })
  precision: DatePrecision;

  @Field(() => Node, { description: 'The claim or event the point marks.' })
  node: Node;

  @Field(() => String, { description: 'The claim or event in one line.' })
  summary: string;

  @Field(() => TimelineKind, { description: 'What the point marks.' })
  kind: string;
}

/** A page of search hits, best first. */
export const SearchHitConnection = connectionType(
  () => SearchHit,
  'SearchHit',
  undefined,
  aggregateType('SearchHit', new Map([['TYPE', { kind: 'value', key: (node: string) => searchTypeOf(node), description: 'By the kind of node (facets of a search).' }]])),
);

/** A page of paths. */
export const PathConnection = connectionType(() => Path, 'Path', 'PathConnectionEdge');

/** A page of timeline points, oldest first. */
export const TimelineItemConnection = connectionType(() => TimelineItem, 'TimelineItem');
