import {
  GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '../errors';

/** The limits a request must keep within; each has a setting (docs/api.md, Limits). */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxDirectives: number;
}

/** A request over a limit: refused at validation, before any resolver (and so any Cypher) runs. */
function tooComplex(limit: string, max: number, found: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, max, found } });
}

/**
 * Validation rules that refuse requests written to exhaust the server: too deep, too many aliases, too many
 * directives, or too costly. Introspection fields (`__schema`, `__type`) do not count, so GraphiQL works.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [(context) => operationRule(context, limits)];
}

function operationRule(context: ValidationContext, limits: QueryLimits): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  }
  return {
    OperationDefinition(operation: OperationDefinitionNode) {
      const walker = new Walker(context, fragments);
      const measures = walker.measure(operation.selectionSet, 0, new Set());
      const directives = walker.directives + (operation.directives?.length ?? 0);
      if (measures.depth > limits.maxDepth) {
        context.reportError(tooComplex('depth', limits.maxDepth, measures.depth, `The query is ${measures.depth} levels deep; the limit is ${limits.maxDepth}.`));
      } else if (walker.aliases > limits.maxAliases) {
        context.reportError(tooComplex('aliases', limits.maxAliases, walker.aliases, `The query uses ${walker.aliases} aliases; the limit is ${limits.maxAliases}.`));
      } else if (directives > limits.maxDirectives) {
        context.reportError(tooComplex('directives', limits.maxDirectives, directives, `The query uses ${directives} directives; the limit is ${limits.maxDirectives}.`));
      } else {
        const cost = costOf(context, operation, fragments);
        if (cost > limits.maxCost) {
          context.reportError(
            tooComplex('cost', limits.maxCost, cost, `The query's estimated cost is ${cost}; the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`),
          );
        }
      }
      return false;
    },
  };
}

/**
 * Depth, aliases and directives, walking fragments (each fragment spread at most once per path: no cycles). What a
 * fragment contributes is measured once and reused: a fragment spread many times, by fragments themselves spread many
 * times (a "fragment bomb"), would otherwise be walked an exponential number of times before any limit could refuse it.
 */
class Walker {
  aliases = 0;
  directives = 0;
  private readonly measured = new Map<string, { depth: number; aliases: number; directives: number }>();

  constructor(
    private readonly context: ValidationContext,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
  ) {}

  measure(set: SelectionSetNode, depth: number, seen: Set<string>): { depth: number } {
    let max = depth;
    for (const selection of set.selections) {
      this.directives += selection.directives?.length ?? 0;
      if (selection.kind === 'Field') {
        if (selection.name.value.startsWith('__')) continue;
        if (selection.alias) this.aliases += 1;
        const inner = selection.selectionSet ? this.measure(selection.selectionSet, depth + 1, seen).depth : depth + 1;
        max = Math.max(max, inner);
      } else if (selection.kind === 'InlineFragment') {
        max = Math.max(max, this.measure(selection.selectionSet, depth, seen).depth);
      } else {
        const name = selection.name.value;
        const fragment = this.fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        const own = this.fragment(name, fragment, seen);
        this.aliases += own.aliases;
        this.directives += own.directives;
        max = Math.max(max, depth + own.depth);
      }
    }
    return { depth: max };
  }

  /** A fragment's own depth, aliases and directives, measured from depth 0 the first time it is met. */
  private fragment(name: string, fragment: FragmentDefinitionNode, seen: Set<string>): { depth: number; aliases: number; directives: number } {
    const known = this.measured.get(name);
    if (known) return known;
    const before = { aliases: this.aliases, directives: this.directives };
    this.aliases = 0;
    this.directives = 0;
    const depth = this.measure(fragment.selectionSet, 0, new Set([...seen, name])).depth;
    const own = { depth, aliases: this.aliases, directives: this.directives };
    this.aliases = before.aliases;
    this.directives = before.directives;
    this.measured.set(name, own);
    return own;
  }
}

/** How many items a list field is assumed to return when its arguments do not say. */
const DEFAULT_LIST_SIZE = 10;

/**
 * An estimate of the work a request asks for: each field costs 1, and what is selected under a list costs as many
 * times as the list may hold items (its `first`, `limit` or a default of 10).
 */
function costOf(context: ValidationContext, operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): number {
  const schema = context.getSchema();
  const variables: Record<string, unknown> = {};
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  // Each fragment's cost is computed once (its type condition fixes its type): see Walker on fragment bombs.
  const fragmentCosts = new Map<string, number>();
  const visit = (set: SelectionSetNode, type: GraphQLOutputType | null | undefined, seen: Set<string>): number => {
    let total = 0;
    const named = type ? getNamedType(type) : undefined;
    const fields = named && 'getFields' in named ? (named.getFields() as Record<string, { type: GraphQLOutputType }>) : {};
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        if (selection.name.value.startsWith('__')) continue;
        const fieldType = fields[selection.name.value]?.type;
        const inner = selection.selectionSet ? visit(selection.selectionSet, fieldType, seen) : 0;
        // A connection's page size is counted on the connection field: its edges do not multiply again.
        const inConnection = named?.name.endsWith('Connection') ?? false;
        total += 1 + inner * (inConnection ? 1 : multiplier(selection, fieldType, variables));
      } else if (selection.kind === 'InlineFragment') {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : named;
        total += visit(selection.selectionSet, (on as GraphQLOutputType) ?? type, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        let cost = fragmentCosts.get(fragment.name.value);
        if (cost === undefined) {
          const on = schema.getType(fragment.typeCondition.name.value) as GraphQLOutputType;
          cost = visit(fragment.selectionSet, on, new Set([...seen, fragment.name.value]));
          fragmentCosts.set(fragment.name.value, cost);
        }
        total += cost;
      }
    }
    return total;
  };
  return root ? visit(operation.selectionSet, root, new Set()) : 0;
}

function multiplier(field: FieldNode, type: GraphQLOutputType | undefined, _variables: Record<string, unknown>): number {
  const sizeArgument = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'limit');
  // A size given as a variable is unknown at validation: count it as the largest page.
  const declared = sizeArgument?.value.kind === 'IntValue' ? Number(sizeArgument.value.value) : sizeArgument?.value.kind === 'Variable' ? 100 : undefined;
  const unwrapped = type && isNonNullType(type) ? type.ofType : type;
  const isConnection = type ? getNamedType(type).name.endsWith('Connection') : false;
  if (isConnection) return Math.max(1, declared ?? 20);
  if (unwrapped && isListType(unwrapped)) return Math.max(1, declared ?? DEFAULT_LIST_SIZE);
  return 1;
}
