/**
 * The graph, declared once: node labels, claim types, their properties, vocabularies, links and the ends they may
 * join, derived shortcut edges, sort dates and page keys. Writes, `npm run validate`, the imports, the generator,
 * sort keys, projections and the GraphQL enums all derive from here. Imports nothing from the rest of `src`.
 */
import { CLAIM_PROPERTIES, CLAIM_TYPES } from './claims';
import { EVIDENCE_PROPERTIES, ID_FAMILIES, NODE_TYPES, STRUCTURAL_LINKS } from './nodes';
import type { ClaimLabel, ClaimTypeDef, IdFamily, LinkDef, NodeLabel, NodeTypeDef, PropertyDef, ShortcutDef } from './types';
import { DATE_PRECISION, type Vocabulary } from './vocabularies';

export * from './vocabularies';
export type * from './types';
export { ACTORS, CLAIM_PROPERTIES, CLAIM_TYPES } from './claims';
export { ENTITY_LABELS, ENTITY_PROPERTIES, EVIDENCE_PROPERTIES, GLOBAL_ID_LABEL, ID_BEARING_LABELS, ID_FAMILIES, NODE_TYPES, SEARCHABLE_LABELS, STRUCTURAL_LINKS } from './nodes';
export { PRECISION_PERIODS, isPeriodStart } from './dates';
export { REVERSE_LINK_FIELDS, STRUCTURAL_LINK_FIELDS, entityRelations, relationsOf, walkedLinksOf, WALKED_DIRECTIONS, type RelationDef, type WalkedLinkDef } from './relations';
export { ENTITY_VERSION, RECORD_ENTERED, RECORD_LEFT, SUPERSEDES, VERSIONED_ENTITY_PROPERTIES, enteredAt, knownAt, versionHeldAt } from './record';
export * from './cypher';

/** Every claim label, in declaration order. */
export const CLAIM_LABELS: readonly ClaimLabel[] = CLAIM_TYPES.map((c) => c.label);

/** The declaration of a claim type. */
export function claimType(label: ClaimLabel | string): ClaimTypeDef {
  const def = CLAIM_TYPES.find((c) => c.label === label);
  if (!def) throw new Error(`No claim type ${label} in the model.`);
  return def;
}

/** The declaration of a node type that is not a claim. */
export function nodeType(label: NodeLabel | string): NodeTypeDef {
  const def = NODE_TYPES.find((n) => n.label === label);
  if (!def) throw new Error(`No node type ${label} in the model.`);
  return def;
}

/** A claim type's link of a relationship type. */
export function linkOf(claim: ClaimTypeDef | ClaimLabel, type: string): LinkDef {
  const def = typeof claim === 'string' ? claimType(claim) : claim;
  const found = def.links.find((l) => l.type === type);
  if (!found) throw new Error(`${def.label} has no ${type} link in the model.`);
  return found;
}

/** True for a claim label. */
export const isClaimLabel = (label: string): label is ClaimLabel => CLAIM_LABELS.includes(label as ClaimLabel);

/** The id family of a label: the index a lookup by id seeks. */
export function familyOf(label: NodeLabel): IdFamily {
  if (isClaimLabel(label)) return 'Claim';
  return nodeType(label).family;
}

/** The families of a set of labels, in lookup order. */
export function familiesOf(labels: readonly NodeLabel[]): IdFamily[] {
  const families = new Set(labels.map(familyOf));
  return ID_FAMILIES.filter((f) => families.has(f));
}

/** Every property of a claim type, the shared ones first. */
export const claimProperties = (claim: ClaimTypeDef): readonly PropertyDef[] => [...CLAIM_PROPERTIES, ...claim.properties];

/** An enum-valued property stored on nodes of a label (or on relationships of a type), with its allowed values. */
export interface EnumRule {
  label?: string;
  type?: string;
  property: string;
  allowed: readonly string[];
}

