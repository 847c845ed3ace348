import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * One selected field, as plain data: its name, the key it answers under (its alias, or its name), its arguments
 * already coerced (variables and defaults applied), and its sub-fields grouped by the type they were selected on
 * (the field's own type, an interface, or a concrete type of a fragment).
 */
export interface FieldSelection {
  name: string;
  key: string;
  /**
   * The named type the schema declares for the field (`Entity` for an interface, `Person`…): where it is concrete,
   * the projection needs no `__typename` to tell graphql-js which object type it is.
   */
  type: string;
  args: Record<string, unknown>;
  byType: Map<string, FieldSelection[]>;
  /**
   * The type that has the field: the root type for a root field, else the type it was selected on; the projector
   * sets the concrete type when it projects the field. A connection's cursors are bound to it and the field's name.
   */
  parent?: string;
}

/** The selection of the field being resolved, read from `info` once: repositories build Cypher from it. */
export function selectionOf(info: GraphQLResolveInfo): FieldSelection {
  const walker = new SelectionWalker(info.schema, info.fragments, info.variableValues);
  const parentField = info.parentType.getFields()[info.fieldName];
  const merged = mergeFieldNodes(info.fieldNodes);
  return walker.field(merged, parentField, info.parentType.name);
}

/**
 * The selection under a mutation payload's field (`addRole { role { id title } }` gives the selection of `role`),
 * whatever the aliases: what the mutation's read-back projects.
 */
export function payloadSelectionOf(info: GraphQLResolveInfo, field: string): FieldSelection {
  const payload = selectionOf(info);
  const merged: FieldSelection = { name: field, key: field, type: '', args: {}, byType: new Map() };
  for (const fields of payload.byType.values()) {
    for (const f of fields.filter((x) => x.name === field)) {
      merged.type = f.type;
      merged.parent = f.parent;
      mergeInto(merged, f);
    }
  }
  return merged;
}

/** Several nodes of the same response key (selected twice) answer as one field. */
function mergeFieldNodes(nodes: readonly FieldNode[]): FieldNode {
  if (nodes.length === 1) return nodes[0];
  const selections = nodes.flatMap((n) => n.selectionSet?.selections ?? []);
  return { ...nodes[0], selectionSet: { kind: nodes[0].selectionSet!.kind, selections } as SelectionSetNode };
}

class SelectionWalker {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  field(node: FieldNode, definition: GraphQLField<unknown, unknown>, parent: string): FieldSelection {
    const type = getNamedType(definition.type);
    const selection: FieldSelection = {
      name: node.name.value,
      key: node.alias?.value ?? node.name.value,
      type: type.name,
      args: getArgumentValues(definition, node, this.variables),
      byType: new Map(),
      parent,
    };
    if (node.selectionSet) this.collect(node.selectionSet, type, selection.byType);
    return selection;
  }

  private collect(set: SelectionSetNode, type: GraphQLNamedType, into: Map<string, FieldSelection[]>): void {
    for (const node of set.selections) {
      if (!this.included(node)) continue;
      if (node.kind === 'Field') {
        if (node.name.value.startsWith('__')) continue;
        const definition = this.fieldOf(type, node.name.value);
        if (!definition) continue;
        const list = into.get(type.name) ?? [];
        const child = this.field(node, definition, type.name);
        const same = list.find((f) => f.key === child.key);
        if (same) mergeInto(same, child);
        else list.push(child);
        into.set(type.name, list);
      } else if (node.kind === 'InlineFragment') {
        const on = node.typeCondition ? this.schema.getType(node.typeCondition.name.value)! : type;
        this.collect(node.selectionSet, on, into);
      } else {
        const fragment = this.fragments[node.name.value];
        if (fragment) this.collect(fragment.selectionSet, this.schema.getType(fragment.typeCondition.name.value)!, into);
      }
    }
  }

  private fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
    if (isObjectType(type) || isAbstractType(type)) {
      return 'getFields' in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] : undefined;
    }
    return undefined;
  }

  private included(node: { directives?: readonly unknown[] }): boolean {
    const n = node as Parameters<typeof getDirectiveValues>[1];
    if (getDirectiveValues(GraphQLSkipDirective, n, this.variables)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, n, this.variables)?.if === false) return false;
    return true;
  }
}

function mergeInto(target: FieldSelection, source: FieldSelection): void {
  for (const [type, fields] of source.byType) {
    const list = target.byType.get(type) ?? [];
    for (const field of fields) {
      const same = list.find((f) => f.key === field.key);
      if (same) mergeInto(same, field);
      else list.push(field);
    }
    target.byType.set(type, list);
  }
}

/** The sub-fields of a selection that apply to a concrete type: selected on it, or on a type it belongs to. */
export function fieldsFor(selection: FieldSelection, typeName: string, supertypes: readonly string[]): FieldSelection[] {
  const out: FieldSelection[] = [];
  for (const name of [typeName, ...supertypes]) {
    for (const field of selection.byType.get(name) ?? []) {
      const same = out.find((f) => f.key === field.key);
      if (same) mergeInto(same, field);
      else out.push(cloneSelection(field));
    }
  }
  return out;
}

function cloneSelection(field: FieldSelection): FieldSelection {
  const byType = new Map<string, FieldSelection[]>();
  for (const [type, fields] of field.byType) byType.set(type, fields.map(cloneSelection));
  return { ...field, byType };
}
