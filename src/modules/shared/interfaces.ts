import { Field, ID, InterfaceType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import { ClaimRank, DatePrecision } from '../../graphql/enums';
import type { Evidence } from './evidence.type';
import type { ClaimVersion } from './claimVersion.type';
import { ID_DESCRIPTION, precisionDescription, propertyDescription } from './describe';

/**
 * Evidence leads to Source, Organization and on to every claim type, which implement the interfaces below: loading it
 * lazily keeps this module free of import cycles, so the interfaces exist before any type extends them.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const evidenceType = () => (require('./evidence.type') as typeof import('./evidence.type')).Evidence;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const claimVersionType = () => (require('./claimVersion.type') as typeof import('./claimVersion.type')).ClaimVersion;

/** Projected values name their concrete type; interfaces resolve by it. */
const resolveType = (value: { __typename?: string }) => value.__typename;

/** Anything with a stable id: `node(id:)` finds it. */
@InterfaceType({ resolveType, description: 'Anything with a stable id.' })
export abstract class Node {
  @Field(() => ID, { description: ID_DESCRIPTION })
  id: string;
}

/** An actor or thing: Person, Organization, Platform. */
@InterfaceType({ implements: [Node], resolveType, description: 'An actor or thing: Person, Organization, Platform.' })
export abstract class Entity extends Node {
  @Field(() => String, { description: propertyDescription('Entity', 'name') })
  name: string;

  @Field(() => [String], { description: propertyDescription('Entity', 'aliases') })
  aliases: string[];

  @Field(() => String, { nullable: true, description: propertyDescription('Entity', 'description') })
  description?: string | null;
}

/** A sourced, dated fact. */
@InterfaceType({
  implements: [Node],
  resolveType,
  description: 'A sourced, dated fact: Role, Statement, Decision, DecisionRole, DecisionState, LobbyingEffort, Restriction, Observation, Ownership, Payment.',
})
export abstract class Claim extends Node {
  @Field(() => DateScalar, { nullable: true, description: 'When the fact began to hold in the world (first day of its period).' })
  validFrom?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('validFrom') })
  validFromPrecision?: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it stopped holding; null while it still holds as far as the sources say.' })
  validTo?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('validTo') })
  validToPrecision?: DatePrecision | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When only the end is unknown but the sources say the claim no longer held by this date ("former president" in a January 2023 story).',
  })
  validToBefore?: string | null;

  @Field(() => Number, { nullable: true, description: 'How sure the sources make us, from 0 to 1.' })
  confidence?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the claim was retracted; retracted claims are hidden from lists, paths and timelines.' })
  retractedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was retracted.' })
  retractionReason?: string | null;

  @Field(() => [evidenceType()], { description: 'The sources and passages that support the claim; never empty.' })
  evidence: Evidence[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'When this version of the claim entered the graph (null for data loaded before record time was kept).' })
  recordedAt?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: propertyDescription('Claim', 'supersededAt') })
  supersededAt?: string | null;

  @Field(() => ClaimRank, { description: propertyDescription('Claim', 'rank') })
  rank: ClaimRank;

  @Field(() => String, { nullable: true, description: propertyDescription('Claim', 'rankReason') })
  rankReason?: string | null;

  @Field(() => [claimVersionType()], {
    description: 'Every version of the claim the graph has recorded, oldest first (a handful: one per correction), each with who recorded it, when and why.',
  })
  history: ClaimVersion[];
}
