import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './pageInfo.type';
import { aggregateType, isAggregatable } from '../filters/aggregate';

/**
 * Makes the `XConnection` and `XEdge` types of a node type: keyset-paginated, with opaque cursors. `edgeName` when
 * `XEdge` names another type (`PathEdge` is an edge of a path, so a page of paths has `PathConnectionEdge`s).
 * `aggregate`: the list's `<X>Aggregate` when it is not a list of a type the model filters (search hits).
 */
export function connectionType<T extends object>(nodeType: () => ClassType<T>, name: string, edgeName = `${name}Edge`, aggregate?: ClassType) {
  @ObjectType(edgeName, { simpleResolvers: true, description: `One ${name} of a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque; pass as `after` or `before` to this list only (another list refuses it).' })
    cursor: string;

    @Field(nodeType, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of a list of ${name} items, in the list's order.` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page, each with its cursor.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Where this page starts and ends, and whether pages precede and follow it.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Counted only when asked for.' })
    totalCount: number;
  }

  // Every list of a type that has a `<Type>Where` can be counted and grouped as a whole.
  if (aggregate || isAggregatable(name)) {
    const Aggregate = aggregate ?? aggregateType(name);
    Field(() => Aggregate, { description: 'Counts and groups over the whole list (after `where`), computed only when asked for.' })(Connection.prototype, 'aggregate');
  }

  return Connection;
}
