import type { FieldSelection } from './selection';

/** A projection built once: its Cypher text, the parameters it added (in order), the projector's counter after it. */
export interface Plan {
  text: string;
  params: Array<[string, unknown]>;
  counter: number;
}

/** How the cache has served (for tests and the bench). */
export interface PlanCacheStats {
  hits: number;
  misses: number;
  /** Plans held now (at most the cache's bound). */
  entries: number;
}

/**
 * Projections already built, so that a repeated request does not build its Cypher again (`GRAPHQL_PLAN_CACHE`). The
 * unit is one top-level `Projector.project` call: the map projection of a root field's selection (of its nodes, for a
 * connection or a row list), with every nested COLLECT and COUNT subquery under it. Type specs build it from what
 * they are given alone (the selection, the variables in scope, the projector), so the plan is a function of the
 * {@link planKey}: the selection's shape and every argument value below it, the type, the scope, the projector's
 * counter where it starts (which fixes the parameter and variable names), its record-time instant expression
 * (`asKnownAt`, a parameter reference: set or not changes the text, its value does not) and its page-size cap.
 *
 * What stays out of the key stays a parameter outside the plan: the root field's own arguments (the id a lookup
 * matches, a list's filter, its page), which the repository's root match and the connection's window turn into
 * parameters on every request. So `decision(id: $id)` builds its projection once for every id. Bounded, least
 * recently used first out.
 */
export class PlanCache {
  private readonly plans = new Map<string, Plan>();
  hits = 0;
  misses = 0;

  constructor(readonly maxEntries = 1_000) {}

  get(key: string): Plan | undefined {
    const plan = this.plans.get(key);
    if (!plan) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    // Most recently used last: a Map iterates in insertion order.
    this.plans.delete(key);
    this.plans.set(key, plan);
    return plan;
  }

  set(key: string, plan: Plan): void {
    this.plans.set(key, plan);
    if (this.plans.size > this.maxEntries) this.plans.delete(this.plans.keys().next().value as string);
  }

  get stats(): PlanCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.plans.size };
  }
}

/** What a top-level projection is built from, besides the registry (one per cache). */
export interface PlanInputs {
  selection: FieldSelection;
  typeName: string;
  scope: Record<string, string>;
  counter: number;
  knownAt: string | null;
  maxPageSize: number;
}

/** The cache key of a projection: everything its Cypher text and parameters depend on (see {@link PlanCache}). */
export function planKey(inputs: PlanInputs): string {
  const scope = Object.keys(inputs.scope)
    .sort()
    .map((k) => `${k}=${inputs.scope[k]}`)
    .join(',');
  // The selection's own arguments are left out: a projection reads only what is selected under it (the root match
  // and a connection's window read the root field's arguments, outside the plan).
  return `${inputs.typeName}|${scope}|${inputs.counter}|${inputs.knownAt ?? ''}|${inputs.maxPageSize}|${selectionKey(inputs.selection, false)}`;
}

/**
 * The shape of a selection and the values of its arguments, as one string: two selections with the same key project
 * to the same Cypher with the same parameters. Every part of a {@link FieldSelection} the projection reads is in it
 * (name, response key, declared type, the coerced arguments, the sub-selections by type in their order), except
 * `parent`, which the projector sets itself on every field it projects. `withArgs: false` leaves out the arguments of
 * the selection itself (not those below it).
 */
export function selectionKey(selection: FieldSelection, withArgs = true): string {
  let out = `${selection.name}:${selection.key}:${selection.type}`;
  const args = withArgs ? argsKey(selection.args) : '';
  if (args) out += `(${args})`;
  if (selection.byType.size > 0) {
    out += '{';
    for (const [type, fields] of selection.byType) {
      out += `${type}[`;
      for (const field of fields) out += `${selectionKey(field)};`;
      out += ']';
    }
    out += '}';
  }
  return out;
}

/** The coerced arguments as JSON, keys in the order they were coerced (the schema's), `undefined` told from `null`. */
function argsKey(args: Record<string, unknown>): string {
  let out = '';
  for (const name in args) {
    const value = args[name];
    out += `${name}=${value === undefined ? 'undefined' : JSON.stringify(value)},`;
  }
  return out;
}
