import { ArgsType, Field, Int } from 'type-graphql';

/** `first`/`after` and `last`/`before`, as every connection takes them (Relay cursor connections). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Page forward: the number of items after `after` (or from the start), 0 to the page-size cap (100 by default); 20 when neither `first` nor `last` is given. Not with `last`.',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Page forward from this cursor: the `endCursor` of the previous page. Only cursors this list gave out.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Page backward: the number of items before `before` (or the last items of the list), 0 to the page-size cap. Edges stay in list order. Not with `first`.',
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Page backward from this cursor: the `startCursor` of the next page. Only cursors this list gave out.' })
  before?: string | null;
}
