import { ArrayMaxSize, ArrayMinSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DatePrecision, LobbyingMethod, Stance } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { ClaimInput } from '../../claims/claim.inputs';

@InputType({ description: 'Who lobbied whom, how, for or against which decision.' })
export class AddLobbyingEffortInput extends ClaimInput {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'lobbyistIds must name at least one lobbyist' })
  @ArrayMaxSize(50)
  lobbyistIds: string[];

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'targetIds must name at least one target' })
  @ArrayMaxSize(50)
  targetIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(20)
  regardingIds: string[];

  @Field(() => Stance, { nullable: true })
  stance?: Stance;

  @Field(() => LobbyingMethod)
  method: LobbyingMethod;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  desiredOutcome?: string;

  @Field(() => DateScalar, { nullable: true })
  date?: string;

  @Field(() => DatePrecision, { nullable: true })
  datePrecision?: DatePrecision;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(20)
  onBehalfOfIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Existing statements that carry the effort’s words.' })
  @ArrayMaxSize(20)
  statementIds: string[];
}
