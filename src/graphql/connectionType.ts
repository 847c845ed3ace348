import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './pageInfo.type';

/** Makes the `XConnection` and `XEdge` types of a node type: keyset-paginated, with opaque cursors. */
export function connectionType<T extends object>(nodeType: () => ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: 'Opaque; pass as `after` or `before` to this list only (another list refuses it).' })
    cursor: string;

    @Field(nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Counted only when asked for.' })
    totalCount: number;
  }

  return Connection;
}
