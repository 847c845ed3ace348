import { Field, InputType, type ClassType } from 'type-graphql';
import {
  ACTORS,
  CLAIM_PROPERTIES,
  CLAIM_TYPES,
  ENTITY_LABELS,
  ENTITY_PROPERTIES,
  EVIDENCE_PROPERTIES,
  NODE_TYPES,
  entityRelations,
  relationsOf,
  type NodeLabel,
  type PropertyDef,
  type RelationDef,
} from '../model';
import { DateScalar } from '../graphql/scalars';
import { IDFilter, enumFilter, scalarFilter } from './filterInputs';

/**
 * What a `<Type>Where` input holds, generated from the model for every type a list can return: its properties, the
 * relationships it can follow, and (claims) `validAt` and `evidence`. `Actor` is a Person or an Organization (the ends
 * of actor links), `Entity` any entity, `Node` anything with an id; `Evidence` a claim's SUPPORTED_BY edge and source.
 */
export interface WhereShape {
  name: string;
  description: string;
  /** The labels a node it filters may carry (tested when a relationship reaches it). */
  labels: readonly NodeLabel[];
  properties: readonly PropertyDef[];
  relations: readonly RelationDef[];
  claim: boolean;
}

const shapes = new Map<string, WhereShape>();

for (const node of NODE_TYPES) {
  shapes.set(node.label, { name: node.label, description: node.description, labels: [node.label], properties: node.properties, relations: relationsOf(node.label), claim: false });
}
for (const claim of CLAIM_TYPES) {
  shapes.set(claim.label, {
    name: claim.label,
    description: claim.description,
    labels: [claim.label],
    properties: [...CLAIM_PROPERTIES.filter((p) => p.name !== 'retractedAt' && p.name !== 'retractionReason'), ...claim.properties],
    relations: relationsOf(claim.label),
    claim: true,
  });
}
shapes.set('Actor', {
  name: 'Actor',
  description: 'A person or an organization.',
  labels: ACTORS,
  properties: ENTITY_PROPERTIES,
  relations: entityRelations(ACTORS),
  claim: false,
});
shapes.set('Entity', {
  name: 'Entity',
  description: 'A person, an organization or a platform.',
  labels: ENTITY_LABELS,
  properties: ENTITY_PROPERTIES,
  relations: entityRelations(),
  claim: false,
});
shapes.set('Node', { name: 'Node', description: 'Any node with an id.', labels: [], properties: [], relations: [], claim: false });

/** The shape a filter on nodes carrying one of `ends` uses: the one label's own, else the smallest family. */
export function shapeOfEnds(ends: readonly NodeLabel[]): WhereShape {
  if (ends.length === 1) return whereShape(ends[0]);
  if (ends.every((l) => ACTORS.includes(l))) return whereShape('Actor');
  if (ends.every((l) => ENTITY_LABELS.includes(l as never))) return whereShape('Entity');
  return whereShape('Node');
}

/** The shape of `<name>Where`. */
export function whereShape(name: string): WhereShape {
  const shape = shapes.get(name);
  if (!shape) throw new Error(`No where shape for ${name}`);
  return shape;
}

/** The type names that have a `<Type>Where`. */
export const WHERE_TYPES: readonly string[] = [...shapes.keys()];

const inputs = new Map<string, ClassType>();
const listInputs = new Map<string, ClassType>();

/** The filter input of a property (an enum's own filter, or its kind's). */
function propertyFilter(property: PropertyDef): ClassType {
  return property.kind === 'enum' && property.vocabulary ? enumFilter(property.vocabulary) : scalarFilter(property.kind as never);
}

