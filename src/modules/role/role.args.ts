import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../graphql/pageArgs';
import { DateScalar } from '../../graphql/scalars';
import { Validity } from '../../graphql/enums';

/** The arguments of a nested list of roles: a page, and the day the roles must hold on. */
@ArgsType()
export class RolesArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Only roles valid on this date; every role when left out.' })
  asOf?: string | null;

  @Field(() => Validity, {
    nullable: true,
    description: 'CERTAIN: only roles that certainly held on `asOf` (today when left out); POSSIBLE or left out: also those that only may have.',
  })
  validity?: string | null;
}
