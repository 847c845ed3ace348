import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { CreateEventInput } from './event.inputs';
import { EventService } from './event.service';
import { Event } from './event.type';

/** Events. */
@Resolver(() => Event)
export class EventResolver {
  constructor(private readonly service: EventService) {}

  @Authorized('EDITOR')
  @Mutation(() => Event, { description: 'Creates an event (EDITOR).' })
  createEvent(@Arg('input', () => CreateEventInput, { description: 'The event to create.' }) input: CreateEventInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.create(ctx, input, selectionOf(info));
  }
}
