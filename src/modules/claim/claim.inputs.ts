import { ArrayMaxSize, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { EvidenceInput } from '../../claims/claim.inputs';
import { ClaimRank, DatePrecision } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';

@InputType({ description: 'The claim to retract, and why.' })
export class RetractClaimInput {
  @Field(() => ID, { description: 'The id of the claim to retract.' })
  id: string;

  @Field(() => String, { description: 'Why it is retracted, in 3 to 1000 characters; kept with the claim.' })
  reason: string;
}

/** A new value for one of the claim type's own properties, by its name in the model. */
@InputType({ description: 'A new value for one of the claim type’s own properties (by its name: `value`, `title`, `status`, ...).' })
export class PropertyValueInput {
  @Field(() => String, { description: 'The property, as the claim type declares it (the field of the same name on the type).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The new value, written as text (a number, a date YYYY-MM-DD, an enum value, true/false); null clears it.' })
  value?: string | null;
}

/** What a correction changes: the validity, the confidence, and any of the claim type's own properties. */
@InputType({ description: 'What a correction changes; what is left out stays as it was. The links (who, what) cannot change: retract and add instead.' })
export class ClaimChangesInput {
  @Field(() => DateScalar, { nullable: true, description: 'The corrected start of validity.' })
  validFrom?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'How precisely the corrected `validFrom` is known.' })
  validFromPrecision?: DatePrecision;

  @Field(() => DateScalar, { nullable: true, description: 'The corrected end of validity.' })
  validTo?: string;

  @Field(() => DatePrecision, { nullable: true, description: 'How precisely the corrected `validTo` is known.' })
  validToPrecision?: DatePrecision;

  @Field(() => Float, { nullable: true, description: 'The corrected confidence, 0 to 1.' })
  @Min(0)
  @Max(1)
  confidence?: number;

  @Field(() => [PropertyValueInput], { defaultValue: [], description: 'New values of the claim type’s own properties (at most 20).' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  values: PropertyValueInput[];
}

@InputType({ description: 'A correction: the claim, what changes, why, and the sources that say so.' })
export class CorrectClaimInput {
  @Field(() => ID, { description: 'The id of the claim to correct (its current version).' })
  id: string;

  @Field(() => ClaimChangesInput, { description: 'What changes.' })
  @ValidateNested()
  changes: ClaimChangesInput;

  @Field(() => String, { description: 'Why, in 3 to 1000 characters; kept with the new version.' })
  reason: string;

  @Field(() => [EvidenceInput], { defaultValue: [], description: 'Sources for the corrected version (at most 20), added to those the claim already has.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  evidence: EvidenceInput[];
}

@InputType({ description: 'A second source for an existing claim.' })
export class AddEvidenceInput {
  @Field(() => ID, { description: 'The id of the claim the source supports.' })
  claimId: string;

  @Field(() => EvidenceInput, { description: 'The source (existing or new) and the passage that supports the claim.' })
  @ValidateNested()
  evidence: EvidenceInput;
}

@InputType({ description: 'How a claim ranks against competing claims, and why.' })
export class SetClaimRankInput {
  @Field(() => ID, { description: 'The id of the claim.' })
  id: string;

  @Field(() => ClaimRank, { description: 'The new rank.' })
  rank: ClaimRank;

  @Field(() => String, { description: 'Why, in 3 to 1000 characters.' })
  reason: string;
}

@InputType({ description: 'The claim to erase for good (legal erasure), and the legal ground.' })
export class PurgeClaimInput {
  @Field(() => ID, { description: 'The id of the claim to erase, with every version of it.' })
  id: string;

  @Field(() => String, { description: 'The ground for erasure, in 3 to 1000 characters; the audit log keeps it, not the claim.' })
  reason: string;
}
