import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graphql/pageArgs';
import { DecisionStatus } from '../../graphql/enums';

/** The arguments of a nested list of decisions: a page, and the status they must have. */
@ArgsType()
export class DecisionsArgs extends PageArgs {
  @Field(() => DecisionStatus, { nullable: true, description: 'Only decisions with this status.' })
  status?: DecisionStatus | null;
}
