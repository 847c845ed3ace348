import type { Feature } from '../feature';
import { PersonResolver, PersonListsResolver } from './person.resolver';
import { personSpec } from './person.projection';

export { PersonResolver } from './person.resolver';
export { Person, PersonConnection } from './person.type';
export { personSpec } from './person.projection';
export { CreatePersonInput } from './person.inputs';
export { PersonService } from './person.service';

/** What the person feature adds to the API. */
export const personFeature: Feature = {
  resolvers: [PersonResolver, PersonListsResolver],
  specs: [personSpec],
};
