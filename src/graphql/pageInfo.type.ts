import { Field, ObjectType } from 'type-graphql';

/** Where a page starts and ends, and whether pages precede and follow it. */
@ObjectType({ simpleResolvers: true, description: 'Where a page starts and ends, and whether pages precede and follow it.' })
export class PageInfo {
  @Field(() => Boolean, {
    description: 'Whether items follow this page. Paging forward: read one item past the page. Paging backward: true when `before` was given.',
  })
  hasNextPage: boolean;

  @Field(() => Boolean, {
    description:
      'Whether items precede this page. Paging backward: read one item past the page. Paging forward: true when `after` was given (the cursor is not checked for items before it, as the Relay spec allows).',
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first edge; pass as `before` to get the previous page. Null when the page is empty.' })
  startCursor?: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last edge; pass as `after` to get the next page. Null when the page is empty.' })
  endCursor?: string | null;
}
