import type { TypeSpec } from '../../projection';
import type { Event } from './event.type';

/** How an Event is read from the graph. */
export const eventSpec: TypeSpec<Event> = { name: 'Event', label: 'Event', implements: ['Node'], fields: {} };
