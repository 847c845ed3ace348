import type { TypeSpec } from '../../projection';

/** How an Event is read from the graph. */
export const eventSpec: TypeSpec = { name: 'Event', label: 'Event', implements: ['Node'], fields: {} };
