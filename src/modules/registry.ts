import { TypeRegistry } from '../projection';
import { typeSpecs } from './index';

/**
 * Every type the API reads from the graph, from the features' specs (src/modules/index.ts). Only the server and tests
 * import it: modules reach it through the request's GraphReader, so that no module import runs in a cycle.
 */
export const typeRegistry = new TypeRegistry(typeSpecs);
