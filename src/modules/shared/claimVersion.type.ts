import { Field, ID, ObjectType } from 'type-graphql';
import { AuditOperation } from '../../graphql/enums';
import { DateTimeScalar } from '../../graphql/scalars';
import { Claim } from './interfaces';

/** One recorded version of a claim: the claim as it then stood, and when, by whom and why it was recorded. */
@ObjectType({ simpleResolvers: true, description: 'One recorded version of a claim: when it entered and left the graph, who recorded it and why.' })
export class ClaimVersion {
  @Field(() => ID, { description: 'The id of the version: the claim’s own id for the current version, another for a superseded one.' })
  id: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When this version entered the graph (null for data loaded before record time was kept).' })
  recordedAt?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a correction superseded it; null for the current version.' })
  supersededAt?: string | null;

  @Field(() => AuditOperation, { nullable: true, description: 'The mutation that recorded it (add…, correctClaim); null when an import script wrote it.' })
  operation?: string | null;

  @Field(() => String, { nullable: true, description: 'The id of the API key that recorded it (never the key itself); null for an import.' })
  keyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was recorded: the reason a correction gave.' })
  reason?: string | null;

  @Field(() => Claim, { description: 'The claim as this version states it, with its evidence.' })
  claim: Claim;
}
