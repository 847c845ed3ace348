import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { Kind, parse, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { withEveryFieldProjected } from './jitSchema';

/** Why a document is served by the standard path only (kept so that it is not compiled again). */
type Refusal = { refused: string };

/**
 * Compiled queries, keyed by operation name and document text, bounded (least recently used first out). A document
 * enters only after the standard path answered it without an error (so it parsed, validated, and passed the query
 * limits), and only if it is a query. A document that aliases a field below its root fields is compiled with the
 * projection's reader on every field (see `withEveryFieldProjected`); the others read plain fields inline.
 */
export class CompiledOperations {
  private readonly entries = new Map<string, CompiledQuery | Refusal>();
  compiled = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly maxEntries = 1_000,
    private readonly maxTokens?: number,
  ) {}

  /** The compiled query for this request, if one is cached. */
  get(query: string, operationName: string | undefined): CompiledQuery | undefined {
    const key = keyOf(query, operationName);
    const entry = this.entries.get(key);
    if (!entry || 'refused' in entry) return undefined;
    // Most recently used last: a Map iterates in insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Whether a request for this document was already looked at (compiled or refused). */
  has(query: string, operationName: string | undefined): boolean {
    return this.entries.has(keyOf(query, operationName));
  }

  /** Compiles a document the standard path has just answered without error; returns why not when it cannot. */
  add(query: string, operationName: string | undefined): string | undefined {
    const key = keyOf(query, operationName);
    const entry = this.compile(query, operationName);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    if ('refused' in entry) return entry.refused;
    this.compiled += 1;
    return undefined;
  }

  private compile(query: string, operationName: string | undefined): CompiledQuery | Refusal {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: this.maxTokens });
    } catch {
      return { refused: 'does not parse' };
    }
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
    if (!operation) return { refused: 'no single operation' };
    if (operation.operation !== 'query') return { refused: `a ${operation.operation}` };
    const compile = () => compileQuery(this.schema, document, operationName);
    const compiled = aliasBelowRoot(document, operation) ? withEveryFieldProjected(this.schema, compile) : compile();
    if (!isCompiledQuery(compiled)) return { refused: compiled.errors?.map((e) => e.message).join('; ') ?? 'graphql-jit refused it' };
    return compiled;
  }
}

function keyOf(query: string, operationName: string | undefined): string {
  return `${operationName ?? ''}\n${query}`;
}

/** Whether a field other than the operation's own selections carries an alias (fragments count as below). */
function aliasBelowRoot(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const root = new Set(operation.selectionSet.selections);
  let found = false;
  visit(document, {
    Field(node) {
      if (node.alias && !root.has(node)) found = true;
    },
  });
  return found;
}
