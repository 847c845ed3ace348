import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Resolver, Root, Subscription } from 'type-graphql';
import type { AppContext } from '../../context';
import { DateTimeScalar } from '../../graphql/scalars';
import { selectionOf } from '../../projection';
import { Node } from '../shared/interfaces';
import { nodeLookup } from '../shared/cypherHelpers';
import { Change } from './change.type';
import type { ChangeEvent } from './changeFeed';

/** Arguments of the `changes` subscription. */
interface ChangesArgs {
  since?: string | null;
  entityIds?: string[] | null;
}

/** Live changes over WebSocket (graphql-ws at /graphql), fed by the audit log. */
@Resolver(() => Change)
export class ChangesResolver {
  @Subscription(() => Change, {
    name: 'changes',
    description:
      'Every write as it lands (graphql-ws over WebSocket at /graphql), from any API process: fed by the audit log. With `since`, first the writes made since then (resume after a reconnect). A client that falls too far behind is closed with code 4290.',
    subscribe: ({ args, context }) => {
      const ctx = context as AppContext;
      const { since, entityIds } = args as ChangesArgs;
      if (!ctx.changes) throw new Error('Subscriptions are served over WebSocket only.');
      return ctx.changes.subscribe(since ?? null, entityIds ?? null, ctx.closeConnection ?? (() => undefined));
    },
  })
  changeStream(
    @Root() change: ChangeEvent,
    @Arg('since', () => DateTimeScalar, {
      nullable: true,
      description: 'First the writes recorded at or after this instant (to resume: the `at` of the last change received, which comes again; skip the ids you have).',
    })
    _since: string | null,
    @Arg('entityIds', () => [ID], { nullable: true, description: 'Only writes about these nodes: those they wrote, or linked to what they wrote.' })
    _entityIds: string[] | null,
  ): ChangeEvent {
    return change;
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The node the write wrote (its first id), as it stands now; null once erased.' })
  node(@Root() change: ChangeEvent, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return ctx.reader.one(selectionOf(info), 'Node', (q) => nodeLookup(q.param(change.ids[0] ?? ''), 'n'));
  }
}
