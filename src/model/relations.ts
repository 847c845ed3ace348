import { CLAIM_TYPES } from './claims';
import { ENTITY_LABELS, STRUCTURAL_LINKS } from './nodes';
import type { NodeLabel } from './types';

/**
 * The field, on the node at a claim link's end, that lists the claims reaching it by that link: what `where` filters
 * (and `aggregate` groups) call the relationship seen from the other side. A noun for what the node did, a word that
 * says the direction for what was done to or about it (the API's naming rule).
 */
export const REVERSE_LINK_FIELDS: Readonly<Record<string, string>> = {
  HOLDS: 'rolesHeld',
  AT: 'rolesAt',
  MADE: 'statements',
  ABOUT: 'statementsAbout',
  DECIDED_BY: 'decisions',
  CONCERNS: 'decisionsConcerning',
  PLAYS: 'decisionRoles',
  IN: 'participants',
  LOBBIED_IN: 'lobbying',
  TARGETED: 'lobbiedBy',
  REGARDING: 'lobbyingAbout',
  ON_BEHALF_OF: 'lobbyingOnBehalf',
  INCLUDES: 'includedIn',
  IMPOSED: 'restrictionsImposed',
  RESTRICTS: 'restrictions',
  IN_RESPONSE_TO: 'restrictionsInResponse',
  LIFTED_BY: 'restrictionsLifted',
  OBSERVED_ON: 'observations',
  OWNS: 'ownerships',
  OF: 'ownedBy',
  PAID_IN: 'payments',
  PAID_TO: 'paymentsReceived',
  STATE_OF: 'states',
};

/** The fields of a structural link, from its start node and from its end node, and whether each side has several. */
export const STRUCTURAL_LINK_FIELDS: Readonly<Record<string, { field: string; many: boolean; reverse: string; reverseMany: boolean }>> = {
  OPERATES: { field: 'platforms', many: true, reverse: 'operator', reverseMany: false },
  PART_OF: { field: 'partOf', many: false, reverse: 'units', reverseMany: true },
  HAS_ACCOUNT: { field: 'accounts', many: true, reverse: 'owner', reverseMany: false },
  ON_PLATFORM: { field: 'platform', many: false, reverse: 'accounts', reverseMany: true },
  PUBLISHED_BY: { field: 'publisher', many: false, reverse: 'published', reverseMany: true },
  TRANSLATION_OF: { field: 'translationOf', many: false, reverse: 'translations', reverseMany: true },
  CITES: { field: 'cites', many: true, reverse: 'citedBy', reverseMany: true },
};

/**
 * A relationship a `where` can follow from a node of some label: its field name, the labels at its other end, whether
 * there may be several (`some`/`none`/`all`) or one, and its pattern between the two node variables.
 */
export interface RelationDef {
  field: string;
  description: string;
  /** The labels a node at the other end may carry. */
  ends: readonly NodeLabel[];
  many: boolean;
  /** The other end is a claim: retracted ones are left out. */
  claim: boolean;
  /** Seen from the other side: the claims (or structural neighbours) that point at this node. */
  reverse: boolean;
  /** The relationship pattern from the node `a` to the node `b` (without labels). */
  pattern: (a: string, b: string) => string;
}

const arrow = (type: string, outward: boolean) => (a: string, b: string) => (outward ? `(${a})-[:${type}]->(${b})` : `(${a})<-[:${type}]-(${b})`);

