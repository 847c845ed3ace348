import type { Feature } from '../feature';
import { EventResolver, EventListResolver } from './event.resolver';
import { eventSpec } from './event.projection';
import { Event } from './event.type';

export { EventResolver } from './event.resolver';
export { Event } from './event.type';
export { eventSpec } from './event.projection';
export { CreateEventInput } from './event.inputs';
export { EventService } from './event.service';

/** What the event feature adds to the API. */
export const eventFeature: Feature = {
  resolvers: [EventResolver, EventListResolver],
  specs: [eventSpec],
  orphanedTypes: [Event],
};
