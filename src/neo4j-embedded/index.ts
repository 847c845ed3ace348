export { EmbeddedNeo4j, findRunningInstance, freePort, stateDirOf, JAVA_FLAGS, type EmbeddedOptions, type EmbeddedState } from './embeddedNeo4j';
export { EmbeddedSetupError, checkToolchain, resolveClasspath } from './resolveClasspath';