/** Every relationship a `where` on a node of `label` can follow, from the model's claim links and structural links. */
export function relationsOf(label: NodeLabel): RelationDef[] {
  const relations: RelationDef[] = [];
  const claim = CLAIM_TYPES.find((c) => c.label === label);
  if (claim) {
    for (const link of claim.links) {
      relations.push({
        field: link.field,
        description: link.description,
        ends: link.ends,
        many: link.many,
        claim: CLAIM_TYPES.some((c) => link.ends.includes(c.label)),
        reverse: false,
        pattern: arrow(link.type, link.direction === 'out'),
      });
    }
  }
  for (const other of CLAIM_TYPES) {
    for (const link of other.links) {
      const field = REVERSE_LINK_FIELDS[link.type];
      if (!field || !link.ends.includes(label)) continue;
      relations.push({
        field,
        description: `${other.label} claims linked to it by ${link.type} (${link.description.replace(/\.$/, '').toLowerCase()}).`,
        ends: [other.label],
        many: true,
        claim: true,
        reverse: true,
        pattern: arrow(link.type, link.direction === 'in'),
      });
    }
  }
  for (const link of STRUCTURAL_LINKS) {
    const names = STRUCTURAL_LINK_FIELDS[link.type];
    if ((link.from as readonly NodeLabel[]).includes(label))
      relations.push({ field: names.field, description: `Follows ${link.type}.`, ends: link.to, many: names.many, claim: false, reverse: false, pattern: arrow(link.type, true) });
    if ((link.to as readonly NodeLabel[]).includes(label))
      relations.push({
        field: names.reverse,
        description: `Follows ${link.type} backward.`,
        ends: link.from,
        many: names.reverseMany,
        claim: false,
        reverse: true,
        pattern: arrow(link.type, false),
      });
  }
  return relations;
}

/** The relations every entity label shares (an `EntityWhere`: the ends of actor links). */
export function entityRelations(labels: readonly NodeLabel[] = ENTITY_LABELS): RelationDef[] {
  const [first, ...rest] = labels.map((l) => relationsOf(l));
  return first.filter((r) => rest.every((others) => others.some((o) => o.field === r.field)));
}

/**
 * Which way a walked edge runs, seen from the node whose links are listed (the API's `LinkDirection`: OUT, IN), with
 * what each means; the same words as a claim link's `direction` seen from the claim.
 */
export const WALKED_DIRECTIONS: Readonly<Record<'out' | 'in', string>> = {
  out: 'The edge starts at the node (it lobbied, it holds a role at, it owns).',
  in: 'The edge ends at the node (it was lobbied, a role is held at it, it is owned).',
};

/**
 * One kind of walked edge seen from a node: a shortcut edge type or a walked structural link, and the direction the
 * edge leaves the node in (`out`: the node is the edge's start). `names` are the model's names for these links seen
 * from the node: the reverse link field of the claim link at the node's end (`lobbying`, `lobbiedBy`, `rolesAt`),
 * the claim link's own field when the claim itself is the other end (`decidedBy`), or the structural link's field.
 */
export interface WalkedLinkDef {
  type: string;
  direction: 'out' | 'in';
  names: string[];
}

/**
 * The kinds of walked edge (shortcut edges and walked structural links, as paths and neighbourhoods walk them) a node
 * of one of `labels` can have, in the model's order: one entry per type and direction, from the ends each shortcut's
 * links accept and the ends of each structural link.
 */
export function walkedLinksOf(labels: readonly NodeLabel[]): WalkedLinkDef[] {
  const found = new Map<string, WalkedLinkDef>();
  const add = (type: string, direction: 'out' | 'in', name: string) => {
    const key = `${type}|${direction}`;
    const entry = found.get(key) ?? { type, direction, names: [] };
    if (!entry.names.includes(name)) entry.names.push(name);
    found.set(key, entry);
  };
  const touches = (ends: readonly NodeLabel[]) => labels.some((l) => ends.includes(l));
  for (const claim of CLAIM_TYPES) {
    const link = (type: string) => claim.links.find((l) => l.type === type)!;
    for (const s of claim.shortcuts) {
      const fromEnds = s.from === 'claim' ? [claim.label] : link(s.from).ends;
      const toEnds = s.to === 'claim' ? [claim.label] : link(s.to).ends;
      if (touches(fromEnds)) add(s.type, 'out', s.from === 'claim' ? link(s.to).field : REVERSE_LINK_FIELDS[s.from]);
      if (touches(toEnds)) add(s.type, 'in', s.to === 'claim' ? link(s.from).field : REVERSE_LINK_FIELDS[s.to]);
    }
  }
  for (const l of STRUCTURAL_LINKS) {
    if (!l.walked) continue;
    const names = STRUCTURAL_LINK_FIELDS[l.type];
    if (touches(l.from)) add(l.type, 'out', names.field);
    if (touches(l.to)) add(l.type, 'in', names.reverse);
  }
  return [...found.values()];
}