/** Every enum property on nodes: declared enums, and the precision of every dated property. */
export function nodeEnumRules(): EnumRule[] {
  const rules: EnumRule[] = [];
  const add = (label: string, properties: readonly PropertyDef[]) => {
    for (const p of properties) {
      if (p.vocabulary) rules.push({ label, property: p.name, allowed: p.vocabulary.values });
      if (p.precision) rules.push({ label, property: `${p.name}Precision`, allowed: DATE_PRECISION.values });
    }
  };
  for (const n of NODE_TYPES) add(n.label, n.properties);
  add('Claim', CLAIM_PROPERTIES);
  for (const c of CLAIM_TYPES) add(c.label, c.properties);
  return dedupe(rules);
}

/** Every enum property on relationships: evidence, links that copy a claim's enum, and shortcut edges. */
export function relationshipEnumRules(): EnumRule[] {
  const rules: EnumRule[] = [];
  for (const p of EVIDENCE_PROPERTIES) if (p.vocabulary) rules.push({ type: 'SUPPORTED_BY', property: p.name, allowed: p.vocabulary.values });
  for (const claim of CLAIM_TYPES) {
    for (const link of claim.links) {
      for (const copied of link.copies ?? []) {
        const v = vocabularyOf(claim, copied);
        if (v) rules.push({ type: link.type, property: copied, allowed: v.values });
      }
    }
  }
  for (const type of shortcutTypes()) {
    const byProperty = new Map<string, Set<string>>();
    const closed = new Set<string>();
    for (const { claim, shortcut } of shortcutsOfType(type)) {
      for (const [edge, from] of Object.entries(shortcut.copies)) {
        const v = vocabularyOf(claim, from);
        if (!v) {
          closed.add(edge);
          continue;
        }
        const set = byProperty.get(edge) ?? new Set<string>();
        v.values.forEach((x) => set.add(x));
        byProperty.set(edge, set);
      }
      for (const [edge, value] of Object.entries(shortcut.constants)) {
        const set = byProperty.get(edge) ?? new Set<string>();
        set.add(value);
        byProperty.set(edge, set);
      }
    }
    for (const [property, allowed] of byProperty) if (!closed.has(property)) rules.push({ type, property, allowed: [...allowed] });
  }
  return dedupe(rules);
}

function vocabularyOf(claim: ClaimTypeDef, property: string): Vocabulary | undefined {
  return claimProperties(claim).find((p) => p.name === property)?.vocabulary;
}

function dedupe(rules: EnumRule[]): EnumRule[] {
  const seen = new Set<string>();
  return rules.filter((r) => {
    const key = `${r.label ?? ''}|${r.type ?? ''}|${r.property}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The distinct shortcut edge types, in declaration order. */
export function shortcutTypes(): string[] {
  return [...new Set(CLAIM_TYPES.flatMap((c) => c.shortcuts.map((s) => s.type)))];
}

/** The claims that derive a shortcut type, with the declaration of each. */
export function shortcutsOfType(type: string): Array<{ claim: ClaimTypeDef; shortcut: ShortcutDef }> {
  return CLAIM_TYPES.flatMap((claim) => claim.shortcuts.filter((s) => s.type === type).map((shortcut) => ({ claim, shortcut })));
}

/** The relationship types paths and neighbourhoods walk: every shortcut edge, and the structural links marked walked. */
export function walkedTypes(): string[] {
  return [...shortcutTypes(), ...STRUCTURAL_LINKS.filter((l) => l.walked).map((l) => l.type)];
}

/** The claim links that carry page keys, each with its claim. */
export function pagedLinks(): Array<{ claim: ClaimTypeDef; link: LinkDef }> {
  return CLAIM_TYPES.flatMap((claim) => claim.pageKeys.map((type) => ({ claim, link: linkOf(claim, type) })));
}

/** Writes the audit log records, by operation name (each is the mutation's name): entity writes, then one per claim type. */
export function auditOperations(): string[] {
  const entityWrites = ['createPerson', 'createOrganization', 'createPlatform', 'createAccount', 'createEvent', 'createSource', 'updateEntity', 'mergeEntities'];
  return [...entityWrites, ...CLAIM_TYPES.map((c) => `add${c.label}`), 'retractClaim', 'addEvidence', 'correctClaim', 'setClaimRank', 'purgeClaim'];
}
