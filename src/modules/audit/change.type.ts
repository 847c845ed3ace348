import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars';
import { AuditOperation } from '../../graphql/enums';
import { Node } from '../shared/interfaces';

/** One write as it lands: what the audit log recorded, and the node it wrote as it now stands. */
@ObjectType({ simpleResolvers: true, description: 'One write as it lands: the operation, the ids it wrote, its record time, and the node it wrote.' })
export class Change {
  @Field(() => ID, { description: 'The id of the audit entry (resume after it with `since` = its `at`).' })
  id: string;

  @Field(() => DateTimeScalar, { description: 'When the write was recorded.' })
  at: string;

  @Field(() => AuditOperation, { description: 'The mutation that made the write.' })
  operation: string;

  @Field(() => [ID], { description: 'The ids of the nodes the write created or changed (the first is the node written).' })
  ids: string[];

  @Field(() => [ID], {
    description: 'The ids the write is about: those it wrote and the nodes next to them (a new role is about its holder and its organization); at most 100 neighbours.',
  })
  about: string[];

  @Field(() => String, { nullable: true, description: 'Why, when the write gave a reason.' })
  reason?: string | null;

  // node: read by ChangesResolver, as it stands when the change is delivered.
  node?: Node | null;
}
