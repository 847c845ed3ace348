import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graphql/pageArgs';
import { DecisionStatus } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';

/** The arguments of a nested list of decisions: a page, and the status they must have. */
@ArgsType()
export class DecisionsArgs extends PageArgs {
  @Field(() => DecisionStatus, { nullable: true, description: 'Only decisions with this status (on `asOf`, else today).' })
  status?: DecisionStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day `status` is judged on; today when left out.' })
  asOf?: string | null;
}
