export { selectionOf, payloadSelectionOf, fieldsFor, type FieldSelection } from './selection';
export { Projector, connectionNodeSelection, selectionHas, type KeysetPage, type ListOptions, type PageArgs, type SortKey, type SortPart } from './projector';
export { TypeRegistry } from './typeRegistry';
export { PlanCache, planKey, selectionKey, type Plan, type PlanCacheStats } from './planCache';
export { uncoveredFields } from './coverage';
export type { TypeSpec, FieldBuilder, Scope } from './typeSpec';
export { encodeCursor, decodeCursor, listTag, type CursorKey } from './cursor';
export { toConnection, type Connection, type ProjectedConnection } from './toConnection';
export { readProjected, projectedFieldResolver, asConnection, emptyConnection } from './projectedFieldResolver';
