import { ArrayMaxSize, ArrayMinSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DatePrecision, LobbyingMethod, Stance } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { ClaimInput } from '../../claims/claim.inputs';
import { linkInputDescription, precisionDescription, propertyDescription } from '../shared/describe';

@InputType({ description: 'Who lobbied whom, how, for or against which decision.' })
export class AddLobbyingEffortInput extends ClaimInput {
  @Field(() => [ID], { description: linkInputDescription('LobbyingEffort', 'lobbyistIds') })
  @ArrayMinSize(1, { message: 'lobbyistIds must name at least one lobbyist' })
  @ArrayMaxSize(50)
  lobbyistIds: string[];

  @Field(() => [ID], { description: linkInputDescription('LobbyingEffort', 'targetIds') })
  @ArrayMinSize(1, { message: 'targetIds must name at least one target' })
  @ArrayMaxSize(50)
  targetIds: string[];

  @Field(() => [ID], { defaultValue: [], description: linkInputDescription('LobbyingEffort', 'regardingIds') })
  @ArrayMaxSize(20)
  regardingIds: string[];

  @Field(() => Stance, { nullable: true, description: propertyDescription('LobbyingEffort', 'stance') })
  stance?: Stance;

  @Field(() => LobbyingMethod, { description: 'How the effort was made.' })
  method: LobbyingMethod;

  @Field(() => String, { nullable: true, description: propertyDescription('LobbyingEffort', 'desiredOutcome') })
  @MaxLength(1000)
  desiredOutcome?: string;

  @Field(() => DateScalar, { nullable: true, description: propertyDescription('LobbyingEffort', 'date') })
  date?: string;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('date') })
  datePrecision?: DatePrecision;

  @Field(() => [ID], { defaultValue: [], description: linkInputDescription('LobbyingEffort', 'onBehalfOfIds') })
  @ArrayMaxSize(20)
  onBehalfOfIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Existing statements that carry the effort’s words.' })
  @ArrayMaxSize(20)
  statementIds: string[];
}
