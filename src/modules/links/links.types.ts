import { Field, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connectionType';
import { LinkDirection, PathEdgeType } from '../../graphql/enums';
import { Node } from '../shared/interfaces';
import { PathEdge } from '../graph/graph.types';

/** One walked edge of an entity: the neighbour at its other end, and the edge with the claim that makes it. */
@ObjectType({ simpleResolvers: true, description: 'One of an entity’s links: the node at the other end, and the edge with the claim (and its evidence) that makes it.' })
export class Link {
  @Field(() => Node, { description: 'The node at the other end of the edge.' })
  neighbor: Node;

  @Field(() => PathEdge, { description: 'The edge, as paths and neighbourhoods draw it: its type, ends, label, and the claim it stands for (null for a structural link).' })
  edge: PathEdge;
}

/** A page of an entity's links of one type and direction, by the neighbour's id, then the claim's id. */
export const LinkConnection = connectionType(() => Link, 'Link');

/** How many links of one type and direction an entity has. */
@ObjectType({ simpleResolvers: true, description: 'One kind of link an entity has (an edge type and a direction) and how many of them.' })
export class LinkTypeCount {
  @Field(() => PathEdgeType, { description: 'The type of the edges: a shortcut derived from a claim, or a structural link.' })
  type: string;

  @Field(() => LinkDirection, { description: 'OUT when the edges start at the entity, IN when they end at it.' })
  direction: LinkDirection;

  @Field(() => [String], {
    description: 'The model’s names for these links seen from the entity, as `where` filters call them (`lobbying`, `lobbiedBy`, `rolesAt`, `platforms`); one or two.',
  })
  names: string[];

  @Field(() => Int, { description: 'How many such edges the entity has (in the graph read: `asOf`, `asKnownAt`).' })
  count: number;
}
