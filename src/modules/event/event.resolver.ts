import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context';
import { payloadSelectionOf } from '../../projection';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { CreateEventInput } from './event.inputs';
import { EventService } from './event.service';
import { Event } from './event.type';
import { payload, payloadType } from '../../graphql/payloadType';
import { rootList } from '../shared/rootList';
import { EventConnection } from './event.type';

/** What `createEvent` answers: the Event it wrote. */
export const CreateEventPayload = payloadType('createEvent', 'event', () => Event, 'The event written (or the one a retry with the same id finds).');

/** Events. */
@Resolver(() => Event)
export class EventResolver {
  constructor(private readonly service: EventService) {}

  @Authorized('EDITOR')
  @Mutation(() => CreateEventPayload, { description: 'Creates an event (EDITOR).' })
  createEvent(@Arg('input', () => CreateEventInput, { description: 'The event to create.' }) input: CreateEventInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return payload('event', this.service.create(ctx, input, payloadSelectionOf(info, 'event')));
  }
}

/** `events`: every Event, with `where`, `orderBy` and pages. */
export const EventListResolver = rootList('Event', 'events', () => EventConnection, 'Events, oldest first; filter with `where`.');
