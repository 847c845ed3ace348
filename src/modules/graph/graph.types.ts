import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Claim, Node } from '../shared/interfaces';
import { DatePrecision, PathEdgeType, TimelineKind } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';

/** One full-text match. */
@ObjectType({ simpleResolvers: true, description: 'One full-text match.' })
export class SearchHit {
  @Field(() => Node)
  node: Node;

  @Field(() => Float)
  score: number;

  @Field(() => String, { description: 'The name, alias, title or text that matched.' })
  matched: string;
}

/** One step of a path or a subgraph: a shortcut or structural edge, with the claim it stands for. */
@ObjectType({ simpleResolvers: true, description: 'An edge between two nodes, with the claim it stands for (null for structural edges).' })
export class PathEdge {
  @Field(() => PathEdgeType, { description: 'The type of the edge: a shortcut derived from a claim, or a structural link.' })
  type: string;

  @Field(() => ID)
  from: string;

  @Field(() => ID)
  to: string;

  @Field(() => String, { nullable: true, description: 'The role, stance or kind the edge carries.' })
  label?: string | null;

  @Field(() => Claim, { nullable: true })
  claim?: Claim | null;
}

/** A connection between two nodes. */
@ObjectType({ simpleResolvers: true, description: 'A connection between two nodes, in order.' })
export class Path {
  @Field(() => [Node])
  nodes: Node[];

  @Field(() => [PathEdge])
  edges: PathEdge[];

  @Field(() => Int)
  length: number;
}

/** A node and what surrounds it, for drawing. */
@ObjectType({ simpleResolvers: true, description: 'Nodes and the edges between them.' })
export class Subgraph {
  @Field(() => [Node])
  nodes: Node[];

  @Field(() => [PathEdge])
  edges: PathEdge[];
}

/** One dated point of a timeline: a claim's start or end, or an event. */
@ObjectType({ simpleResolvers: true, description: "A claim's start or end, or an event, on a date." })
export class TimelineItem {
  @Field(() => DateScalar)
  date: string;

  @Field(() => DatePrecision)
  precision: DatePrecision;

  @Field(() => Node)
  node: Node;

  @Field(() => String)
  summary: string;

  @Field(() => TimelineKind, { description: 'What the point marks.' })
  kind: string;
}
