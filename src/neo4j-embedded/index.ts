export {
  EmbeddedNeo4j,
  findApiInstance,
  findRunningInstance,
  apiRecordPath,
  freePort,
  recordApiInstance,
  removeApiInstance,
  stateDirOf,
  JAVA_FLAGS,
  type ApiInstanceRecord,
  type EmbeddedOptions,
  type EmbeddedState,
} from './embeddedNeo4j';
export { EmbeddedSetupError, checkToolchain, resolveClasspath } from './resolveClasspath';
