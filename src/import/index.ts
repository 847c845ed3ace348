export { importPaths } from './importPaths';
export { ImportError, type ImportErrorCode, type ImportErrorDetails } from './importError';
export { splitStatements, type ScriptStatement } from './splitStatements';
export { classifyStatement, type StatementKind } from './classifyStatement';
export type { ImportOptions, ImportProgress, ImportSummary } from './importTypes';
export { DEFAULT_IMPORT_FOLDERS, defaultImportPaths } from './defaultFolders';
