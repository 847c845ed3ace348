export { graphqlRoute, type GraphqlRouteDeps, type RouteStats } from './graphqlRoute';
export { CompiledOperations } from './compiledOperations';
export { prepareForJit } from './jitSchema';