/** `<Type>Where`, built on first use (the types refer to each other: thunks resolve at schema build). */
export function whereInput(name: string): ClassType {
  const known = inputs.get(name);
  if (known) return known;
  const shape = whereShape(name);
  const Where = class {};
  Object.defineProperty(Where, 'name', { value: `${name}Where` });
  inputs.set(name, Where);
  const proto = Where.prototype as object;
  const field = (key: string, type: () => ClassType | ClassType[] | typeof DateScalar, description: string) => Field(type, { nullable: true, description })(proto, key);
  field('AND', () => [whereInput(name)], 'Every one of these filters holds.');
  field('OR', () => [whereInput(name)], 'At least one of these filters holds.');
  field('NOT', () => whereInput(name), 'This filter does not hold.');
  field('id', () => IDFilter, 'The id.');
  for (const property of shape.properties) {
    const filter = propertyFilter(property);
    field(property.name, () => filter, property.description);
  }
  if (shape.claim) {
    field('validAt', () => DateScalar, 'The claim held on this day (its bounds widened to their precision; open ends hold).');
    field('evidence', () => listFilter('Evidence'), 'The sources and passages that support the claim.');
  }
  for (const relation of shape.relations) {
    const end = shapeOfEnds(relation.ends).name;
    field(
      relation.field,
      () => (relation.many ? listFilter(end) : whereInput(end)),
      relation.many ? `${relation.description} Some, none or all of them match.` : relation.description,
    );
  }
  InputType(`${name}Where`, { description: `Filters ${shape.description.replace(/\.$/, '').replace(/^A /, 'a ').replace(/^An /, 'an ')}: every field given must hold.` })(Where);
  return Where;
}

/** `<Type>ListFilter { some none all }` over a list of related nodes (or a claim's evidence). */
export function listFilter(name: string): ClassType {
  const known = listInputs.get(name);
  if (known) return known;
  const List = class {};
  Object.defineProperty(List, 'name', { value: `${name}ListFilter` });
  listInputs.set(name, List);
  const proto = List.prototype as object;
  const item = () => (name === 'Evidence' ? evidenceWhere() : whereInput(name));
  Field(item, { nullable: true, description: 'At least one of them matches.' })(proto, 'some');
  Field(item, { nullable: true, description: 'None of them matches.' })(proto, 'none');
  Field(item, { nullable: true, description: 'Every one of them matches (true when there are none).' })(proto, 'all');
  InputType(`${name}ListFilter`, { description: `Filters a list of ${name} items by what some, none or all of them are.` })(List);
  return List;
}

let evidence: ClassType | undefined;

/** `EvidenceWhere`: a SUPPORTED_BY edge's properties, its source, and the source that relayed the quote. */
export function evidenceWhere(): ClassType {
  if (evidence) return evidence;
  const Where = class {};
  Object.defineProperty(Where, 'name', { value: 'EvidenceWhere' });
  evidence = Where;
  const proto = Where.prototype as object;
  Field(() => [evidenceWhere()], { nullable: true, description: 'Every one of these filters holds.' })(proto, 'AND');
  Field(() => [evidenceWhere()], { nullable: true, description: 'At least one of these filters holds.' })(proto, 'OR');
  Field(() => evidenceWhere(), { nullable: true, description: 'This filter does not hold.' })(proto, 'NOT');
  for (const property of EVIDENCE_PROPERTIES.filter((p) => p.name !== 'quoteVia')) {
    const filter = propertyFilter(property);
    Field(() => filter, { nullable: true, description: property.description })(proto, property.name);
  }
  Field(() => whereInput('Source'), { nullable: true, description: 'The source the passage is from.' })(proto, 'source');
  Field(() => whereInput('Source'), { nullable: true, description: 'The source that relayed the passage, when the cited source was not read directly.' })(proto, 'via');
  InputType('EvidenceWhere', { description: 'Filters a piece of evidence: the passage, how the source supports the claim, the source, the relaying source.' })(Where);
  return Where;
}

// Every input is made when this module loads, before the schema is built: type-graphql reads the metadata of the
// classes that exist when it builds, so none may first appear inside a thunk.
for (const name of WHERE_TYPES) {
  whereInput(name);
  listFilter(name);
}
listFilter('Evidence');
evidenceWhere();
