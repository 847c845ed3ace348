export { runGraphChecks, validateGraph, type CheckResult, type RunChecksOptions, type ValidateOptions, type ValidationProblem, type ValidationReport } from './validateGraph';
export { GRAPH_CHECKS, type GraphCheck } from './graphChecks';
