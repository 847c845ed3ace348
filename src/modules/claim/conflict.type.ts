import { Field, ObjectType } from 'type-graphql';
import { Claim } from '../shared/interfaces';

/** Claims of one kind about the same ends that disagree: both sides, each with its evidence. */
@ObjectType({ simpleResolvers: true, description: 'Claims of one kind about the same ends that disagree on values or dates: every side, each with its evidence.' })
export class Conflict {
  @Field(() => String, { description: 'The claim type: Observation, Role, ...' })
  kind: string;

  @Field(() => [String], { description: 'The properties on which the claims disagree (value, validFrom, ...).' })
  differs: string[];

  @Field(() => [Claim], { description: 'The competing claims, oldest first (at least two; their `rank` says which an editor prefers).' })
  claims: Claim[];
}

/** What `purgeClaim` answers: what was erased, and when (the claim itself is gone). */
@ObjectType({ simpleResolvers: true, description: 'What `purgeClaim` changed: the id erased, and when.' })
export class PurgeClaimPayload {
  @Field(() => String, { description: 'The id of the erased claim (its versions went with it).' })
  purgedId: string;

  @Field(() => String, { description: 'When it was erased (ISO 8601); the audit log has the entry.' })
  purgedAt: string;
}
