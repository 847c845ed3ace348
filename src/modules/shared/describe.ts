import { CLAIM_PROPERTIES, ENTITY_PROPERTIES, EVIDENCE_PROPERTIES, claimType, isClaimLabel, nodeType, type PropertyDef } from '../../model';

/* GraphQL descriptions read from the model (src/model/), so that a field that maps to a model property or link says what the model says. */

const properties = (owner: string): readonly PropertyDef[] => {
  if (owner === 'Claim') return CLAIM_PROPERTIES;
  if (owner === 'Entity') return ENTITY_PROPERTIES;
  if (owner === 'Evidence') return EVIDENCE_PROPERTIES;
  return isClaimLabel(owner) ? [...CLAIM_PROPERTIES, ...claimType(owner).properties] : nodeType(owner).properties;
};

/** The model's description of a property of a node type, a claim type, `Claim`, `Entity` or `Evidence`. */
export function propertyDescription(owner: string, name: string): string {
  const found = properties(owner).find((p) => p.name === name);
  if (!found) throw new Error(`No property ${owner}.${name} in the model.`);
  return found.description;
}

/** The model's description of a claim type's link, by the GraphQL field that reads it. */
export function linkDescription(claim: string, field: string): string {
  const found = claimType(claim).links.find((l) => l.field === field);
  if (!found) throw new Error(`No link ${claim}.${field} in the model.`);
  return found.description;
}

/** The description of a write input's field that names a link's ends by id: the link's, with what the ids are. */
export function linkInputDescription(claim: string, input: string): string {
  const found = claimType(claim).links.find((l) => l.input === input);
  if (!found) throw new Error(`No link input ${claim}.${input} in the model.`);
  return `${found.description.replace(/\.$/, '')}, by id.`;
}

/** The description of the `<date>Precision` beside a dated field. */
export const precisionDescription = (date: string): string => `How precisely \`${date}\` is known (a month or a year date is the first day of its period).`;

/** The description of every node's `id`. */
export const ID_DESCRIPTION = 'The stable id; `node(id:)` finds it.';
