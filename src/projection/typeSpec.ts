import type { FieldSelection } from './selection';
import type { Projector } from './projector';

/**
 * Cypher variables in scope where a type is projected. Node types use `v`; a type made of a relationship and a node
 * (Evidence: SUPPORTED_BY and its Source) names each.
 */
export type Scope = { v: string } & Record<string, string>;

/** Builds the Cypher expression of one field, from the variables in scope and what the client selected under it. */
export type FieldBuilder = (scope: Scope, field: FieldSelection, q: Projector) => string;

/**
 * How one GraphQL object type is read from the graph. Fields without a builder are read as the node property of the
 * same name. Adding a type means adding one spec: the way requests are resolved does not change. Typed against the
 * GraphQL class (`TypeSpec<Payment>`), a builder for a field the class does not have is a compile error; a start-up
 * check (`uncoveredFields`) refuses a non-scalar field without a builder.
 */
export interface TypeSpec<T extends object = Record<string, unknown>> {
  name: string;
  /** The label that identifies a node of this type, where a field may return several types. */
  label?: string;
  /** The interfaces this type implements (selections made on them apply to it). */
  implements: readonly string[];
  fields: { readonly [K in Extract<keyof T, string>]?: FieldBuilder };
}
