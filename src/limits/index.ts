export { queryLimitRules, type QueryLimits } from './queryLimitRules';
